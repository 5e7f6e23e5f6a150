#!/usr/bin/env bash
# The exports of the bundled corpus's graph, each loaded by the tool that reads it, answer "which
# administration introduced X" as `policygraph query who-introduced` does; a focused view and the
# worked example (docs/examples/timeline_plot.py) work on it too.
source "$(dirname "$0")/lib.sh"
CHECK="$SRC/tests/e2e/check_exports.py"

for module in networkx rdflib pandas matplotlib; do
  python_debian -c "import $module" 2>/dev/null || { echo "SKIP: Debian's python3 lacks $module (scripts/install-deps.sh)"; exit 77; }
done
command -v rapper >/dev/null || { echo "SKIP: rapper (raptor2-utils) missing"; exit 77; }

expect_exit 0 "$BIN" -g corpus.json ingest "$SRC/data/corpus"
if [ "$failures" -ne 0 ] && [[ "$err" == *"not available"* ]]; then echo "SKIP: ingest is not in this build"; exit 77; fi
expect_exit 0 "$BIN" -g corpus.json export -o snapshot.json
cmp -s corpus.json snapshot.json && pass || fail "the json export is not the store's bytes"
python_debian - snapshot.json <<'PY' && pass || fail "the corpus graph has introductions and lineage to check"
import json, sys
s = json.load(open(sys.argv[1]))
relations = [e["relation"] for e in s["edges"]]
assert relations.count("introduced") >= 5 and relations.count("evolved_into") >= 3, relations
PY

for format in node-link graphml gexf ttl nt timeline; do
  expect_exit 0 "$BIN" -g corpus.json export --format "$format" -o "corpus.$format"
done
expect_exit 0 "$BIN" -g corpus.json export --format csv -o neo4j

check() {
  local what=$1; shift
  if output=$("$@" 2>&1); then pass; echo "  $output"; else fail "$what: $output"; fi
}
check node-link python_debian "$CHECK" node-link snapshot.json corpus.node-link
check graphml python_debian "$CHECK" graphml snapshot.json corpus.graphml
check gexf python_debian "$CHECK" gexf snapshot.json corpus.gexf
check rdf python_debian "$CHECK" rdf snapshot.json corpus.ttl corpus.nt
check csv python_debian "$CHECK" csv snapshot.json neo4j
check timeline python_debian "$CHECK" timeline snapshot.json corpus.timeline
check "query who-introduced" python_debian "$CHECK" query snapshot.json "$BIN" corpus.json

rapper_count() { rapper -i "$1" -c "$2" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p'; }
ttl_count=$(rapper_count turtle corpus.ttl)
nt_count=$(rapper_count ntriples corpus.nt)
[ -n "$ttl_count" ] && [ "$ttl_count" = "$nt_count" ] && pass || fail "rapper: $ttl_count triples in Turtle, $nt_count in N-Triples"
echo "  rapper: $ttl_count triples in both"

# A focus given by a Korean alias: the view's exports still load and agree with the view.
expect_exit 0 "$BIN" -g corpus.json export --focus 참여정부 --depth 1 -o focus.json
expect_exit 0 "$BIN" -g corpus.json export --focus 참여정부 --depth 1 --format node-link -o focus.node-link
check "node-link of a focus" python_debian "$CHECK" node-link focus.json focus.node-link

expect_exit 0 python_debian "$SRC/docs/examples/timeline_plot.py" corpus.node-link corpus.png --title "Bundled corpus"
python_debian -c 'import sys; d = open(sys.argv[1], "rb").read(); sys.exit(0 if d[:8] == b"\x89PNG\r\n\x1a\n" and len(d) > 20000 else 1)' corpus.png \
  && pass || fail "timeline_plot.py on the corpus wrote no PNG"

finish
