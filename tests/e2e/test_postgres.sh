#!/usr/bin/env bash
# `export --format postgres` against a real PostgreSQL 15 started here (tests/e2e/postgres_server.sh):
# the bundled corpus loads row for row; the views answer who-introduced, evolution and timeline as
# `policygraph query` does for every programme; a changed document replaces its own rows and no
# others (and loading it back gives the corpus again); --schema keeps graphs apart; two loaders at
# once; an unreachable server, a wrong password, a schema of another version and a failure in the
# middle of the load each exit 2 with one line and leave the database as it was.
source "$(dirname "$0")/lib.sh"
source "$SRC/tests/e2e/postgres_server.sh"
CHECK="$SRC/tests/e2e/check_postgres.py"

pg_bindir >/dev/null || { echo "SKIP: no PostgreSQL server binaries (scripts/install-deps.sh test installs postgresql-15)"; exit 77; }
for module in psycopg2 pandas; do
  python_debian -c "import $module" 2>/dev/null || { echo "SKIP: Debian's python3 lacks $module (scripts/install-deps.sh test)"; exit 77; }
done
trap 'pg_stop; rm -rf "$WORK"' EXIT
pg_start || { echo "FAIL: the test server did not start"; exit 1; }
echo "  PostgreSQL on 127.0.0.1:$PG_PORT as $PG_OWNER"

check() {
  local what=$1; shift
  if output=$("$@" 2>&1); then pass; echo "  $what: $output"; else fail "$what: $output"; fi
}
digest() { python_debian "$CHECK" digest "$PG_DSN" "$@"; }

# The corpus, loaded into a new schema: every row of the snapshot, and views that agree with query.
expect_exit 0 "$BIN" -g corpus.json ingest "$SRC/data/corpus"
expect_exit 0 "$BIN" -g corpus.json export --format postgres --dsn "$PG_DSN"
expect_contains "$err" "schema policygraph (created)" "first load creates the schema"
check "counts" python_debian "$CHECK" counts corpus.json "$PG_DSN" policygraph
check "views" python_debian "$CHECK" views corpus.json "$PG_DSN" policygraph "$BIN"
[ "$(psql_pg "SELECT version FROM policygraph.policygraph_schema")" = 1 ] && pass || fail "schema version is not 1"
loaded=$(digest policygraph)

# The same load again changes nothing.
expect_exit 0 "$BIN" -g corpus.json export --format postgres --dsn "$PG_DSN"
[ "$(digest policygraph)" = "$loaded" ] && pass || fail "a second load of the same graph changed the tables"

# A changed document replaces its own rows only: one sentence added to it, ingested alone.
doc=commentary-2020-03-03-every-president-renames-the-map
mkdir changed && cp "$SRC/data/corpus/$doc.txt" changed/
printf '\nThe Lee Myung-bak administration introduced the archive corridor programme in 2009.\n' >>changed/$doc.txt
expect_exit 0 "$BIN" -g changed.json ingest changed/$doc.txt
others_before=$(psql_pg "SELECT md5(string_agg(e::text, '|' ORDER BY e::text)) FROM policygraph.evidence e WHERE document <> '$doc'")
expect_exit 0 "$BIN" -g changed.json export --format postgres --dsn "$PG_DSN"
others_after=$(psql_pg "SELECT md5(string_agg(e::text, '|' ORDER BY e::text)) FROM policygraph.evidence e WHERE document <> '$doc'")
[ -n "$others_before" ] && [ "$others_before" = "$others_after" ] && pass || fail "other documents' evidence changed"
[ "$(psql_pg "SELECT administration_id, year FROM policygraph.who_introduced WHERE programme = 'archive corridor programme'")" \
  = $'administration/lee-myung-bak\t2009' ] && pass || fail "the added sentence's introduction is not in who_introduced"
want_sha=$(sha256sum changed/$doc.txt | cut -d' ' -f1)
[ "$(psql_pg "SELECT sha256 FROM policygraph.documents WHERE id = '$doc'")" = "$want_sha" ] && pass || fail "document row not replaced"
[ "$(psql_pg "SELECT count(*) FROM policygraph.documents")" = 24 ] && pass || fail "the document was added, not replaced"
# Loading the original back removes what only the added sentence supported: the corpus again.
expect_exit 0 "$BIN" -g original.json ingest "$SRC/data/corpus/$doc.txt"
expect_exit 0 "$BIN" -g original.json export --format postgres --dsn "$PG_DSN"
expect_contains "$err" "1 nodes, 1 edges left without evidence removed" "the added programme goes"
check "counts after restoring" python_debian "$CHECK" counts corpus.json "$PG_DSN" policygraph

