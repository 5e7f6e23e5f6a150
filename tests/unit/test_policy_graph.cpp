// Unit tests of graph/policy_graph: merging, ordering, indexes and document removal.
#include <catch2/catch.hpp>

#include "graph/error.hpp"
#include "graph/policy_graph.hpp"

using namespace policygraph;

namespace {

Evidence cite(const std::string& document, int sentence) {
  return Evidence{document, sentence, static_cast<std::size_t>(sentence) * 10, static_cast<std::size_t>(sentence) * 10 + 5,
                  "sentence " + std::to_string(sentence), "test", 0.9, ""};
}

Node node(NodeKind kind, const std::string& key, const std::string& label, const std::string& document = "d1") {
  return Node{make_node_id(kind, key), kind, label, {}, {}, {cite(document, 0)}};
}

}  // namespace

TEST_CASE("adding an existing node merges aliases, attributes and evidence", "[graph]") {
  PolicyGraph graph;
  Node first = node(NodeKind::administration, "roh-moo-hyun", "Participation Government");
  first.aliases = {"참여정부"};
  first.attributes["leader"] = "Roh Moo-hyun";
  graph.add_node(first);
  Node second = node(NodeKind::administration, "roh-moo-hyun", "Participatory Government", "d2");
  second.attributes["leader"] = "someone else";
  second.attributes["start"] = "2003-02-25";
  const Node& merged = graph.add_node(second);
  CHECK(graph.node_count() == 1);
  CHECK(merged.label == "Participation Government");
  CHECK(merged.aliases == std::vector<std::string>{"Participatory Government", "참여정부"});
  CHECK(merged.attributes.at("leader") == "Roh Moo-hyun");
  CHECK(merged.attributes.at("start") == "2003-02-25");
  CHECK(merged.evidence.size() == 2);
}

TEST_CASE("a node whose id names another kind is refused", "[graph]") {
  PolicyGraph graph;
  Node wrong = node(NodeKind::programme, "x", "X");
  wrong.id = "administration/x";
  CHECK_THROWS_AS(graph.add_node(wrong), GraphError);
  graph.add_node(node(NodeKind::programme, "x", "X"));
  Node empty;
  CHECK_THROWS_AS(graph.add_node(empty), GraphError);
}

TEST_CASE("adding an existing edge merges evidence and keeps the earliest year", "[graph]") {
  PolicyGraph graph;
  graph.add_node(node(NodeKind::administration, "roh-moo-hyun", "Participation Government"));
  graph.add_node(node(NodeKind::programme, "regional-strategic-industry", "regional strategic industry"));
  Edge edge{"administration/roh-moo-hyun", "programme/regional-strategic-industry", Relation::introduced, 2004, {}, {cite("d1", 1)}};
  graph.add_edge(edge);
  edge.year = 2003;
  edge.evidence = {cite("d2", 4)};
  const Edge& merged = graph.add_edge(edge);
  CHECK(graph.edge_count() == 1);
  CHECK(merged.year == 2003);
  CHECK(merged.evidence.size() == 2);
  CHECK(graph.edge("administration/roh-moo-hyun", Relation::introduced, "programme/regional-strategic-industry"));
  CHECK_FALSE(graph.edge("administration/roh-moo-hyun", Relation::emphasised, "programme/regional-strategic-industry"));
}

TEST_CASE("an edge to a missing node is refused", "[graph]") {
  PolicyGraph graph;
  graph.add_node(node(NodeKind::programme, "a", "A"));
  Edge edge{"programme/a", "programme/missing", Relation::evolved_into, std::nullopt, {}, {}};
  CHECK_THROWS_AS(graph.add_edge(edge), GraphError);
  CHECK(graph.edge_count() == 0);
}

TEST_CASE("iteration order does not depend on insertion order", "[graph]") {
  PolicyGraph one, two;
  for (const char* key : {"c", "a", "b"}) one.add_node(node(NodeKind::programme, key, key));
  for (const char* key : {"b", "c", "a"}) two.add_node(node(NodeKind::programme, key, key));
  one.add_edge({"programme/c", "programme/a", Relation::evolved_into, {}, {}, {}});
  one.add_edge({"programme/a", "programme/b", Relation::evolved_into, {}, {}, {}});
  two.add_edge({"programme/a", "programme/b", Relation::evolved_into, {}, {}, {}});
  two.add_edge({"programme/c", "programme/a", Relation::evolved_into, {}, {}, {}});
  std::vector<std::string> ids_one, ids_two;
  for (const Node* n : one.nodes()) ids_one.push_back(n->id);
  for (const Node* n : two.nodes()) ids_two.push_back(n->id);
  CHECK(ids_one == ids_two);
  CHECK(ids_one == std::vector<std::string>{"programme/a", "programme/b", "programme/c"});
  CHECK(one.edges().front()->source == "programme/a");
  CHECK(two.edges().front()->source == "programme/a");
}

TEST_CASE("out and in edges come from the adjacency index", "[graph]") {
  PolicyGraph graph;
  for (const char* key : {"a", "b", "c"}) graph.add_node(node(NodeKind::programme, key, key));
  graph.add_edge({"programme/a", "programme/b", Relation::evolved_into, {}, {}, {}});
  graph.add_edge({"programme/a", "programme/c", Relation::part_of, {}, {}, {}});
  graph.add_edge({"programme/c", "programme/b", Relation::evolved_into, {}, {}, {}});
  CHECK(graph.out_edges("programme/a").size() == 2);
  CHECK(graph.in_edges("programme/b").size() == 2);
  CHECK(graph.in_edges("programme/a").empty());
  CHECK(graph.out_edges("programme/none").empty());
}

TEST_CASE("removing a document drops what only it supported", "[graph]") {
  PolicyGraph graph;
  graph.add_document({"d1", "d1.txt", "", "", ""});
  graph.add_document({"d2", "d2.txt", "", "", ""});
  graph.add_node(node(NodeKind::programme, "a", "A", "d1"));
  graph.add_node(node(NodeKind::programme, "a", "A", "d2"));
  graph.add_node(node(NodeKind::programme, "b", "B", "d1"));
  graph.add_edge({"programme/a", "programme/b", Relation::evolved_into, {}, {}, {cite("d1", 2)}});
  graph.remove_document("d1");
  CHECK(graph.document_count() == 1);
  REQUIRE(graph.node("programme/a"));
  CHECK(graph.node("programme/a")->evidence.size() == 1);
  CHECK_FALSE(graph.node("programme/b"));
  CHECK(graph.edge_count() == 0);
}

TEST_CASE("merging graphs unions their facts", "[graph]") {
  PolicyGraph one, two;
  one.add_node(node(NodeKind::programme, "a", "A", "d1"));
  two.add_node(node(NodeKind::programme, "a", "A", "d2"));
  two.add_node(node(NodeKind::programme, "b", "B", "d2"));
  two.add_edge({"programme/a", "programme/b", Relation::evolved_into, {}, {{"mode", "expanded"}}, {cite("d2", 1)}});
  one.merge(two);
  CHECK(one.node_count() == 2);
  CHECK(one.node("programme/a")->evidence.size() == 2);
  REQUIRE(one.edge("programme/a", Relation::evolved_into, "programme/b"));
  CHECK(one.edge("programme/a", Relation::evolved_into, "programme/b")->attributes.at("mode") == "expanded");
}
