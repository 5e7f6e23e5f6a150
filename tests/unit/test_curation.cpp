// Unit tests of graph/curation: reading and writing the corrections file, and each operation laid
// over a small graph: what it changes, what it cites, and when it no longer applies.
#include <catch2/catch.hpp>

#include "graph/curation.hpp"
#include "graph/error.hpp"

using namespace policygraph;

namespace {

Evidence cite(const std::string& document, int sentence) {
  return Evidence{document, sentence, 0, 10, "sentence " + std::to_string(sentence) + " of " + document, "test", 0.8, ""};
}

Node node(NodeKind kind, const std::string& key, const std::string& label, const std::string& document = "d1") {
  return Node{make_node_id(kind, key), kind, label, {}, {}, {cite(document, 0)}};
}

void edge(PolicyGraph& graph, const std::string& source, Relation relation, const std::string& target,
          const std::string& document = "d1", std::optional<int> year = std::nullopt) {
  graph.add_edge(Edge{source, target, relation, year, {}, {cite(document, 1)}});
}

// Two administrations, three programmes (two of them one thing under two names), a problem.
PolicyGraph sample() {
  PolicyGraph graph;
  graph.add_document(Document{"d1", "d1.txt", "One", "", ""});
  graph.add_document(Document{"d2", "d2.txt", "Two", "", ""});
  graph.add_node(node(NodeKind::administration, "roh-moo-hyun", "Participation Government"));
  graph.add_node(node(NodeKind::administration, "lee-myung-bak", "Lee Myung-bak administration"));
  graph.add_node(node(NodeKind::programme, "regional-innovation-system", "Regional Innovation System"));
  graph.add_node(node(NodeKind::programme, "ris", "RIS programme", "d2"));
  graph.add_node(node(NodeKind::programme, "textile-industry", "textile industry"));
  graph.add_node(node(NodeKind::problem, "lack-of-evaluation", "lack of evaluation"));
  edge(graph, "administration/roh-moo-hyun", Relation::introduced, "programme/regional-innovation-system", "d1", 2004);
  edge(graph, "administration/lee-myung-bak", Relation::introduced, "programme/textile-industry");
  edge(graph, "programme/ris", Relation::has_problem, "problem/lack-of-evaluation", "d2");
  edge(graph, "programme/ris", Relation::evolved_into, "programme/regional-innovation-system", "d2");
  return graph;
}

Corrections parse(const std::string& entries) {
  return read_corrections("{\n  \"format\": \"policygraph-corrections\",\n  \"version\": 1,\n  \"corrections\": [\n" + entries +
                              "\n  ]\n}\n",
                          "corrections.json");
}

CorrectionOutcome apply_one(PolicyGraph& graph, const std::string& entry) {
  Corrections corrections = parse("    " + entry);
  auto outcomes = apply_corrections(graph, corrections);
  REQUIRE(outcomes.size() == 1);
  CorrectionOutcome out = outcomes.front();
  out.correction = nullptr;  // points into `corrections`, gone at return
  return out;
}

bool cites_curation(const std::vector<Evidence>& evidence, int line) {
  return std::any_of(evidence.begin(), evidence.end(), [line](const Evidence& e) {
    return e.document == "curation:corrections.json" && e.sentence == line && e.rule.rfind("curation.", 0) == 0;
  });
}

}  // namespace

TEST_CASE("corrections are read with their lines and written back one per line", "[curation]") {
  Corrections read = parse(
      "    {\"op\": \"merge\", \"node\": \"A\", \"other\": \"B\", \"note\": \"same thing\"},\n"
      "    {\"op\": \"assert\", \"source\": \"S\", \"relation\": \"introduced\", \"target\": \"T\", \"year\": 2004}");
  REQUIRE(read.items.size() == 2);
  CHECK(read.items[0].op == CorrectionOp::merge);
  CHECK(read.items[0].line == 5);
  CHECK(read.items[0].note == "same thing");
  CHECK(read.items[1].line == 6);
  CHECK(read.items[1].year == 2004);
  std::string text = corrections_text(read);
  Corrections again = read_corrections(text, "corrections.json");
  CHECK(corrections_text(again) == text);
  CHECK(again.items[1].line == 6);
  CHECK(text.find("{\"op\": \"merge\", \"node\": \"A\", \"other\": \"B\", \"note\": \"same thing\"}") != std::string::npos);
}

