#!/usr/bin/env bash
# The SPARQL that docs/graph-databases.md gives (docs/examples/who_introduced.rq, lineage.rq), run by
# rdflib's engine over the corpus's N-Triples export, answers as `policygraph query` does for every
# programme.
source "$(dirname "$0")/lib.sh"
python_debian -c "import rdflib" 2>/dev/null || { echo "SKIP: Debian's python3 lacks rdflib (scripts/install-deps.sh)"; exit 77; }
expect_exit 0 "$BIN" -g corpus.json ingest "$SRC/data/corpus"
expect_exit 0 "$BIN" -g corpus.json export --format nt -o corpus.nt
if output=$(python_debian "$SRC/tests/e2e/check_sparql.py" corpus.json corpus.nt "$BIN" "$SRC/docs/examples" 2>&1); then
  pass; echo "  $output"
else
  fail "SPARQL: $output"
fi
finish
