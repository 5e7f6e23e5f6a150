// Unit tests of ingest/chunker: how words that may be nouns or verbs are read from what surrounds
// them (an article or a possessive before a noun, a modal before a verb), and nouns after a form
// of "be" that say something of the subject rather than name an event. The sentences are written
// for these tests.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/chunker.hpp"
#include "ingest/tokens.hpp"
#include "ingest_fixture.hpp"

using namespace policygraph::ingest;
using policygraph::testing::korea_extractor;

namespace {

struct Chunked {
  std::string text;
  std::vector<Token> tokens;
  std::vector<Item> items;
};

Chunked chunk(const std::string& text) {
  Chunked out{text, tokenize(text), {}};
  out.items = korea_extractor().chunker().chunk(out.tokens, out.text, std::nullopt);
  return out;
}

/// Returns the item that covers the token with this folded form. The item lives in `chunked`: keep
/// that alive while the reference is used (not a temporary).
const Item& item_at(const Chunked& chunked, const std::string& norm) {
  for (const Item& item : chunked.items)
    for (std::size_t k = item.first; k < item.last; ++k)
      if (chunked.tokens[k].norm == norm) return item;
  FAIL("no item covers '" << norm << "'");
  return chunked.items.front();
}

}  // namespace

TEST_CASE("a lone noun after a form of 'be' names no event", "[ingest][chunker]") {
  CHECK(item_at(chunk("To be fair, the scheme created jobs."), "fair").type != "EVENT");
  CHECK(item_at(chunk("The verdict was unanimous, and the hearing was brief."), "hearing").type == "EVENT");
  CHECK(item_at(chunk("A trade fair was held in Busan in May."), "fair").type == "EVENT");
  CHECK(item_at(chunk("The main event was a workshop on data."), "workshop").type == "EVENT");
}

TEST_CASE("after an article or a possessive, a verb form that is also a noun is the noun", "[ingest][chunker]") {
  const Chunked noun = chunk("The council cut block funding for its institutes.");
  const Item& institutes = item_at(noun, "institutes");
  CHECK(institutes.type == "NP");
  CHECK_FALSE(institutes.verb);
  CHECK(item_at(chunk("Their launches were delayed twice."), "launches").type == "NP");
  // Without a determiner before it, the same word after a subject is the verb.
  const Chunked verb_sentence = chunk("The ministry institutes a review every year.");
  const Item& verb = item_at(verb_sentence, "institutes");
  CHECK(verb.type.empty());
  CHECK(verb.verb);
}

TEST_CASE("after a modal, a word that can be a verb is the verb", "[ingest][chunker]") {
  const Chunked modal = chunk("Institute presidents should serve longer terms.");
  const Item& serve = item_at(modal, "serve");
  CHECK(serve.type.empty());
  CHECK(item_at(chunk("Regions could review the plan each year."), "review").type.empty());
  // The same words as nouns where no modal comes before them.
  CHECK(item_at(chunk("The review found weak demand."), "review").type == "NP");
  CHECK(item_at(chunk("Each serve of the data was logged."), "serve").type == "NP");
}

/// Returns the labels of a sentence's items that have a type (mentions), in order.
std::vector<std::string> mentions_of(const std::string& text) {
  const Chunked chunked = chunk(text);
  std::vector<std::string> out;
  for (const Item& item : chunked.items)
    if (!item.type.empty() && item.type != "PRON") out.push_back(item.label.empty() ? item.head : item.label);
  return out;
}

TEST_CASE("names with 'in', a possessive after 'of', or a list before their head are one name", "[ingest][chunker]") {
  using Labels = std::vector<std::string>;
  CHECK(mentions_of("The ministry funds the Girls in Engineering Mentoring Programme.") ==
        Labels{"ministry", "Girls in Engineering Mentoring Programme"});
  CHECK(mentions_of("It was organised by the Association of Young Farmers' Digital Cooperatives.") ==
        Labels{"Association of Young Farmers' Digital Cooperatives"});
  CHECK(mentions_of("The ministry adopted the Ships, Ports and Logistics Innovation Plan.") ==
        Labels{"ministry", "Ships, Ports and Logistics Innovation Plan"});
  CHECK(mentions_of("The council launched Partners in Coastal Research (PICR) in 2016.")[1] == "Partners in Coastal Research");
  // A place after "in", a month, or a head before "in" keep the names apart.
  CHECK(mentions_of("KAIST in Daejeon hosted the forum.").front() == "KAIST");
  CHECK(mentions_of("The Ulsan Technopark in Ulsan City opened.").front() == "Ulsan Technopark");
  CHECK(mentions_of("Busan, Daegu and Gwangju opened parks.").front() != "Busan, Daegu and Gwangju");
}

TEST_CASE("'that' before a determiner opens a clause, not a phrase", "[ingest][chunker]") {
  CHECK(item_at(chunk("Critics said from day one that the Valley Centres depended on sponsors."), "valley").label == "Valley Centres");
  CHECK(item_at(chunk("Critics said that those centres failed."), "centres").label == "centres");
}

TEST_CASE("an acronym nobody defined, listed with an organisation, is one", "[ingest][chunker]") {
  CHECK(item_at(chunk("The scheme is run by KIAT and KBIA."), "kbia").type == "ORG");
  CHECK(item_at(chunk("The scheme is run by KBIA alone."), "kbia").type != "ORG");
}

TEST_CASE("an acronym's possessive opening a sentence is a body apart from what it owns", "[ingest][chunker]") {
  auto items = chunk("DAPA's Defense Export Support Program has helped 120 firms.");
  CHECK(item_at(items, "dapa's").type == "ORG");
  CHECK(item_at(items, "defense").label == "Defense Export Support Program");
  // A capitalised word that is no acronym stays a sentence's first capital.
  CHECK(item_at(chunk("Korea's ports grew."), "ports").type != "ORG");
}