# --schema: a second graph beside the first; a name that needs quoting is refused.
expect_exit 0 "$BIN" -g changed.json export --format postgres --dsn "$PG_DSN" --schema one_document
check "counts of --schema one_document" python_debian "$CHECK" counts changed.json "$PG_DSN" one_document
check "counts of the first schema" python_debian "$CHECK" counts corpus.json "$PG_DSN" policygraph
expect_exit 1 "$BIN" -g corpus.json export --format postgres --dsn "$PG_DSN" --schema 'two words'
expect_one_line "$err" "bad --schema"

# Two loaders of one new schema at once: the second waits for the first; the result is one load.
"$BIN" -g corpus.json export --format postgres --dsn "$PG_DSN" --schema racing -q 2>race1.err & first=$!
"$BIN" -g corpus.json export --format postgres --dsn "$PG_DSN" --schema racing -q 2>race2.err & second=$!
wait $first && wait $second && pass || fail "concurrent loads: $(cat race1.err race2.err)"
check "counts after two concurrent loads" python_debian "$CHECK" counts corpus.json "$PG_DSN" racing

# Usage errors: no --dsn, a view, -o.
expect_exit 1 "$BIN" -g corpus.json export --format postgres
expect_contains "$err" "needs --dsn" "missing --dsn"
expect_exit 1 "$BIN" -g corpus.json export --format postgres --dsn "$PG_DSN" --focus "Technopark programme"
expect_one_line "$err" "a view with postgres"

# Bad input, each one line and exit 2, the tables as they were.
loaded=$(digest policygraph)
unused_port=$(free_port)
expect_exit 2 "$BIN" -g corpus.json export --format postgres --dsn "host=127.0.0.1 port=$unused_port dbname=postgres user=$PG_USER connect_timeout=5"
expect_one_line "$err" "unreachable server"
expect_contains "$err" "cannot connect" "unreachable server"
expect_exit 2 "$BIN" -g changed.json export --format postgres --dsn "host=127.0.0.1 port=$PG_PORT dbname=postgres user=$PG_USER password=wrong"
expect_one_line "$err" "wrong password"
expect_contains "$err" "password authentication failed" "wrong password"
[[ "$err" != *"$PG_PASSWORD"* ]] && pass || fail "an error message shows the password"

psql_pg "UPDATE policygraph.policygraph_schema SET version = 99" >/dev/null
expect_exit 2 "$BIN" -g changed.json export --format postgres --dsn "$PG_DSN"
expect_one_line "$err" "schema of another version"
expect_contains "$err" "schema policygraph: holds policygraph schema version 99" "schema of another version"
psql_pg "UPDATE policygraph.policygraph_schema SET version = 1" >/dev/null
[ "$(digest policygraph)" = "$loaded" ] && pass || fail "a refused load changed the tables"

# A failure in the middle of the load (the server refuses one evidence row, after the documents
# and nodes were written): everything rolls back.
psql_pg "CREATE FUNCTION public.refuse_row() RETURNS trigger LANGUAGE plpgsql AS \$\$
           BEGIN RAISE EXCEPTION 'refused by the test'; END \$\$;
         CREATE TRIGGER refuse BEFORE INSERT ON policygraph.evidence FOR EACH ROW
           WHEN (NEW.document = '$doc' AND NEW.sentence = 17) EXECUTE FUNCTION public.refuse_row();" >/dev/null
expect_exit 2 "$BIN" -g changed.json export --format postgres --dsn "$PG_DSN"
expect_one_line "$err" "a load that fails half way"
expect_contains "$err" "nothing loaded (rolled back): ERROR: refused by the test" "a load that fails half way"
[ "$(digest policygraph)" = "$loaded" ] && pass || fail "a load that failed half way left rows behind"
psql_pg "DROP TRIGGER refuse ON policygraph.evidence" >/dev/null

# A schema that holds tables of our names but is not ours is refused, not altered.
psql_pg "CREATE SCHEMA foreign_tables; CREATE TABLE foreign_tables.nodes (x int)" >/dev/null
expect_exit 2 "$BIN" -g corpus.json export --format postgres --dsn "$PG_DSN" --schema foreign_tables
expect_contains "$err" "no policygraph_schema table" "a schema that is not ours"
[ "$(psql_pg "SELECT count(*) FROM pg_tables WHERE schemaname = 'foreign_tables'")" = 1 ] && pass || fail "a foreign schema was altered"

finish
