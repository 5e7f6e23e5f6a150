#!/usr/bin/env bash
# Valgrind memcheck over the end-to-end tests: each script of tests/e2e/ runs as in `make test`, but
# every policygraph it starts runs under memcheck. An invalid read or write, a use of an
# uninitialised value, a bad free or a definite leak fails the run and its report is printed;
# tests/valgrind.supp lists what is not ours (RE2's sparse sets, Graphviz's leaks), with why.
# Usage: scripts/valgrind.sh BUILD [SCRIPT...]   (SCRIPT: test_NAME.sh names; default: the subset below)
# A build with -O2 -g (RelWithDebInfo, the default) gives reports with file and line.
set -euo pipefail
build=$1
shift
source_dir=$(cd "$(dirname "$0")/.." && pwd)
binary=$(readlink -f "$build/policygraph")
[ -x "$binary" ] || { echo "valgrind.sh: no $build/policygraph (build first)" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "valgrind.sh: valgrind is not installed (scripts/install-deps.sh)" >&2; exit 2; }
scripts=("$@")
if [ ${#scripts[@]} -eq 0 ]; then
  # Every end-to-end script but two: the kill test starts 300 ingests only to kill them (memcheck
  # would time its kills, not check memory), and the install test builds a program of its own.
  for script in "$source_dir"/tests/e2e/test_*.sh; do
    name=$(basename "$script")
    [ "$name" = test_kill_ingest.sh ] || [ "$name" = test_install_consumer.sh ] || scripts+=("$name")
  done
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin" "$work/logs"
# The scripts take the binary as their first argument: this one is policygraph under memcheck.
cat > "$work/bin/policygraph" <<EOF
#!/bin/sh
exec valgrind --tool=memcheck --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite \\
  --errors-for-leak-kinds=definite --num-callers=30 --suppressions="$source_dir/tests/valgrind.supp" \\
  --log-file="$work/logs/memcheck.%p.log" "$binary" "\$@"
EOF
chmod +x "$work/bin/policygraph"

failed=()
for name in "${scripts[@]}"; do
  start=$(date +%s)
  status=0
  bash "$source_dir/tests/e2e/$name" "$work/bin/policygraph" "$source_dir" > "$work/out" 2>&1 || status=$?
  runs=$(find "$work/logs" -name 'memcheck.*.log' | wc -l)
  reports=$(find "$work/logs" -name 'memcheck.*.log' -size +0 | sort)
  outcome="no report"
  [ -z "$reports" ] || outcome="REPORTS"
  [ "$status" -eq 0 ] || [ "$status" -eq 77 ] || outcome="$outcome, the script failed"
  [ "$status" -ne 77 ] || outcome="$outcome, the script skipped itself"
  echo "valgrind: $name: $runs runs under memcheck, $(( $(date +%s) - start )) s, $outcome"
  if [ -n "$reports" ] || { [ "$status" -ne 0 ] && [ "$status" -ne 77 ]; }; then
    failed+=("$name")
    tail -n 20 "$work/out"
    for report in $reports; do echo "--- $report"; cat "$report"; done
  fi
  rm -f "$work/logs"/memcheck.*.log
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "valgrind: failed: ${failed[*]}" >&2
  exit 1
fi
echo "valgrind: ${#scripts[@]} scripts, no memcheck report"
