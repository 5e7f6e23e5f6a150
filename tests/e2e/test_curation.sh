#!/usr/bin/env bash
# Curation through the real binary on the bundled corpus: `curate` writes a corrections file that
# retracts a false fact and merges two duplicates; both hold in every reading command, survive
# `ingest --fresh`, cite their line as evidence, are reported when they no longer apply, and a
# broken corrections file stops a command with its line before anything is written.
source "$(dirname "$0")/lib.sh"

corpus="$SRC/data/corpus"
expect_exit 0 "$BIN" ingest -j 2 "$corpus"
expect_exit 0 "$BIN" query who-introduced "Initiative"
expect_contains "$out" "Lee Myung-bak administration" "the false fact is extracted (else this test checks nothing)"
expect_exit 0 "$BIN" query search "Fourth-Stage BK21" --format tsv
expect_contains "$out" "programme/fourth-stage-bk21-programme" "two nodes for one programme before the merge"

# Writing corrections: each checked against the graph, printed with its line.
expect_exit 0 "$BIN" curate retract '?a introduced "Initiative"' --note "a word of the title '577 Initiative', not a programme"
expect_contains "$out" "corrections.json:5: retract" "retract prints its line"
expect_exit 0 "$BIN" curate merge "Fourth-Stage BK21" "Fourth-Stage BK21 programme" --note "one programme"
expect_contains "$out" "folded into programme/fourth-stage-bk21" "merge says what it did"
expect_exit 0 python_debian -c 'import json,sys; c=json.load(open("corrections.json")); assert [x["op"] for x in c["corrections"]] == ["retract", "merge"], c'

# A correction that would do nothing is refused, with the closest names, and nothing is written.
before=$(sha256sum corrections.json)
expect_exit 2 "$BIN" curate merge "Fourth-Stage BK21" "Hydrogen Roadmap"
expect_contains "$err" "no entity named 'Hydrogen Roadmap'" "an unknown name is named"
expect_contains "$err" "nothing written" "the refusal says nothing was written"
expect_one_line "$err" "the refusal"
[ "$(sha256sum corrections.json)" = "$before" ] && pass || fail "a refused correction changed the file"

check_corrected() {
  local when=$1
  expect_exit 3 "$BIN" query who-introduced "Initiative"
  expect_exit 0 "$BIN" query who-introduced "Fourth-Stage BK21 programme" --format json
  expect_contains "$out" '"id": "programme/fourth-stage-bk21"' "$when: the duplicate's name finds the kept node"
  expect_exit 0 "$BIN" export --format json -o curated.json
  expect_exit 0 python_debian - <<'PY'
import json
g = json.load(open("curated.json"))
ids = {n["id"] for n in g["nodes"]}
assert "programme/fourth-stage-bk21-programme" not in ids, "the merged node is still there"
kept = next(n for n in g["nodes"] if n["id"] == "programme/fourth-stage-bk21")
assert "Fourth-Stage BK21 programme" in kept["aliases"], kept["aliases"]
assert any(e["document"] == "curation:corrections.json" and e["sentence"] == 6 and e["rule"] == "curation.merge"
           for e in kept["evidence"]), "the merge does not cite its line"
assert any(e["document"] != "curation:corrections.json" for e in kept["evidence"]), "extracted evidence was lost"
assert not any(e["relation"] == "introduced" and e["target"] == "programme/initiative" for e in g["edges"])
PY
  expect_exit 0 "$BIN" validate curated.json
  # The snapshot itself keeps what the texts say.
  expect_exit 0 "$BIN" --no-corrections query who-introduced "Initiative"
}
check_corrected "after curate"
expect_exit 0 "$BIN" ingest --fresh -j 2 "$corpus"
expect_contains "$err" "corrections.json: 2 corrections applied, 0 no longer apply" "ingest reports the corrections"
check_corrected "after ingest --fresh"

# An assert cites its note as evidence, shown with the file and line.
expect_exit 0 "$BIN" curate assert "Lee Myung-bak administration" introduced "577 Initiative" --year 2008 --note "the 577 Initiative of 2008"
expect_exit 0 "$BIN" query who-introduced "577 Initiative"
expect_contains "$out" "the 577 Initiative of 2008" "the note is the evidence"
expect_contains "$out" "corrections.json:7" "the evidence names the file and line"

# A correction whose target vanished is reported by every command, never dropped silently.
expect_exit 0 "$BIN" curate retract '"Lee Myung-bak administration" introduced "Global Frontier Program"' --note "test"
expect_exit 0 "$BIN" ingest --fresh -j 2 "$corpus/news-2019-05-21-technopark-forum.txt"
expect_exit 0 "$BIN" curate list
expect_contains "$out" "no longer applies" "curate list shows a stale correction"
expect_exit 0 "$BIN" stats
expect_contains "$err" "corrections.json:5: retract ?a introduced \"Initiative\": no longer applies" "reading commands warn of stale corrections"
expect_exit 0 "$BIN" curate list --format json
expect_exit 0 python_debian -c 'import json,sys; rows=json.loads(sys.argv[1]); assert len(rows) == 4 and {r["status"] for r in rows} >= {"no longer applies"}, rows' "$out"

# Drop a correction by its line.
expect_exit 0 "$BIN" curate drop 7
expect_exit 0 python_debian -c 'import json; c=json.load(open("corrections.json")); assert len(c["corrections"]) == 3'
expect_exit 2 "$BIN" curate drop 42
expect_one_line "$err" "drop of a missing line"

# A broken corrections file: one line naming the file and line, exit 2, the snapshot untouched.
snapshot_before=$(sha256sum policygraph.json)
printf '{"format": "policygraph-corrections", "version": 1, "corrections": [\n  {"op": "merge", "node": "A"}\n]}\n' > broken.json
expect_exit 2 "$BIN" --corrections broken.json ingest "$corpus"
expect_contains "$err" "broken.json: line 2: missing 'other'" "the broken file's line"
expect_one_line "$err" "a broken corrections file"
[ "$(sha256sum policygraph.json)" = "$snapshot_before" ] && pass || fail "a broken corrections file changed the snapshot"
expect_exit 2 "$BIN" --corrections missing.json stats
expect_contains "$err" "missing.json" "a missing --corrections file is named"

# The same corrections give the same bytes.
expect_exit 0 "$BIN" export --format json -o a.json
expect_exit 0 "$BIN" export --format json -o b.json
cmp -s a.json b.json && pass || fail "curated exports differ between runs"
finish
