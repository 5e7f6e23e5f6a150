#!/usr/bin/env bash
# Runs the libFuzzer targets of a fuzz build (make fuzz) for a bounded time each, from their seed
# corpora (the repository's own files, listed in BUILD/tests/fuzz/seeds/), and prints executions
# per target. A crash, leak, timeout, sanitizer report or broken invariant fails the run and leaves
# the input in BUILD/fuzz-artifacts/TARGET/; the corpus grown stays in BUILD/fuzz-corpus/TARGET/.
# Usage: scripts/run-fuzzers.sh BUILD SECONDS [TARGET...]
set -euo pipefail
build=$1
seconds=$2
shift 2
source_dir=$(cd "$(dirname "$0")/.." && pwd)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for binary in "$build"/tests/fuzz/fuzz_*; do targets+=("$(basename "$binary" | sed 's/^fuzz_//')"); done
fi
# Graphviz 2.42 leaks inside its own code, RapidJSON 1.1 does one harmless undefined thing
# (tests/*.supp say which); any other report stops the fuzzer.
symbolizer=$(command -v llvm-symbolizer-16 || command -v llvm-symbolizer || true)
export LSAN_OPTIONS="suppressions=$source_dir/tests/lsan-graphviz.supp"
export ASAN_OPTIONS="external_symbolizer_path=$symbolizer"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$source_dir/tests/ubsan-rapidjson.supp:external_symbolizer_path=$symbolizer"
failed=()
printf '%-16s %12s %8s %8s %s\n' target executions exec/s coverage result
for target in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$target"
  artifacts="$build/fuzz-artifacts/$target"
  log="$build/fuzz-logs/$target.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  result=ok
  # Small inputs make many more executions; a snapshot needs room for its structure.
  max_len=8192
  [ "$target" = snapshot ] && max_len=32768
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -print_final_stats=1 -artifact_prefix="$artifacts/" -seed_inputs=@"$build/tests/fuzz/seeds/$target.list" \
    "$corpus" > "$log" 2>&1 || result="FAILED (see $log, input in $artifacts/)"
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2 || true)
  printf '%-16s %12s %8s %8s %s\n' "$target" "${executions:-?}" "${speed:-?}" "${coverage:-?}" "$result"
  [ "$result" = ok ] || failed+=("$target")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]}" >&2
  exit 1
fi
