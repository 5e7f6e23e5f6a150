#!/usr/bin/env bash
# `policygraph ingest` and `policygraph eval` through the real binary: the bundled corpus, byte-for-
# byte stable snapshots (re-ingest, worker counts), replaced documents, --fresh, bad inputs among
# good ones, a malformed pack, standard input, and the gold scores.
source "$(dirname "$0")/lib.sh"

CORPUS="$SRC/data/corpus"
corpus_files=$(find "$CORPUS" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | wc -l)

# --- the bundled corpus
expect_exit 0 "$BIN" -g corpus.json ingest "$CORPUS"
[ -s corpus.json ] && pass || fail "ingest wrote no snapshot"
expect_contains "$err" "$corpus_files documents ($corpus_files new, 0 replaced, 0 unchanged, 0 failed)" "ingest summary"
python_debian - corpus.json "$corpus_files" <<'PY' && pass || fail "corpus snapshot content"
import json, sys
snapshot = json.load(open(sys.argv[1]))
assert snapshot["format"] == "policygraph" and snapshot["version"] == 1
documents = {d["id"]: d for d in snapshot["documents"]}
assert len(documents) == int(sys.argv[2]), len(documents)
assert all(len(d["sha256"]) == 64 for d in documents.values())
nodes = {n["id"]: n for n in snapshot["nodes"]}
relations = {e["relation"] for e in snapshot["edges"]}
for wanted in ("introduced", "evolved_into", "succeeded_by"):
    assert wanted in relations, wanted
assert "administration/roh-moo-hyun" in nodes
for edge in snapshot["edges"]:
    assert edge["source"] in nodes and edge["target"] in nodes, edge
    assert edge["evidence"], edge
    for e in edge["evidence"]:
        assert e["rule"], edge
        if edge["relation"] != "succeeded_by":
            assert e["document"] in documents, e
            assert e["text"], edge
            assert e["begin"] < e["end"], e
PY

# --- re-ingest of unchanged documents: the same bytes
cp corpus.json first.json
expect_exit 0 "$BIN" -g corpus.json ingest "$CORPUS"
expect_contains "$err" "0 new, 0 replaced, $corpus_files unchanged, 0 failed" "re-ingest finds every document unchanged"
cmp -s first.json corpus.json && pass || fail "re-ingesting unchanged documents changed the snapshot"

# --- the number of workers does not change the bytes
expect_exit 0 "$BIN" -g j1.json ingest -j 1 "$CORPUS"
expect_exit 0 "$BIN" -g j2.json ingest -j 2 "$CORPUS"
cmp -s j1.json j2.json && pass || fail "-j 1 and -j 2 give different snapshots"
cmp -s j1.json first.json && pass || fail "-j 1 differs from the default worker count"

