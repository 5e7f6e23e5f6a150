// Unit tests of graph/query: who-introduced, evolution, timeline, programmes-of, findings,
// neighbours, paths, search answers, failure paths and the JSON form of answers.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <sstream>

#include "graph/query.hpp"
#include "query_fixture.hpp"

using namespace policygraph;

namespace {

Answer run(const QueryEngine& engine, QueryKind kind, std::vector<std::string> arguments = {}) {
  QueryRequest request;
  request.kind = kind;
  request.arguments = std::move(arguments);
  return run_query(engine, request);
}

std::vector<std::string> column(const Answer& answer, const std::string& name) {
  std::vector<std::string> out;
  std::size_t index = 0;
  while (index < answer.columns.size() && answer.columns[index].name != name) ++index;
  REQUIRE(index < answer.columns.size());
  for (const AnswerRow& row : answer.rows) out.push_back(row.cells[index].display());
  return out;
}

}  // namespace

TEST_CASE("who-introduced gives the administration, its term and the sentence", "[query]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  std::vector<Introduction> found = engine.who_introduced(*g.node("programme/regional-strategic-industry"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].administration->id == "administration/roh-moo-hyun");
  CHECK(found[0].when == "during 2003\u20132008");  // no year in the text: the term, never an invented year
  CHECK(found[0].edge->evidence.front().text == testing::started_sentence);

  Answer answer = run(engine, QueryKind::who_introduced, {"Regional Strategic Industries"});
  CHECK(answer.query == "who-introduced");
  REQUIRE(answer.rows.size() == 1);
  CHECK(column(answer, "administration") == std::vector<std::string>{"Participation Government"});
  CHECK(column(answer, "leader") == std::vector<std::string>{"Roh Moo-hyun"});
  CHECK(column(answer, "term") == std::vector<std::string>{"2003\u20132008"});
  CHECK(column(answer, "year") == std::vector<std::string>{""});
  CHECK(answer.summary ==
        "Participation Government (Roh Moo-hyun, 2003\u20132008) introduced regional strategic industry during 2003\u20132008.");
  CHECK(answer.rows[0].evidence.front().sentence == 5);

  answer = run(engine, QueryKind::who_introduced, {"R&D-oriented regional industry"});
  CHECK(column(answer, "year") == std::vector<std::string>{"2008"});
  CHECK(answer.summary.find("in 2008") != std::string::npos);
}

TEST_CASE("who-introduced of a programme nobody introduced has no answer", "[query]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  try {
    run(engine, QueryKind::who_introduced, {"Technopark Programme"});
    FAIL("no exception");
  } catch (const NoAnswer& e) {
    CHECK(e.code() == ExitCode::no_answer);
    CHECK(std::string(e.what()) == "nobody is recorded as introducing Technopark Programme (programme/technopark)");
  }
  CHECK_THROWS_AS(run(engine, QueryKind::who_introduced, {"no such programme"}), UnknownName);
  CHECK_THROWS_AS(run(engine, QueryKind::who_introduced, {"Kim administration"}), AmbiguousName);
  CHECK_THROWS_AS(run(engine, QueryKind::who_introduced, {}), UsageError);
}

TEST_CASE("evolution gives the whole lineage earliest first with the mode of each step", "[query]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  for (const char* name : {"R&D-oriented regional industry", "pilot project for an innovation cluster", "지역전략산업"}) {
    Answer answer = run(engine, QueryKind::evolution, {name});
    CHECK(column(answer, "programme") == std::vector<std::string>{"pilot project for an innovation cluster",
                                                                  "regional strategic industry", "R&D-oriented regional industry"});
    CHECK(column(answer, "introduced_by") ==
          std::vector<std::string>{"People's Government", "Participation Government", "Lee Myung-bak administration"});
    CHECK(column(answer, "mode") == std::vector<std::string>{"", "expanded", "converted"});
    CHECK(column(answer, "when") == std::vector<std::string>{"during 1998\u20132003", "during 2003\u20132008", "2008"});
  }
  Answer answer = run(engine, QueryKind::evolution, {"R&D-oriented regional industry"});
  CHECK(answer.summary ==
        "pilot project for an innovation cluster [People's Government] \u2192 (expanded) regional strategic industry "
        "[Participation Government] \u2192 (converted) R&D-oriented regional industry [Lee Myung-bak administration].");
  // The evidence of a step is the introduction and the evolved_into edge.
  CHECK(answer.rows[2].evidence.size() == 1);  // both cite the same sentence with the same rule
}

