#!/usr/bin/env bash
# `policygraph query` and `ask` through the real binary on a hand-built snapshot shaped like the
# STEPI seminar note: answers with evidence in every format, exit codes of unknown and ambiguous
# names, of questions without answers and of unreadable questions, and byte-stable output.
source "$(dirname "$0")/lib.sh"

cat > g.json <<'JSON'
{"format": "policygraph", "version": 1,
 "documents": [{"id": "stepi-seminar-2018-04-13", "path": "corpus/stepi-seminar-2018-04-13.txt", "title": "Regional Research Seminar", "date": "2018-04-13", "sha256": "00"}],
 "nodes": [
  {"id": "administration/kim-dae-jung", "kind": "administration", "label": "People's Government",
   "aliases": ["Kim Dae-jung administration", "Kim administration", "국민의 정부"], "attributes": {"leader": "Kim Dae-jung", "start": "1998-02-25", "end": "2003-02-24"},
   "evidence": [{"document": "pack:korea", "sentence": -1, "begin": 0, "end": 0, "text": "", "rule": "pack", "confidence": 1}]},
  {"id": "administration/kim-young-sam", "kind": "administration", "label": "Civilian Government",
   "aliases": ["Kim Young-sam administration", "Kim administration", "문민정부"], "attributes": {"leader": "Kim Young-sam", "start": "1993-02-25", "end": "1998-02-24"}},
  {"id": "administration/roh-moo-hyun", "kind": "administration", "label": "Participation Government",
   "aliases": ["Participatory Government", "Roh Moo-hyun administration", "참여정부"], "attributes": {"leader": "Roh Moo-hyun", "start": "2003-02-25", "end": "2008-02-24"}},
  {"id": "administration/lee-myung-bak", "kind": "administration", "label": "Lee Myung-bak administration",
   "aliases": ["MB government", "이명박 정부"], "attributes": {"leader": "Lee Myung-bak", "start": "2008-02-25", "end": "2013-02-24"}},
  {"id": "administration/park-geun-hye", "kind": "administration", "label": "Park Geun-hye administration",
   "aliases": ["박근혜 정부"], "attributes": {"leader": "Park Geun-hye", "start": "2013-02-25", "end": "2017-03-10"}},
  {"id": "programme/pilot-project-for-an-innovation-cluster", "kind": "programme", "label": "pilot project for an innovation cluster"},
  {"id": "programme/regional-strategic-industry", "kind": "programme", "label": "regional strategic industry", "aliases": ["지역전략산업"]},
  {"id": "programme/r-d-oriented-regional-industry", "kind": "programme", "label": "R&D-oriented regional industry"},
  {"id": "programme/regional-industry-promotion-policy", "kind": "programme", "label": "regional industry promotion policy"},
  {"id": "goal/job-creation", "kind": "goal", "label": "job creation of industry"},
  {"id": "problem/vulnerability", "kind": "problem", "label": "vulnerability of regional industry in environmental changes"},
  {"id": "problem/weakened-investment-effect", "kind": "problem", "label": "weakened investment effect under limited budget"},
  {"id": "outcome/balanced-regional-development", "kind": "outcome", "label": "balanced regional development"},
  {"id": "recommendation/new-growth-hub", "kind": "recommendation", "label": "build a new growth hub"},
  {"id": "event/stepi-seminar", "kind": "event", "label": "Regional Research Seminar", "attributes": {"date": "2018-04-13"}},
  {"id": "organisation/kiat", "kind": "organisation", "label": "Korea Institute for Advancement of Technology", "aliases": ["KIAT"]},
  {"id": "person/jeong-hoon-kang", "kind": "person", "label": "Jeong-hoon Kang"},
  {"id": "programme/hostile", "kind": "programme", "label": "the \"quoted\" <b>&amp;</b> back\\slash\nnew line"}
 ],
 "edges": [
  {"source": "administration/kim-dae-jung", "target": "programme/pilot-project-for-an-innovation-cluster", "relation": "introduced",
   "evidence": [{"document": "stepi-seminar-2018-04-13", "sentence": 5, "begin": 100, "end": 300, "text": "The regional industry promotion policy was started as a pilot project for an innovation cluster in the People’s Government, and then expanded to regional strategic industry in the Participation Government.", "rule": "admin-introduced-in", "confidence": 0.9}]},
  {"source": "administration/roh-moo-hyun", "target": "programme/regional-strategic-industry", "relation": "introduced",
   "evidence": [{"document": "stepi-seminar-2018-04-13", "sentence": 5, "begin": 100, "end": 300, "text": "The regional industry promotion policy was started as a pilot project for an innovation cluster in the People’s Government, and then expanded to regional strategic industry in the Participation Government.", "rule": "admin-introduced-in", "confidence": 0.9}]},
  {"source": "administration/lee-myung-bak", "target": "programme/r-d-oriented-regional-industry", "relation": "introduced", "year": 2008,
   "evidence": [{"document": "stepi-seminar-2018-04-13", "sentence": 6, "begin": 301, "end": 420, "text": "The Lee Myung-bak administration converted it to R&D-oriented regional industry to enhance global competitiveness and strengthened support for export.", "rule": "admin-converted", "confidence": 0.85, "note": "it = regional strategic industry"}]},
  {"source": "programme/pilot-project-for-an-innovation-cluster", "target": "programme/regional-strategic-industry", "relation": "evolved_into", "attributes": {"mode": "expanded"},
   "evidence": [{"document": "stepi-seminar-2018-04-13", "sentence": 5, "begin": 100, "end": 300, "text": "The regional industry promotion policy was started as a pilot project for an innovation cluster in the People’s Government, and then expanded to regional strategic industry in the Participation Government.", "rule": "expanded-to", "confidence": 0.9}]},
  {"source": "programme/regional-strategic-industry", "target": "programme/r-d-oriented-regional-industry", "relation": "evolved_into", "attributes": {"mode": "converted"},
   "evidence": [{"document": "stepi-seminar-2018-04-13", "sentence": 6, "begin": 301, "end": 420, "text": "The Lee Myung-bak administration converted it to R&D-oriented regional industry to enhance global competitiveness and strengthened support for export.", "rule": "converted-to", "confidence": 0.85}]},
  {"source": "administration/park-geun-hye", "target": "goal/job-creation", "relation": "emphasised",
   "evidence": [{"document": "stepi-seminar-2018-04-13", "sentence": 7, "begin": 421, "end": 500, "text": "And the Park Geun-hye administration put more focus on the job creation of industry.", "rule": "focus", "confidence": 0.8}]},
  {"source": "programme/regional-strategic-industry", "target": "problem/vulnerability", "relation": "has_problem",
   "evidence": [{"document": "stepi-seminar-2018-04-13", "sentence": 10, "begin": 600, "end": 800, "text": "To name a few, the vulnerability of regional industry in environmental changes, support concentration on manufacturing industry which undermines autonomous growth, weakened investment effect under limited budget, and the limitations for discovering and cultivating new business.", "rule": "problems-list", "confidence": 0.7}]},
  {"source": "programme/r-d-oriented-regional-industry", "target": "problem/weakened-investment-effect", "relation": "has_problem",
   "evidence": [{"document": "stepi-seminar-2018-04-13", "sentence": 10, "begin": 600, "end": 800, "text": "To name a few, the vulnerability of regional industry in environmental changes, support concentration on manufacturing industry which undermines autonomous growth, weakened investment effect under limited budget, and the limitations for discovering and cultivating new business.", "rule": "problems-list", "confidence": 0.7}]},
  {"source": "programme/regional-strategic-industry", "target": "outcome/balanced-regional-development", "relation": "resulted_in",
   "evidence": [{"document": "stepi-seminar-2018-04-13", "sentence": 8, "begin": 501, "end": 599, "text": "Major regional industry promotion projects include regional development plan, ... which are resulted in the balanced regional development.", "rule": "resulted", "confidence": 0.6}]},
  {"source": "event/stepi-seminar", "target": "recommendation/new-growth-hub", "relation": "recommends",
   "evidence": [{"document": "stepi-seminar-2018-04-13", "sentence": 11, "begin": 801, "end": 900, "text": "In order to improve the issues, it was claimed that we need to build a new growth hub that can accelerate nation-wide balanced growth.", "rule": "claimed-need", "confidence": 0.7}]},
  {"source": "person/jeong-hoon-kang", "target": "organisation/kiat", "relation": "affiliated_with", "attributes": {"role": "head of Regional Industry Planning Team"},
   "evidence": [{"document": "stepi-seminar-2018-04-13", "sentence": 1, "begin": 10, "end": 99, "text": "Jeong-hoon Kang, the head of Regional Industry Planning Team of Korea Institute for Advancement of Technology (KIAT) was invited to make a presentation.", "rule": "apposition", "confidence": 0.9}]},
  {"source": "person/jeong-hoon-kang", "target": "event/stepi-seminar", "relation": "presented_at",
   "evidence": [{"document": "stepi-seminar-2018-04-13", "sentence": 1, "begin": 10, "end": 99, "text": "Jeong-hoon Kang ... was invited to make a presentation.", "rule": "presented", "confidence": 0.9}]}
 ]}
