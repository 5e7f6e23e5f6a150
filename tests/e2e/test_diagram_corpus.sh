#!/usr/bin/env bash
# The diagram of the bundled corpus, as `make demo` draws it: a PNG, deterministic DOT (the same
# bytes from two ingests), and the layout checked as a reader would look at it: lanes in order of
# term, each programme in the lane of the administration that introduced it, no two nodes on top
# of each other, nothing drawn over the legend. Also the golden DOT of a frozen corpus snapshot.
source "$(dirname "$0")/lib.sh"
command -v dot >/dev/null || { echo "the dot program (Debian package graphviz) is missing"; exit 77; }
GOLDEN="$SRC/tests/golden/diagram-corpus"

set +e
"$BIN" -q -g corpus.json ingest "$SRC/data/corpus" >ingest.out 2>ingest.err
rc=$?
set -e
if [ $rc -ne 0 ] && grep -q "not available" ingest.err; then echo "ingest is not in this build"; exit 77; fi
[ $rc -eq 0 ] && pass || fail "ingest of the corpus: exit $rc: $(head -3 ingest.err)"

# The demo picture (make demo creates the folder).
mkdir -p demo
expect_exit 0 "$BIN" -g corpus.json export --format png -o demo/timeline.png
[ "$(head -c 8 demo/timeline.png | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] && pass || fail "PNG magic"
[ "$(stat -c %s demo/timeline.png)" -gt 100000 ] && pass || fail "PNG too small: $(stat -c %s demo/timeline.png)"

# Deterministic bytes: twice from one snapshot, and from a second ingest of the same corpus.
expect_exit 0 "$BIN" -g corpus.json export --format dot -o a.dot
expect_exit 0 "$BIN" -g corpus.json export --format dot -o b.dot
cmp -s a.dot b.dot && pass || fail "two exports of one snapshot differ"
expect_exit 0 "$BIN" -q -g corpus2.json ingest "$SRC/data/corpus"
expect_exit 0 "$BIN" -g corpus2.json export --format dot -o c.dot
cmp -s a.dot c.dot && pass || fail "the DOT of a second ingest differs"

# The layout, as dot draws it (-Tjson gives clusters, node boxes, edge splines and the label).
for view in timeline full lineage; do
  expect_exit 0 "$BIN" -g corpus.json export --format dot --view "$view" -o "$view.dot"
  if dot -Tjson "$view.dot" -o "$view.json" 2>"$view.err" && [ ! -s "$view.err" ]; then pass; else fail "$view: dot: $(head -3 "$view.err")"; fi
  python_debian - corpus.json "$view.json" "$view" <<'PY' && pass || fail "$view: layout check failed"
import html, json, re, sys
snapshot = json.load(open(sys.argv[1]))
layout = json.load(open(sys.argv[2]))
view = sys.argv[3]
objects = layout["objects"]
name_of = {o["_gvid"]: o["name"] for o in objects if "_gvid" in o and "nodes" not in o}
lanes = sorted((o for o in objects if o["name"].startswith("cluster_pg_lane_")), key=lambda o: o["name"])
assert lanes, "no lanes"

def text(label):
    return html.unescape(re.sub(r"<[^>]*>", " ", label))

def box(o):  # left, bottom, right, top in points
    x, y = map(float, o["pos"].split(","))
    w, h = float(o["width"]) * 36, float(o["height"]) * 36
    return x - w, y - h, x + w, y + h

def overlap(a, b, slack=1.0):
    return a[0] < b[2] - slack and b[0] < a[2] - slack and a[1] < b[3] - slack and b[1] < a[3] - slack

# Lanes left to right in order of term, apart.
administrations = sorted((n for n in snapshot["nodes"] if n["kind"] == "administration" and "start" in n["attributes"]),
                         key=lambda n: n["attributes"]["start"])
lane_of_admin = {}
for lane in lanes:
    shown = text(lane["label"])
    for n in administrations:
        if re.match(r"\s*" + re.escape(n["label"]) + r"\s", shown):
            lane_of_admin[n["id"]] = lane
order = [a["id"] for a in administrations if a["id"] in lane_of_admin]
bbs = [list(map(float, lane_of_admin[a]["bb"].split(","))) for a in order]
for left, right in zip(bbs, bbs[1:]):
    assert left[2] <= right[0], ("lanes out of order or overlapping", left, right)

# Each programme in the lane of the administration that introduced it (the earliest).
start_of = {a["id"]: a["attributes"]["start"][:4] for a in administrations}
introducer = {}
for e in snapshot["edges"]:
    if e["relation"] == "introduced" and e["source"] in lane_of_admin:
        key = (e.get("year") or int(start_of[e["source"]]), order.index(e["source"]))
        if e["target"] not in introducer or key < introducer[e["target"]][0]:
            introducer[e["target"]] = (key, e["source"])
members = {a: {name_of[i] for i in lane_of_admin[a].get("nodes", [])} for a in order}
drawn = {o["name"] for o in objects if "nodes" not in o}
checked = 0
for programme, (_, admin) in introducer.items():
    if programme in drawn:
        assert programme in members[admin], (programme, "not in the lane of", admin)
        checked += 1
assert view == "lineage" or checked > 10, checked

# No two nodes on top of each other; nothing over the legend and sources below the lanes.
nodes = [o for o in objects if "nodes" not in o and "pos" in o and not o["name"].startswith("pg:lane:")]
boxes = [(o["name"], box(o)) for o in nodes]
for i in range(len(boxes)):
    for j in range(i + 1, len(boxes)):
        assert not overlap(boxes[i][1], boxes[j][1]), ("nodes overlap", boxes[i][0], boxes[j][0])
lx, ly = map(float, layout["lp"].split(","))
lw, lh = float(layout["lwidth"]) * 36, float(layout["lheight"]) * 36
footer = (lx - lw, ly - lh, lx + lw, ly + lh)
assert "Legend" in text(layout["label"]) and "Sources" in text(layout["label"])
for name, b in boxes:
    assert not overlap(b, footer), ("node over the legend", name)
points = 0
for e in layout.get("edges", []):
    for draw in e.get("_draw_", []) + e.get("_hdraw_", []) + e.get("_ldraw_", []):
        for x, y in draw.get("points", []) + ([draw["pt"]] if "pt" in draw else []):
            points += 1
            assert not (footer[0] < x < footer[2] and footer[1] < y < footer[3]), ("edge over the legend", e.get("tail"), e.get("head"))
assert points > 0 or not layout.get("edges"), "no edge geometry to check"
# Korean names of the administrations are shown.
assert any(re.search("[가-힣]", text(lane["label"])) for lane in lanes) or view == "lineage"
PY
done

# The golden case: a frozen snapshot of the corpus and its DOT, byte for byte.
if [ -f "$GOLDEN/input.json" ]; then
  expect_exit 0 "$BIN" -g "$GOLDEN/input.json" export --format dot -o golden.dot
  if cmp -s golden.dot "$GOLDEN/expected.dot"; then pass; else fail "DOT differs from $GOLDEN/expected.dot: $(diff "$GOLDEN/expected.dot" golden.dot | head -10)"; fi
  # Every view of the frozen snapshot reads back in dot without a warning. (Regression: its
  # lineage view once made dot 2.42 take an edge's xlabel for its arrowhead, "Arrow type
  # <B>replaced</B> unknown", because arrowhead was first declared on an edge in a subgraph.)
  for view in timeline full lineage; do
    expect_exit 0 "$BIN" -g "$GOLDEN/input.json" export --format dot --view "$view" -o "golden-$view.dot"
    if dot -Tjson "golden-$view.dot" -o /dev/null 2>"golden-$view.err" && [ ! -s "golden-$view.err" ]; then pass; else fail "golden $view: dot: $(head -3 "golden-$view.err")"; fi
  done
else
  fail "missing $GOLDEN/input.json"
fi

finish