TEST_CASE("evolution follows one direction when asked, and says when there is nothing", "[query]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  const Node& middle = *g.node("programme/regional-strategic-industry");
  auto forward = engine.evolution(middle, LineageDirection::forward);
  REQUIRE(forward.size() == 2);
  CHECK(forward[1].programme->id == "programme/r-d-oriented-regional-industry");
  auto backward = engine.evolution(middle, LineageDirection::backward);
  REQUIRE(backward.size() == 2);
  CHECK(backward[0].programme->id == "programme/pilot-project-for-an-innovation-cluster");
  CHECK_THROWS_AS(run(engine, QueryKind::evolution, {"Technopark Programme"}), NoAnswer);
  QueryRequest request;
  request.kind = QueryKind::evolution;
  request.arguments = {"R&D-oriented regional industry"};
  request.direction = LineageDirection::forward;
  CHECK_THROWS_AS(run_query(engine, request), NoAnswer);
}

TEST_CASE("evolution orders merges and branches, and survives a cycle", "[query]") {
  PolicyGraph g;
  Evidence e{"d", 0, 0, 1, "s", "r", 1, ""};
  for (const char* key : {"a", "b", "c", "d"}) g.add_node({std::string("programme/") + key, NodeKind::programme, key, {}, {}, {e}});
  g.add_node({"administration/x", NodeKind::administration, "X", {}, {{"start", "2000-01-01"}, {"end", "2004-12-31"}}, {e}});
  g.add_edge({"administration/x", "programme/b", Relation::introduced, 2001, {}, {e}});
  g.add_edge({"administration/x", "programme/a", Relation::introduced, 2003, {}, {e}});
  g.add_edge({"programme/a", "programme/c", Relation::evolved_into, std::nullopt, {{"mode", "merged"}}, {e}});
  g.add_edge({"programme/b", "programme/c", Relation::evolved_into, std::nullopt, {{"mode", "merged"}}, {e}});
  g.add_edge({"programme/c", "programme/d", Relation::evolved_into, std::nullopt, {{"mode", "renamed"}}, {e}});
  QueryEngine engine(g);
  auto steps = engine.evolution(*g.node("programme/d"));
  std::vector<std::string> order;
  for (const auto& step : steps) order.push_back(step.programme->label);
  CHECK(order == std::vector<std::string>{"b", "a", "c", "d"});  // b (2001) before a (2003); both before c
  CHECK(steps[2].from.size() == 2);

  g.add_edge({"programme/d", "programme/a", Relation::evolved_into, std::nullopt, {{"mode", "renamed"}}, {e}});
  QueryEngine cyclic(g);
  CHECK(cyclic.evolution(*g.node("programme/a")).size() == 4);
}

TEST_CASE("timeline lists administrations in order of term within the years", "[query]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  auto records = engine.timeline(std::nullopt, std::nullopt);
  REQUIRE(records.size() == 5);
  CHECK(records.front().administration->id == "administration/kim-young-sam");
  CHECK(records.back().administration->id == "administration/park-geun-hye");

  QueryRequest request;
  request.kind = QueryKind::timeline;
  request.from_year = 2003;
  request.to_year = 2008;
  Answer answer = run_query(engine, request);
  CHECK(column(answer, "administration") ==
        std::vector<std::string>{"People's Government", "Participation Government", "Lee Myung-bak administration"});
  CHECK(column(answer, "item") == std::vector<std::string>{"pilot project for an innovation cluster", "regional strategic industry",
                                                           "R&D-oriented regional industry"});
  request.from_year = 2010;
  request.to_year = 2009;
  CHECK_THROWS_AS(run_query(engine, request), UsageError);
  request.from_year = 1900;
  request.to_year = 1901;
  CHECK_THROWS_AS(run_query(engine, request), NoAnswer);
}