JSON
q() { expect_exit "$1" "$BIN" -g g.json "${@:2}"; }
py() { printf '%s' "$out" | python_debian -c "$1" && pass || fail "$2"; }

# The question of the issue: the Participation Government, its leader and term, the sentence.
q 0 ask "Which administration introduced the regional strategic industry?"
expect_contains "$out" "Participation Government (Roh Moo-hyun, 2003–2008) introduced regional strategic industry during 2003–2008." "who-introduced summary"
expect_contains "$out" "“The regional industry promotion policy was started as a pilot project" "evidence quoted"
expect_contains "$out" "(stepi-seminar-2018-04-13 #5)" "evidence names document and sentence"
q 0 ask Which administration introduced the regional strategic industry
expect_contains "$out" "Roh Moo-hyun" "an unquoted question"
for name in "regional strategic industry" "Regional Strategic Industries" "지역전략산업" "ＲＥＧＩＯＮＡＬ strategic industry"; do
  q 0 query who-introduced "$name"
  expect_contains "$out" "Participation Government" "who-introduced $name"
done
q 0 query who-introduced regional strategic industry -f json
py 'import json,sys; d=json.load(sys.stdin); r=d["rows"][0]; assert r["administration"]["id"]=="administration/roh-moo-hyun"; assert r["year"] is None and r["when"]=="during 2003–2008"; assert "started as a pilot project" in r["evidence"][0]["text"] and r["evidence"][0]["sentence"]==5' "who-introduced json"

