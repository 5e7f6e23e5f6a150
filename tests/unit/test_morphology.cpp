// Unit tests of ingest/wordnet and ingest/morphology: WordNet's files read (a small folder written
// here, and Debian's wordnet-base), their errors, base forms of inflected words and collocations,
// inflections of base verbs, and verb classes of the English pack given as base forms.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "graph/error.hpp"
#include "ingest/morphology.hpp"
#include "ingest/wordnet.hpp"
#include "ingest_fixture.hpp"

using namespace policygraph::ingest;
using policygraph::testing::korea_pack;
using policygraph::testing::ScratchDir;

namespace {

void write(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// A WordNet folder of a few entries, in the layout of wndb(5): lemma pos synset_cnt p_cnt
// pointers… sense_cnt tagsense_cnt offsets…
void small_wordnet(const std::filesystem::path& folder) {
  write(folder / "index.noun",
        "  1 licence header line\n"
        "plan n 2 1 @ 2 9 00001 00002\n"
        "science_park n 1 0 1 0 00003\n"
        "study n 1 0 1 4 00004\n");
  write(folder / "index.verb",
        "plan v 1 1 @ 1 3 00010\n"
        "launch v 1 0 1 5 00011\n"
        "roll_out v 1 0 1 1 00012\n"
        "begin v 1 0 1 7 00013\n"
        "study v 1 0 1 2 00014\n"
        "create v 1 0 1 2 00015\n");
  write(folder / "index.adj", "green a 1 0 1 1 00020\n");
  write(folder / "index.adv", "");
  write(folder / "noun.exc", "");
  write(folder / "verb.exc", "began begin\nbegun begin\nplanned plan\nplanning plan\n");
  write(folder / "adj.exc", "");
  write(folder / "adv.exc", "");
}

std::vector<Morphology::Rule> rules(std::initializer_list<const char*> entries) {
  std::vector<Morphology::Rule> out;
  for (std::string entry : entries) out.push_back({entry.substr(0, entry.find('>')), entry.substr(entry.find('>') + 1)});
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.suffix.size() > b.suffix.size(); });
  return out;
}

