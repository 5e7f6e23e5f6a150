#!/usr/bin/env bash
# policygraph merge through the real binary: shards ingested at the same time (xargs -P, as the
# GNU parallel recipe of docs/scale.md does) and merged give the bytes of one ingest of the corpus,
# for 2 and 3 shards, one document per shard, in every order and grouping; a changed document
# re-ingested into one shard wins; bad shards and outputs fail on one line, exit 2, writing nothing.
source "$(dirname "$0")/lib.sh"

expect_error_line() {
  expect_one_line "$err" "$1"
  expect_contains "$err" "policygraph: error: " "$1: error prefix"
}

# same_bytes A B WHAT
same_bytes() { if cmp -s "$1" "$2"; then pass; else fail "$3: $1 and $2 differ: $(diff "$1" "$2" | head -5)"; fi; }

# shard LIST_FILE OUTPUT: ingests the files a list names into a new snapshot.
shard() { xargs "$BIN" -q -g "$2" ingest --fresh < "$1"; }

# --- the bundled corpus: whole, 2 shards, 3 shards, one document per shard
find "$SRC/data/corpus" -type f | sort > all.list
expect_exit 0 "$BIN" -q -g whole.json ingest "$SRC/data/corpus"
split -n l/2 all.list two.
split -n l/3 all.list three.
ls two.a? three.a? | xargs -P 2 -I{} sh -c "xargs '$BIN' -q -g {}.json ingest --fresh < {}"
expect_exit 0 "$BIN" merge two.aa.json two.ab.json -o m2.json
expect_contains "$err" "2 shards, $(wc -l < all.list) documents" "merge says what it merged"
same_bytes whole.json m2.json "2 shards"
expect_exit 0 "$BIN" -q merge three.ab.json three.ac.json three.aa.json -o m3.json
same_bytes whole.json m3.json "3 shards"
expect_exit 0 "$BIN" -q merge three.aa.json three.ab.json -o ab.json
expect_exit 0 "$BIN" -q merge ab.json three.ac.json -o ab-c.json
same_bytes whole.json ab-c.json "merge(merge(A,B),C)"
expect_exit 0 "$BIN" -q merge three.ab.json three.ac.json -o bc.json
expect_exit 0 "$BIN" -q merge three.aa.json bc.json -o a-bc.json
same_bytes whole.json a-bc.json "merge(A,merge(B,C))"
expect_exit 0 "$BIN" -q merge three.ac.json three.ab.json three.aa.json -o cba.json
same_bytes whole.json cba.json "merge(C,B,A)"
mkdir single
tr '\n' '\0' < all.list |
  xargs -0 -P 2 -I{} sh -c "'$BIN' -q -g \"single/\$(basename '{}').json\" ingest --fresh '{}'"
