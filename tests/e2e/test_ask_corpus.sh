#!/usr/bin/env bash
# `ask` on the bundled corpus in a researcher's words: misspelt question words, new forms, the
# direction of "what did X become", suggestions ranked by kind, years that agree with their
# sentence, and the share of tests/ask/seen.tsv answered right (it must not fall).
source "$(dirname "$0")/lib.sh"
"$BIN" -q -g corpus.json ingest "$SRC/data/corpus" >/dev/null 2>ingest.err || { fail "ingest: $(cat ingest.err)"; finish; }
q() { expect_exit "$1" "$BIN" -g corpus.json "${@:2}"; }

# A misspelt question word is read as the grammar's word, and the answer says so.
q 0 ask "Whcih goverment launched BK21?"
expect_contains "$out" "Kim Dae-jung" "typo: answer"
expect_contains "$out" "'whcih' as 'which'" "typo: correction shown"
# A question of no form: how far it was read, three closest forms, not sixty.
q 3 ask "What did BK21 morph into?"
expect_contains "$err" "understood 'What did' but not what follows ('BK21 morph into')" "unrecognised: where"
expect_contains "$err" "What did the regional strategic industry become?" "unrecognised: closest form"
lines=$(printf '%s\n' "$err" | grep -c '^  ' || true)
[ "$lines" -eq 3 ] && pass || fail "three closest forms, got $lines: $err"
[ -z "$out" ] && pass || fail "nothing on stdout for an unreadable question"

# Regression: "What did Brain Korea 21 become?" said "nothing is recorded that became Brain Korea 21".
q 3 ask "What did Brain Korea 21 become?"
expect_contains "$err" "nothing is recorded that Brain Korea 21 (programme/brain-korea-21) became" "direction of the message"
q 0 ask "What did BK21 Plus become?"
expect_contains "$out" "Fourth-Stage BK21" "what BK21 Plus became"

# New forms.
q 0 ask "Why was BK21 Plus replaced?"
expect_contains "$out" "Fourth-Stage BK21" "why replaced"
q 0 ask "How many programmes did the Park Geun-hye administration introduce?"
expect_contains "$out" "Count: " "how many"
q 0 ask "Which programmes were renamed?"
expect_contains "$out" "renamed" "renamed list"
q 0 ask "Who presented at the Regional Industry Workshop?"
expect_contains "$out" "Baek Seung-ho" "who presented"
q 0 ask "What did the Park Geun-hye administration focus on?"
expect_contains "$out" "emphasised" "focus"

# Suggestions for an unknown name are names, not phrases from a problem or an outcome.
q 3 ask "Who introduced the Hydrogen Roadmap?"
[[ "$err" != *"sharp fall in imports"* ]] && pass || fail "a phrase offered as a name: $err"

# Regression: the year of an introduction agrees with its sentence (2008, not the 2013 of the
# clause after it).
q 0 query who-introduced "World Class University" --format json
printf '%s' "$out" | python_debian -c 'import json,sys; d=json.load(sys.stdin); r=d["rows"][0]
assert r["year"]==2008, r["year"]
assert all("2008" in e["text"] for e in r["evidence"]), r["evidence"]
assert "disagree" not in r["when"], r["when"]' && pass || fail "World Class University: 2008"

# The questions written without sight of the grammar: the share must not fall below what was measured.
python_debian "$SRC/tests/ask/score.py" --quiet --binary "$BIN" --graph corpus.json --min-share 0.7 "$SRC/tests/ask/seen.tsv" >score.out \
  && pass || fail "seen questions: $(cat score.out)"
cat score.out
finish
