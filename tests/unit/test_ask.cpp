// Unit tests of graph/ask: question forms map onto queries (with verb variants, quoting,
// possessives, years), answers come with evidence, and unknown questions list the forms.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

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

TEST_CASE("unrecognised questions say how far they were read and list the three closest forms", "[ask]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  try {
    ask(engine, "Why is the sky blue?");
    FAIL("no exception");
  } catch (const UnrecognisedQuestion& e) {
    CHECK(e.code() == ExitCode::no_answer);
    std::string message = e.what();
    CHECK(message.find("understood 'Why is' but not what follows ('the sky blue')") != std::string::npos);
    REQUIRE(e.closest().size() == 3);
    for (const QuestionForm* form : e.closest()) CHECK(message.find("\n  " + form->example) != std::string::npos);
    CHECK(std::count(message.begin(), message.end(), '\n') == 4);  // three forms and the pointer to --forms
  }
  try {
    ask(engine, "Please explain the regional strategic industry");
    FAIL("no exception");
  } catch (const UnrecognisedQuestion& e) {
    CHECK(std::string(e.what()).find("no form of question begins with 'please'") != std::string::npos);
  }
  // The closest forms are those that read furthest: a question about successors is told about them.
  try {
    ask(engine, "What did the regional strategic industry morph into?");
    FAIL("no exception");
  } catch (const UnrecognisedQuestion& e) {
    REQUIRE_FALSE(e.closest().empty());
    CHECK(e.closest().front()->pattern.rfind("what @DO NAME", 0) == 0);
  }
  CHECK_THROWS_AS(ask(engine, ""), UnrecognisedQuestion);
  CHECK_THROWS_AS(ask(engine, "Who introduced the Kim administration?"), AmbiguousName);
  CHECK_THROWS_AS(ask(engine, "Who introduced the Technopark programme?"), NoAnswer);
  CHECK_FALSE(interpret_question("who introduced"));   // no NAME
  CHECK_FALSE(interpret_question("Who introduced the?"));  // a NAME of only an article
  CHECK(question_forms().size() > 20);
  for (const QuestionForm& form : question_forms()) {
    INFO(form.example);
    auto reading = interpret_question(form.example);  // every documented example is understood, as documented
    REQUIRE(reading);
    CHECK(reading->form->pattern == form.pattern);
    CHECK(reading->corrections.empty());
  }
}

TEST_CASE("a misspelt question word is read as the grammar's word, names are never corrected", "[ask]") {
  for (const char* question : {"Which administraton introduced the regional strategic industry?",
                               "Whcih goverment launched the regional strategic industry?",
                               "Wich government anounced the regional strategic industry?"}) {
    INFO(question);
    auto reading = interpret_question(question);
    REQUIRE(reading);
    CHECK(to_string(reading->requests.front().kind) == "who-introduced");
    CHECK(reading->requests.front().arguments == std::vector<std::string>{"the regional strategic industry"});
    CHECK_FALSE(reading->corrections.empty());
  }
  auto reading = interpret_question("Whcih goverment launched X?");
  REQUIRE(reading);
  REQUIRE(reading->corrections.size() == 2);
  CHECK(reading->corrections[0].written == "whcih");
  CHECK(reading->corrections[0].read_as == "which");
  CHECK(reading->corrections[1].read_as == "government");
  CHECK(read("What did participants recomend at the seminar?").query == "recommendations");
  CHECK(read("Which speakers presnted at the seminar?").query == "neighbours");
  // Short words and words of the grammar are not corrected: "hoe" is not "how", "found" not "fund".
  CHECK_FALSE(interpret_question("Hoe did X evolve?"));

  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  Answer answer = ask(engine, "Which administraton introduced the regional strategic industry?");
  CHECK(answer.rows.front().cells[0].nodes.front()->id == "administration/roh-moo-hyun");
  CHECK(answer.summary.find("'administraton' as 'administration'") != std::string::npos);
  // "What are the problms of X?" fits "what is NAME" as it stands, with an unknown NAME; the
  // reading with the word corrected is tried next.
  answer = ask(engine, "What are the problms of the regional strategic industry?");
  CHECK(answer.query == "problems");
  CHECK(answer.summary.find("'problms' as 'problems'") != std::string::npos);
  // A misspelt name goes to the name index, which suggests names, and is not corrected here.
  try {
    ask(engine, "Who introduced the regional strategc industry?");
    FAIL("no exception");
  } catch (const UnknownName& e) {
    CHECK(e.name() == "the regional strategc industry");
    REQUIRE_FALSE(e.suggestions().empty());
    CHECK(e.suggestions().front().id == "programme/regional-strategic-industry");
  }
}

