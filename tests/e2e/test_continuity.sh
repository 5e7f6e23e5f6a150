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

# The diagram view: a panel per change of government, in time order, read back by Graphviz; the
# years and the focus choose the changes; filters that would cut the graph are refused.
expect_exit 0 "$BIN" export --format dot --view continuity -o continuity.dot
expect_exit 0 dot -Tplain -o continuity.plain continuity.dot
expect_exit 0 python_debian - <<'PY'
import re
dot = open("continuity.dot", encoding="utf-8").read()
panels = re.findall(r"subgraph cluster_pg_change_(\d+) \{", dot)
assert len(panels) >= 5, panels
labels = re.findall(r"subgraph cluster_pg_change_\d+ \{[^}]*?label=<(.*?)>,", dot, re.S)
order = ["Civilian", "People", "Participatory", "Lee Myung-bak", "Park Geun-hye", "Moon Jae-in"]
seen = [next((i for i, name in enumerate(order) if name in label.split("→")[0]), None) for label in labels]
seen = [s for s in seen if s is not None]
assert seen == sorted(seen) and len(set(seen)) >= 4, (seen, labels)
assert "no later mention" in dot and "replaced" in dot, "outcomes drawn"
assert "Regional Strategic Industry" in dot
PY
# x of every node in the laid-out diagram: a later change is never drawn left of an earlier one.
expect_exit 0 python_debian - <<'PY'
xs = {}
for line in open("continuity.plain", encoding="utf-8"):
    part = line.split()
    if part and part[0] == "node" and part[1].startswith('"pg:change:'):
        panel = int(part[1].strip('"').split(":")[2])
        xs.setdefault(panel, []).append(float(part[2]))
panels = sorted(xs)
for a, b in zip(panels, panels[1:]):
    assert max(xs[a]) < min(xs[b]), ("panels overlap along time", a, b)
PY
expect_exit 0 "$BIN" export --format svg --view continuity --from 2008 --to 2013 -o continuity.svg
expect_exit 0 python_debian -c '
import re
svg = open("continuity.svg", encoding="utf-8").read()
panels = re.findall(r"<title>cluster_pg_change_\d+</title>", svg)
assert len(panels) == 2, ("the changes of 2008 and 2013", panels)'
expect_exit 0 "$BIN" export --format dot --view continuity --focus "Regional Strategic Industry" -o focus.dot
expect_exit 0 python_debian -c '
import re,sys
dot = open("focus.dot", encoding="utf-8").read()
assert len(re.findall(r"subgraph cluster_pg_change_", dot)) in (1, 2), "the changes the programme takes part in"
assert "Regional Strategic Industry" in dot'
expect_exit 1 "$BIN" export --format dot --view continuity --kinds programme
expect_one_line "$err" "a filter the continuity view refuses"

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
