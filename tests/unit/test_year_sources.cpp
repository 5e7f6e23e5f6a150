// Unit tests of graph/year_sources: an edge dated differently by two sources keeps the earliest
// year and both years with their sentences; answers say so; removing a document settles it.
#include <catch2/catch.hpp>

#include "graph/query.hpp"
#include "graph/year_sources.hpp"
#include "query_fixture.hpp"

using namespace policygraph;

namespace {

Evidence cited(std::string document, int sentence, std::string text) {
  return {std::move(document), sentence, 0, text.size(), std::move(text), "rule.test", 0.9, ""};
}

PolicyGraph disputed_graph() {
  PolicyGraph g = testing::seminar_graph();
  g.add_document({"news-a", "corpus/news-a.txt", "A", "2015-01-01", "01"});
  g.add_document({"news-b", "corpus/news-b.txt", "B", "2016-01-01", "02"});
  g.add_node({"programme/wcu", NodeKind::programme, "World Class University", {}, {},
              {cited("news-b", 3, "The Lee government started World Class University in 2009.")}});
  g.add_edge({"administration/lee-myung-bak", "programme/wcu", Relation::introduced, 2009, {},
              {cited("news-b", 3, "The Lee government started World Class University in 2009.")}});
  g.add_edge({"administration/lee-myung-bak", "programme/wcu", Relation::introduced, 2008, {},
              {cited("news-a", 7, "In 2008 the Lee Myung-bak government introduced the World Class University programme.")}});
  return g;
}

}  // namespace

TEST_CASE("two sources that date an edge differently are both kept with their sentences", "[graph][years]") {
  PolicyGraph g = disputed_graph();
  const Edge* edge = g.edge("administration/lee-myung-bak", Relation::introduced, "programme/wcu");
  REQUIRE(edge);
  CHECK(edge->year == 2008);  // the earliest, as before
  std::vector<YearSource> sources = year_sources(*edge);
  REQUIRE(sources.size() == 2);
  CHECK(sources[0].year == 2008);
  CHECK(sources[0].citations == std::vector<std::string>{"news-a#7"});
  CHECK(sources[1].year == 2009);
  CHECK(sources[1].citations == std::vector<std::string>{"news-b#3"});
  CHECK(year_sources_text(sources) == "2008 (news-a#7), 2009 (news-b#3)");

  QueryEngine engine(g);
  QueryRequest request;
  request.kind = QueryKind::who_introduced;
  request.arguments = {"World Class University"};
  Answer answer = run_query(engine, request);
  REQUIRE(answer.rows.size() == 1);
  CHECK(answer.rows[0].cells[4].display() == "2008 (sources disagree: 2008 (news-a#7), 2009 (news-b#3))");
  CHECK(answer.summary.find("sources disagree") != std::string::npos);
  CHECK(answer.rows[0].evidence.size() == 2);  // both sentences are shown
}

TEST_CASE("sources that agree, or a source without a year, record nothing", "[graph][years]") {
  PolicyGraph g = testing::seminar_graph();
  g.add_node({"programme/wcu", NodeKind::programme, "World Class University", {}, {}, {}});
  g.add_edge({"administration/lee-myung-bak", "programme/wcu", Relation::introduced, 2008, {}, {cited("a", 1, "In 2008 …")}});
  g.add_edge({"administration/lee-myung-bak", "programme/wcu", Relation::introduced, 2008, {}, {cited("b", 2, "… in 2008.")}});
  g.add_edge({"administration/lee-myung-bak", "programme/wcu", Relation::introduced, std::nullopt, {}, {cited("c", 3, "Lee launched it.")}});
  const Edge* edge = g.edge("administration/lee-myung-bak", Relation::introduced, "programme/wcu");
  REQUIRE(edge);
  CHECK(edge->year == 2008);
  CHECK(edge->attributes.empty());
  CHECK(year_sources(*edge).empty());
}

TEST_CASE("removing a document forgets its year, setting a year by hand settles the disagreement", "[graph][years]") {
  PolicyGraph g = disputed_graph();
  g.remove_document("news-a");
  const Edge* edge = g.edge("administration/lee-myung-bak", Relation::introduced, "programme/wcu");
  REQUIRE(edge);
  CHECK(edge->year == 2009);
  CHECK(edge->attributes.count("years") == 0);

  PolicyGraph h = disputed_graph();
  h.set_edge_year("administration/lee-myung-bak", Relation::introduced, "programme/wcu", 2008);
  CHECK(year_sources(*h.edge("administration/lee-myung-bak", Relation::introduced, "programme/wcu")).empty());
}
