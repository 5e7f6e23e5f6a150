// Unit tests of ingest/word_lists and ingest/grammar: lists asked by id, phrases matched over
// tokens, lists a pack lacks, and every list the extraction stages name present in the English pack.
#include <catch2/catch.hpp>

#include <string>

#include "ingest/chunker.hpp"
#include "ingest/extractor.hpp"
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

TEST_CASE("endings match words longer than the ending, longest ending first", "[ingest][grammar]") {
  Lexicon lexicon = small_lexicon();
  lexicon.lists["plural_endings"] = {"s"};
  lexicon.lists["singular_endings"] = {"ss", "us", "is"};
  lexicon.lists["possessive_endings"] = {"'s", "\xE2\x80\x99s"};
  lexicon.maps["plural_rewrites"] = {{"ies", "y"}};
  Grammar grammar(lexicon);
  CHECK(grammar.plural_endings.of("zones"));
  CHECK_FALSE(grammar.plural_endings.of("s"));  // the ending alone is no word
  CHECK(grammar.possessive_endings.which("ministry\xE2\x80\x99s") == "\xE2\x80\x99s");
  CHECK(grammar.possessive_endings.which("ministry") == "");
  CHECK(grammar.plural("zones"));
  CHECK_FALSE(grammar.plural("process"));
  CHECK_FALSE(grammar.plural("campus"));
  CHECK_FALSE(grammar.plural("bus"));  // too short to tell
  CHECK(grammar.singular("industries") == "industry");
  CHECK(grammar.singular("clusters") == "cluster");
  CHECK(grammar.singular("analysis") == "analysis");
  // A lexicon without the lists knows no endings: nothing is plural.
  Grammar bare(small_lexicon());
  CHECK_FALSE(bare.plural("zones"));
  CHECK(bare.singular("zones") == "zones");
}

TEST_CASE("the chunker reads the words of names from the pack's lists", "[ingest][grammar]") {
  // "Agencia de Innovación": with "de" among the name connectors it is one name headed by an
  // organisation noun; without it, two capitalised words apart.
  std::string text = "The Agencia de Innovacion Regional supports the clusters.";
  std::vector<Token> tokens = tokenize(text);
  auto first_item = [&](const Pack& pack) {
    Extractor extractor(pack);
    std::vector<Item> items = extractor.chunker().chunk(tokens, text, std::nullopt);
    REQUIRE_FALSE(items.empty());
    return items.front();
  };
  Pack pack = policygraph::testing::korea_pack();
  Item plain = first_item(pack);
  CHECK(plain.label.find("Regional") == std::string::npos);
  CHECK(plain.type != "ORG");
  pack.lexicon.lists["name_connectors"].insert("de");
  pack.lexicon.lists["name_prepositions"].insert("de");
  pack.lexicon.lists["organisation_heads"].insert("agencia");
  pack.lexicon.build_index();
  Item named = first_item(pack);
  CHECK(named.label == "Agencia de Innovacion Regional");
  CHECK(named.type == "ORG");
  CHECK(named.head == "agencia");
}