TEST_CASE("new forms: why, how many, which were renamed, who presented, what an administration focused on", "[ask]") {
  auto reading = interpret_question("Why was the regional strategic industry replaced?");
  REQUIRE(reading);
  CHECK(reading->requests.front().kind == QueryKind::evolution);
  CHECK(reading->requests.front().direction == LineageDirection::forward);
  reading = interpret_question("When was the regional strategic industry introduced?");
  REQUIRE(reading);
  CHECK(reading->requests.front().kind == QueryKind::who_introduced);
  reading = interpret_question("What came before the regional strategic industry?");
  REQUIRE(reading);
  CHECK(reading->requests.front().direction == LineageDirection::backward);
  reading = interpret_question("Who presented at the Regional Research Seminar?");
  REQUIRE(reading);
  CHECK(reading->requests.front().kind == QueryKind::neighbours);
  CHECK(reading->requests.front().relations == std::set<Relation>{Relation::presented_at});
  reading = interpret_question("Which programmes were renamed?");
  REQUIRE(reading);
  CHECK(reading->mode == "renamed");
  reading = interpret_question("Which policies were combined?");
  REQUIRE(reading);
  CHECK(reading->mode == "merged");
  // Yes/no questions read as the lineage of the programme asked about.
  CHECK(read("Did the Lee Myung-bak government replace the regional strategic industry?").arguments ==
        std::vector<std::string>{"the regional strategic industry"});
  CHECK(read("Was the regional strategic industry continued by the next government?").query == "evolution");
  // A time phrase at the end is set aside when the question reads without it.
  reading = interpret_question("What did the regional strategic industry become in 2008?");
  REQUIRE(reading);
  CHECK(reading->set_aside == "in 2008");
  CHECK(reading->requests.front().arguments == std::vector<std::string>{"the regional strategic industry"});
  // ... but not when a form reads the year.
  reading = interpret_question("What was introduced in 2004?");
  REQUIRE(reading);
  CHECK(reading->set_aside.empty());
}

