// Unit tests of graph/name_index: the normalisation rules, lookups through labels, aliases, ids and
// leaders, ambiguity and suggestions, search ranking, Korean and full-width text.
#include <catch2/catch.hpp>

#include "graph/name_index.hpp"
#include "query_fixture.hpp"

using namespace policygraph;

TEST_CASE("normalise_name folds case, width, accents and punctuation", "[name_index]") {
  CHECK(normalise_name("Regional Strategic Industries") == "regional strategic industry");
  CHECK(normalise_name("the Participation Government") == "participation government");
  CHECK(normalise_name("  THE   Participation\tGovernment ") == "participation government");
  CHECK(normalise_name("R&D-oriented regional industry") == "r d oriented regional industry");
  CHECK(normalise_name("Roh Moo-hyun") == "roh moo hyun");
  CHECK(normalise_name("People's Government") == normalise_name("People\u2019s Government"));
  CHECK(normalise_name("Ｒｅｇｉｏｎａｌ　ＳＴＲＡＴＥＧＩＣ industry") == "regional strategic industry");  // full width
  CHECK(normalise_name("Société Générale") == "societe generale");
  CHECK(normalise_name("Straße") == "strasse");
  CHECK(normalise_name("참여정부") == "참여정부");
  CHECK(normalise_name("ＫＩＡＴ") == "kiat");
}

// "LINC+" was renamed from "LINC": a plus sign that ends a word stays a word of the name, in
// ASCII and in Unicode text; "5+2" joins digits and is punctuation.
TEST_CASE("normalise_name keeps a plus sign that ends a name", "[name_index]") {
  CHECK(normalise_name("LINC+") == "linc plus");
  CHECK(normalise_name("LINC+") != normalise_name("LINC"));
  CHECK(normalise_name("BK21+ programme") == "bk21 plus programme");
  CHECK(normalise_name("LINC+ (링크플러스)") == normalise_name("linc+ (링크플러스)"));
  CHECK(normalise_name("5+2 Wide Economic Regions") == "5 2 wide economic region");
}

TEST_CASE("normalise_name makes only the last word singular, and only regular plurals", "[name_index]") {
  CHECK(normalise_name("regional policies") == "regional policy");
  CHECK(normalise_name("Technopark programmes") == "technopark programme");
  CHECK(normalise_name("regulation-free zones") == "regulation free zone");
  CHECK(normalise_name("small businesses") == "small business");
  CHECK(normalise_name("small business") == "small business");
  CHECK(normalise_name("market access") == "market access");
  CHECK(normalise_name("legal status") == "legal status");
  CHECK(normalise_name("policy analysis") == "policy analysis");
  CHECK(normalise_name("industries policy") == "industries policy");  // not the last word
  CHECK(normalise_name("tax") == "tax");
  CHECK(normalise_name("gas") == "gas");
  CHECK(normalise_name("business news") == "business news");
}

TEST_CASE("normalise_name drops only a leading article that is not the whole name", "[name_index]") {
  CHECK(normalise_name("The Innovation Cluster") == "innovation cluster");
  CHECK(normalise_name("a pilot project") == "pilot project");
  CHECK(normalise_name("An Act") == "act");
  CHECK(normalise_name("The") == "the");
  CHECK(normalise_name("Theory of Change") == "theory of change");
  CHECK(normalise_name("").empty());
  CHECK(normalise_name("  -- ").empty());
}

TEST_CASE("the ASCII fast path agrees with the ICU path", "[name_index]") {
  // A non-ASCII character that folds to nothing sends the same text down the ICU path.
  for (std::string text : {"R&D-Oriented (Regional) Industries!", "People's  Gov't", "A+B_c/d\\e", "tab\there", "x\x7fy"})
    CHECK(normalise_name(text) == normalise_name(text + "\u00AD"));
}

TEST_CASE("lookups find nodes through labels, aliases, ids and leaders", "[name_index]") {
  PolicyGraph g = testing::seminar_graph();
  NameIndex index(g);
  auto one = [&](std::string_view name) { return index.resolve(name).id; };
  CHECK(one("regional strategic industry") == "programme/regional-strategic-industry");
  CHECK(one("Regional Strategic Industries") == "programme/regional-strategic-industry");
  CHECK(one("지역전략산업") == "programme/regional-strategic-industry");
  CHECK(one("the Participation Government") == "administration/roh-moo-hyun");
  CHECK(one("참여정부") == "administration/roh-moo-hyun");
  CHECK(one("참여 정부") == "administration/roh-moo-hyun");  // Korean spacing varies
  CHECK(one("Roh Moo-hyun") == "administration/roh-moo-hyun");  // the leader
  CHECK(one("roh moo hyun") == "administration/roh-moo-hyun");
  CHECK(one("programme/r-d-oriented-regional-industry") == "programme/r-d-oriented-regional-industry");  // an id
  CHECK(one("r-d-oriented-regional-industry") == "programme/r-d-oriented-regional-industry");         // the id's name
  CHECK(one("Technoparks") == "programme/technopark");
  CHECK(one("ＫＩＡＴ") == "organisation/kiat");
  std::vector<NameHit> hits = index.lookup("People’s Government");
  REQUIRE(hits.size() == 1);
  CHECK(hits.front().source == NameSource::label);
  CHECK(hits.front().name == "People's Government");
}