# Evolution: three programmes, three administrations, in order, with the modes.
q 0 query evolution "R&D-oriented regional industry"
order=$(printf '%s\n' "$out" | grep -n -e '^ *1  pilot project' -e '^ *2  regional strategic industry' -e '^ *3  R&D-oriented' | cut -d: -f1 | tr '\n' ' ')
[ "$(echo $order | wc -w)" -eq 3 ] && pass || fail "evolution rows in order: $out"
expect_contains "$out" "pilot project for an innovation cluster [People's Government] → (expanded) regional strategic industry [Participation Government] → (converted) R&D-oriented regional industry [Lee Myung-bak administration]." "evolution summary"
q 0 query evolution "R&D-oriented regional industry" --format json
py 'import json,sys; d=json.load(sys.stdin); rows=d["rows"]
assert [r["programme"]["label"] for r in rows]==["pilot project for an innovation cluster","regional strategic industry","R&D-oriented regional industry"]
assert [r["introduced_by"][0]["id"] for r in rows]==["administration/kim-dae-jung","administration/roh-moo-hyun","administration/lee-myung-bak"]
assert [r["mode"] for r in rows]==[None,"expanded","converted"]
assert all(r["evidence"] for r in rows); assert d["documents"][0]["id"]=="stepi-seminar-2018-04-13"' "evolution json"
q 0 query evolution "regional strategic industry" --direction forward
expect_contains "$out" "regional strategic industry [Participation Government] → (converted) R&D-oriented regional industry" "evolution forward"

# CSV and TSV: a header, one line per row and piece of evidence, quoting where needed.
q 0 query evolution "R&D-oriented regional industry" --format csv
py 'import csv,sys; rows=list(csv.reader(sys.stdin)); h=rows[0]
assert h[:3]==["step","programme","programme_id"] and h[-4:]==["evidence_document","evidence_sentence","evidence_rule","evidence_text"]
assert len(rows)==6 and all(len(r)==len(h) for r in rows); assert rows[1][2]=="programme/pilot-project-for-an-innovation-cluster"' "evolution csv"
q 0 query evolution "R&D-oriented regional industry" --format tsv
py 'import sys; lines=sys.stdin.read().splitlines(); n=len(lines[0].split("\t")); assert len(lines)==6 and all(len(l.split("\t"))==n for l in lines)' "evolution tsv"

