#!/usr/bin/env bash
# `query continuity` and its `ask` forms on the bundled corpus: every change of government from
# Kim Dae-jung's to Yoon Suk Yeol's, each programme's fate with evidence, the summary per change,
# and a correction (curate) changing a fate.
source "$(dirname "$0")/lib.sh"

expect_exit 0 "$BIN" ingest -j 2 "$SRC/data/corpus"
expect_exit 0 "$BIN" query continuity --format json
printf '%s' "$out" > continuity.json
expect_exit 0 python_debian - <<'PY'
import json
a = json.load(open("continuity.json"))
changes = []
for row in a["rows"]:
    pair = (row["from"]["id"], row["to"]["id"])
    if pair not in changes:
        changes.append(pair)
    assert row["evidence"], ("a fate without evidence", row)
    assert row["outcome"], row
    if row["outcome"] not in ("continued", "no later mention") and "year unknown" not in row["outcome"]:
        assert row["became"], ("an evolution without a successor", row)
ids = [c[0] for c in changes] + [changes[-1][1]]
want = ["administration/kim-dae-jung", "administration/roh-moo-hyun", "administration/lee-myung-bak",
        "administration/park-geun-hye", "administration/moon-jae-in", "administration/yoon-suk-yeol"]
assert ids[-len(want):] == want, ids
for (a_id, b_id) in changes:
    assert ids.index(b_id) == ids.index(a_id) + 1, ("changes out of order", changes)
outcomes = {row["outcome"] for row in a["rows"]}
assert "replaced" in outcomes and "no later mention" in outcomes, outcomes
PY

# Regional strategic industry: replaced under Lee Myung-bak, with the sentence that says so.
expect_exit 0 "$BIN" query continuity "Participatory Government"
expect_contains "$out" "Participatory Government → Lee Myung-bak administration" "the one change asked"
expect_contains "$out" "Regional Strategic Industry" "a programme of the outgoing government"
expect_exit 0 "$BIN" query continuity --summary --format csv
expect_exit 0 python_debian -c 'import csv,io,sys; rows=list(csv.DictReader(io.StringIO(sys.argv[1]))); assert rows and all(int(r["programmes"]) > 0 for r in rows), rows' "$out"

# The same in plain English.
expect_exit 0 "$BIN" ask "What happened to the Participatory Government's programmes under Lee Myung-bak?"
expect_contains "$out" "(read as: continuity \"the Participatory Government\" \"Lee Myung-bak\")" "the question's reading"
expect_exit 0 "$BIN" ask "What changed at each change of government?"
expect_contains "$out" "changes of government" "every change"

# Errors: not an administration, not later, nobody after.
expect_exit 1 "$BIN" query continuity "Lee Myung-bak administration" "Participatory Government"
expect_one_line "$err" "an earlier TO"
expect_exit 3 "$BIN" query continuity "Yoon Suk Yeol administration"
expect_one_line "$err" "nobody after"

# A correction changes a fate: retracting the evolution leaves nothing later recorded.
expect_exit 0 "$BIN" query continuity "Lee Myung-bak administration" --format tsv
expect_contains "$out" "Low Carbon, Green Growth" "green growth is Lee's"
expect_exit 0 "$BIN" curate retract '"Low Carbon, Green Growth" evolved_into ?x' --note test
expect_exit 0 "$BIN" query continuity "Lee Myung-bak administration" --format json
expect_exit 0 python_debian -c '
import json,sys
rows = json.loads(sys.argv[1])["rows"]
row = next(r for r in rows if r["programme"]["label"] == "Low Carbon, Green Growth")
assert row["outcome"] == "no later mention", row["outcome"]' "$out"

# Byte-stable.
expect_exit 0 "$BIN" query continuity --format json
first=$out
expect_exit 0 "$BIN" query continuity --format json
[ "$first" = "$out" ] && pass || fail "continuity output differs between runs"
finish
