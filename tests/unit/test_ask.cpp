// Unit tests of graph/ask: question forms map onto queries (with verb variants, quoting,
// possessives, years), answers come with evidence, and unknown questions list the forms.
#include <catch2/catch.hpp>

#include "graph/ask.hpp"
#include "query_fixture.hpp"

using namespace policygraph;

namespace {

struct Reading {
  std::string query;
  std::vector<std::string> arguments;
};

Reading read(std::string_view question) {
  auto interpretation = interpret_question(question);
  if (!interpretation) return {"", {}};
  const QueryRequest& request = interpretation->requests.front();
  return {std::string(to_string(request.kind)), request.arguments};
}

}  // namespace

TEST_CASE("who-introduced questions in their variants", "[ask]") {
  for (const char* question : {"Which administration introduced the regional strategic industry?",
                               "which government launched the regional strategic industry", "Who launched the regional strategic industry?",
                               "Who started the regional strategic industry?", "Who set up the regional strategic industry?",
                               "Who created the regional strategic industry?", "Who first introduced the regional strategic industry?",
                               "When was the regional strategic industry introduced?", "When did the regional strategic industry start?",
                               "Under which administration was the regional strategic industry launched?",
                               "Who was the regional strategic industry set up by?", "In what year was the regional strategic industry created?"}) {
    INFO(question);
    Reading reading = read(question);
    CHECK(reading.query == "who-introduced");
    CHECK(reading.arguments == std::vector<std::string>{"the regional strategic industry"});
  }
}

TEST_CASE("lineage questions read forwards, backwards or both", "[ask]") {
  auto direction = [](std::string_view question) {
    auto interpretation = interpret_question(question);
    REQUIRE(interpretation);
    CHECK(interpretation->requests.front().kind == QueryKind::evolution);
    return interpretation->requests.front().direction;
  };
  CHECK(direction("What did the regional strategic industry become?") == LineageDirection::forward);
  CHECK(direction("What did X turn into?") == LineageDirection::forward);
  CHECK(direction("What replaced X?") == LineageDirection::forward);
  CHECK(direction("What was X converted into?") == LineageDirection::forward);
  CHECK(direction("What came before R&D-oriented regional industry?") == LineageDirection::backward);
  CHECK(direction("What preceded X?") == LineageDirection::backward);
  CHECK(direction("Where did X come from?") == LineageDirection::backward);
  CHECK(direction("How did X evolve?") == LineageDirection::both);
  CHECK(direction("What is the history of X?") == LineageDirection::both);
  auto happened = interpret_question("What happened to X?");
  REQUIRE(happened);
  REQUIRE(happened->requests.size() == 2);  // what it became, else its outcomes
  CHECK(happened->requests[1].kind == QueryKind::outcomes);
}

TEST_CASE("questions about problems, outcomes, recommendations and administrations", "[ask]") {
  CHECK(read("What problems were raised about the regional strategic industry?").query == "problems");
  CHECK(read("What problems were pointed out with X?").arguments == std::vector<std::string>{"X"});
  CHECK(read("What were the weaknesses of X?").query == "problems");
  CHECK(read("What issues did X face?").query == "problems");
  CHECK(read("What were the outcomes of X?").query == "outcomes");
  CHECK(read("What are the results of X?").query == "outcomes");
  CHECK(read("What did X achieve?").query == "outcomes");
  CHECK(read("What did X lead to?").query == "outcomes");
  CHECK(read("What recommendations were made?").query == "recommendations");
  CHECK(read("What recommendations were made?").arguments.empty());
  CHECK(read("What was recommended for X?").arguments == std::vector<std::string>{"X"});
  CHECK(read("What did the Lee Myung-bak administration introduce?").query == "programmes-of");
  CHECK(read("What did the Lee Myung-bak administration introduce?").arguments ==
        std::vector<std::string>{"the Lee Myung-bak administration"});
  CHECK(read("Which programmes did Roh Moo-hyun launch?").arguments == std::vector<std::string>{"Roh Moo-hyun"});
  CHECK(read("What were the People's Government's policies?").arguments == std::vector<std::string>{"the People's Government"});
  CHECK(read("What was launched under the Participation Government?").query == "programmes-of");
}