bool has(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

TEST_CASE("WordNet's index and exception files are read", "[ingest][morphology]") {
  ScratchDir dir;
  small_wordnet(dir.path);
  WordNet words(dir.path);
  CHECK(words.has("plan", noun));
  CHECK(words.has("plan", verb));
  CHECK_FALSE(words.has("plan", adjective));
  CHECK(words.has("science park", noun));  // collocations are asked with spaces
  CHECK(words.has("roll out", verb));
  CHECK(words.count("plan", noun) == 9);
  CHECK(words.count("plan", verb) == 3);
  CHECK(words.irregular("began", verb) == std::vector<std::string>{"begin"});
  CHECK(has(words.irregular_forms("begin", verb), "begun"));
  CHECK(words.lemmas() == 8);
}

TEST_CASE("a malformed or missing WordNet file names the file and line", "[ingest][morphology]") {
  ScratchDir dir;
  small_wordnet(dir.path);
  write(dir.path / "index.verb", "plan v 1 1 @ 1 3 00010\nlaunch v x\n");
  CHECK_THROWS_WITH(WordNet(dir.path), Catch::Contains("index.verb: line 2:"));
  std::filesystem::remove(dir.path / "index.adj");
  small_wordnet(dir.path);
  std::filesystem::remove(dir.path / "adv.exc");
  CHECK_THROWS_WITH(WordNet(dir.path), Catch::Contains("adv.exc: cannot read"));
}

TEST_CASE("morphology finds base forms by exceptions and suffix rules checked against WordNet", "[ingest][morphology]") {
  ScratchDir dir;
  small_wordnet(dir.path);
  WordNet words(dir.path);
  Morphology morphology(words, rules({"s>", "ies>y", "ches>ch", "ed>", "ed>e", "ied>y", "ing>", "ing>e"}), rules({"s>", "ies>y"}), {});
  CHECK(morphology.bases("launched", verb) == std::vector<std::string>{"launch"});
  CHECK(morphology.bases("launches", verb) == std::vector<std::string>{"launch"});
  CHECK(morphology.bases("created", verb) == std::vector<std::string>{"create"});
  CHECK(morphology.bases("creating", verb) == std::vector<std::string>{"create"});
  CHECK(morphology.bases("studies", verb) == std::vector<std::string>{"study"});
  CHECK(morphology.bases("studies", noun) == std::vector<std::string>{"study"});
  CHECK(morphology.bases("began", verb) == std::vector<std::string>{"begin"});
  CHECK(morphology.bases("rolled out", verb) == std::vector<std::string>{"roll out"});
  CHECK(morphology.bases("science parks", noun) == std::vector<std::string>{"science park"});
  // A candidate WordNet does not know is no base: "seed" is not "see" + "ed" here.
  CHECK(morphology.bases("seed", verb).empty());
  CHECK(morphology.bases("programme", verb).empty());
  CHECK(morphology.inflected_verb("launched"));
  CHECK_FALSE(morphology.inflected_verb("launch"));
  CHECK_FALSE(morphology.inflected_verb("science"));
  CHECK(morphology.parts("plans") == (noun | verb));
  CHECK(morphology.frequency("plans", noun) == 9);
}

TEST_CASE("morphology inflects base verbs and phrases, skipping what it is told to", "[ingest][morphology]") {
  ScratchDir dir;
  small_wordnet(dir.path);
  WordNet words(dir.path);
  Morphology morphology(words, rules({"s>", "es>e", "ies>y", "ches>ch", "ed>", "ed>e", "ied>y", "ing>", "ing>e"}), {}, {});
  std::vector<std::string> launch = morphology.verb_forms("launch");
  CHECK(has(launch, "launches"));
  CHECK(has(launch, "launched"));
  CHECK(has(launch, "launching"));
  CHECK_FALSE(has(launch, "launchs"));  // the rule with the longest ending wins its slot
  std::vector<std::string> study = morphology.verb_forms("study");
  CHECK(has(study, "studies"));
  CHECK(has(study, "studied"));
  CHECK(has(morphology.verb_forms("create"), "created"));
  CHECK(has(morphology.verb_forms("create"), "creates"));
  std::vector<std::string> plan = morphology.verb_forms("plan");
  CHECK(has(plan, "planned"));
  CHECK_FALSE(has(plan, "planed"));  // an irregular form of the slot replaces the regular one
  std::vector<std::string> roll = morphology.verb_forms("roll out");
  CHECK(has(roll, "rolled out"));
  CHECK(has(roll, "rolls out"));
  std::vector<std::string> gerunds{"ing"};
  std::vector<std::string> finite = morphology.verb_forms("begin", &gerunds);
  CHECK(has(finite, "began"));
  CHECK(has(finite, "begun"));
  CHECK_FALSE(has(finite, "beginning"));
  CHECK_FALSE(has(morphology.verb_forms("launch", &gerunds), "launching"));
}

TEST_CASE("the English pack's verb classes name base forms and match their inflections", "[ingest][morphology]") {
  const Pack& pack = korea_pack();
  REQUIRE(pack.morphology);
  const auto& introduce = pack.lexicon.classes.at("INTRODUCE");
  for (const char* form : {"launch", "launched", "launches", "rolled out", "set up", "began", "begun", "unveils"})
    CHECK(has(introduce, form));
  CHECK_FALSE(has(introduce, "launching"));  // gerunds are listed where a class means them
  // Classes outside "inflected_classes" are taken as written.
  CHECK_FALSE(has(pack.lexicon.classes.at("SAY"), "says"));
  // Debian's WordNet knows open-class words the hand lists never did.
  CHECK(pack.morphology->can_be("repackaged", verb));
  CHECK(pack.morphology->can_be("prioritised", verb));
  CHECK(pack.morphology->bases("rolled out", verb) == std::vector<std::string>{"roll out"});
}

TEST_CASE("a pack naming an unknown lexicon is an error", "[ingest][morphology]") {
  ScratchDir dir;
  std::filesystem::create_directories(dir.path / "tiny");
  write(dir.path / "tiny" / "pack.json", "{\"name\": \"tiny\", \"lexicon\": \"celex\"}\n");
  CHECK_THROWS_WITH(load_pack(dir.path / "tiny"), Catch::Contains("pack.json: line 1:") && Catch::Contains("wordnet"));
}
