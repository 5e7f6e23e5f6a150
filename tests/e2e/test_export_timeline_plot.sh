#!/usr/bin/env bash
# docs/examples/timeline_plot.py, the worked example of docs/notebooks.md, runs on a node-link export
# with Debian's networkx, pandas and matplotlib (Agg) and writes a real PNG.
source "$(dirname "$0")/lib.sh"
PLOT="$SRC/docs/examples/timeline_plot.py"

for module in networkx pandas matplotlib; do
  python_debian -c "import $module" 2>/dev/null || { echo "SKIP: Debian's python3 lacks $module (scripts/install-deps.sh)"; exit 77; }
done

# True when the file is a PNG of at least the given bytes, width and height (read from its IHDR).
is_png() {
  python_debian - "$@" <<'PY'
import struct, sys
path, min_bytes, min_width, min_height = sys.argv[1], *map(int, sys.argv[2:])
data = open(path, "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "no PNG signature"
assert data[12:16] == b"IHDR", "no IHDR chunk first"
width, height = struct.unpack(">II", data[16:24])
assert len(data) >= min_bytes and width >= min_width and height >= min_height, (len(data), width, height)
assert data[-12:-8] == b"\x00\x00\x00\x00" and data[-8:-4] == b"IEND", "no IEND chunk last"
print(f"{path}: PNG {width}x{height}, {len(data)} bytes")
PY
}

python_debian "$SRC/tests/e2e/check_exports.py" fixture graph.json
expect_exit 0 "$BIN" -g graph.json export --format node-link -o graph.node-link.json
expect_exit 0 python_debian "$PLOT" graph.node-link.json timeline.png --title "Regional industry policy"
expect_contains "$out" "3 terms, 4 programmes, 2 lineage links" "the plot draws every term, programme and lineage link"
is_png timeline.png 10000 600 300 && pass || fail "timeline.png is not a PNG of a plausible size"

# A graph without nodes is refused with a message, not a blank picture.
python_debian -c 'import json; json.dump({"format": "policygraph", "version": 1, "documents": [], "nodes": [], "edges": []}, open("empty.json", "w"))'
expect_exit 0 "$BIN" -g empty.json export --format node-link -o empty.node-link.json
expect_exit 1 python_debian "$PLOT" empty.node-link.json empty.png
expect_contains "$err" "no nodes" "an empty graph is refused"
[ ! -e empty.png ] && pass || fail "an empty graph produced a picture"

finish
