// Unit tests of ingest/tagger: words that may be nouns or verbs decided by their neighbours, WordNet
// adverbs, and "that" opening a clause. Each rule has a sentence where it decides and one where it
// must leave the word alone. The sentences are written for these tests.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/chunker.hpp"
#include "ingest/tagger.hpp"
#include "ingest/tokens.hpp"
#include "ingest_fixture.hpp"

using namespace policygraph::ingest;
using policygraph::testing::korea_extractor;

namespace {

/// Returns the tag of the first token whose folded form is `word`.
Tag tag_of(const std::string& text, const std::string& word) {
  std::vector<Token> tokens = tokenize(text);
  std::vector<Tag> tags = korea_extractor().chunker().tagger().tag(tokens);
  for (std::size_t k = 0; k < tokens.size(); ++k)
    if (tokens[k].norm == word) return tags[k];
  FAIL("no token " << word << " in: " << text);
  return Tag::undecided;
}

}  // namespace

TEST_CASE("after a determiner or a possessive, a noun-or-verb word is the noun", "[ingest][tagger]") {
  CHECK(tag_of("The agency reviewed its funds in March.", "funds") == Tag::noun);
  CHECK(tag_of("Every report was late.", "report") == Tag::noun);
}

TEST_CASE("after a modal, a form of do or a subject pronoun, it is the verb", "[ingest][tagger]") {
  CHECK(tag_of("The province could fund three more parks.", "fund") == Tag::verb);
  CHECK(tag_of("The scheme did train many nurses.", "train") == Tag::verb);
  CHECK(tag_of("They plan for a longer horizon.", "plan") == Tag::verb);
}

TEST_CASE("after a noun: a determiner or a number next makes the verb, an auxiliary or a verb the noun", "[ingest][tagger]") {
  CHECK(tag_of("Auditors report a steady decline in applications.", "report") == Tag::verb);
  CHECK(tag_of("The foundation funds 40 laboratories.", "funds") == Tag::verb);
  CHECK(tag_of("Regional research institutes are short of staff.", "institutes") == Tag::noun);
  CHECK(tag_of("Several research institutes froze their budgets.", "institutes") == Tag::noun);
  CHECK(tag_of("The data that hospital laboratories now share is small.", "laboratories") != Tag::verb);
}

TEST_CASE("after a noun and an adverb it is the verb, before an adverb and a verb the noun", "[ingest][tagger]") {
  CHECK(tag_of("The council still funds basic science.", "funds") == Tag::verb);
  CHECK(tag_of("The new model works badly with small firms.", "works") == Tag::verb);
  CHECK(tag_of("Partner institutes often struggle to hire.", "institutes") == Tag::noun);
}

TEST_CASE("with no other verb in the clause, before a preposition it is the verb", "[ingest][tagger]") {
  CHECK(tag_of("Economists point to the rising cost of land.", "point") == Tag::verb);
  // A verb elsewhere in the clause, or a preposition before the word, leaves it a noun or undecided.
  CHECK(tag_of("Engineering institutes in Ulsan have grown.", "institutes") == Tag::noun);
  CHECK(tag_of("Problems of research funds in small regions", "funds") != Tag::verb);
  CHECK(tag_of("The board approved a 20 percent rise in fees.", "rise") != Tag::verb);
  // Before a noun it may be part of a compound: left to the chunker.
  CHECK(tag_of("She is a senior research fellow at the institute.", "research") == Tag::undecided);
}

TEST_CASE("adverbs WordNet knows and the lexicon's adverbs are never nouns", "[ingest][tagger]") {
  CHECK(tag_of("Applications often arrive late.", "often") == Tag::adverb);
  CHECK(tag_of("The plan fits poorly with local needs.", "poorly") == Tag::adverb);
  // A lexicon adverb that WordNet also knows as a noun is not made a noun after a noun.
  CHECK(tag_of("The regional office still handles permits.", "still") != Tag::noun);
  // Gerunds are left to the chunker.
  CHECK(tag_of("In his closing remarks he thanked the hosts.", "closing") == Tag::undecided);
}

TEST_CASE("'that' before a determiner, a name, a number or a noun and its verb opens a clause", "[ingest][tagger]") {
  CHECK(tag_of("The minister said that the parks would expand.", "that") == Tag::clause_that);
  CHECK(tag_of("The review found that 12 sites were idle.", "that") == Tag::clause_that);
  CHECK(tag_of("The audit showed that KOTRA had overspent.", "that") == Tag::clause_that);
  CHECK(tag_of("The count shows that small towns now lose clinics.", "that") == Tag::clause_that);
  CHECK(tag_of("The auditors welcomed that plan at the time.", "that") == Tag::undecided);
}

TEST_CASE("the chunker follows the tagger: a verb after a noun ends the noun phrase", "[ingest][tagger]") {
  std::string text = "Auditors report a steady decline in applications.";
  std::vector<Token> tokens = tokenize(text);
  std::vector<Item> items = korea_extractor().chunker().chunk(tokens, text, std::nullopt);
  REQUIRE(items.size() >= 3);
  CHECK(items[0].type == "NP");
  CHECK(items[0].last == 1);
  CHECK(items[1].verb);
}

TEST_CASE("after a verb earlier in the clause, a noun-or-verb word before a preposition is the noun", "[ingest][tagger]") {
  CHECK(tag_of("The concept entered national policy debates in the 1990s.", "debates") == Tag::noun);
  // An auxiliary is no noun that could precede it: "is run by" keeps its participle.
  CHECK(tag_of("The fund is run by the agency.", "run") != Tag::noun);
}

TEST_CASE("a participle between a form of 'be', an adverb or an ordinal, and 'by' is the verb", "[ingest][tagger]") {
  CHECK(tag_of("It was first run by the agency.", "run") == Tag::verb);
  CHECK(tag_of("The fund is now run by the agency.", "run") == Tag::verb);
}

TEST_CASE("before 'by' and its agent, a noun-or-verb word after a noun is a participle", "[ingest][tagger]") {
  CHECK(tag_of("It is a scheme run by the institute.", "run") == Tag::verb);
  CHECK(tag_of("Budgets saw a rise by 5 percent.", "rise") != Tag::verb);
}

TEST_CASE("a past form the verb lists lack is the clause's verb after its subject", "[ingest][tagger]") {
  CHECK(tag_of("The project funded sensors and software.", "funded") == Tag::verb);
  // (Only its own clause counts: a fronted participle before the comma is no verb of it.)
  CHECK(tag_of("Managed jointly by two ministries, the project funded sensors.", "funded") == Tag::verb);
  // After the clause's verb, or inside a prepositional phrase, it is left to the chunker.
  CHECK(tag_of("The ministry praised the state funded sensors.", "funded") != Tag::verb);
  CHECK(tag_of("Research in the project funded areas grew.", "funded") != Tag::verb);
}

TEST_CASE("a noun-or-verb word ending the clause after its verb is the noun", "[ingest][tagger]") {
  CHECK(tag_of("The ministry funded research institutes.", "institutes") == Tag::noun);
  CHECK(tag_of("The council reviewed the budget plans.", "plans") == Tag::noun);
}

TEST_CASE("after a preposition other than an infinitive's 'to', a noun-or-verb word is the noun", "[ingest][tagger]") {
  CHECK(tag_of("The centres depended on sponsors for years.", "sponsors") == Tag::noun);
  CHECK(tag_of("The ministry asked them to fund the centres.", "fund") != Tag::noun);
}