TEST_CASE("years, two names and quoted names", "[ask]") {
  auto interpretation = interpret_question("What was introduced between 2003 and 2008?");
  REQUIRE(interpretation);
  CHECK(interpretation->requests[0].kind == QueryKind::timeline);
  CHECK(interpretation->requests[0].from_year == 2003);
  CHECK(interpretation->requests[0].to_year == 2008);
  interpretation = interpret_question("What was introduced in 2004?");
  REQUIRE(interpretation);
  CHECK(interpretation->requests[0].from_year == 2004);
  CHECK(interpretation->requests[0].to_year == 2004);
  CHECK(read("How is the Participation Government related to R&D-oriented regional industry?").arguments ==
        std::vector<std::string>{"the Participation Government", "R&D-oriented regional industry"});
  // Quotes keep a name with "and" whole.
  CHECK(read("What links \"Ministry of Trade and Industry\" and KIAT?").arguments ==
        std::vector<std::string>{"Ministry of Trade and Industry", "KIAT"});
  CHECK(read("Who launched \u201cthe regional strategic industry\u201d?").arguments ==
        std::vector<std::string>{"the regional strategic industry"});
}

TEST_CASE("ask answers with the sentence as evidence", "[ask]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  Answer answer = ask(engine, "Which administration introduced the regional strategic industry?");
  CHECK(answer.question == "Which administration introduced the regional strategic industry?");
  REQUIRE(answer.rows.size() == 1);
  CHECK(answer.rows[0].cells[0].nodes.front()->id == "administration/roh-moo-hyun");
  CHECK(answer.rows[0].evidence.front().text == testing::started_sentence);
  CHECK(answer.summary.find("Participation Government (Roh Moo-hyun, 2003\u20132008)") == 0);

  answer = ask(engine, "What came before R&D-oriented regional industry?");
  CHECK(answer.rows.size() == 3);
  answer = ask(engine, "What did the Lee Myung-bak administration introduce?");
  CHECK(answer.rows.front().cells[1].display() == "R&D-oriented regional industry");
  answer = ask(engine, "Who introduced 지역전략산업?");
  CHECK(answer.subjects.front()->id == "programme/regional-strategic-industry");
  // "What happened to" falls back to outcomes when nothing came after.
  g.add_node({"programme/p", NodeKind::programme, "lonely programme", {}, {}, {}});
  g.add_node({"outcome/o", NodeKind::outcome, "some outcome", {}, {}, {}});
  g.add_edge({"programme/p", "outcome/o", Relation::resulted_in, std::nullopt, {}, {}});
  QueryEngine grown(g);
  CHECK(ask(grown, "What happened to the lonely programme?").query == "outcomes");
}

TEST_CASE("unrecognised questions list the forms, name errors pass through", "[ask]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  try {
    ask(engine, "Why is the sky blue?");
    FAIL("no exception");
  } catch (const UnrecognisedQuestion& e) {
    CHECK(e.code() == ExitCode::no_answer);
    std::string message = e.what();
    CHECK(message.find("Which administration introduced the regional strategic industry?") != std::string::npos);
    CHECK(message.find("What did the Lee Myung-bak administration introduce?") != std::string::npos);
  }
  CHECK_THROWS_AS(ask(engine, ""), UnrecognisedQuestion);
  CHECK_THROWS_AS(ask(engine, "Who introduced the Kim administration?"), AmbiguousName);
  CHECK_THROWS_AS(ask(engine, "Who introduced the regional strategc industry?"), UnknownName);
  CHECK_THROWS_AS(ask(engine, "Who introduced the Technopark programme?"), NoAnswer);
  CHECK_FALSE(interpret_question("who introduced"));   // no NAME
  CHECK_FALSE(interpret_question("Who introduced the?"));  // a NAME of only an article
  CHECK(question_forms().size() > 20);
  for (const QuestionForm& form : question_forms()) {
    INFO(form.example);
    auto reading = interpret_question(form.example);  // every documented example is understood, as documented
    REQUIRE(reading);
    CHECK(reading->form->pattern == form.pattern);
  }
}
