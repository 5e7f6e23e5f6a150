#!/usr/bin/env bash
# `policygraph review` on the bundled corpus: real items ranked with evidence and curate commands, JSON
# and CSV that parse, byte-identical output across runs, --check and --limit, usage errors, and
# "nothing to review" on a graph with nothing wrong.
source "$(dirname "$0")/lib.sh"
set +e
"$BIN" -q -g corpus.json ingest "$SRC/data/corpus" >/dev/null 2>ingest.err
status=$?
set -e
if [ $status -ne 0 ]; then
  grep -q "not available" ingest.err && { echo "skip: ingest not in this build"; exit 77; }
  fail "ingest of the corpus failed: $(cat ingest.err)"
  finish
fi
r() { expect_exit "$1" "$BIN" -g corpus.json review "${@:2}"; }
py() { printf '%s' "$out" | python_debian -c "$1" && pass || fail "$2"; }

# The table: a count line, ranked rows, quoted evidence with document and sentence, fixes.
r 0
table=$out
expect_contains "$out" "items to review:" "count line"
expect_contains "$out" "rank  score  check" "header"
expect_contains "$out" "two_introducers" "a programme with two introducers"
expect_contains "$out" "likely_duplicate" "a likely duplicate"
expect_contains "$out" "fix: policygraph curate merge \"organisation/" "a merge suggestion"
expect_contains "$out" "fix: policygraph curate retract '\"administration/" "a retract suggestion"
expect_contains "$out" "(notes-2018-06-12-free-economic-zones-seminar #" "evidence cites document and sentence"
expect_contains "$out" "Special Act on the Designation and Management of Free Economic Zones\" is introduced by 2 administrations" "the Free Economic Zones act"
expect_contains "$out" "\"Office of Science and Technology Innovation\" and \"Office of Science, Technology and Innovation\"" "word order duplicate"
r 0
[ "$out" == "$table" ] && pass || fail "table differs between two runs"

# JSON: parses, ranks by score, every item explains itself and cites evidence.
r 0 --format json
json=$out
py 'import json,sys; d=json.load(sys.stdin)
items=d["items"]; assert items and d["total"]==len(items), d["total"]
assert [i["rank"] for i in items]==list(range(1,len(items)+1))
assert all(a["score"]>=b["score"] for a,b in zip(items,items[1:]))
assert all(i["explanation"] and i["nodes"] and i["evidence"] for i in items), items
assert sum(d["counts"].values())==d["total"] and set(d["counts"])=={"two_introducers","year_outside_term","evolution_cycle","label_two_kinds","likely_duplicate","weak_evidence","no_subject"}
fez=[i for i in items if i["check"]=="two_introducers" and "free-economic-zone" in i["nodes"][0]["id"]]
assert fez and {n["id"] for n in fez[0]["nodes"][1:]}=={"administration/kim-dae-jung","administration/roh-moo-hyun"}
assert fez[0]["suggestion"].startswith("policygraph curate retract ")
assert all(e["document"] and e["sentence"]>=0 and e["text"] for i in items for e in i["evidence"])' "review json"
r 0 --format json
[ "$out" == "$json" ] && pass || fail "JSON differs between two runs"

# CSV: parses, one header, every line as wide as it, one rank per item.
r 0 --format csv
csv_out=$out
py 'import csv,sys; rows=list(csv.reader(sys.stdin)); h=rows[0]
assert h[:3]==["rank","score","check"] and h[-4:]==["evidence_document","evidence_sentence","evidence_rule","evidence_text"], h
assert len(rows)>2 and all(len(r)==len(h) for r in rows)
ranks=sorted({int(r[0]) for r in rows[1:]}); assert ranks==list(range(1,len(ranks)+1))' "review csv"
r 0 --format csv
[ "$out" == "$csv_out" ] && pass || fail "CSV differs between two runs"

# Choosing checks and limiting.
r 0 --check likely_duplicate --format json
py 'import json,sys; d=json.load(sys.stdin); assert d["items"] and {i["check"] for i in d["items"]}=={"likely_duplicate"}; assert list(d["counts"])==["likely_duplicate"]' "--check"
r 0 --check two_introducers,weak_evidence --format json --weak-below 0.7
py 'import json,sys; d=json.load(sys.stdin); assert {i["check"] for i in d["items"]}=={"two_introducers","weak_evidence"}; assert d["counts"]["weak_evidence"]>10, d["counts"]' "two checks, a higher threshold"
r 0 --limit 2
expect_contains "$out" "more (--limit 0 lists all)" "limit says what is left"
rows=$(printf '%s\n' "$out" | grep -cE '^ +[0-9]+  +[0-9.]+  [a-z_]+ ' || true)
[ "$rows" -eq 2 ] && pass || fail "--limit 2 gave $rows rows"
r 0 --limit 1 --format json
py 'import json,sys; d=json.load(sys.stdin); assert len(d["items"])==1 and d["total"]>1' "--limit with JSON keeps the total"

# Usage errors are one line; an unreadable snapshot is exit 2.
r 1 --check spelling
expect_contains "$err" "unknown check 'spelling'" "unknown check"
expect_one_line "$err" "unknown check message"
r 1 --format xml
expect_exit 2 "$BIN" -g missing.json review
expect_one_line "$err" "missing snapshot message"

# A graph with nothing to review.
cat > clean.json <<'JSON'
{"format": "policygraph", "version": 1, "documents": [],
 "nodes": [{"id": "programme/technopark", "kind": "programme", "label": "Technopark Programme"}], "edges": []}
JSON
expect_exit 0 "$BIN" -g clean.json review
[ "$out" == "nothing to review" ] && pass || fail "empty review: $out"
expect_exit 0 "$BIN" -g clean.json review --format json
py 'import json,sys; d=json.load(sys.stdin); assert d["items"]==[] and d["total"]==0' "empty JSON"
expect_exit 0 "$BIN" -g clean.json review --format csv
[ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] && pass || fail "empty CSV is a header: $out"
finish
