#!/usr/bin/env bash
# `policygraph export` in every format on a graph with hostile labels, each file loaded by the tool
# that reads it (networkx, rdflib, rapper, pandas, xml.etree; see tests/e2e/check_exports.py); stdout
# and -o agree, output is deterministic, filters apply, and every misuse fails cleanly.
source "$(dirname "$0")/lib.sh"
CHECK="$SRC/tests/e2e/check_exports.py"

for module in networkx rdflib pandas; do
  python_debian -c "import $module" 2>/dev/null || { echo "SKIP: Debian's python3 lacks $module (scripts/install-deps.sh)"; exit 77; }
done
command -v rapper >/dev/null || { echo "SKIP: rapper (raptor2-utils) missing"; exit 77; }

# A newer networkx than Debian's, if this machine has one (it reads "edges" by default, not "links").
newer_python=""
for candidate in $(type -ap python3 python3.11 python3.12 python3.13 2>/dev/null | sort -u); do
  [ "$(readlink -f "$candidate")" = "$(readlink -f /usr/bin/python3)" ] && continue
  if "$candidate" -c 'import networkx, sys; sys.exit(0 if int(networkx.__version__.split(".")[0]) >= 3 else 1)' 2>/dev/null; then
    newer_python=$candidate
    break
  fi
done

python_debian "$CHECK" fixture graph.json
expect_exit 0 "$BIN" -g graph.json export --format json -o snapshot.json
cmp -s snapshot.json <("$BIN" -g graph.json export) && pass || fail "json export to stdout differs from -o"

# Every one-file format: -o and stdout give the same bytes, twice, in valid UTF-8.
for format in node-link graphml gexf ttl nt timeline; do
  expect_exit 0 "$BIN" -g graph.json export --format "$format" -o "out.$format"
  "$BIN" -g graph.json export --format "$format" > "stdout.$format"
  "$BIN" -g graph.json export --format "$format" -o - > "dash.$format"
  cmp -s "out.$format" "stdout.$format" && cmp -s "out.$format" "dash.$format" && pass || fail "$format: stdout differs from -o"
  "$BIN" -g graph.json export --format "$format" -o "again.$format"
  cmp -s "out.$format" "again.$format" && pass || fail "$format: not deterministic"
  python_debian -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "out.$format" && pass || fail "$format: not UTF-8"
done

check() {
  local what=$1; shift
  if output=$("$@" 2>&1); then pass; echo "  $output"; else fail "$what: $output"; fi
}
check node-link python_debian "$CHECK" node-link snapshot.json out.node-link
[ -n "$newer_python" ] && check "node-link (newer networkx)" "$newer_python" "$CHECK" node-link snapshot.json out.node-link
check graphml python_debian "$CHECK" graphml snapshot.json out.graphml
check gexf python_debian "$CHECK" gexf snapshot.json out.gexf
[ -n "$newer_python" ] && check "gexf (newer networkx)" "$newer_python" "$CHECK" gexf snapshot.json out.gexf
check rdf python_debian "$CHECK" rdf snapshot.json out.ttl out.nt
check timeline python_debian "$CHECK" timeline snapshot.json out.timeline

# The checks themselves catch what they are for: a graph whose edges were not found, an untyped year.
sed 's/"links":/"edges":/' out.node-link > renamed.node-link
python_debian "$CHECK" node-link snapshot.json renamed.node-link 2>/dev/null && fail "a node-link file without 'links' passed" || pass
sed 's/attr.name="year" attr.type="int"/attr.name="year" attr.type="string"/' out.graphml > untyped.graphml
python_debian "$CHECK" graphml snapshot.json untyped.graphml 2>/dev/null && fail "a string year passed" || pass

