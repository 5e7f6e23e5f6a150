#!/usr/bin/env bash
# Diagrams through the real binary: the golden DOT of a hand-built graph, DOT read back by the
# `dot` program, SVG parsed as XML, PNG and PDF by their magic bytes, every view and option,
# hostile labels, refused options, and the size limit that keeps dot from seeming to hang.
source "$(dirname "$0")/lib.sh"
GOLDEN="$SRC/tests/golden/diagram-handbuilt"
command -v dot >/dev/null || { echo "the dot program (Debian package graphviz) is missing"; exit 77; }

# The golden case: the same bytes as the expected DOT, every time.
expect_exit 0 "$BIN" -g "$GOLDEN/input.json" export --format dot -o golden.dot
if cmp -s golden.dot "$GOLDEN/expected.dot"; then pass; else fail "DOT differs from $GOLDEN/expected.dot: $(diff "$GOLDEN/expected.dot" golden.dot | head -20)"; fi
expect_exit 0 "$BIN" -g "$GOLDEN/input.json" export --format dot
if [ "$out" == "$(cat "$GOLDEN/expected.dot")" ]; then pass; else fail "DOT on stdout differs from the file"; fi

# Every view and option gives DOT that the dot program reads and lays out.
check_dot() {  # FILE WHAT
  if dot -Tcanon "$1" -o "$1.canon" 2>"$1.err" && [ ! -s "$1.err" ]; then pass; else fail "$2: dot cannot read it: $(head -3 "$1.err")"; fi
}
check_dot golden.dot "golden"
run_view() {  # NAME ARGS...
  local name=$1; shift
  expect_exit 0 "$BIN" -g "$GOLDEN/input.json" export --format dot -o "$name.dot" "$@"
  check_dot "$name.dot" "$name"
}
run_view timeline --view timeline
run_view full --view full
run_view lineage --view lineage
run_view vertical --vertical
run_view sfdp --engine sfdp
run_view neato --engine neato --view full
run_view focused --view lineage --focus programme/regional-strategic-industry
run_view focus-name --focus "Innovation Cities" --depth 1
run_view years --from 2004 --to 2010
run_view kinds --kinds administration,programme --relations introduced,evolved_into
run_view title --title 'Regional policy <&> "2024" \'
grep -q 'rankdir=LR' vertical.dot && pass || fail "--vertical: rankdir=LR"
grep -q 'layout=sfdp' sfdp.dot && pass || fail "--engine sfdp: layout=sfdp in the DOT"
grep -q 'Technopark programme' focused.dot && pass || fail "focused lineage keeps the predecessor"
grep -q 'Innovation Cities' focused.dot && fail "focused lineage keeps an unrelated programme" || pass
grep -q 'Kim So-yeon' full.dot && pass || fail "full view draws people"
grep -q 'Kim So-yeon' timeline.dot && fail "timeline view draws people" || pass

# SVG: well-formed XML with the lanes, Korean, and the hostile title as text.
expect_exit 0 "$BIN" -g "$GOLDEN/input.json" export --format svg -o timeline.svg --title 'Regional policy <&> "2024" \N'
python_debian - timeline.svg <<'PY' && pass || fail "SVG is not the expected XML"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
texts = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]
joined = "\n".join(texts)
for needle in ["People's Government", "(Roh Moo-hyun, 2003–2008)", "참여정부", "지역혁신체계 (RIS) 사업",
               'Regional policy <&> "2024" \\N', "converted, 2008", "Legend", "Sources"]:
    assert needle in texts or needle in joined, needle
# Lanes in order of term, left to right.
xs = {}
for t in root.iter("{http://www.w3.org/2000/svg}text"):
    for name in ["People's Government", "Participation Government", "Lee Myung-bak administration"]:
        if t.text == name: xs[name] = float(t.get("x"))
assert xs["People's Government"] < xs["Participation Government"] < xs["Lee Myung-bak administration"], xs
PY

