// Unit tests of graph/continuity: which fact decides each programme's fate at a change of
// government, the order of changes, the arguments, and the summary.
#include <catch2/catch.hpp>

#include "graph/continuity.hpp"
#include "graph/error.hpp"

using namespace policygraph;

namespace {

Evidence cite(int sentence) { return Evidence{"d1", sentence, 0, 10, "sentence " + std::to_string(sentence), "test", 0.9, ""}; }

void administration(PolicyGraph& g, const std::string& key, const std::string& label, const std::string& start, const std::string& end) {
  Node node{make_node_id(NodeKind::administration, key), NodeKind::administration, label, {}, {{"start", start}}, {cite(0)}};
  if (!end.empty()) node.attributes["end"] = end;
  g.add_node(node);
}

void programme(PolicyGraph& g, const std::string& key) {
  g.add_node(Node{"programme/" + key, NodeKind::programme, key, {}, {}, {cite(0)}});
}

int sentence = 1;
void edge(PolicyGraph& g, const std::string& source, Relation relation, const std::string& target, std::optional<int> year = std::nullopt,
          const std::string& mode = "") {
  Edge e{source, target, relation, year, {}, {cite(sentence++)}};
  if (!mode.empty()) e.attributes["mode"] = mode;
  g.add_edge(e);
}

// Three governments; the first's programmes meet every fate at the first change.
PolicyGraph sample() {
  PolicyGraph g;
  g.add_document(Document{"d1", "d1.txt", "", "", ""});
  administration(g, "roh", "Roh", "2003-02-25", "2008-02-24");
  administration(g, "lee", "Lee", "2008-02-25", "2013-02-24");
  administration(g, "park", "Park", "2013-02-25", "2017-03-10");
  for (const char* key : {"renamed-in-term", "expanded-undated", "kept", "reintroduced", "later-evolved", "forgotten", "vague",
                          "new-name", "bigger", "much-later", "successor-unknown", "lee-own", "lee-replaced", "park-thing"})
    programme(g, key);
  const std::string roh = "administration/roh", lee = "administration/lee", park = "administration/park";
  for (const char* key : {"renamed-in-term", "expanded-undated", "kept", "reintroduced", "later-evolved", "forgotten", "vague"})
    edge(g, roh, Relation::introduced, std::string("programme/") + key, 2004);
  edge(g, "programme/renamed-in-term", Relation::evolved_into, "programme/new-name", 2009, "renamed");
  edge(g, "programme/expanded-undated", Relation::evolved_into, "programme/bigger", std::nullopt, "expanded");
  edge(g, lee, Relation::introduced, "programme/bigger", 2010);
  g.add_node(Node{"outcome/jobs", NodeKind::outcome, "jobs", {}, {}, {cite(0)}});
  edge(g, "programme/kept", Relation::resulted_in, "outcome/jobs", 2011);
  edge(g, lee, Relation::introduced, "programme/reintroduced", 2009);
  edge(g, "programme/later-evolved", Relation::evolved_into, "programme/much-later", std::nullopt, "converted");
  edge(g, park, Relation::introduced, "programme/much-later", 2014);
  edge(g, "programme/vague", Relation::evolved_into, "programme/successor-unknown", std::nullopt, "merged");
  edge(g, lee, Relation::introduced, "programme/lee-own", 2009);
  edge(g, "programme/lee-own", Relation::evolved_into, "programme/lee-replaced", 2014, "replaced");
  edge(g, park, Relation::introduced, "programme/park-thing", 2015);
  return g;
}

std::map<std::string, std::string> fates(const Transition& t) {
  std::map<std::string, std::string> out;
  for (const ContinuityRow& row : t.rows) out[row.programme->label] = row.outcome;
  return out;
}

}  // namespace

TEST_CASE("continuity: each programme's fate at a change of government, from the fact that says it", "[continuity]") {
  PolicyGraph g = sample();
  QueryEngine engine(g);
  std::vector<Transition> transitions = continuity(engine);
  REQUIRE(transitions.size() == 2);
  CHECK(transitions[0].outgoing->label == "Roh");
  CHECK(transitions[0].incoming->label == "Lee");
  CHECK(transitions[1].outgoing->label == "Lee");
  auto first = fates(transitions[0]);
  CHECK(first == std::map<std::string, std::string>{{"renamed-in-term", "renamed"},
                                                    {"expanded-undated", "expanded"},
                                                    {"kept", "continued"},
                                                    {"reintroduced", "continued"},
                                                    {"later-evolved", "continued"},
                                                    {"vague", "merged (year unknown)"},
                                                    {"forgotten", "no later mention"}});
  // Continued first, then evolutions, then the undated ones, then nothing later.
  CHECK(transitions[0].rows.front().outcome == "continued");
  CHECK(transitions[0].rows[transitions[0].rows.size() - 2].outcome == "merged (year unknown)");
  CHECK(transitions[0].rows.back().outcome == "no later mention");
  for (const ContinuityRow& row : transitions[0].rows) {
    CHECK_FALSE(row.edges.empty());
    if (row.outcome == "renamed") {
      REQUIRE(row.successors.size() == 1);
      CHECK(row.successors[0]->label == "new-name");
      CHECK(row.year == 2009);
    }
  }
  auto second = fates(transitions[1]);
  CHECK(second == std::map<std::string, std::string>{{"bigger", "no later mention"},
                                                     {"reintroduced", "no later mention"},
                                                     {"lee-own", "replaced"}});
}

TEST_CASE("continuity: one change, a later government, and arguments that cannot be", "[continuity]") {
  PolicyGraph g = sample();
  QueryEngine engine(g);
  QueryRequest request;
  request.kind = QueryKind::continuity;
  request.arguments = {"Lee"};
  Answer one = run_query(engine, request);
  CHECK(one.summary == "1 change of government. Lee \u2192 Park: 1 replaced, 2 no later mention.");
  CHECK(one.rows.size() == 3);

  request.arguments = {"Roh", "Park"};
  Answer later = run_query(engine, request);
  // Under Park: what Lee did in between is not Park's; the conversion introduced by Park is.
  CHECK(later.summary.find("Roh \u2192 Park") != std::string::npos);
  CHECK(later.summary.find("1 converted") != std::string::npos);

  request.arguments = {"Park", "Roh"};
  CHECK_THROWS_AS(run_query(engine, request), UsageError);
  request.arguments = {"Park"};
  CHECK_THROWS_AS(run_query(engine, request), NoAnswer);  // nobody follows Park
  request.arguments = {"kept"};
  CHECK_THROWS_WITH(run_query(engine, request), Catch::Contains("is no administration"));
}

TEST_CASE("continuity --summary counts each outcome of each change, with evidence", "[continuity]") {
  PolicyGraph g = sample();
  QueryEngine engine(g);
  QueryRequest request;
  request.kind = QueryKind::continuity;
  request.summary = true;
  Answer answer = run_query(engine, request);
  REQUIRE(answer.columns.size() == 6);
  CHECK(answer.columns[4].name == "programmes");
  long long total = 0;
  for (const AnswerRow& row : answer.rows) {
    total += *row.cells[4].number;
    CHECK_FALSE(row.evidence.empty());
  }
  CHECK(total == 10);  // 7 of Roh's, 3 of Lee's
  CHECK(answer.rows.front().cells[3].text == "continued");
  CHECK(*answer.rows.front().cells[4].number == 3);
}
