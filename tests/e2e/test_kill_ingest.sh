#!/usr/bin/env bash
# SIGKILL at seeded random moments of `ingest` into an existing snapshot: each time the snapshot is
# the old bytes or the complete new ones, and what a killed run leaves is harmless and cleaned up
# (tests/e2e/kill_ingest.py). Fewer runs under the sanitizers, where each run is slower.
source "$(dirname "$0")/lib.sh"

runs=${KILL_RUNS:-300}
[ -n "${POLICYGRAPH_SANITIZED:-}" ] && runs=${KILL_RUNS:-80}
mkdir kill
python_debian "$SRC/tests/e2e/kill_ingest.py" "$BIN" "$SRC" "$WORK/kill" "$runs" && pass || fail "kill test"

finish