# PNG and PDF: magic bytes and a plausible size.
expect_exit 0 "$BIN" -g "$GOLDEN/input.json" export --format png -o timeline.png
[ "$(head -c 8 timeline.png | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] && pass || fail "PNG magic"
[ "$(stat -c %s timeline.png)" -gt 30000 ] && pass || fail "PNG too small: $(stat -c %s timeline.png)"
python_debian - timeline.png <<'PY' && pass || fail "PNG dimensions"
import struct, sys
data = open(sys.argv[1], "rb").read(32)
width, height = struct.unpack(">II", data[16:24])
assert 600 < width < 20000 and 400 < height < 20000, (width, height)
PY
expect_exit 0 "$BIN" -g "$GOLDEN/input.json" export --format pdf -o timeline.pdf --view full
[ "$(head -c 5 timeline.pdf)" = "%PDF-" ] && pass || fail "PDF magic"
tail -c 64 timeline.pdf | grep -q '%%EOF' && pass || fail "PDF end"
[ "$(stat -c %s timeline.pdf)" -gt 10000 ] && pass || fail "PDF too small"

# Hostile labels: the dot program's own SVG shows them exactly, nothing is injected.
python_debian - "$GOLDEN/input.json" hostile.json <<'PY'
import json, sys
graph = json.load(open(sys.argv[1]))
hostile = ['ends with a backslash \\', '\\N \\G \\l', '"]; injected [label="pwned"]; x [label="', '<B>not bold</B> &amp;',
           'two\nlines', '참여정부 "따옴표" \\ 끝']
for i, text in enumerate(hostile):
    graph["nodes"].append({"id": "programme/hostile-%d" % i, "kind": "programme", "label": text, "aliases": [], "attributes": {}, "evidence": []})
    graph["edges"].append({"source": "administration/roh-moo-hyun", "target": "programme/hostile-%d" % i, "relation": "introduced",
                           "attributes": {}, "evidence": []})
graph["nodes"].sort(key=lambda n: n["id"])
graph["edges"].sort(key=lambda e: (e["source"], e["relation"], e["target"]))
json.dump(graph, open(sys.argv[2], "w"), ensure_ascii=False)
PY
expect_exit 0 "$BIN" -g hostile.json export --format dot -o hostile.dot
check_dot hostile.dot "hostile labels"
dot -Tsvg hostile.dot -o hostile.svg && pass || fail "dot -Tsvg on hostile labels"
python_debian - hostile.svg <<'PY' && pass || fail "hostile labels changed or injected something"
import sys, xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
root = ET.parse(sys.argv[1]).getroot()
nodes = {}
for g in root.iter(ns + "g"):
    if g.get("class") == "node":
        title = g.find(ns + "title").text
        nodes[title] = " ".join(t.text or "" for t in g.iter(ns + "text"))
assert "injected" not in nodes and "x" not in nodes, sorted(nodes)
expected = ['ends with a backslash \\', '\\N \\G \\l', '"]; injected [label="pwned"]; x [label="', '<B>not bold</B> &amp;',
            'two lines', '참여정부 "따옴표" \\ 끝']
for i, text in enumerate(expected):
    shown = nodes["programme/hostile-%d" % i]
    assert " ".join(shown.split()) == text, (shown, text)
PY

# Refused: unknown view or engine (usage, exit 1), unknown focus (no answer, exit 3), one line on stderr.
expect_exit 1 "$BIN" -g "$GOLDEN/input.json" export --format svg --view gantt
expect_exit 1 "$BIN" -g "$GOLDEN/input.json" export --format svg --engine magic
expect_exit 3 "$BIN" -g "$GOLDEN/input.json" export --format dot --view lineage --focus "no such programme"
expect_one_line "$err" "unknown focus"

# Too large for dot: a clear one-line refusal with advice, quickly; sfdp draws it.
python_debian - big.json <<'PY'
import json, sys
nodes = [{"id": "administration/roh", "kind": "administration", "label": "Participation Government", "aliases": [],
          "attributes": {"leader": "Roh Moo-hyun", "start": "2003-02-25", "end": "2008-02-24"}, "evidence": []}]
edges = []
for i in range(600):
    nodes.append({"id": "programme/p%04d" % i, "kind": "programme", "label": "programme %d" % i, "aliases": [], "attributes": {}, "evidence": []})
    edges.append({"source": "administration/roh", "target": "programme/p%04d" % i, "relation": "introduced", "attributes": {}, "evidence": []})
    if i:
        edges.append({"source": "programme/p%04d" % (i - 1), "target": "programme/p%04d" % i, "relation": "evolved_into",
                      "attributes": {"mode": "renamed"}, "evidence": []})
nodes.sort(key=lambda n: n["id"]); edges.sort(key=lambda e: (e["source"], e["relation"], e["target"]))
json.dump({"format": "policygraph", "version": 1, "documents": [], "nodes": nodes, "edges": edges}, open(sys.argv[1], "w"))
PY
start=$(date +%s)
expect_exit 1 timeout 60 "$BIN" -g big.json export --format png -o big.png
expect_contains "$err" "600 nodes" "size refusal names the size"
expect_contains "$err" "--engine sfdp" "size refusal offers sfdp"
expect_one_line "$err" "size refusal"
[ ! -e big.png ] && pass || fail "a refused diagram wrote a file"
[ $(( $(date +%s) - start )) -lt 10 ] && pass || fail "the refusal took $(( $(date +%s) - start )) s"
expect_exit 0 timeout 300 "$BIN" -g big.json export --format svg --engine sfdp -o big.svg
python_debian -c 'import sys, xml.etree.ElementTree as ET; ET.parse(sys.argv[1])' big.svg && pass || fail "sfdp SVG"
expect_exit 0 "$BIN" -g big.json export --format svg --focus programme/p0300 --depth 2 --relations evolved_into -o focus.svg
grep -q 'programme 301' focus.svg && pass || fail "a focused view of a large graph draws"

finish
