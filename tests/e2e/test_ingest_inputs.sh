#!/usr/bin/env bash
# What ingest reads from its inputs and says about them: folders of PDF and Word files (what was
# skipped, why, how to convert), an empty folder, the same text under another path (a duplicate),
# and the progress line on a terminal.
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

# --- a folder of PDF and Word files: what was skipped, why, and how to convert
mkdir -p mixed/sub
cp texts/seminar.txt mixed/
printf '%%PDF-1.4\n' > mixed/report.pdf
printf 'PK\003\004' > mixed/sub/minutes.docx
printf 'p' > mixed/chart.png
expect_exit 0 "$BIN" -g mixed.json ingest mixed
expect_contains "$err" "policygraph: warning: mixed/report.pdf: skipped: a PDF is not read; convert it to text first: pdftotext mixed/report.pdf" "PDF skipped"
expect_contains "$err" "mixed/sub/minutes.docx: skipped" "DOCX skipped"
expect_contains "$err" "pandoc -t plain mixed/sub/minutes.docx -o mixed/sub/minutes.txt" "DOCX: how to convert"
expect_contains "$err" "1 other file(s) skipped" "other files counted"
expect_contains "$err" "1 documents (1 new" "the text file is read"
mkdir empty only-pdf
printf '%%PDF-1.4\n' > only-pdf/a.pdf
expect_exit 2 "$BIN" -g never.json ingest empty
expect_error_line "empty folder"
expect_contains "$err" "empty: no document to read in this folder" "empty folder named"
expect_exit 2 "$BIN" -g never.json ingest only-pdf
expect_error_line "folder of PDFs only"
expect_contains "$err" "pdftotext only-pdf/a.pdf" "folder of PDFs only: how to convert"
[ ! -e never.json ] && pass || fail "an ingest of an empty folder wrote a snapshot"

# --- the same text under another path is ingested once
mkdir copies
cp texts/seminar.txt copies/seminar-again.txt
expect_exit 0 "$BIN" -g dup.json ingest texts copies
expect_contains "$err" "copies/seminar-again.txt: the same text (SHA-256) as texts/seminar.txt, skipped as a duplicate" "duplicate within a run"
expect_contains "$err" "3 documents (2 new, 0 replaced, 0 unchanged, 1 duplicate, 0 failed)" "duplicates counted"
expect_exit 0 "$BIN" -g g.json ingest copies
expect_contains "$err" "as texts/seminar.txt, skipped as a duplicate" "duplicate of a snapshot document"
expect_exit 0 "$BIN" -g g.json stats
expect_contains "$out" "documents  2" "a duplicate adds no document"

# --- progress on a terminal: done/total, percentage, MB/s, time left; never backwards
for i in $(seq 10 29); do printf 'Note %s\n\nThe Moon Jae-in administration launched programme %s in 2019.\n' "$i" "$i" > "texts/n$i.txt"; done
script -q -e -c "'$BIN' -g progress.json ingest -j 2 texts" progress.log >/dev/null 2>&1 && pass || fail "ingest on a terminal"
python_debian - progress.log <<'PY' && pass || fail "progress line"
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
steps = re.findall(r"(\d+)/(\d+) documents \((\d+)%\), [0-9.]+ MB/s, [0-9hmins ]+ left", text)
assert steps, text[:400]
done = [int(d) for d, _, _ in steps]
assert done == sorted(done) and done[-1] == int(steps[-1][1]) == 22, done
assert all(int(p) == int(d) * 100 // int(t) for d, t, p in steps), steps
PY

finish
