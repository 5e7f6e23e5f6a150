#!/usr/bin/env bash
# Command-line conventions: options of every command accepted after the command's name, every error
# one line starting "policygraph: error:", bounded ranges for --depth and -j, an unknown --focus
# answered as query answers it, and usage lines naming the program as typed.
source "$(dirname "$0")/lib.sh"

# expect_error_line WHAT : $err is one line, in the format of every error.
expect_error_line() {
  expect_one_line "$err" "$1"
  expect_contains "$err" "policygraph: error: " "$1: error prefix"
}

mkdir texts
cat > texts/seminar.txt <<'TXT'
Seminar notes

The Participation Government introduced the regional strategic industry programme in 2004.
TXT
cat > texts/news.txt <<'TXT'
News item

The Moon Jae-in administration launched the hydrogen valley programme in 2019.
TXT
expect_exit 0 "$BIN" -g g.json ingest texts

# --- options of every command, after the command's name
expect_exit 0 "$BIN" stats -g g.json
expect_contains "$out" "documents  2" "stats -g after the command"
expect_exit 0 "$BIN" query who-introduced "hydrogen valley programme" -g g.json
expect_contains "$out" "Moon Jae-in" "query -g after the query's name"
expect_exit 0 "$BIN" query -g g.json timeline
expect_exit 0 "$BIN" export --format node-link -g g.json -q -o view.json
[ -s view.json ] && pass || fail "export with -g and -q after the command"
expect_exit 0 "$BIN" ingest texts/news.txt -g g.json --no-wait
expect_contains "$err" "1 unchanged" "ingest PATH -g after the command"

# --- usage errors: one line, the error prefix, the --help to read, exit 1
expect_exit 1 "$BIN" stats -g g.json --bogus
expect_error_line "unknown option"
expect_contains "$err" "--bogus" "unknown option named"
expect_contains "$err" "policygraph stats --help" "unknown option: the help to read"
expect_exit 1 "$BIN" no-such-command
expect_error_line "unknown command"
expect_exit 1 "$BIN"
expect_error_line "no command"
expect_contains "$err" "policygraph --help" "no command: the help to read"
expect_exit 1 "$BIN" -g g.json stats --format xml
expect_error_line "bad --format"
expect_exit 1 "$BIN" -g g.json query neighbours X --depth 0
expect_error_line "query --depth 0"
expect_contains "$err" "policygraph query neighbours --help" "nested command: the help to read"
expect_exit 2 "$BIN" -g missing.json stats
expect_error_line "missing snapshot"

# --- ranges: --depth and -j say what is allowed, in a few digits
expect_exit 1 "$BIN" -g g.json export --depth -1 -o never.out
expect_error_line "export --depth -1"
expect_contains "$err" "range 0 to 1000" "--depth: the allowed range"
[ "${#err}" -lt 200 ] && pass || fail "--depth -1: a short message, not ${#err} characters"
expect_exit 1 "$BIN" -g never.json ingest -j 0 texts
expect_error_line "ingest -j 0"
expect_contains "$err" "range 1 to 1024" "-j: the allowed range"
[ ! -e never.out ] && [ ! -e never.json ] && pass || fail "a refused command wrote a file"

# --- export --focus on an unknown name: exit 3 with the closest names, as query does
expect_exit 3 "$BIN" -g g.json query who-introduced "hydrogen valey programme"
query_err=$err
expect_exit 3 "$BIN" -g g.json export --focus "hydrogen valey programme" -o never.out
expect_error_line "unknown focus"
expect_contains "$err" "closest: hydrogen valley programme" "unknown focus: suggestions"
[ "$err" = "$query_err" ] && pass || fail "export and query word an unknown name differently: $err / $query_err"
expect_exit 0 "$BIN" -g g.json export --focus "Hydrogen Valley Programmes" -o focus.json  # a name as query reads it

# --- usage lines name the program as typed, not the path it was run by
expect_exit 0 "$BIN" --help
expect_contains "$out" "Usage: policygraph " "usage line of --help"
[[ "$out" == *"$BIN"* ]] && fail "--help shows the binary's path" || pass
expect_exit 0 "$BIN" stats --help
expect_contains "$out" "Usage: policygraph stats" "usage line of stats --help"

finish
