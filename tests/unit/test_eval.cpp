// Unit tests of ingest/eval: when names match, malformed gold files, and scores on a tiny gold
// folder written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "graph/error.hpp"
#include "ingest/eval.hpp"
#include "ingest_fixture.hpp"

using namespace policygraph;
using namespace policygraph::ingest;
using Catch::Matchers::Contains;
using policygraph::testing::korea_extractor;
using policygraph::testing::ScratchDir;

namespace fs = std::filesystem;

namespace {

std::string gold_error(const fs::path& folder, const fs::path& corpus = {}) {
  try {
    load_gold(folder, corpus);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

const std::string document_text =
    "Regional policy notes\n"
    "\n"
    "The Roh Moo-hyun administration launched the Innovation City project in 2005. "
    "The Lee Myung-bak administration launched the green campus programme in 2009. "
    "The green campus programme resulted in cleaner university buildings.\n";

}  // namespace

TEST_CASE("names_match: the same name in other spellings", "[ingest][eval]") {
  CHECK(names_match("People's Government", "People\u2019s government"));
  CHECK(names_match("the Participation Government", "Participation Government"));
  CHECK(names_match("R&D-oriented regional industry", "R&D oriented regional industry"));
  CHECK(names_match("regional strategic industries", "Regional Strategic Industry"));
  CHECK(names_match("Jeong-hoon Kang", "Kang Jeong-hoon"));
  CHECK(names_match("참여정부", "참여정부"));
}

TEST_CASE("names_match: phrases that mostly agree", "[ingest][eval]") {
  CHECK(names_match("pilot project for an innovation cluster", "pilot project for innovation clusters"));
  CHECK(names_match("vulnerability of regional industry in environmental changes", "vulnerability of regional industry"));
  CHECK(names_match("build a new growth hub", "build a new growth hub that can accelerate nation-wide balanced growth"));
  CHECK(names_match("transforming key business to smart business", "transformation of key business to smart business"));
  // (Only a phrase's last word is made singular by normalising: "works" inside, "work" at the end.)
  CHECK(names_match("directing most of its budget to river works and construction rather than to green technology",
                    "directing most of its budget to river works"));
}

TEST_CASE("names_match: different things do not match", "[ingest][eval]") {
  CHECK_FALSE(names_match("regional strategic industry", "R&D-oriented regional industry"));
  CHECK_FALSE(names_match("pilot project for an innovation cluster", "regional strategic industry"));
  CHECK_FALSE(names_match("KIAT", "Korea Institute for Advancement of Technology"));  // aliases are the graph's job
  CHECK_FALSE(names_match("Innovation City", "Enterprise City Project"));
  CHECK_FALSE(names_match("", "anything"));
  CHECK_FALSE(names_match("anything", ""));
  CHECK_FALSE(names_match("the", "of"));
}

// Two of three words agreeing (Dice 0.67) is enough, so distinct programmes and distinct
// administrations that share words count as the same: a fact about the wrong one scores as right.
TEST_CASE("names_match: distinct pack entities that share words", "[ingest][eval][!mayfail]") {
  CHECK_FALSE(names_match("Korean New Deal", "Green New Deal"));
  CHECK_FALSE(names_match("Digital New Deal", "Green New Deal"));
  CHECK_FALSE(names_match("Lee Myung-bak administration", "Lee Jae-myung administration"));
}

TEST_CASE("load_gold reads facts, alternatives and details", "[ingest][eval]") {
  ScratchDir dir;
  dir.write("gold/notes.txt", document_text);
  dir.write("gold/notes.gold.json", R"({
  "document": "notes.txt",
  "facts": [
    {"subject": "Participation Government", "relation": "introduced", "object": "Innovation City", "year": 2005},
    {"subject": ["Lee Myung-bak administration", "MB government"], "relation": "introduced", "object": "green campus programme"},
    {"subject": "green campus programme", "relation": "evolved_into", "object": "green university programme", "mode": "expanded"}
  ]
})");
  dir.write("gold/README.md", "not a gold file");
  auto gold = load_gold(dir.path / "gold");
  REQUIRE(gold.size() == 1);
  CHECK(gold[0].document == dir.path / "gold" / "notes.txt");
  REQUIRE(gold[0].facts.size() == 3);
  CHECK(gold[0].facts[0].relation == Relation::introduced);
  CHECK(gold[0].facts[0].detail == "year=2005");
  CHECK(gold[0].facts[1].subjects == std::vector<std::string>{"Lee Myung-bak administration", "MB government"});
  CHECK(gold[0].facts[2].relation == Relation::evolved_into);
  CHECK(gold[0].facts[2].detail == "mode=expanded");
}

TEST_CASE("load_gold finds documents in the corpus folder", "[ingest][eval]") {
  ScratchDir dir;
  dir.write("corpus/notes.txt", document_text);
  dir.write("gold/b.gold.json", R"({"document": "notes.txt", "facts": []})");
  dir.write("gold/a.gold.json", R"({"document": "elsewhere/notes.txt", "facts": []})");
  CHECK_THAT(gold_error(dir.path / "gold"), Contains("a.gold.json: line 1:") && Contains("not found") && Contains("--corpus"));
  auto gold = load_gold(dir.path / "gold", dir.path / "corpus");
  REQUIRE(gold.size() == 2);
  CHECK(gold[0].gold_file.filename() == "a.gold.json");  // in file name order
  CHECK(gold[0].document == dir.path / "corpus" / "notes.txt");
  CHECK(gold[1].document == dir.path / "corpus" / "notes.txt");
}

TEST_CASE("load_gold errors name the file and line", "[ingest][eval]") {
  ScratchDir dir;
  dir.write("corpus/notes.txt", document_text);
  CHECK_THAT(gold_error(dir.path / "missing"), Contains("missing") && Contains("not a folder"));
  auto one = [&](const std::string& name, const std::string& json) {
    fs::path folder = dir.path / name;
    dir.write(name + "/x.gold.json", json);
    return gold_error(folder, dir.path / "corpus");
  };
  CHECK_THAT(one("syntax", "{\n  \"document\": \"notes.txt\",\n  \"facts\": [\n    {\"subject\": \"A\",, }\n  ]\n}"),
             Contains("x.gold.json: line 4:"));
  CHECK_THAT(one("nodoc", R"({"facts": []})"), Contains("x.gold.json: line 1:") && Contains("\"document\""));
  CHECK_THAT(one("nofacts", R"({"document": "notes.txt"})"), Contains("x.gold.json: line 1:") && Contains("\"facts\""));
  CHECK_THAT(one("notobject", R"([1, 2])"), Contains("x.gold.json: line 1:"));
  CHECK_THAT(one("relation", R"({"document": "notes.txt", "facts": [{"subject": "A", "relation": "invented", "object": "B"}]})"),
             Contains("unknown relation 'invented'"));
  CHECK_THAT(one("partial", R"({"document": "notes.txt", "facts": [{"subject": "A", "relation": "introduced"}]})"),
             Contains("subject, relation and object"));
  CHECK_THAT(one("types", R"({"document": "notes.txt", "facts": [{"subject": 7, "relation": "introduced", "object": "B"}]})"),
             Contains("strings or lists of strings"));
  CHECK_THAT(one("nodocument", R"({"document": "absent.txt", "facts": []})"), Contains("'absent.txt' not found"));
}

TEST_CASE("evaluate scores found, missed and false facts per relation", "[ingest][eval]") {
  ScratchDir dir;
  dir.write("gold/notes.txt", document_text);
  dir.write("gold/notes.gold.json", R"({
  "document": "notes.txt",
  "facts": [
    {"subject": "Participation Government", "relation": "introduced", "object": "Innovation City", "year": 2005},
    {"subject": "참여정부", "relation": "introduced", "object": "Enterprise City"},
    {"subject": "green campus programme", "relation": "resulted_in", "object": "cleaner university buildings"}
  ]
})");
  EvalReport report = evaluate(load_gold(dir.path / "gold"), korea_extractor());
  const Score& introduced = report.relations.at(Relation::introduced);
  CHECK(introduced.gold == 2);
  CHECK(introduced.found == 1);
  CHECK(introduced.extracted == 2);  // Roh → Innovation City (right), Lee → green campus (not in the gold)
  CHECK(introduced.correct == 1);
  CHECK(introduced.precision() == Approx(0.5));
  CHECK(introduced.recall() == Approx(0.5));
  CHECK(introduced.f1() == Approx(0.5));
  const Score& resulted = report.relations.at(Relation::resulted_in);
  CHECK(resulted.gold == 1);
  CHECK(resulted.found == 1);
  CHECK(resulted.correct == resulted.extracted);
  // Relations without facts on either side are listed with perfect empty scores.
  CHECK(report.relations.count(Relation::hosted));
  CHECK(report.relations.count(Relation::succeeded_by) == 0);
  CHECK(report.relations.at(Relation::hosted).precision() == 1.0);
  CHECK(report.overall.gold == 3);
  CHECK(report.overall.found == 2);
  CHECK(report.overall.extracted == introduced.extracted + resulted.extracted);
  REQUIRE(report.misses.size() == 1);
  CHECK_THAT(report.misses[0], Contains("notes.txt") && Contains("참여정부 introduced Enterprise City"));
  REQUIRE(report.false_facts.size() == 1);
  CHECK_THAT(report.false_facts[0], Contains("Lee Myung-bak administration introduced green campus programme") &&
                                        Contains("[introduced.active]"));
}

TEST_CASE("Score: empty sides and F1", "[ingest][eval]") {
  Score empty;
  CHECK(empty.precision() == 1.0);
  CHECK(empty.recall() == 1.0);
  Score none_right{4, 0, 3, 0};
  CHECK(none_right.precision() == 0.0);
  CHECK(none_right.recall() == 0.0);
  CHECK(none_right.f1() == 0.0);
  Score some{4, 3, 6, 3};
  CHECK(some.precision() == Approx(0.5));
  CHECK(some.recall() == Approx(0.75));
  CHECK(some.f1() == Approx(0.6));
}