TEST_CASE("a broken corrections file is refused with its line", "[curation]") {
  CHECK_THROWS_WITH(parse("    {\"op\": \"merge\", \"node\": \"A\"}"), "corrections.json: line 5: missing 'other'");
  CHECK_THROWS_WITH(parse("    {\"op\": \"merge\",\n     \"node\": \"A\", \"other\": \"B\"},\n    {\"op\": \"fold\"}"),
                    Catch::Contains("line 7: unknown operation 'fold'"));
  CHECK_THROWS_WITH(parse("    {\"op\": \"merge\", \"node\": \"A\", \"othre\": \"B\"}"), Catch::Contains("missing 'other'"));
  CHECK_THROWS_WITH(parse("    {\"op\": \"remove\", \"node\": \"A\", \"kind\": \"outcome\"}"),
                    Catch::Contains("'kind' is not a field of this operation"));
  CHECK_THROWS_WITH(parse("    {\"op\": \"assert\", \"source\": \"S\", \"relation\": \"started\", \"target\": \"T\"}"),
                    Catch::Contains("unknown relation 'started'"));
  CHECK_THROWS_WITH(parse("    {\"op\": \"merge\", \"node\": \"A\", \"other\": \"B\""), Catch::Contains("corrections.json: line 6: byte"));
  CHECK_THROWS_WITH(read_corrections("{\"format\": \"policygraph\", \"version\": 1, \"corrections\": []}", "c.json"),
                    Catch::Contains("'format' must be"));
  CHECK_THROWS_WITH(parse("    \"merge A B\""), Catch::Contains("a correction is an object"));
  CHECK_THROWS_WITH(parse("    {\"op\": \"rename\", \"node\": \"\\udc4d\", \"label\": \"x\"}"), Catch::Contains("lone UTF-16 surrogate"));
}

TEST_CASE("retract removes the edges a pattern matches and says when none does", "[curation]") {
  PolicyGraph graph = sample();
  auto outcome = apply_one(graph, R"({"op": "retract", "pattern": "?a introduced \"textile industry\""})");
  CHECK(outcome.status == CorrectionOutcome::Status::applied);
  CHECK_FALSE(graph.edge("administration/lee-myung-bak", Relation::introduced, "programme/textile-industry"));
  CHECK(graph.node("programme/textile-industry"));  // the node stays: it is still named
  CHECK(graph.edge_count() == 3);

  auto again = apply_one(graph, R"({"op": "retract", "pattern": "?a introduced \"textile industry\""})");
  CHECK(again.status == CorrectionOutcome::Status::stale);
  CHECK_THAT(again.message, Catch::Contains("no edge matches"));
  auto unknown = apply_one(graph, R"({"op": "retract", "pattern": "?a introduced \"Hydrogen Roadmap\""})");
  CHECK(unknown.status == CorrectionOutcome::Status::stale);
  CHECK_THROWS_WITH(apply_one(graph, R"({"op": "retract", "pattern": "?a introduced ?p . ?p evolved_into ?q"})"),
                    Catch::Contains("line 5: a pattern of a correction is one triple"));
}

TEST_CASE("retract by edge id: the ids of both ends", "[curation]") {
  PolicyGraph graph = sample();
  auto outcome = apply_one(graph, R"({"op": "retract", "pattern": "administration/roh-moo-hyun introduced programme/regional-innovation-system"})");
  CHECK(outcome.status == CorrectionOutcome::Status::applied);
  CHECK(graph.edge_count() == 3);
}

TEST_CASE("merge folds a node into another and cites the line", "[curation]") {
  PolicyGraph graph = sample();
  auto outcome = apply_one(graph, R"({"op": "merge", "node": "Regional Innovation System", "other": "RIS programme", "note": "one programme"})");
  CHECK(outcome.status == CorrectionOutcome::Status::applied);
  CHECK_FALSE(graph.node("programme/ris"));
  const Node* kept = graph.node("programme/regional-innovation-system");
  REQUIRE(kept);
  CHECK(kept->label == "Regional Innovation System");
  CHECK(std::find(kept->aliases.begin(), kept->aliases.end(), "RIS programme") != kept->aliases.end());
  CHECK(cites_curation(kept->evidence, 5));
  // The problem moved; the evolution between the two became a loop and went.
  CHECK(graph.edge("programme/regional-innovation-system", Relation::has_problem, "problem/lack-of-evaluation"));
  CHECK(graph.out_edges("programme/regional-innovation-system").size() == 1);
  // The extracted evidence is kept beside the curated one.
  CHECK(std::any_of(kept->evidence.begin(), kept->evidence.end(), [](const Evidence& e) { return e.document == "d2"; }));

  auto again = apply_one(graph, R"({"op": "merge", "node": "Regional Innovation System", "other": "RIS programme"})");
  CHECK(again.status == CorrectionOutcome::Status::unchanged);
  auto across = apply_one(graph, R"({"op": "merge", "node": "Regional Innovation System", "other": "lack of evaluation"})");
  CHECK(across.status == CorrectionOutcome::Status::stale);
  CHECK_THAT(across.message, Catch::Contains("retype one of them first"));
}

