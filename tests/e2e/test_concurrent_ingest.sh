#!/usr/bin/env bash
# Two writers of one snapshot: ingests that run at the same time both keep their documents (the
# second waits for the lock, saying so); with --no-wait the second fails at once on one line and
# the snapshot is untouched; readers meanwhile always load a whole snapshot.
source "$(dirname "$0")/lib.sh"

printf 'Notes\n\nThe Roh Moo-hyun administration launched the Innovation City project in 2005.\n' > roh.txt
printf 'Notes\n\nThe Moon Jae-in administration launched the hydrogen valley programme in 2019.\n' > moon.txt
printf 'Notes\n\nThe Lee Myung-bak administration launched the wide-area economic region policy in 2009.\n' > lee.txt
expect_exit 0 "$BIN" -g g.json ingest lee.txt
[ -e g.json.lock ] && pass || fail "no lock file beside the snapshot"

# Hold the lock (flock(1) takes the same flock(2) lock), start two ingests, let both queue up.
exec 9< g.json.lock
flock -x 9
"$BIN" -g g.json ingest roh.txt > roh.out 2> roh.err 9<&- &
roh=$!
"$BIN" -g g.json ingest moon.txt > moon.out 2> moon.err 9<&- &
moon=$!
# Each loads the pack first (seconds under the sanitizers on a busy machine), then waits.
for _ in $(seq 1200); do
  grep -q 'waiting for the lock' roh.err && grep -q 'waiting for the lock' moon.err && break
  kill -0 "$roh" 2>/dev/null && kill -0 "$moon" 2>/dev/null || break
  sleep 0.1
done
expect_contains "$(cat roh.err)" "waiting for the lock on g.json held by another policygraph" "first writer waits"
expect_contains "$(cat moon.err)" "waiting for the lock on g.json held by another policygraph" "second writer waits"
# --no-wait fails at once, on one line, exit 2, and leaves the snapshot as it was
cp g.json before.json
expect_exit 2 "$BIN" -g g.json ingest --no-wait roh.txt
expect_contains "$err" "g.json: another policygraph is writing this snapshot" "--no-wait names the snapshot"
expect_one_line "$err" "--no-wait error"
cmp -s g.json before.json && pass || fail "--no-wait changed the snapshot"
flock -u 9
exec 9<&-

# Readers load whole snapshots while the two writers run.
readers_ok=0
readers_failed=0
while kill -0 "$roh" 2>/dev/null || kill -0 "$moon" 2>/dev/null; do
  if "$BIN" -g g.json stats --format json > reader.out 2> reader.err; then
    readers_ok=$((readers_ok + 1))
  else
    readers_failed=$((readers_failed + 1))
    fail "a reader failed while writers ran: $(cat reader.err)"
  fi
done
wait "$roh" && pass || fail "the first ingest failed: $(cat roh.err)"
wait "$moon" && pass || fail "the second ingest failed: $(cat moon.err)"
echo "readers during the writes: $readers_ok whole, $readers_failed failed"

python_debian - g.json <<'PY' && pass || fail "both documents' facts"
import json, sys
d = json.load(open(sys.argv[1]))
ids = sorted(x["id"] for x in d["documents"])
assert ids == ["lee", "moon", "roh"], ids
edges = {(e["source"], e["relation"], e["target"]) for e in d["edges"]}
for fact in [("administration/roh-moo-hyun", "introduced", "programme/innovation-city"),
             ("administration/moon-jae-in", "introduced", "programme/hydrogen-valley-programme")]:
    assert fact in edges, (fact, sorted(edges))
PY

# Without another writer nothing waits, and no temporary file is left.
expect_exit 0 "$BIN" -g g.json ingest roh.txt
[[ "$err" == *"waiting for the lock"* ]] && fail "an ingest waited with no other writer" || pass
ls -A | grep -q '\.tmp-' && fail "temporary files left: $(ls -A | grep '\.tmp-')" || pass

finish
