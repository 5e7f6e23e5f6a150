#!/usr/bin/env bash
# cppcheck over policygraph's own sources (graph/, ingest/, export/, cli/, python/bindings/, tests/unit/, tests/fuzz/),
# with the suppressions of tests/cppcheck.supp and those written beside a line in the code. Any
# finding fails the run. Third-party headers are not given to cppcheck. About half a minute.
# Usage: scripts/run-cppcheck.sh [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
exec cppcheck -I. -DRAPIDJSON_HAS_STDSTRING=1 --std=c++20 --language=c++ \
  --enable=warning,performance,portability,style --inline-suppr --suppressions-list=tests/cppcheck.supp \
  --error-exitcode=1 --quiet -j "${1:-2}" --template='{file}:{line}: {severity}: {message} [{id}]' \
  graph ingest export cli python/bindings tests/unit tests/fuzz