# --- a changed document replaces its facts, and only its own
mkdir corpus-copy
cp "$CORPUS"/*.txt corpus-copy/
changed=corpus-copy/press-release-2019-07-24-regulation-free-zones.txt
expect_exit 0 "$BIN" -g copy.json ingest corpus-copy
cp copy.json before.json
cat > "$changed" <<'TXT'
Press release: hydrogen valleys

The Moon Jae-in administration launched the hydrogen valley programme in 2019.
TXT
expect_exit 0 "$BIN" -g copy.json ingest corpus-copy
expect_contains "$err" "0 new, 1 replaced, $(( $(ls corpus-copy | wc -l) - 1 )) unchanged, 0 failed" "a changed document is replaced"
python_debian - copy.json before.json <<'PY' && pass || fail "replaced document"
import json, sys
after, before = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
doc = "press-release-2019-07-24-regulation-free-zones"
def evidence(snapshot, mine):
    out = set()
    for edge in snapshot["edges"]:
        for e in edge["evidence"]:
            if (e["document"] == doc) == mine:
                out.add((edge["source"], edge["relation"], edge["target"], e["document"], e["sentence"], e["text"]))
    return out
new_facts = evidence(after, True)
assert new_facts, "no facts from the new text"
assert all("hydrogen valley" in fact[5] for fact in new_facts), new_facts
assert ("administration/moon-jae-in", "introduced", "programme/hydrogen-valley-programme") in {f[:3] for f in new_facts}
assert not any("hydrogen" in fact[5] for fact in evidence(before, True))
# Facts of the other documents are untouched.
assert evidence(after, False) == evidence(before, False)
sha_after = {d["id"]: d["sha256"] for d in after["documents"]}
sha_before = {d["id"]: d["sha256"] for d in before["documents"]}
assert sha_after[doc] != sha_before[doc] and len(sha_after) == len(sha_before)
PY

# --- --fresh starts over
expect_exit 0 "$BIN" -g copy.json ingest --fresh "$changed"
python_debian -c 'import json,sys; d=json.load(open(sys.argv[1])); assert [x["id"] for x in d["documents"]] == ["press-release-2019-07-24-regulation-free-zones"], d["documents"]' copy.json \
  && pass || fail "--fresh kept old documents"

# --- an unreadable and a binary file among good ones: reported, the rest ingested, exit 2
mkdir mixed
cp "$CORPUS/news-2009-12-10-wide-economic-regions-forum.txt" mixed/a-good.txt
printf 'PDF-1.4 \0\0\0 binary' > mixed/b-binary.txt
printf 'The Roh Moo-hyun administration launched the Innovation City project in 2005.\n' > mixed/c-unreadable.txt
cp "$CORPUS/news-2013-03-23-government-reorganisation.txt" mixed/d-good.txt
chmod 000 mixed/c-unreadable.txt
run_unprivileged=()
if [ "$(id -u)" -eq 0 ]; then
  # root reads any file: run the binary as nobody, in folders nobody may use
  # (only where nobody can run the binary and read the packs: a clone under a private folder, as
  # `mktemp -d` makes, cannot)
  nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  if command -v setpriv >/dev/null &&
     "${nobody[@]}" sh -c 'test -x "$1" && test -r "$2"' sh "$BIN" "$SRC/data/packs/korea/pack.json" 2>/dev/null; then
    chmod 755 "$WORK" mixed; mkdir out; chmod 777 out
    run_unprivileged=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  else
    chmod 644 mixed/c-unreadable.txt  # cannot make it unreadable: check the binary file only
    mkdir out
  fi
else
  mkdir out
fi
expect_exit 2 "${run_unprivileged[@]}" "$BIN" -g out/mixed.json ingest mixed
expect_contains "$err" "mixed/b-binary.txt" "the binary file is named"
expect_contains "$err" "binary" "the binary file is called binary"
if [ "$(stat -c %a mixed/c-unreadable.txt)" = "0" ]; then
  expect_contains "$err" "mixed/c-unreadable.txt" "the unreadable file is named"
  expect_contains "$err" "2 new, 0 replaced, 0 unchanged, 2 failed" "two good, two failed"
fi
readable=$([ "$(stat -c %a mixed/c-unreadable.txt)" = "0" ] && echo no || echo yes)
python_debian -c '
import json, sys
d = json.load(open(sys.argv[1]))
ids = sorted(x["id"] for x in d["documents"])
expected = ["a-good", "c-unreadable", "d-good"] if sys.argv[2] == "yes" else ["a-good", "d-good"]
assert ids == expected, ids
assert d["edges"], "nothing extracted from the good files"' out/mixed.json "$readable" && pass || fail "good files ingested beside bad ones"
chmod 644 mixed/c-unreadable.txt

# --- a malformed pack: FILE: line N:, exit 2, no snapshot written
mkdir -p packs/broken
printf '{\n  "name": "broken",\n  "extends": [\n}\n' > packs/broken/pack.json
expect_exit 2 "$BIN" --pack packs/broken -g nopack.json ingest mixed/a-good.txt
expect_contains "$err" "packs/broken/pack.json: line 4:" "pack error names file and line"
expect_one_line "$err" "pack error"
[ ! -e nopack.json ] && pass || fail "a malformed pack still wrote a snapshot"
mkdir -p packs/badrule
printf '{"name": "badrule"}\n' > packs/badrule/pack.json
printf 'rule r.one\n  match {agent:ADMIN} NO_SUCH_CLASS\n  emit introduced(agent, agent)\n' > packs/badrule/rules.pgr
expect_exit 2 "$BIN" --pack packs/badrule -g nopack.json ingest mixed/a-good.txt
expect_contains "$err" "packs/badrule/rules.pgr: line 1:" "rule error names file and line"
expect_contains "$err" "NO_SUCH_CLASS" "rule error names the symbol"
[ ! -e nopack.json ] && pass || fail "a pack with a bad rule still wrote a snapshot"
expect_exit 2 "$BIN" -g nopack.json ingest no-such-input.txt
expect_contains "$err" "no-such-input.txt" "a missing input is named"
[ ! -e nopack.json ] && pass || fail "a missing input still wrote a snapshot"

# --- standard input
printf 'Notes\n\nThe Roh Moo-hyun administration launched the Innovation City project in 2005.\n' > stdin.txt
set +e; "$BIN" -g stdin.json ingest - < stdin.txt > .out 2> .err; code=$?; set -e
[ "$code" -eq 0 ] && pass || fail "ingest - exited $code: $(cat .err)"
python_debian -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert [(x["id"], x["path"]) for x in d["documents"]] == [("stdin", "-")], d["documents"]
edges = [(e["source"], e["relation"], e["target"], e.get("year")) for e in d["edges"]]
assert ("administration/roh-moo-hyun", "introduced", "programme/innovation-city", 2005) in edges, edges
assert all(ev["document"] == "stdin" for e in d["edges"] for ev in e["evidence"])' stdin.json && pass || fail "stdin document"

# --- eval on the gold texts
expect_exit 0 "$BIN" eval --gold "$SRC/tests/gold" --corpus "$CORPUS"
gold_files=$(ls "$SRC"/tests/gold/*.gold.json | wc -l)
expect_contains "$out" "$gold_files documents" "eval counts documents"
expect_contains "$out" "relation          gold  extr  corr   prec   rec    F1" "eval header"
for relation in introduced evolved_into emphasised resulted_in has_problem recommends part_of led_by hosted presented_at affiliated_with; do
  printf '%s\n' "$out" | grep -Eq "^$relation +[0-9]+ +[0-9]+ +[0-9]+ +[01]\.[0-9]{3} +[01]\.[0-9]{3} +[01]\.[0-9]{3}$" \
    && pass || fail "eval line for $relation"
done
printf '%s\n' "$out" | grep -Eq "^overall +[0-9]+ +[0-9]+ +[0-9]+ +[01]\.[0-9]{3} +[01]\.[0-9]{3} +[01]\.[0-9]{3}$" \
  && pass || fail "eval overall line"
printf '%s\n' "$out" | grep -q "^succeeded_by" && fail "eval scores pack facts" || pass
expect_exit 0 "$BIN" eval --gold "$SRC/tests/gold" --corpus "$CORPUS" --format json
printf '%s' "$out" | python_debian -c '
import json, sys
d = json.load(sys.stdin)
o = d["overall"]
assert d["documents"] > 0 and o["gold"] > 0 and 0 <= o["precision"] <= 1 and 0 <= o["recall"] <= 1
assert o["gold"] == sum(r["gold"] for r in d["relations"].values())' && pass || fail "eval --format json"
expect_exit 2 "$BIN" eval --gold no-such-gold-folder
expect_contains "$err" "no-such-gold-folder" "eval names a missing gold folder"

finish
