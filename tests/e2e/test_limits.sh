#!/usr/bin/env bash
# The limits of docs/reliability.md through the binary: an input larger than the largest document
# (a file, standard input, a FIFO) is skipped with one error line naming it while the others are
# read; a sentence longer than the token limit is skipped with one warning line naming the file;
# deep HTML nesting is read whole. Never a silent cut.
source "$(dirname "$0")/lib.sh"

printf 'Notes\n\nThe Roh Moo-hyun administration launched the Innovation City project in 2005.\n' > small.txt
# One byte over a limit of 1 MB: a sentence and a long run of letters (quick to read when allowed).
python_debian - <<'PY'
head = b"Notes\n\nThe Kim Dae-jung government launched the regional venture voucher scheme in 1999.\n\n"
open("big.txt", "wb").write(head + b"x" * ((1 << 20) + 1 - len(head)))
PY

# --- a file over the limit: skipped with one line, the others ingested, exit 2
expect_exit 2 "$BIN" -g g.json ingest --max-document-mb 1 big.txt small.txt
expect_contains "$err" "big.txt: 1048577 bytes, more than the largest document ingest reads (1048576 bytes), skipped" "the error names the file and sizes that round alike in bytes"
expect_contains "$err" "--max-document-mb raises the limit" "the error says how to raise the limit"
expect_contains "$err" "(1 new, 0 replaced, 0 unchanged, 1 failed)" "the other file is ingested"
[ "$(grep -c 'largest document' .err)" -eq 1 ] && pass || fail "not one line about the limit: $err"
python_debian -c 'import json,sys; d=json.load(open("g.json")); assert [x["id"] for x in d["documents"]] == ["small"], d["documents"]' \
  && pass || fail "the snapshot holds the small document only"
# ... and read when the limit is raised
expect_exit 0 "$BIN" -g g.json ingest --max-document-mb 2 big.txt
expect_contains "$err" "(1 new, 0 replaced, 0 unchanged, 0 failed)" "a raised limit reads the file"
expect_exit 1 "$BIN" -g g.json ingest --max-document-mb 0 small.txt
expect_exit 1 "$BIN" -g g.json ingest --max-document-mb 2048 small.txt

# --- standard input and a FIFO have no size to look at: reading stops past the limit
set +e; "$BIN" -g stdin.json ingest --max-document-mb 1 - < big.txt > .out 2> .err; code=$?; set -e
[ "$code" -eq 2 ] && pass || fail "ingest - of a large input exited $code: $(cat .err)"
expect_contains "$(cat .err)" "-: more than the largest document ingest reads (1.0 MB), skipped" "standard input over the limit"
mkfifo in.fifo
cat big.txt big.txt > in.fifo &
writer=$!
expect_exit 2 "$BIN" -g fifo.json ingest --max-document-mb 1 in.fifo
expect_contains "$err" "in.fifo: more than the largest document ingest reads (1.0 MB), skipped" "a FIFO over the limit"
kill "$writer" 2>/dev/null || true
wait "$writer" 2>/dev/null || true
[ -p in.fifo ] && pass || fail "the FIFO was replaced"

# --- a run-on "sentence" of more than 1000 words and marks: a warning naming the file, the rest read
python_debian - <<'PY'
words = " ".join(["cell"] * 1200)
open("table.txt", "w").write("Notes\n\nThe Roh Moo-hyun administration launched the Innovation City project in 2005.\n\n"
                              "The Kim Dae-jung government launched the regional venture voucher scheme in 1999 " + words + ".\n")
PY
expect_exit 0 "$BIN" -g table.json ingest table.txt
expect_contains "$err" "warning: table.txt: byte " "the warning names the file and byte"
expect_contains "$err" "a sentence of more than 1000 words and marks, not read for facts" "the warning says what was skipped"
expect_one_line "$(grep 'words and marks' .err)" "one warning line"
python_debian - <<'PY' && pass || fail "the short sentence's fact is kept, the long one's is not"
import json
d = json.load(open("table.json"))
introduced = sorted(e["source"] for e in d["edges"] if e["relation"] == "introduced")
assert introduced == ["administration/roh-moo-hyun"], introduced
PY

# --- HTML nested 100,000 deep: read whole, no warning, no limit reached
python_debian -c 'open("deep.html","w").write("<html><body>" + "<div>" * 100000 + "<p>The Roh Moo-hyun administration launched the Innovation City project in 2005.</p>" + "</div>" * 100000)'
expect_exit 0 "$BIN" -g deep.json ingest deep.html
[ -z "$(grep -v 'info:' .err || true)" ] && pass || fail "deep HTML gave messages: $err"
python_debian -c 'import json; d=json.load(open("deep.json")); assert any(e["relation"] == "introduced" for e in d["edges"])' \
  && pass || fail "the deeply nested sentence was not read"

finish
