// Unit tests of graph/subgraph: focus neighbourhoods, year ranges, kinds and relations.
#include <catch2/catch.hpp>

#include "graph/error.hpp"
#include "graph/subgraph.hpp"

using namespace policygraph;

namespace {

PolicyGraph lineage() {
  PolicyGraph g;
  g.add_document({"d", "d.txt", "", "", ""});
  Evidence e{"d", 0, 0, 1, "s", "r", 1, ""};
  g.add_node({"administration/kim", NodeKind::administration, "People's Government", {}, {{"start", "1998-02-25"}, {"end", "2003-02-24"}}, {e}});
  g.add_node({"administration/roh", NodeKind::administration, "Participation Government", {}, {{"start", "2003-02-25"}, {"end", "2008-02-24"}}, {e}});
  g.add_node({"programme/pilot", NodeKind::programme, "pilot project", {}, {}, {e}});
  g.add_node({"programme/rsi", NodeKind::programme, "regional strategic industry", {}, {}, {e}});
  g.add_node({"problem/p", NodeKind::problem, "weak effect", {}, {}, {e}});
  g.add_node({"organisation/o", NodeKind::organisation, "Ministry", {}, {}, {e}});
  g.add_edge({"administration/kim", "programme/pilot", Relation::introduced, std::nullopt, {}, {e}});
  g.add_edge({"administration/roh", "programme/rsi", Relation::introduced, 2004, {}, {e}});
  g.add_edge({"programme/pilot", "programme/rsi", Relation::evolved_into, std::nullopt, {{"mode", "expanded"}}, {e}});
  g.add_edge({"programme/rsi", "problem/p", Relation::has_problem, std::nullopt, {}, {e}});
  return g;
}

}  // namespace

TEST_CASE("programmes take their year from the introduction or the administration's term", "[graph]") {
  PolicyGraph g = lineage();
  auto pilot = node_years(g, *g.node("programme/pilot"));
  REQUIRE(pilot);
  CHECK(pilot->first == 1998);
  CHECK(pilot->last == 2003);
  auto rsi = node_years(g, *g.node("programme/rsi"));
  REQUIRE(rsi);
  CHECK(rsi->first == 2004);
  CHECK_FALSE(node_years(g, *g.node("problem/p")));
}

TEST_CASE("a focus keeps the neighbourhood within the depth, both directions", "[graph]") {
  PolicyGraph g = lineage();
  ViewFilter filter;
  filter.focus = "programme/rsi";
  filter.depth = 1;
  PolicyGraph view = filter_graph(g, filter);
  CHECK(view.node("programme/pilot"));
  CHECK(view.node("administration/roh"));
  CHECK(view.node("problem/p"));
  CHECK_FALSE(view.node("administration/kim"));
  CHECK_FALSE(view.node("organisation/o"));
  CHECK(view.document_count() == 1);
  filter.focus = "programme/none";
  CHECK_THROWS_AS(filter_graph(g, filter), GraphError);
}

TEST_CASE("a year range keeps what overlaps it and what hangs on it", "[graph]") {
  PolicyGraph g = lineage();
  ViewFilter filter;
  filter.from_year = 2004;
  PolicyGraph view = filter_graph(g, filter);
  CHECK_FALSE(view.node("administration/kim"));
  CHECK_FALSE(view.node("programme/pilot"));
  CHECK(view.node("programme/rsi"));
  CHECK(view.node("problem/p"));
  CHECK_FALSE(view.node("organisation/o"));  // nothing dated holds it
}

TEST_CASE("kinds and relations filter nodes and edges", "[graph]") {
  PolicyGraph g = lineage();
  ViewFilter filter;
  filter.kinds = parse_kind_list("administration,programme");
  filter.relations = parse_relation_list("introduced");
  PolicyGraph view = filter_graph(g, filter);
  CHECK(view.node_count() == 4);
  CHECK(view.edge_count() == 2);
  CHECK_THROWS_AS(parse_kind_list("administration,ministry"), UsageError);
  CHECK_THROWS_AS(parse_relation_list("likes"), UsageError);
}