# rapper (raptor2) parses both RDF files to the same number of triples as rdflib.
rapper_count() { rapper -i "$1" -c "$2" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p'; }
ttl_count=$(rapper_count turtle out.ttl)
nt_count=$(rapper_count ntriples out.nt)
rdflib_count=$(python_debian -c 'import rdflib,sys; g=rdflib.Graph(); g.parse(sys.argv[1], format="nt"); print(len(g))' out.nt)
if [ -n "$ttl_count" ] && [ "$ttl_count" = "$nt_count" ] && [ "$nt_count" = "$rdflib_count" ]; then
  pass; echo "  rapper: $ttl_count triples in Turtle and N-Triples (rdflib: $rdflib_count)"
else
  fail "rapper counts: ttl '$ttl_count', nt '$nt_count', rdflib '$rdflib_count'"
fi

# CSV writes a folder, replaces an earlier export, and leaves a folder with other files alone.
expect_exit 0 "$BIN" -g graph.json export --format csv -o neo4j
check csv python_debian "$CHECK" csv snapshot.json neo4j
expect_exit 0 "$BIN" -g graph.json export --format csv -o neo4j/
check "csv again" python_debian "$CHECK" csv snapshot.json neo4j
expect_exit 1 "$BIN" -g graph.json export --format csv
expect_contains "$err" "folder" "csv without -o says it writes a folder"
expect_exit 1 "$BIN" -g graph.json export --format csv -o -
mkdir mine && echo keep > mine/notes.txt
expect_exit 2 "$BIN" -g graph.json export --format csv -o mine
expect_contains "$err" "other files" "csv refuses to replace a folder it did not write"
expect_one_line "$err" "csv refusal"
[ "$(cat mine/notes.txt)" = keep ] && [ ! -e mine/nodes.csv ] && pass || fail "csv touched a foreign folder"
expect_exit 2 "$BIN" -g graph.json export --format csv -o no-such-dir/neo4j
[ ! -e no-such-dir ] && pass || fail "a failed csv export left something behind"
leftovers=$(find . -maxdepth 1 -name '.*partial*' -o -maxdepth 1 -name '.*previous*' | wc -l)
[ "$leftovers" -eq 0 ] && pass || fail "temporary folders left behind"

# Filters, as for diagrams: the filtered exports still load, and keep what the view keeps.
expect_exit 0 "$BIN" -g graph.json export --focus "participation government" --depth 1 -o focus.json
python_debian - focus.json <<'PY' && pass || fail "--focus by label, depth 1"
import json, sys
ids = {n["id"] for n in json.load(open(sys.argv[1]))["nodes"]}
assert ids == {"administration/roh-moo-hyun", "administration/kim-dae-jung",
               "programme/regional-strategic-industry"}, ids
PY
expect_exit 0 "$BIN" -g graph.json export --focus 참여정부 --depth 1 --format node-link -o focus.node-link
check "node-link of a focus (Korean alias)" python_debian "$CHECK" node-link focus.json focus.node-link
expect_exit 0 "$BIN" -g graph.json export --focus programme/regional-strategic-industry --relations evolved_into -f ttl -o lineage.ttl
expect_exit 0 "$BIN" -g graph.json export --focus programme/regional-strategic-industry --relations evolved_into -o lineage.json
expect_exit 0 "$BIN" -g graph.json export --focus programme/regional-strategic-industry --relations evolved_into -f nt -o lineage.nt
check "rdf of a lineage" python_debian "$CHECK" rdf lineage.json lineage.ttl lineage.nt
expect_exit 0 "$BIN" -g graph.json export --kinds administration,programme --relations introduced -o kinds.json
python_debian - kinds.json <<'PY' && pass || fail "--kinds/--relations"
import json, sys
s = json.load(open(sys.argv[1]))
assert {n["kind"] for n in s["nodes"]} == {"administration", "programme"}
assert {e["relation"] for e in s["edges"]} == {"introduced"} and len(s["edges"]) == 4
PY
expect_exit 0 "$BIN" -g graph.json export --from 2004 --to 2008 --format timeline -o years.timeline
expect_exit 0 "$BIN" -g graph.json export --from 2004 --to 2008 -o years.json
check "timeline of 2004-2008" python_debian "$CHECK" timeline years.json years.timeline
python_debian - years.json <<'PY' && pass || fail "--from/--to"
import json, sys
ids = {n["id"] for n in json.load(open(sys.argv[1]))["nodes"]}
assert "programme/pilot-project-for-an-innovation-cluster" not in ids and "programme/hostile" not in ids, ids
assert "programme/regional-strategic-industry" in ids, ids
PY

# Misuse: one line, the documented exit code, nothing written.
expect_exit 1 "$BIN" -g graph.json export --format xlsx -o never.out
expect_contains "$err" "xlsx" "unknown format named"
# An unknown focus is a name with no answer (exit 3), as in query.
expect_exit 3 "$BIN" -g graph.json export --focus "no such programme" -o never.out
expect_contains "$err" "no such programme" "unknown focus named"
expect_one_line "$err" "unknown focus"
expect_exit 3 "$BIN" -g graph.json export --focus "R&D" -o never.out  # the name of no node
expect_exit 1 "$BIN" -g graph.json export --kinds administration,ministry -o never.out
expect_contains "$err" "ministry" "unknown kind named"
expect_exit 1 "$BIN" -g graph.json export --relations likes -o never.out
expect_exit 1 "$BIN" -g graph.json export --from 2010 --to 2000 -o never.out
expect_exit 1 "$BIN" -g graph.json export --depth -1 -o never.out
expect_exit 2 "$BIN" -g missing.json export --format graphml -o never.out
expect_exit 2 "$BIN" -g graph.json export --format graphml -o no-such-dir/out.graphml
[ ! -e never.out ] && [ ! -e no-such-dir ] && pass || fail "a failed export wrote a file"

# Two nodes with the same label make a focus ambiguous.
python_debian - graph.json ambiguous.json <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
s["nodes"].append({"id": "programme/another-rsi", "kind": "programme", "label": "Regional Strategic Industry",
                   "aliases": [], "attributes": {}, "evidence": []})
s["nodes"].sort(key=lambda n: n["id"])
json.dump(s, open(sys.argv[2], "w"), ensure_ascii=False)
PY
expect_exit 2 "$BIN" -g ambiguous.json export --focus "regional strategic industry" -o never.out  # as in query
expect_contains "$err" "programme/another-rsi" "ambiguous focus lists the candidates"
expect_exit 0 "$BIN" -g ambiguous.json export --focus programme/another-rsi -o one.json

finish
