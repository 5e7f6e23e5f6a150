#!/usr/bin/env bash
# The STEPI seminar note of 2018-04-13 (the project's sample document, kept outside the tree in
# ../shared/corpus): every fact of its reference table must be extracted with evidence that says
# it, and nothing false (no other introduced edge, no menu line as a node). Skips when the
# document is not there.
source "$(dirname "$0")/lib.sh"

SAMPLE="$SRC/../shared/corpus/stepi-seminar-2018-04-13.txt"
if [ ! -f "$SAMPLE" ]; then
  echo "skipped: $SAMPLE not found"
  exit 77
fi

expect_exit 0 "$BIN" -g sample.json ingest "$SAMPLE"
python_debian - sample.json <<'PY' && pass || fail "facts of the sample document (see the lines above)"
import json, sys

snapshot = json.load(open(sys.argv[1]))
nodes = {n["id"]: n for n in snapshot["nodes"]}
edges = snapshot["edges"]
problems = []


def names(node_id):
    node = nodes.get(node_id, {})
    return [node.get("label", "")] + node.get("aliases", [])


def matches(node_id, words):
    """The node's label or an alias contains every word (case-insensitive)."""
    return any(all(w.lower() in name.lower() for w in words) for name in names(node_id))


def find(source, relation, target, evidence_words, source_is_id=True, target_is_id=False, attributes=None):
    """One edge: ends by id or by words of a name; evidence containing the key words."""
    found = []
    for edge in edges:
        if edge["relation"] != relation:
            continue
        if not (edge["source"] == source if source_is_id else matches(edge["source"], source)):
            continue
        if not (edge["target"] == target if target_is_id else matches(edge["target"], target)):
            continue
        found.append(edge)
    what = f"{source} {relation} {target}"
    if not found:
        problems.append(f"missing: {what}")
        return None
    edge = found[0]
    for key, value in (attributes or {}).items():
        got = edge.get("attributes", {}).get(key, "")
        if value.lower() not in got.lower():
            problems.append(f"{what}: attribute {key}={got!r}, wanted it to contain {value!r}")
    texts = [e.get("text", "") for e in edge.get("evidence", [])]
    if not any(all(w.lower() in t.lower() for w in evidence_words) for t in texts):
        problems.append(f"{what}: no evidence containing {evidence_words}: {texts}")
    for e in edge.get("evidence", []):
        if not e.get("rule"):
            problems.append(f"{what}: evidence without a rule")
    return edge


KDJ, ROH, LMB, PGH = ("administration/kim-dae-jung", "administration/roh-moo-hyun",
                      "administration/lee-myung-bak", "administration/park-geun-hye")
PILOT = ["pilot project", "innovation cluster"]
RSI = ["regional strategic industry"]
RDI = ["R&D-oriented regional industry"]
POLICY = ["regional industry promotion polic"]

# introduced
find(KDJ, "introduced", PILOT, ["pilot project for an innovation cluster", "People"])
find(ROH, "introduced", RSI, ["regional strategic industry", "Participation Government"])
find(LMB, "introduced", RDI, ["Lee Myung-bak", "R&D-oriented regional industry"])
# evolved_into with modes
find(PILOT, "evolved_into", RSI, ["pilot project", "expanded to regional strategic industry"], source_is_id=False,
     attributes={"mode": "expanded"})
find(RSI, "evolved_into", RDI, ["converted it to R&D-oriented regional industry"], source_is_id=False,
     attributes={"mode": "converted"})
# emphasised
find(LMB, "emphasised", ["global competitiveness"], ["global competitiveness"])
find(LMB, "emphasised", ["support for export"], ["support for export"])
find(PGH, "emphasised", ["job creation", "industry"], ["job creation of industry"])
# resulted_in: the three outcomes
for outcome in (["balanced regional development"], ["regional innovation capability"], ["growth of regional key industr"]):
    find(POLICY, "resulted_in", outcome, [outcome[0]], source_is_id=False)
# has_problem: the four problems
for problem in (["vulnerability of regional industry"], ["support concentration on manufacturing"],
                ["weakened investment effect"], ["discovering and cultivating new business"]):
    find(POLICY, "has_problem", problem, [problem[0]], source_is_id=False)
# recommends: the three recommendations of the seminar
seminars = [n for n in nodes if n.startswith("event/") and "seminar" in " ".join(names(n)).lower()]
if len(seminars) != 1:
    problems.append(f"expected one seminar event, found {seminars}")
seminar = seminars[0] if seminars else "event/?"
find(seminar, "recommends", ["growth hub"], ["new growth hub"])
find(seminar, "recommends", ["new industries", "ecosystem"], ["nurture new industries", "cross-regional ecosystem"])
find(seminar, "recommends", ["competitiveness", "smart business"], ["competitiveness", "smart business"])
# part_of: the three plans of the policy
for plan in (["regional development plan"], ["regional industry development plan"], ["regional industry supporting plan"]):
    find(plan, "part_of", POLICY, [plan[0], "regional industry promotion projects"], source_is_id=False)
# led_by
find(["policy for nurturing local industry"], "led_by", "organisation/mocie",
     ["policy for nurturing local industry", "Ministry of Commerce, Industry and Energy"], source_is_id=False, target_is_id=True)
# the office, its institute and the seminar
office = find(["Office of Entrepreneurship and Innovation Studies"], "part_of", "organisation/stepi",
              ["Office of Entrepreneurship and Innovation Studies", "STEPI"], source_is_id=False, target_is_id=True)
find(["Office of Entrepreneurship and Innovation Studies"], "hosted", seminar, ["held an internal seminar"],
     source_is_id=False, target_is_id=True)
if nodes.get(seminar, {}).get("attributes", {}).get("date") != "2018-04-13":
    problems.append(f"seminar date: {nodes.get(seminar, {}).get('attributes')}")
# the presenter
find(["Jeong-hoon Kang"], "presented_at", seminar, ["Jeong-hoon Kang", "presentation"], source_is_id=False, target_is_id=True)
find(["Jeong-hoon Kang"], "affiliated_with", "organisation/kiat", ["Jeong-hoon Kang", "Korea Institute for Advancement of Technology"],
     source_is_id=False, target_is_id=True, attributes={"role": "Regional Industry Planning Team"})

# Nothing false: the only introduced edges are the three above.
introduced = sorted((e["source"], " ".join(names(e["target"])[:1])) for e in edges if e["relation"] == "introduced")
allowed = [(KDJ, PILOT), (ROH, RSI), (LMB, RDI)]
for source, target in introduced:
    if not any(source == s and all(w.lower() in target.lower() for w in t) for s, t in allowed):
        problems.append(f"false introduced edge: {source} -> {target}")
if len(introduced) != 3:
    problems.append(f"expected 3 introduced edges, found {introduced}")
for node in nodes.values():
    for bad in ("Short cut", "GlobalMenu", "HOME"):
        if bad.lower() in node["label"].lower():
            problems.append(f"menu text as a node: {node['id']} {node['label']!r}")
documents = snapshot["documents"]
if [d["date"] for d in documents] != ["2018-04-13"]:
    problems.append(f"document date: {documents}")
if not documents or "Regional Research Seminar" not in documents[0]["title"]:
    problems.append(f"document title: {documents}")

for p in problems:
    print("  " + p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY

finish
