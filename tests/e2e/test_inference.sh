#!/usr/bin/env bash
# Introductions inferred by date through the real binary: marked in answers, in the snapshot and in
# DOT (read back by Graphviz), settled beside stated ones, left out by --no-inference, and never
# counted by eval.
source "$(dirname "$0")/lib.sh"

mkdir corpus gold
cat > corpus/ports.txt <<'TXT'
Port policy notes

The Special Act on Coastal Innovation was enacted in 2004. It set up a fund for small harbours.
The Ocean Science Fund, launched in 1999, supports marine research.
The Blue Belt Programme was started in 2009.
The Blue Belt Programme was introduced by the Lee Myung-bak government.
TXT
expect_exit 0 "$BIN" ingest corpus
expect_exit 0 "$BIN" query who-introduced "Special Act on Coastal Innovation"
expect_contains "$out" "introduced Special Act on Coastal Innovation in 2004 (inferred by date)" "the answer says it is inferred"
expect_contains "$out" "was enacted in 2004" "the dated sentence is the evidence"
expect_exit 0 "$BIN" query who-introduced "Blue Belt Programme"
expect_contains "$out" "Lee Myung-bak administration" "the stated introducer"
[[ "$out" != *"inferred"* ]] && pass || fail "a stated introduction is shown as inferred: $out"
expect_exit 0 python_debian - <<'PY'
import json
g = json.load(open("policygraph.json"))
edges = {(e["source"], e["target"]): e for e in g["edges"] if e["relation"] == "introduced"}
act = edges[("administration/roh-moo-hyun", "programme/special-act-on-coastal-innovation")]
assert act["attributes"] == {"inferred": "by date"} and act["year"] == 2004, act
assert all(e["rule"].startswith("inferred.") and e["confidence"] < 0.5 for e in act["evidence"]), act
fund = edges[("administration/kim-dae-jung", "programme/ocean-science-fund")]
assert fund["attributes"] == {"inferred": "by date"}, fund
belt = edges[("administration/lee-myung-bak", "programme/blue-belt-programme")]
assert "inferred" not in belt.get("attributes", {}), belt
PY
expect_exit 0 "$BIN" export --format dot -o g.dot
expect_exit 0 dot -Tcanon g.dot -o /dev/null
expect_contains "$(cat g.dot)" "introduced 2004 (by date)" "the diagram marks the inference"

# eval: the inferred fact is in the gold, and is neither found nor counted.
cat > gold/ports.gold.json <<'JSON'
{"document": "ports.txt", "facts": [
  {"subject": "Participatory Government", "relation": "introduced", "object": "Special Act on Coastal Innovation", "year": 2004},
  {"subject": "Lee Myung-bak administration", "relation": "introduced", "object": "Blue Belt Programme"}
]}
JSON
expect_exit 0 "$BIN" eval --gold gold --corpus corpus
expect_contains "$out" "introduced" "eval lists introduced"
line=$(printf '%s\n' "$out" | grep '^introduced ' || true)
read -r _ gold_n predicted correct _ <<<"$line"
[ "$gold_n" = 2 ] && [ "$predicted" = 1 ] && [ "$correct" = 1 ] && pass || fail "eval counted an inferred edge: $line"

# --no-inference leaves them out.
expect_exit 0 "$BIN" ingest --fresh --no-inference corpus
expect_exit 3 "$BIN" query who-introduced "Special Act on Coastal Innovation"
expect_exit 0 "$BIN" query who-introduced "Blue Belt Programme"
finish