TEST_CASE("an ambiguous name lists its candidates, a kind preference settles it", "[name_index]") {
  PolicyGraph g = testing::seminar_graph();
  g.add_node({"person/roh-moo-hyun", NodeKind::person, "Roh Moo-hyun", {}, {}, {}});
  g.add_node({"goal/regional-strategic-industry", NodeKind::goal, "regional strategic industry", {}, {}, {}});
  NameIndex index(g);
  try {
    index.resolve("Kim administration");
    FAIL("no exception");
  } catch (const AmbiguousName& e) {
    REQUIRE(e.candidates().size() == 2);
    CHECK(e.candidates()[0].id == "administration/kim-dae-jung");
    CHECK(e.candidates()[1].id == "administration/kim-young-sam");
    CHECK(e.code() == ExitCode::bad_input);
    CHECK(std::string(e.what()).find("People's Government (administration/kim-dae-jung)") != std::string::npos);
  }
  // A person bearing the name wins over the administration whose leader it is ...
  CHECK(index.resolve("Roh Moo-hyun").id == "person/roh-moo-hyun");
  // ... unless an administration is what the query wants.
  CHECK(index.resolve("Roh Moo-hyun", {NodeKind::administration}).id == "administration/roh-moo-hyun");
  CHECK_THROWS_AS(index.resolve("regional strategic industry"), AmbiguousName);
  CHECK(index.resolve("regional strategic industry", {NodeKind::programme}).id == "programme/regional-strategic-industry");
}

TEST_CASE("an unknown name suggests the closest names and exits 3", "[name_index]") {
  PolicyGraph g = testing::seminar_graph();
  NameIndex index(g);
  try {
    index.resolve("regional stratgic industries");
    FAIL("no exception");
  } catch (const UnknownName& e) {
    CHECK(e.code() == ExitCode::no_answer);
    REQUIRE_FALSE(e.suggestions().empty());
    CHECK(e.suggestions().front().id == "programme/regional-strategic-industry");
  }
  std::vector<Suggestion> close = index.suggest("Participaton Goverment");
  REQUIRE_FALSE(close.empty());
  CHECK(close.front().node->id == "administration/roh-moo-hyun");
  CHECK(close.front().distance == 2);
  CHECK(index.suggest("weather forecast").empty());
  try {
    index.resolve("quite unrelated words");
    FAIL("no exception");
  } catch (const UnknownName& e) {
    CHECK(std::string(e.what()) == "no entity named 'quite unrelated words'");
  }
}

TEST_CASE("error messages stay on one line whatever the labels hold", "[name_index]") {
  PolicyGraph g = testing::seminar_graph();
  g.add_node({"programme/hostile-2", NodeKind::programme, "the \"quoted\" <b>&amp;</b> back\\slash\nnew line", {}, {}, {}});
  NameIndex index(g);
  try {
    index.resolve("quoted b amp b back slash new line");
    FAIL("no exception");
  } catch (const AmbiguousName& e) {
    CHECK(std::string(e.what()).find('\n') == std::string::npos);
    CHECK(std::string(e.what()).find("back\\slash new line") != std::string::npos);
  }
}

TEST_CASE("search ranks exact names, prefixes, whole words, word prefixes, then some words", "[name_index]") {
  PolicyGraph g = testing::seminar_graph();
  NameIndex index(g);
  std::vector<SearchHit> hits = index.search("regional industry");
  REQUIRE(hits.size() >= 3);
  CHECK(hits[0].quality == MatchQuality::all_words);
  // Fewer extra words first: one for "regional strategic industry", three for "R&D-oriented ...".
  CHECK(hits[0].node->id == "programme/regional-strategic-industry");
  CHECK(hits[1].node->id == "programme/r-d-oriented-regional-industry");
  CHECK(hits.back().quality == MatchQuality::some_words);

  hits = index.search("Regional Strategic Industries");
  REQUIRE_FALSE(hits.empty());
  CHECK(hits[0].quality == MatchQuality::exact);
  CHECK(hits[0].node->id == "programme/regional-strategic-industry");

  hits = index.search("strat");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].quality == MatchQuality::all_word_prefixes);

  hits = index.search("participation");
  REQUIRE_FALSE(hits.empty());
  CHECK(hits[0].quality == MatchQuality::prefix);
  CHECK(hits[0].node->id == "administration/roh-moo-hyun");

  CHECK(index.search("zzz").empty());
  CHECK(index.search("   ").empty());
  CHECK(index.search("regional", 2).size() == 2);
}

TEST_CASE("search finds Korean names by part of a word", "[name_index]") {
  PolicyGraph g = testing::seminar_graph();
  NameIndex index(g);
  std::vector<SearchHit> hits = index.search("전략산업");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].node->id == "programme/regional-strategic-industry");
  CHECK(hits[0].name == "지역전략산업");
  hits = index.search("테크노");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].node->id == "programme/technopark");
}

TEST_CASE("edit distance counts code points and stops at the bound", "[name_index]") {
  CHECK(edit_distance("kitten", "sitting", 10) == 3);
  CHECK(edit_distance("kitten", "sitting", 1) == 2);
  CHECK(edit_distance("참여정부", "참여정보", 5) == 1);
  CHECK(edit_distance("", "abc", 5) == 3);
  CHECK(edit_distance("same", "same", 0) == 0);
}
