#!/usr/bin/env bash
# The command line: help, version, stats and validate on good snapshots, and every bad snapshot
# rejected with a one-line error, exit code 2, and nothing written.
source "$(dirname "$0")/lib.sh"

expect_exit 0 "$BIN" --help
for sub in ingest query ask export stats validate eval; do expect_contains "$out" "$sub" "--help lists $sub"; done
expect_contains "$out" "Exit codes" "--help documents exit codes"
for sub in ingest query ask export stats validate eval; do expect_exit 0 "$BIN" "$sub" --help; done
expect_exit 0 "$BIN" --version
expect_contains "$out" "policygraph 0." "--version"
expect_exit 1 "$BIN"
expect_exit 1 "$BIN" no-such-command
expect_exit 1 "$BIN" stats --format xml

cat > good.json <<'JSON'
{"format": "policygraph", "version": 1,
 "documents": [{"id": "d1", "path": "d1.txt", "title": "T", "date": "2018-04-13", "sha256": "00"}],
 "nodes": [
  {"id": "administration/roh-moo-hyun", "kind": "administration", "label": "Participation Government",
   "aliases": ["참여정부"], "attributes": {"leader": "Roh Moo-hyun"},
   "evidence": [{"document": "d1", "sentence": 2, "begin": 0, "end": 10, "text": "…", "rule": "r", "confidence": 0.9}]},
  {"id": "programme/regional-strategic-industry", "kind": "programme", "label": "regional strategic industry"}],
 "edges": [{"source": "administration/roh-moo-hyun", "target": "programme/regional-strategic-industry",
            "relation": "introduced", "year": 2003}]}
JSON
expect_exit 0 "$BIN" -g good.json stats
expect_contains "$out" "documents  1" "stats counts documents"
expect_contains "$out" "administration    1" "stats counts kinds"
expect_contains "$out" "introduced" "stats counts relations"
expect_exit 0 "$BIN" -g good.json stats --format json
printf '%s' "$out" | python_debian -c 'import json,sys; d=json.load(sys.stdin); assert d["nodes"]==2 and d["edges_by_relation"]["introduced"]==1' && pass || fail "stats json"
expect_exit 0 "$BIN" -g good.json validate
expect_contains "$out" "good.json: valid" "validate says valid"

# Every bad snapshot: one line naming the file, exit 2.
head -c 300 good.json > truncated.json
printf '{"format": "policygraph", "version": 1, "documents": [], "nodes": [{"id": "programme/a", "kind": "programme", "label": "\xff"}], "edges": []}' > badutf8.json
sed 's/"version": 1/"version": 9/' good.json > newer.json
sed 's/"format": "policygraph"/"format": "other"/' good.json > wrongformat.json
sed 's/"target": "programme\/regional-strategic-industry"/"target": "programme\/missing"/' good.json > dangling.json
sed 's/"id": "programme\/regional-strategic-industry", "kind": "programme"/"id": "administration\/roh-moo-hyun", "kind": "administration"/' good.json > duplicate.json
sed 's/"kind": "programme"/"kind": "policy"/' good.json > unknownkind.json
sed 's/"label": "Participation Government"/"label": "Participation \\udc4d Government"/' good.json > surrogate.json
for f in missing.json truncated.json badutf8.json newer.json wrongformat.json dangling.json duplicate.json unknownkind.json surrogate.json; do
  expect_exit 2 "$BIN" -g "$f" stats
  expect_one_line "$err" "stats $f"
  expect_contains "$err" "$f" "error names the file"
  expect_exit 2 "$BIN" validate "$f"
done
expect_exit 2 "$BIN" -g truncated.json stats
expect_contains "$err" "truncated.json: byte " "truncated: byte offset"
expect_exit 2 "$BIN" -g badutf8.json stats
expect_contains "$err" "badutf8.json: byte " "invalid UTF-8: byte offset"
expect_exit 2 "$BIN" -g surrogate.json stats
surrogate_at=$(grep -bo '\\udc4d' surrogate.json | cut -d: -f1)
expect_contains "$err" "surrogate.json: byte $surrogate_at: '\\udc4d' is a lone UTF-16 surrogate" "lone surrogate: byte offset"
expect_exit 2 "$BIN" -g dangling.json stats
expect_contains "$err" "programme/missing" "dangling edge names the id"
expect_exit 2 "$BIN" -g duplicate.json stats
expect_contains "$err" "duplicate node id" "duplicate id"
expect_exit 2 "$BIN" -g newer.json stats
expect_contains "$err" "newer" "newer version"
[ ! -e missing.json ] && pass || fail "a failed command wrote a snapshot"

finish