TEST_CASE("assert adds a fact, creates new names with the relation's kinds, and checks kinds", "[curation]") {
  PolicyGraph graph = sample();
  auto outcome = apply_one(
      graph, R"({"op": "assert", "source": "Lee Myung-bak administration", "relation": "introduced", "target": "Green New Deal", "year": 2009, "note": "white paper 2009, p. 12"})");
  CHECK(outcome.status == CorrectionOutcome::Status::applied);
  const Edge* added = graph.edge("administration/lee-myung-bak", Relation::introduced, "programme/green-new-deal");
  REQUIRE(added);
  CHECK(added->year == 2009);
  REQUIRE(added->evidence.size() == 1);
  CHECK(added->evidence[0].text == "white paper 2009, p. 12");
  CHECK(added->evidence[0].rule == "curation.assert");
  CHECK(added->evidence[0].note == "corrections.json:5");
  CHECK(graph.node("programme/green-new-deal")->kind == NodeKind::programme);

  auto known = apply_one(graph, R"({"op": "assert", "source": "Participation Government", "relation": "introduced", "target": "Regional Innovation System"})");
  CHECK(known.status == CorrectionOutcome::Status::unchanged);
  const Edge* extracted = graph.edge("administration/roh-moo-hyun", Relation::introduced, "programme/regional-innovation-system");
  CHECK(extracted->evidence.size() == 2);  // extracted evidence kept beside the curated one
  CHECK(extracted->year == 2004);

  auto corrected = apply_one(graph, R"({"op": "assert", "source": "Participation Government", "relation": "introduced", "target": "Regional Innovation System", "year": 2003})");
  CHECK(corrected.status == CorrectionOutcome::Status::applied);
  CHECK(graph.edge("administration/roh-moo-hyun", Relation::introduced, "programme/regional-innovation-system")->year == 2003);

  auto wrong = apply_one(graph, R"({"op": "assert", "source": "lack of evaluation", "relation": "introduced", "target": "textile industry"})");
  CHECK(wrong.status == CorrectionOutcome::Status::stale);
  CHECK_THAT(wrong.message, Catch::Contains("introduced joins administration"));
}

TEST_CASE("rename keeps the old label as an alias, set changes attributes of nodes and edges", "[curation]") {
  PolicyGraph graph = sample();
  auto renamed = apply_one(graph, R"({"op": "rename", "node": "RIS programme", "label": "RIS"})");
  CHECK(renamed.status == CorrectionOutcome::Status::applied);
  const Node* ris = graph.node("programme/ris");
  CHECK(ris->label == "RIS");
  CHECK(ris->aliases == std::vector<std::string>{"RIS programme"});
  CHECK(cites_curation(ris->evidence, 5));

  auto set = apply_one(graph, R"({"op": "set", "node": "Participation Government", "attribute": "leader", "value": "Roh Moo-hyun"})");
  CHECK(set.status == CorrectionOutcome::Status::applied);
  CHECK(graph.node("administration/roh-moo-hyun")->attributes.at("leader") == "Roh Moo-hyun");

  auto year = apply_one(graph, R"({"op": "set", "pattern": "?a introduced \"textile industry\"", "attribute": "year", "value": "2008"})");
  CHECK(year.status == CorrectionOutcome::Status::applied);
  CHECK(graph.edge("administration/lee-myung-bak", Relation::introduced, "programme/textile-industry")->year == 2008);
  CHECK_THROWS_WITH(apply_one(graph, R"({"op": "set", "pattern": "?a introduced \"textile industry\"", "attribute": "year", "value": "soon"})"),
                    Catch::Contains("a year is four digits"));
  auto mode = apply_one(graph, R"({"op": "set", "pattern": "\"RIS\" evolved_into ?b", "attribute": "mode", "value": "renamed"})");
  CHECK(mode.status == CorrectionOutcome::Status::applied);
  CHECK(graph.edge("programme/ris", Relation::evolved_into, "programme/regional-innovation-system")->attributes.at("mode") == "renamed");
}

