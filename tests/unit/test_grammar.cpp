// Unit tests of ingest/word_lists and ingest/grammar: lists asked by id, phrases matched over
// tokens, lists a pack lacks, and every list the extraction stages name present in the English pack.
#include <catch2/catch.hpp>

#include <string>

#include "ingest/grammar.hpp"
#include "ingest/tokens.hpp"
#include "ingest/word_lists.hpp"
#include "ingest_fixture.hpp"

using namespace policygraph::ingest;
using policygraph::testing::english_lexicon;

namespace {

Lexicon small_lexicon() {
  Lexicon lexicon;
  lexicon.lists["joiners"] = {"and", "but"};
  lexicon.lists["cues"] = {"such as", "such", "in order to"};
  lexicon.maps["spellings"] = {{"program", "programme"}};
  lexicon.maps["evolution_modes"] = {{"EXPAND", "expanded"}, {"*", "converted"}};
  return lexicon;
}

}  // namespace

TEST_CASE("word lists answer membership by id", "[ingest][grammar]") {
  WordLists lists(small_lexicon());
  auto joiners = lists.list("joiners");
  CHECK(lists.has(joiners, "and"));
  CHECK_FALSE(lists.has(joiners, "or"));
  CHECK_FALSE(lists.has(lists.list("cues"), "and"));
  CHECK(lists.defines("joiners"));
}

TEST_CASE("a list the lexicon lacks is empty, not an error", "[ingest][grammar]") {
  WordLists lists(small_lexicon());
  CHECK_FALSE(lists.defines("subordinators"));
  auto none = lists.list("subordinators");
  CHECK_FALSE(lists.has(none, "and"));
  std::vector<Token> tokens = tokenize("and so");
  CHECK(lists.match(none, tokens, 0) == 0);
}

TEST_CASE("entries of several words match the longest token sequence", "[ingest][grammar]") {
  WordLists lists(small_lexicon());
  auto cues = lists.list("cues");
  std::vector<Token> tokens = tokenize("regions such as Ulsan, in order to grow");
  CHECK(lists.match(cues, tokens, 1) == 2);  // "such as", not "such"
  CHECK(lists.match(cues, tokens, 2) == 0);
  CHECK(lists.match(cues, tokens, 5) == 3);  // "in order to"
  std::vector<Token> alone = tokenize("such");
  CHECK(lists.match(cues, alone, 0) == 1);
  CHECK(lists.match(cues, alone, 5) == 0);  // past the end
}

TEST_CASE("grammar maps spellings and evolution modes, with a default mode", "[ingest][grammar]") {
  Grammar grammar(small_lexicon());
  CHECK(grammar.spelling("program") == "programme");
  CHECK(grammar.spelling("plan") == "plan");
  CHECK(grammar.has_mode("EXPAND"));
  CHECK(grammar.mode("EXPAND") == "expanded");
  CHECK_FALSE(grammar.has_mode("RENAME"));
  CHECK(grammar.mode("RENAME") == "converted");
}

TEST_CASE("every list the extraction stages ask about is in the English pack", "[ingest][grammar]") {
  WordLists lists(english_lexicon());
  for (std::string_view name : Grammar::names()) {
    INFO(name);
    CHECK(lists.defines(name));
  }
  Grammar grammar(english_lexicon());
  CHECK(grammar.is(grammar.clause_conjunctions, "whereas"));
  CHECK(grammar.match(grammar.illustrations, tokenize("such as"), 0) == 2);
}