TEST_CASE("programmes-of says what an administration introduced, emphasised and led to", "[query]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  Answer answer = run(engine, QueryKind::programmes_of, {"Roh Moo-hyun"});
  CHECK(column(answer, "relation") == std::vector<std::string>{"introduced", "evolved_into", "resulted_in"});
  CHECK(column(answer, "item") ==
        std::vector<std::string>{"regional strategic industry", "R&D-oriented regional industry", "balanced regional development"});
  CHECK(column(answer, "via") == std::vector<std::string>{"", "regional strategic industry", "regional strategic industry"});
  answer = run(engine, QueryKind::programmes_of, {"박근혜 정부"});
  CHECK(column(answer, "relation") == std::vector<std::string>{"emphasised"});
  CHECK_THROWS_AS(run(engine, QueryKind::programmes_of, {"Civilian Government"}), NoAnswer);
  try {
    run(engine, QueryKind::programmes_of, {"regional strategic industry"});
    FAIL("no exception");
  } catch (const UsageError& e) {
    CHECK(e.code() == ExitCode::bad_input);
  }
}

TEST_CASE("problems, outcomes and recommendations cite document and sentence", "[query]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  Answer answer = run(engine, QueryKind::problems, {"regional strategic industry"});
  REQUIRE(answer.rows.size() == 1);
  CHECK(column(answer, "item") == std::vector<std::string>{"vulnerability of regional industry in environmental changes"});
  CHECK(column(answer, "document") == std::vector<std::string>{"stepi-seminar-2018-04-13"});
  CHECK(column(answer, "sentence") == std::vector<std::string>{"10"});
  // An administration's problems are those of the programmes it introduced.
  answer = run(engine, QueryKind::problems, {"Lee Myung-bak administration"});
  CHECK(column(answer, "subject") == std::vector<std::string>{"R&D-oriented regional industry"});
  answer = run(engine, QueryKind::outcomes, {"regional strategic industry"});
  CHECK(column(answer, "item") == std::vector<std::string>{"balanced regional development"});
  CHECK_THROWS_AS(run(engine, QueryKind::outcomes, {"pilot project for an innovation cluster"}), NoAnswer);

  answer = run(engine, QueryKind::recommendations);
  CHECK(column(answer, "item") == std::vector<std::string>{"build a new growth hub"});
  answer = run(engine, QueryKind::recommendations, {"Regional Research Seminar"});
  CHECK(column(answer, "subject") == std::vector<std::string>{"Regional Research Seminar"});
  // A programme: what was recommended in the documents that discuss it.
  answer = run(engine, QueryKind::recommendations, {"regional strategic industry"});
  CHECK(column(answer, "item") == std::vector<std::string>{"build a new growth hub"});
  CHECK(answer.summary.find("in the documents that discuss") != std::string::npos);
  CHECK_THROWS_AS(run(engine, QueryKind::recommendations, {"KIAT"}), NoAnswer);
}

TEST_CASE("neighbours gives the typed neighbourhood layer by layer", "[query]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  auto found = engine.neighbours(*g.node("programme/regional-strategic-industry"), 1);
  REQUIRE(found.size() == 6);  // itself, its introducer, predecessor, successor, problem, outcome
  CHECK(found[0].depth == 0);
  std::set<std::string> ids;
  for (const auto& n : found) ids.insert(n.node->id);
  CHECK(ids.count("administration/roh-moo-hyun"));
  CHECK(ids.count("problem/vulnerability"));
  auto only = engine.neighbours(*g.node("programme/regional-strategic-industry"), 2, {Relation::evolved_into});
  CHECK(only.size() == 3);
  QueryRequest request;
  request.kind = QueryKind::neighbours;
  request.arguments = {"KIAT"};
  request.depth = 1;
  request.relations = {Relation::has_problem};
  CHECK_THROWS_AS(run_query(engine, request), NoAnswer);
}

TEST_CASE("path finds a shortest chain in either direction", "[query]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  auto steps = engine.path(*g.node("administration/kim-dae-jung"), *g.node("problem/weakened-investment-effect"));
  REQUIRE(steps);
  REQUIRE(steps->size() == 4);
  CHECK((*steps)[0].edge->relation == Relation::introduced);
  CHECK((*steps)[3].to->id == "problem/weakened-investment-effect");
  // Backwards along an edge: from a problem up to the administration.
  steps = engine.path(*g.node("problem/vulnerability"), *g.node("administration/roh-moo-hyun"));
  REQUIRE(steps);
  REQUIRE(steps->size() == 2);
  CHECK_FALSE((*steps)[0].forward);
  CHECK(engine.path(*g.node("programme/regional-strategic-industry"), *g.node("programme/regional-strategic-industry"))->empty());
  CHECK_FALSE(engine.path(*g.node("administration/kim-young-sam"), *g.node("programme/technopark")));

  Answer answer = run(engine, QueryKind::path, {"Participation Government", "R&D-oriented regional industry"});
  CHECK(answer.summary ==
        "Participation Government -introduced-> regional strategic industry -evolved_into-> R&D-oriented regional industry (2 steps).");
  CHECK_THROWS_AS(run(engine, QueryKind::path, {"Civilian Government", "KIAT"}), NoAnswer);
  CHECK_THROWS_AS(run(engine, QueryKind::path, {"KIAT"}), UsageError);
}

