#!/usr/bin/env bash
# `policygraph export --format html` on the bundled corpus: the page holds every programme that
# `query` knows with the evidence of its facts, parsed back by Python's HTML parser; -o and stdout
# agree; the same bytes twice; --focus and --from/--to narrow it; hostile labels stay text; a
# failed write leaves nothing behind. tests/browser/report_page.py opens the page in Chromium.
source "$(dirname "$0")/lib.sh"
CHECK="$SRC/tests/e2e/check_report.py"

expect_exit 0 "$BIN" -g graph.json ingest --fresh "$SRC/data/corpus"
expect_exit 0 "$BIN" -g graph.json export --format html -o report.html
expect_exit 0 "$BIN" -g graph.json query timeline --format json
printf '%s' "$out" > timeline.json

# Every programme of the snapshot and of `query timeline` is a row, with its introducers and the
# sentences of its facts; recommendations as `query recommendations NAME` answers.
if output=$(python_debian "$CHECK" corpus report.html graph.json timeline.json 2>&1); then pass; echo "  $output"; else fail "corpus page: $output"; fi
programme=$(python_debian -c 'import json,sys; d=json.load(open(sys.argv[1])); print(next(n["label"] for n in d["nodes"] if n["kind"]=="programme" and "technopark" in n["label"].lower()))' graph.json)
expect_exit 0 "$BIN" -g graph.json query recommendations "$programme" --format json
printf '%s' "$out" > recommendations.json
if output=$(python_debian "$CHECK" recommendations report.html "$programme" recommendations.json 2>&1); then pass; echo "  $output"; else fail "recommendations: $output"; fi

# stdout, -o - and -o FILE are the same bytes, and so is a second run.
"$BIN" -g graph.json export --format html > stdout.html
"$BIN" -g graph.json export --format html -o - > dash.html
"$BIN" -g graph.json export --format html -o again.html
cmp -s report.html stdout.html && cmp -s report.html dash.html && pass || fail "stdout differs from -o"
cmp -s report.html again.html && pass || fail "not deterministic"

# The diagram is the SVG export's own drawing.
"$BIN" -g graph.json export --format svg -o timeline.svg
python_debian - report.html timeline.svg <<'PY' && pass || fail "the page's diagram differs from export --format svg"
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
svg = open(sys.argv[2], encoding="utf-8").read()
svg = re.sub(r"<!--.*?-->\n?", "", svg[svg.index("<svg"):], flags=re.S)
sys.exit(0 if svg in page else 1)
PY

# Filters of every export: a focus and a year range give fewer rows, the focus among them.
expect_exit 0 "$BIN" -g graph.json export --format html --focus "$programme" --depth 1 -o focus.html
rows() { grep -c '<tr id="pg-p' "$1"; }
[ "$(rows focus.html)" -lt "$(rows report.html)" ] && pass || fail "--focus kept every row"
expect_contains "$(cat focus.html)" "<span class=\"pg-name\">$programme</span>" "the focus is in its page"
expect_exit 0 "$BIN" -g graph.json export --format html --from 2008 --to 2012 --title "2008 to 2012" -o years.html
[ "$(rows years.html)" -lt "$(rows report.html)" ] && pass || fail "--from/--to kept every row"
expect_contains "$(cat years.html)" "<title>2008 to 2012</title>" "--title"

# Hostile labels, evidence and titles stay text.
python_debian "$CHECK" hostile-fixture hostile.json
expect_exit 0 "$BIN" -g hostile.json export --format html --title '</script><script>alert(1)</script>' -o hostile.html
if output=$(python_debian "$CHECK" hostile hostile.html hostile.json 2>&1); then pass; echo "  $output"; else fail "hostile page: $output"; fi

# A write that fails leaves no file and says why on one line; a view too large to draw leaves the
# diagram out, not the page.
expect_exit 2 "$BIN" -g graph.json export --format html -o missing-folder/report.html
expect_one_line "$err" "unwritable output"
[ ! -e missing-folder ] && pass || fail "a failed export left something behind"
ls -A | grep -q '\.tmp' && fail "a temporary file was left: $(ls -A)" || pass
expect_exit 1 "$BIN" -g graph.json export --format html --view sideways -o bad.html
[ ! -e bad.html ] && pass || fail "a refused export wrote a file"

finish