# The other queries.
q 0 ask "What did the Lee Myung-bak administration introduce?"
expect_contains "$out" "introduced  R&D-oriented regional industry  2008" "programmes-of row"
q 0 query programmes-of "Roh Moo-hyun"
expect_contains "$out" "evolved_into  R&D-oriented regional industry" "programmes-of: what its programmes led to"
q 0 ask "What problems were raised about the regional strategic industry?"
expect_contains "$out" "vulnerability of regional industry" "problems"
expect_contains "$out" "stepi-seminar-2018-04-13        10" "problems name document and sentence"
q 0 query outcomes "regional strategic industry" -f json
py 'import json,sys; d=json.load(sys.stdin); assert d["rows"][0]["item"]["label"]=="balanced regional development" and d["rows"][0]["sentence"]==8' "outcomes json"
q 0 query recommendations
expect_contains "$out" "build a new growth hub" "recommendations"
q 0 query timeline --from 2003 --to 2008
expect_contains "$out" "3 administrations from People's Government to Lee Myung-bak administration" "timeline"
q 0 query neighbours KIAT --depth 2
expect_contains "$out" "Regional Research Seminar" "neighbours depth 2"
q 0 query neighbours "regional strategic industry" --relation evolved_into
expect_contains "$out" "2 entities within 1 step" "neighbours by relation"
q 0 query path "People's Government" "weakened investment effect under limited budget"
expect_contains "$out" "(4 steps)" "path"
q 0 query search 전략
expect_contains "$out" "지역전략산업" "Korean search"
q 0 query match '?a introduced ?p . ?p evolved_into ?q'
expect_contains "$out" "2 matches" "match two steps"
q 0 query match '?a:administration introduced ?p . ?p has_problem ?x FILTER year >= 2008' --format json
py 'import json,sys; d=json.load(sys.stdin); assert len(d["rows"])==1 and d["rows"][0]["a"]["id"]=="administration/lee-myung-bak" and d["rows"][0]["year"]==2008 and len(d["rows"][0]["evidence"])==2' "match json with filter"

# Failures: unknown names exit 3 with suggestions, ambiguous names exit 2 with candidates,
# empty answers exit 3, unreadable questions exit 3 listing the forms; each on one line.
q 3 query who-introduced "regional stratgic industry"
expect_one_line "$err" "unknown name"
expect_contains "$err" "closest: regional strategic industry (programme/regional-strategic-industry)" "suggestion"
q 3 query who-introduced "regional stratgic industry" --format json
py 'import json,sys; d=json.load(sys.stdin); assert d["error"]=="unknown_name" and d["suggestions"][0]["id"]=="programme/regional-strategic-industry"' "unknown name json"
q 2 query programmes-of "Kim administration"
expect_one_line "$err" "ambiguous name"
expect_contains "$err" "People's Government (administration/kim-dae-jung); Civilian Government (administration/kim-young-sam)" "candidates"
q 3 ask "Who introduced the regional industry promotion policy?"
expect_one_line "$err" "no answer"
expect_contains "$err" "nobody is recorded as introducing regional industry promotion policy" "no answer message"
q 3 query evolution KIAT
expect_one_line "$err" "no lineage"
q 3 query match '?a succeeded_by ?b'
expect_one_line "$err" "no match"
q 3 ask "Why is the sky blue?"
expect_contains "$err" "understood 'Why is' but not what follows ('the sky blue')" "how far the question was read"
expect_contains "$err" "(ask --forms lists all" "pointer to every form"
[ -z "$out" ] && pass || fail "nothing on stdout for an unreadable question"
q 0 query search "quoted"
[ "$(printf '%s\n' "$out" | grep -c 'back.slash')" -eq 1 ] && [ "$(printf '%s\n' "$out" | grep -c '^new line')" -eq 0 ] && pass || fail "a hostile label stays on one line: $out"
q 0 query search "quoted" -f csv
py 'import csv,sys; rows=list(csv.reader(sys.stdin)); assert rows[1][0]=="the \"quoted\" <b>&amp;</b> back\\slash\nnew line"' "hostile label in csv"

# Usage errors exit 1.
q 1 query
q 1 query path KIAT
q 1 query who-introduced
q 1 query evolution KIAT --format xml
q 1 query neighbours KIAT --relation likes
q 1 query match '?a likes ?b'
expect_contains "$err" "unknown relation 'likes'" "match error"
q 1 ask
expect_exit 2 "$BIN" -g missing.json query who-introduced KIAT

# Same snapshot, same bytes.
q 0 query evolution "R&D-oriented regional industry" --format json
first=$out
q 0 query evolution "R&D-oriented regional industry" --format json
[ "$first" == "$out" ] && pass || fail "output not deterministic"
q 0 ask --forms
expect_contains "$out" "who-introduced	Which administration introduced the regional strategic industry?" "ask --forms"

finish
