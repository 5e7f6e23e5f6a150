#!/usr/bin/env bash
# The figures of docs/scale.md: one ingest of a corpus against N shard ingests (run JOBS at a time,
# one worker each) and a merge, side by side, REPEAT times; wall time and peak memory from
# /usr/bin/time -v, medians printed as a Markdown table. Checks that both give the same bytes.
# usage: bench/scale.sh POLICYGRAPH CORPUS_FOLDER SHARDS [JOBS] [REPEAT]
set -euo pipefail
bin=$(readlink -f "$1"); corpus=$(readlink -f "$2"); shards=$3; jobs=${4:-$(nproc)}; repeat=${5:-3}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; cd "$work"
find "$corpus" -type f | sort > all.list
split -n "r/$shards" all.list part.

# measure NAME CMD...: appends "wall_seconds peak_kb" of one run to NAME.runs
measure() {
  local name=$1; shift
  /usr/bin/time -v -o time.txt "$@" > /dev/null 2> err.txt || { cat err.txt time.txt >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s }
              /Maximum resident set size/ { rss = $2 } END { print wall, rss }' time.txt >> "$name.runs"
}
for _ in $(seq "$repeat"); do
  rm -f whole.json part.*.json merged.json
  measure whole "$bin" -q -g whole.json ingest --fresh -j "$jobs" "$corpus"
  measure shards sh -c "ls part.?? | xargs -P $jobs -I{} sh -c 'xargs \"$bin\" -q -g {}.json ingest --fresh -j 1 < {}'"
  measure merge "$bin" -q merge part.??.json -o merged.json
  cmp -s whole.json merged.json || { echo "scale.sh: the merge differs from the whole ingest" >&2; exit 1; }
done
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
col() { awk -v c="$2" '{ print $c }' "$1.runs" | median; }
bytes=$(cat $(cat all.list) | wc -c)
echo "corpus: $(wc -l < all.list) documents, $((bytes / 1000000)) MB; snapshot $(( $(stat -c %s whole.json) / 1000000 )) MB; $shards shards, $jobs at a time; medians of $repeat"
echo "| step | wall (s) | peak memory of one process (MB) |"
echo "| --- | ---: | ---: |"
for step in whole shards merge; do
  printf '| %s | %s | %d |\n' "$step" "$(col "$step" 1)" "$(( $(col "$step" 2) / 1024 ))"
done
total=$(paste -d' ' <(awk '{ print $1 }' shards.runs) <(awk '{ print $1 }' merge.runs) | awk '{ print $1 + $2 }' | median)
echo "| shards + merge | $total | |"
