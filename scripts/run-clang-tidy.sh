#!/usr/bin/env bash
# clang-tidy (the checks of .clang-tidy) over every source file of policygraph that a build
# compiles: the library, the command line, the unit tests and the fuzz targets. Any finding fails
# the run and is printed with its check's name. Slow: about 20 minutes of CPU (the static analyzer
# over Boost, Catch2 and CLI11 headers), so CI leaves it to `make tidy`.
# Usage: scripts/run-clang-tidy.sh BUILD [JOBS]   (BUILD: a configured build with compile_commands.json)
set -euo pipefail
build=$1
jobs=${2:-2}
cd "$(dirname "$0")/.."
[ -f "$build/compile_commands.json" ] || { echo "run-clang-tidy: no $build/compile_commands.json (configure first)" >&2; exit 2; }
source_dir=$(pwd)
tidy=$(command -v clang-tidy || command -v clang-tidy-14)
runner=$(command -v run-clang-tidy || command -v run-clang-tidy-14)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
"$runner" -clang-tidy-binary "$tidy" -p "$build" -j "$jobs" -quiet "^$source_dir/(graph|ingest|export|cli|tests)/" >"$log" 2>&1 || status=$?
# Keep the findings and drop the runner's progress lines and the counts of ignored header warnings.
sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '(warning|error):|^ +[0-9]+ \||^ +\|' | grep -v 'warnings\? generated' || true
if [ "$status" -ne 0 ]; then
  echo "run-clang-tidy: findings above (or clang-tidy failed: $log kept)" >&2
  trap - EXIT
  exit 1
fi
echo "run-clang-tidy: clean"