[ "$(ls single/*.json | wc -l)" -eq "$(wc -l < all.list)" ] && pass || fail "one shard per document: $(ls single/*.json | wc -l) shards"
expect_exit 0 "$BIN" -q merge $(ls single/*.json | sort -r) -o singles.json
same_bytes whole.json singles.json "one document per shard, in reverse order"

# --- a held-out corpus the extraction was never tuned on, split in two by name
find "$SRC/tests/heldout4/corpus" -type f | sort > held.list
expect_exit 0 "$BIN" -q -g held-whole.json ingest "$SRC/tests/heldout4/corpus"
awk 'NR % 2' held.list > held-odd.list
awk '!(NR % 2)' held.list > held-even.list
shard held-odd.list held-odd.json
shard held-even.list held-even.json
expect_exit 0 "$BIN" -q merge held-even.json held-odd.json -o held-merged.json
same_bytes held-whole.json held-merged.json "held-out corpus, interleaved shards"

# --- a document changed and re-ingested into one shard: the later version (revision 2) wins
mkdir texts
printf 'Notes\n\nThe Roh Moo-hyun administration launched the Innovation City project in 2005.\n' > texts/note.txt
printf 'News\n\nThe Moon Jae-in administration launched the hydrogen valley programme in 2019.\n' > texts/news.txt
expect_exit 0 "$BIN" -q -g old.json ingest texts
cp old.json new.json
printf 'Notes\n\nThe Lee Myung-bak administration launched the wide-area economic region policy in 2009.\n' > texts/note.txt
expect_exit 0 "$BIN" -g new.json ingest texts/note.txt
expect_contains "$(cat new.json)" '"revision": 2' "a replaced document counts a revision"
expect_exit 0 "$BIN" merge old.json new.json -o changed.json
expect_contains "$err" "1 older versions dropped" "the older version is dropped"
expect_exit 0 "$BIN" -q merge new.json old.json -o changed2.json
same_bytes changed.json changed2.json "revisions: either order"
expect_exit 0 "$BIN" -g changed.json query who-introduced "wide-area economic region policy"
expect_contains "$out" "Lee Myung-bak" "the new version's fact"
expect_exit 3 "$BIN" -g changed.json query who-introduced "Innovation City project"
# Two shards that read different versions afresh: both revision 1, a fixed choice and a warning.
expect_exit 0 "$BIN" -q -g fresh.json ingest --fresh texts
expect_exit 0 "$BIN" merge old.json fresh.json -o tie.json
expect_contains "$err" "differs from the one in" "a tie of revisions is reported"
expect_exit 0 "$BIN" -q merge fresh.json old.json -o tie2.json
same_bytes tie.json tie2.json "a tie of revisions: either order"

# --- bad input: one line naming the file, exit 2, nothing written
expect_exit 2 "$BIN" merge two.aa.json missing.json -o out.json
expect_error_line "missing shard"
expect_contains "$err" "missing.json" "missing shard named"
head -c 5000 two.ab.json > truncated.json
expect_exit 2 "$BIN" merge two.aa.json truncated.json -o out.json
expect_error_line "truncated shard"
expect_contains "$err" "truncated.json: byte " "truncated shard: file and byte"
sed 's/"version": 1,/"version": 2,/' two.ab.json > v2.json
expect_exit 2 "$BIN" merge two.aa.json v2.json -o out.json
expect_error_line "newer schema"
expect_contains "$err" "v2.json: root: version 2 is newer than this build reads (1)" "newer schema: what differs"
cp -r "$SRC/data/packs" packs
sed -i 's/"name": "korea"/"name": "korea2"/' packs/korea/pack.json
expect_exit 2 "$BIN" --pack packs/korea merge two.aa.json -o out.json
expect_error_line "another pack"
expect_contains "$err" "two.aa.json: made with pack 'korea', not 'korea2'" "another pack: names differ"
sed -i 's/"name": "korea2"/"name": "korea"/' packs/korea/pack.json
printf '\n' >> packs/korea/programmes.json
expect_exit 2 "$BIN" --pack packs/korea merge two.aa.json -o out.json
expect_error_line "another version of the pack"
expect_contains "$err" "two.aa.json: made with another version of pack 'korea' (sha256 " "pack version: digests differ"
cp m2.json keep.json
expect_exit 2 "$BIN" merge two.aa.json m2.json -o m2.json
expect_error_line "output is an input"
expect_contains "$err" "m2.json: is one of the shards to merge" "output is an input: named"
ln -s m2.json link.json
expect_exit 2 "$BIN" merge link.json two.ab.json -o m2.json
expect_contains "$err" "is one of the shards to merge" "output is an input through a link"
same_bytes keep.json m2.json "a refused merge leaves its output as it was"
printf 'old\n' > out.json
expect_exit 2 "$BIN" merge two.aa.json truncated.json -o out.json
[ "$(cat out.json)" = "old" ] && pass || fail "a failed merge changed its output"
[ -z "$(ls -A | grep -E '^\.?out\.json\..+' | grep -v lock)" ] && pass || fail "a failed merge left files: $(ls -A)"
finish