TEST_CASE("search answers rank matches", "[query]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  Answer answer = run(engine, QueryKind::search, {"participation"});
  CHECK(column(answer, "node").front() == "Participation Government");
  CHECK_THROWS_AS(run(engine, QueryKind::search, {"nothing like it"}), NoAnswer);
}

TEST_CASE("answers are the same bytes for the same graph, however it was built", "[query]") {
  PolicyGraph g = testing::seminar_graph();
  PolicyGraph copy;
  auto edges = g.edges();
  auto nodes = g.nodes();
  for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) copy.add_node(**it);
  for (auto it = edges.rbegin(); it != edges.rend(); ++it) copy.add_edge(**it);
  for (const Document* d : g.documents()) copy.add_document(*d);
  QueryEngine a(g), b(copy);
  for (QueryKind kind : {QueryKind::evolution, QueryKind::problems, QueryKind::neighbours}) {
    std::ostringstream x, y;
    write_answer_json(g, run(a, kind, {"regional strategic industry"}), x);
    write_answer_json(copy, run(b, kind, {"regional strategic industry"}), y);
    CHECK(x.str() == y.str());
  }
}

TEST_CASE("JSON answers parse and carry every piece of evidence", "[query]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  std::ostringstream out;
  write_answer_json(g, run(engine, QueryKind::evolution, {"R&D-oriented regional industry"}), out);
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(std::string(doc["query"].GetString()) == "evolution");
  CHECK(std::string(doc["subjects"][0]["id"].GetString()) == "programme/r-d-oriented-regional-industry");
  const auto& rows = doc["rows"];
  REQUIRE(rows.Size() == 3);
  CHECK(std::string(rows[0]["programme"]["label"].GetString()) == "pilot project for an innovation cluster");
  CHECK(std::string(rows[1]["introduced_by"][0]["attributes"]["leader"].GetString()) == "Roh Moo-hyun");
  CHECK(rows[0]["from"].IsArray());
  CHECK(rows[0]["mode"].IsNull());
  CHECK(std::string(rows[2]["mode"].GetString()) == "converted");
  CHECK(std::string(rows[2]["evidence"][0]["text"].GetString()) == testing::converted_sentence);
  CHECK(rows[2]["evidence"][0]["sentence"].GetInt() == 6);
  CHECK(std::string(doc["documents"][0]["id"].GetString()) == "stepi-seminar-2018-04-13");

  // Hostile labels survive JSON intact.
  std::ostringstream hostile;
  write_answer_json(g, run(engine, QueryKind::search, {"quoted"}), hostile);
  rapidjson::Document h;
  h.Parse(hostile.str().c_str());
  REQUIRE_FALSE(h.HasParseError());
  CHECK(std::string(h["rows"][0]["node"]["label"].GetString()) == "the \"quoted\" <b>&amp;</b> back\\slash\nnew line");
}

TEST_CASE("errors have a JSON form naming candidates or suggestions", "[query]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  std::ostringstream out;
  try {
    run(engine, QueryKind::who_introduced, {"Kim administration"});
  } catch (const Error& e) {
    write_error_json(e, out);
  }
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(std::string(doc["error"].GetString()) == "ambiguous_name");
  CHECK(doc["exit_code"].GetInt() == 2);
  CHECK(doc["candidates"].Size() == 2);
}

TEST_CASE("query kinds have stable names", "[query]") {
  CHECK(to_string(QueryKind::who_introduced) == "who-introduced");
  CHECK(parse_query_kind("programmes-of") == QueryKind::programmes_of);
  CHECK_FALSE(parse_query_kind("who_introduced"));
  CHECK(term_text(Node{"administration/x", NodeKind::administration, "X", {}, {{"start", "2022-05-10"}}, {}}) == "2022\u2013");
  CHECK(term_text(Node{"administration/x", NodeKind::administration, "X", {}, {}, {}}).empty());
}