TEST_CASE("retype changes the kind and id and drops the edges the new kind cannot have", "[curation]") {
  PolicyGraph graph = sample();
  auto outcome = apply_one(graph, R"({"op": "retype", "node": "textile industry", "kind": "goal"})");
  CHECK(outcome.status == CorrectionOutcome::Status::applied);
  CHECK_FALSE(graph.node("programme/textile-industry"));
  REQUIRE(graph.node("goal/textile-industry"));
  CHECK(graph.node("goal/textile-industry")->kind == NodeKind::goal);
  CHECK_THAT(outcome.message, Catch::Contains("1 edge that a goal cannot have removed"));
  CHECK(graph.edge_count() == 3);
  auto again = apply_one(graph, R"({"op": "retype", "node": "textile industry", "kind": "goal"})");
  CHECK(again.status == CorrectionOutcome::Status::unchanged);
}

TEST_CASE("remove takes a node and its edges, and a name gone is stale", "[curation]") {
  PolicyGraph graph = sample();
  auto outcome = apply_one(graph, R"({"op": "remove", "node": "RIS programme"})");
  CHECK(outcome.status == CorrectionOutcome::Status::applied);
  CHECK_THAT(outcome.message, Catch::Contains("2 edges"));
  CHECK_FALSE(graph.node("programme/ris"));
  CHECK(graph.edge_count() == 2);
  auto again = apply_one(graph, R"({"op": "remove", "node": "RIS programme"})");
  CHECK(again.status == CorrectionOutcome::Status::stale);
}

TEST_CASE("split moves what some documents say of a node to a new node", "[curation]") {
  PolicyGraph graph = sample();
  edge(graph, "programme/regional-innovation-system", Relation::has_problem, "problem/lack-of-evaluation", "d2");
  graph.add_node(Node{"programme/regional-innovation-system", NodeKind::programme, "", {}, {}, {cite("d2", 3)}});
  auto outcome = apply_one(graph, R"({"op": "split", "node": "Regional Innovation System", "label": "Regional Innovation Strategy", "documents": ["d2"]})");
  CHECK(outcome.status == CorrectionOutcome::Status::applied);
  const Node* part = graph.node("programme/regional-innovation-strategy");
  REQUIRE(part);
  CHECK(part->label == "Regional Innovation Strategy");
  CHECK(graph.edge("programme/regional-innovation-strategy", Relation::has_problem, "problem/lack-of-evaluation"));
  CHECK_FALSE(graph.edge("programme/regional-innovation-system", Relation::has_problem, "problem/lack-of-evaluation"));
  // What d1 says stays with the old node; what d2 says of the evolution moved.
  CHECK(graph.edge("administration/roh-moo-hyun", Relation::introduced, "programme/regional-innovation-system"));
  CHECK(graph.edge("programme/ris", Relation::evolved_into, "programme/regional-innovation-strategy"));
  auto none = apply_one(graph, R"({"op": "split", "node": "textile industry", "label": "x", "documents": ["d9"]})");
  CHECK(none.status == CorrectionOutcome::Status::stale);
}

TEST_CASE("corrections apply in order, each on the graph the ones before left", "[curation]") {
  PolicyGraph graph = sample();
  Corrections corrections = parse(
      "    {\"op\": \"rename\", \"node\": \"RIS programme\", \"label\": \"RIS\"},\n"
      "    {\"op\": \"merge\", \"node\": \"Regional Innovation System\", \"other\": \"RIS\"},\n"
      "    {\"op\": \"retract\", \"pattern\": \"\\\"RIS\\\" has_problem ?x\"}");
  auto outcomes = apply_corrections(graph, corrections);
  REQUIRE(outcomes.size() == 3);
  for (const auto& outcome : outcomes) CHECK(outcome.status == CorrectionOutcome::Status::applied);
  CHECK(graph.out_edges("programme/regional-innovation-system").empty());
}