TEST_CASE("answers shaped as the question asks: one relation, one side, a count, a list of changes", "[ask]") {
  PolicyGraph g = testing::seminar_graph();
  g.add_node({"person/kim", NodeKind::person, "Dr. Kim Min-jae", {}, {}, {}});
  g.add_node({"organisation/stepi", NodeKind::organisation, "Science and Technology Policy Institute", {"STEPI"}, {}, {}});
  g.add_edge({"person/kim", "event/stepi-seminar", Relation::presented_at, std::nullopt, {}, {testing::sentence(3, "Dr. Kim presented.")}});
  g.add_edge({"organisation/stepi", "event/stepi-seminar", Relation::hosted, std::nullopt, {}, {testing::sentence(2, "STEPI hosted it.")}});
  g.add_edge({"organisation/kiat", "organisation/stepi", Relation::part_of, std::nullopt, {}, {testing::sentence(4, "KIAT, a unit.")}});
  QueryEngine engine(g);

  Answer answer = ask(engine, "Who presented at the Regional Research Seminar?");
  REQUIRE(answer.rows.size() == 1);
  CHECK(answer.rows[0].cells[1].nodes.front()->id == "person/kim");
  CHECK(answer.summary == "Presented at Regional Research Seminar: Dr. Kim Min-jae.");
  answer = ask(engine, "Who hosted the 2018 Regional Research Seminar?");  // the year in the name is set aside
  REQUIRE(answer.rows.size() == 1);
  CHECK(answer.rows[0].cells[1].nodes.front()->id == "organisation/stepi");
  CHECK(answer.summary.find("the name 'the 2018 Regional Research Seminar' as 'the Regional Research Seminar'") != std::string::npos);
  answer = ask(engine, "Which organisation is KIAT part of?");
  REQUIRE(answer.rows.size() == 1);  // not the Technopark programme it leads
  CHECK(answer.summary == "Korea Institute for Advancement of Technology is part of Science and Technology Policy Institute.");
  answer = ask(engine, "Which organisation manages the Technopark programme?");
  CHECK(answer.summary == "Technopark Programme is led by Korea Institute for Advancement of Technology.");
  CHECK_THROWS_AS(ask(engine, "Who presented at the Technopark programme?"), NoAnswer);

  answer = ask(engine, "What did the Park Geun-hye administration focus on?");
  REQUIRE(answer.rows.size() == 1);
  CHECK(answer.rows[0].cells[1].nodes.front()->id == "goal/job-creation");
  try {
    ask(engine, "What did the Lee Myung-bak administration focus on?");
    FAIL("no exception");
  } catch (const NoAnswer& e) {
    CHECK(std::string(e.what()) == "nothing emphasised is recorded for 'the Lee Myung-bak administration'");
  }
  answer = ask(engine, "How many programmes did the Participation Government introduce?");
  CHECK(answer.summary.rfind("Count: 1. ", 0) == 0);
  answer = ask(engine, "How many programmes were introduced between 1998 and 2013?");
  CHECK(answer.summary.rfind("Count: 3. ", 0) == 0);

  answer = ask(engine, "Which programmes were converted?");
  CHECK(answer.query == "changes");
  REQUIRE(answer.rows.size() == 1);
  CHECK(answer.rows[0].cells[0].nodes.front()->id == "programme/regional-strategic-industry");
  CHECK(answer.rows[0].cells[2].nodes.front()->id == "programme/r-d-oriented-regional-industry");
  CHECK(answer.rows[0].evidence.front().text == testing::converted_sentence);
  CHECK(answer.summary == "Converted (1): regional strategic industry \u2192 R&D-oriented regional industry.");
  CHECK(ask(engine, "How many programmes were converted?").summary.rfind("Count: 1. Converted (1)", 0) == 0);
  CHECK_THROWS_AS(ask(engine, "Which programmes were renamed?"), NoAnswer);
}

TEST_CASE("what a programme became reads forwards, and a miss says so in that direction", "[ask]") {
  PolicyGraph g = testing::seminar_graph();
  QueryEngine engine(g);
  Answer answer = ask(engine, "What did the regional strategic industry become?");
  REQUIRE(answer.rows.size() == 2);
  CHECK(answer.rows[1].cells[1].nodes.front()->id == "programme/r-d-oriented-regional-industry");
  // Regression: the message said "nothing is recorded that became X", the other direction.
  try {
    ask(engine, "What did R&D-oriented regional industry become?");
    FAIL("no exception");
  } catch (const NoAnswer& e) {
    CHECK(std::string(e.what()) == "nothing is recorded that R&D-oriented regional industry (programme/r-d-oriented-regional-industry) became");
  }
  try {
    ask(engine, "What came before the pilot project for an innovation cluster?");
    FAIL("no exception");
  } catch (const NoAnswer& e) {
    CHECK(std::string(e.what()).rfind("nothing is recorded that came before pilot project", 0) == 0);
  }
  answer = ask(engine, "What did the regional strategic industry become in 2008?");
  CHECK(answer.summary.find("without 'in 2008'") != std::string::npos);
}

TEST_CASE("suggestions for an unknown name are names of the kind asked for, not phrases", "[ask]") {
  PolicyGraph g = testing::seminar_graph();
  g.add_node({"problem/imports", NodeKind::problem, "sharp fall in imports of hydrogen roadmap parts", {}, {}, {}});
  g.add_node({"programme/hydrogen-economy-roadmap", NodeKind::programme, "Hydrogen Economy Roadmap", {}, {}, {}});
  QueryEngine engine(g);
  try {
    ask(engine, "Who introduced the Hydrogen Roadmap?");
    FAIL("no exception");
  } catch (const UnknownName& e) {
    REQUIRE(e.suggestions().size() == 1);
    CHECK(e.suggestions().front().id == "programme/hydrogen-economy-roadmap");
  }
  // With no name close, a phrase may still be offered.
  std::vector<Suggestion> phrases = engine.names().suggest("imports of hydrogen parts");
  REQUIRE_FALSE(phrases.empty());
  CHECK(phrases.front().node->id == "problem/imports");
}
