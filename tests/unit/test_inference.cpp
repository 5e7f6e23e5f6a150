// Unit tests of graph/inference: which edges count as inferred, and how they settle beside stated ones.
#include <catch2/catch.hpp>

#include "graph/inference.hpp"

using namespace policygraph;

namespace {

Evidence cite(const std::string& rule, int sentence) { return Evidence{"d1", sentence, 0, 5, "s", rule, 0.3, ""}; }

PolicyGraph sample() {
  PolicyGraph g;
  g.add_document(Document{"d1", "d1.txt", "", "", ""});
  for (const char* id : {"administration/roh", "administration/lee"})
    g.add_node(Node{id, NodeKind::administration, id, {}, {}, {}});
  for (const char* id : {"programme/a", "programme/b", "programme/c"}) g.add_node(Node{id, NodeKind::programme, id, {}, {}, {}});
  Attributes by_date{{"inferred", "by date"}};
  // a: only inferred. b: inferred for Roh, stated for Lee. c: one edge both inferred and stated.
  g.add_edge(Edge{"administration/roh", "programme/a", Relation::introduced, 2004, by_date, {cite("inferred.by_date.passive", 1)}});
  g.add_edge(Edge{"administration/roh", "programme/b", Relation::introduced, 2007, by_date, {cite("inferred.by_date.passive", 2)}});
  g.add_edge(Edge{"administration/lee", "programme/b", Relation::introduced, 2008, {}, {cite("introduced.active", 3)}});
  g.add_edge(Edge{"administration/lee", "programme/c", Relation::introduced, 2009, by_date,
                  {cite("inferred.by_date.passive", 4), cite("introduced.passive", 4)}});
  return g;
}

}  // namespace

TEST_CASE("settling inferences: inferred alone stays marked, stated wins, --no-inference drops", "[graph][inference]") {
  PolicyGraph g = sample();
  CHECK(is_inferred(*g.edge("administration/roh", Relation::introduced, "programme/a")));
  CHECK_FALSE(is_inferred(*g.edge("administration/lee", Relation::introduced, "programme/c")));
  settle_inferences(g);
  const Edge* a = g.edge("administration/roh", Relation::introduced, "programme/a");
  REQUIRE(a);
  CHECK(a->attributes.at("inferred") == "by date");
  CHECK_FALSE(g.edge("administration/roh", Relation::introduced, "programme/b"));  // Lee is stated to have introduced b
  CHECK(g.edge("administration/lee", Relation::introduced, "programme/b"));
  const Edge* c = g.edge("administration/lee", Relation::introduced, "programme/c");
  REQUIRE(c);
  CHECK(c->attributes.count("inferred") == 0);  // stated too: an extracted fact, inferred evidence beside
  CHECK(c->evidence.size() == 2);

  PolicyGraph without = sample();
  settle_inferences(without, false);
  CHECK_FALSE(without.edge("administration/roh", Relation::introduced, "programme/a"));
  CHECK(without.edge("administration/lee", Relation::introduced, "programme/c"));
  CHECK(without.edge_count() == 2);
}
