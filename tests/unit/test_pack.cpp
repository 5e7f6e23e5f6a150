// Unit tests of ingest/pack: the bundled korea pack and, written to temporary folders, every kind
// of malformed pack, each reported as "FILE: line N: reason".
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "graph/error.hpp"
#include "ingest/pack.hpp"
#include "ingest/rules.hpp"
#include "ingest_fixture.hpp"

using namespace policygraph;
using namespace policygraph::ingest;
using Catch::Matchers::Contains;
using policygraph::testing::korea_pack;
using policygraph::testing::ScratchDir;

namespace fs = std::filesystem;

namespace {

// Loads a pack and compiles its rules (unknown symbols and slots are found at compilation), and
// returns the error message, or "" when the pack is fine.
std::string pack_error(const fs::path& folder) {
  try {
    Pack pack = load_pack(folder);
    RuleSet rules(pack);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

// A one-file pack folder with a manifest and the given extra files.
fs::path write_pack(const ScratchDir& dir, const std::string& name, const std::vector<std::pair<std::string, std::string>>& files,
                    const std::string& extends = "") {
  dir.write(name + "/pack.json", "{\n  \"name\": \"" + name + "\",\n  \"extends\": [" + extends + "]\n}\n");
  for (const auto& [file, text] : files) dir.write(name + "/" + file, text);
  return dir.path / name;
}

const std::string good_rule =
    "# a comment line\n"
    "rule test.introduced confidence=0.9\n"
    "  match {agent:ADMIN} 'launched' {theme:PROG|NP}\n"
    "  emit introduced(agent, theme)\n";

}  // namespace

TEST_CASE("the bundled korea pack loads with english merged in", "[ingest][pack]") {
  const Pack& pack = korea_pack();
  CHECK(pack.name == "korea");
  CHECK(pack.names == std::vector<std::string>{"english", "korea"});
  std::vector<std::string> ids;
  for (const AdministrationEntry& a : pack.administrations) ids.push_back(a.id);
  CHECK(ids == std::vector<std::string>{"kim-young-sam", "kim-dae-jung", "roh-moo-hyun", "lee-myung-bak", "park-geun-hye",
                                        "moon-jae-in", "yoon-suk-yeol", "lee-jae-myung"});
  for (std::size_t k = 0; k + 1 < pack.administrations.size(); ++k) {
    CHECK(pack.administrations[k].start < pack.administrations[k + 1].start);
    REQUIRE(pack.administrations[k].end);
    CHECK(*pack.administrations[k].end < pack.administrations[k + 1].start);
  }
  CHECK_FALSE(pack.administrations.back().end);  // in office
  const AdministrationEntry* roh = pack.administration("roh-moo-hyun");
  REQUIRE(roh);
  CHECK(roh->start == Date{2003, 2, 25});
  CHECK(std::count(roh->aliases.begin(), roh->aliases.end(), "참여정부") == 1);
  CHECK(pack.administration("nobody") == nullptr);
  // The english lexicon and rules are merged into the country pack.
  CHECK(pack.lexicon.classes.count("INTRODUCE"));
  CHECK(pack.lexicon.has("programme_heads", "industry"));
  CHECK(pack.lexicon.has("particles", "는"));
  CHECK(pack.lexicon.months.at("apr") == 4);
  REQUIRE_FALSE(pack.rules.empty());
  CHECK(std::all_of(pack.rules.begin(), pack.rules.end(),
                    [](const RuleSource& r) { return r.file.find("english") != std::string::npos && !r.emits.empty(); }));
  CHECK(pack.defines.count("AGENT_ADJUNCT"));
  // Organisations' parents and programmes' introducers point into the pack.
  for (const OrganisationEntry& o : pack.organisations)
    if (!o.parent.empty()) CHECK(pack.organisation(o.parent) != nullptr);
  for (const ProgrammeEntry& p : pack.programmes)
    if (!p.introduced_by.empty()) CHECK(pack.administration(p.introduced_by) != nullptr);
  REQUIRE(pack.organisation("kiat"));
  CHECK(pack.organisation("kiat")->parent == "motie");
  // Its rules compile.
  RuleSet rules(pack);
  CHECK(rules.rules().size() == pack.rules.size());
}

TEST_CASE("default_pack_dir finds the source tree's korea pack", "[ingest][pack]") {
  if (std::getenv("POLICYGRAPH_PACK")) return;  // the environment chooses another pack
  fs::path dir = default_pack_dir();
  CHECK(dir.filename() == "korea");
  CHECK(fs::exists(dir / "pack.json"));
}

TEST_CASE("a small valid pack loads and compiles", "[ingest][pack]") {
  ScratchDir dir;
  fs::path folder = write_pack(dir, "mini",
                               {{"administrations.json",
                                 R"({"administrations": [
  {"id": "second", "label": "Second Cabinet", "start": "2010-01-01", "aliases": ["Cabinet Two"]},
  {"id": "first", "label": "First Cabinet", "start": "2001-05", "end": "2009-12-31"}
]})"},
                                {"lexicon.json", R"({"classes": {"INTRODUCE": ["Launched"]}, "programme_heads": ["Scheme"]})"},
                                {"rules.pgr", good_rule}});
  CHECK(pack_error(folder).empty());
  Pack pack = load_pack(folder);
  REQUIRE(pack.administrations.size() == 2);
  CHECK(pack.administrations[0].id == "first");  // sorted by term
  CHECK(pack.administrations[0].start == Date{2001, 5, 0});
  CHECK(pack.lexicon.classes.at("INTRODUCE") == std::vector<std::string>{"launched"});  // lower-cased
  CHECK(pack.lexicon.has("programme_heads", "scheme"));
  REQUIRE(pack.rules.size() == 1);
  CHECK(pack.rules[0].id == "test.introduced");
  CHECK(pack.rules[0].line == 2);
  CHECK(pack.rules[0].confidence == Approx(0.9));
}

TEST_CASE("malformed packs: invalid JSON names the file and line", "[ingest][pack]") {
  ScratchDir dir;
  dir.write("broken/pack.json", "{\n  \"name\": \"broken\",\n  \"extends\": [,]\n}\n");
  CHECK_THAT(pack_error(dir.path / "broken"), Contains((dir.path / "broken" / "pack.json").string() + ": line 3:"));
  fs::path folder = write_pack(dir, "badlex", {{"lexicon.json", "{\n\"classes\": {\n  \"BE\": [\"is\" \"are\"]\n}\n}\n"}});
  CHECK_THAT(pack_error(folder), Contains((folder / "lexicon.json").string() + ": line 3:"));
}

TEST_CASE("malformed packs: an administration without 'start'", "[ingest][pack]") {
  ScratchDir dir;
  fs::path folder = write_pack(dir, "nostart", {{"administrations.json", R"({
  "administrations": [
    {"id": "first", "label": "First Government", "start": "2001-01-01"},
    {"id": "second", "label": "Second Government"}
  ]
})"}});
  std::string error = pack_error(folder);
  CHECK_THAT(error, Contains((folder / "administrations.json").string() + ": line 4:") && Contains("missing 'start'"));
}

TEST_CASE("malformed packs: an end before the start, and a date that is not one", "[ingest][pack]") {
  ScratchDir dir;
  fs::path folder = write_pack(dir, "backwards", {{"administrations.json", R"({
  "administrations": [
    {"id": "first", "label": "First Government", "start": "2001-01-01", "end": "2005-01-01"},

    {"id": "third", "label": "Third Government", "start": "2010-01-01", "end": "2009-12-31"}
  ]
})"}});
  CHECK_THAT(pack_error(folder), Contains((folder / "administrations.json").string() + ": line 5:") && Contains("before"));
  fs::path bad_date = write_pack(dir, "baddate", {{"administrations.json", R"({"administrations": [
  {"id": "x", "label": "X", "start": "2001-02-30"}]})"}});
  CHECK_THAT(pack_error(bad_date), Contains("administrations.json: line 2:") && Contains("2001-02-30"));
}

TEST_CASE("malformed packs: an unknown parent organisation", "[ingest][pack]") {
  ScratchDir dir;
  fs::path folder = write_pack(dir, "orphan", {{"organisations.json", R"({
  "organisations": [
    {"id": "ministry", "label": "Ministry of Things"},
    {"id": "agency", "label": "Agency of Things", "parent": "ministry"},
    {"id": "office", "label": "Office of Things", "parent": "nowhere"}
  ]
})"}});
  CHECK_THAT(pack_error(folder), Contains((folder / "organisations.json").string() + ": line 5:") && Contains("unknown parent 'nowhere'"));
}

TEST_CASE("malformed packs: a rule with an unknown symbol", "[ingest][pack]") {
  ScratchDir dir;
  fs::path folder = write_pack(dir, "badsymbol", {{"rules.pgr", good_rule + "\n"
                                                                             "rule test.unknown\n"
                                                                             "  match {agent:ADMIN} FROBNICATE {theme:PROG}\n"
                                                                             "  emit introduced(agent, theme)\n"}});
  CHECK_THAT(pack_error(folder), Contains((folder / "rules.pgr").string() + ": line 6:") && Contains("FROBNICATE") &&
                                     Contains("test.unknown"));
}

TEST_CASE("malformed packs: an unknown relation in emit", "[ingest][pack]") {
  ScratchDir dir;
  fs::path folder = write_pack(dir, "badrelation", {{"rules.pgr", good_rule + "\n"
                                                                               "rule test.founded\n"
                                                                               "  match {agent:ADMIN} INTRODUCE {theme:PROG}\n"
                                                                               "  emit founded(agent, theme)\n"}});
  CHECK_THAT(pack_error(folder), Contains((folder / "rules.pgr").string() + ": line 8:") && Contains("unknown relation 'founded'"));
}

TEST_CASE("malformed packs: an emit naming a slot the pattern lacks", "[ingest][pack]") {
  ScratchDir dir;
  fs::path folder = write_pack(dir, "badslot", {{"rules.pgr", good_rule + "\n"
                                                                           "rule test.slot\n"
                                                                           "  match {agent:ADMIN} 'launched' {theme:PROG}\n"
                                                                           "  emit introduced(agent, theme)\n"
                                                                           "  emit led_by(theme, ministry)\n"}});
  CHECK_THAT(pack_error(folder), Contains((folder / "rules.pgr").string() + ": line 9:") && Contains("test.slot") &&
                                     Contains("slot"));
}

TEST_CASE("malformed packs: a duplicate rule id", "[ingest][pack]") {
  ScratchDir dir;
  fs::path folder = write_pack(dir, "duplicate", {{"rules.pgr", good_rule + good_rule}});
  CHECK_THAT(pack_error(folder), Contains((folder / "rules.pgr").string() + ": line 6:") &&
                                     Contains("duplicate rule id 'test.introduced'") && Contains("line 2"));
}

TEST_CASE("malformed packs: an extends cycle", "[ingest][pack]") {
  ScratchDir dir;
  write_pack(dir, "alpha", {}, "\"beta\"");
  write_pack(dir, "beta", {}, "\"alpha\"");
  std::string error = pack_error(dir.path / "alpha");
  CHECK_THAT(error, Contains("pack.json: line 2:") && Contains("'alpha'") && Contains("extends itself"));
  // A pack extending itself directly is a cycle too.
  write_pack(dir, "selfish", {}, "\"selfish\"");
  CHECK_THAT(pack_error(dir.path / "selfish"), Contains((dir.path / "selfish" / "pack.json").string() + ": line 2:") &&
                                                   Contains("extends itself"));
}

TEST_CASE("malformed packs: a missing manifest or base pack", "[ingest][pack]") {
  ScratchDir dir;
  CHECK_THAT(pack_error(dir.path / "nothing"), Contains("pack.json: line 1:") && Contains("no pack here"));
  write_pack(dir, "child", {}, "\"absent\"");
  CHECK_THAT(pack_error(dir.path / "child"), Contains((dir.path / "absent" / "pack.json").string() + ": line 1:"));
}

TEST_CASE("malformed packs: bad ids, class names and types", "[ingest][pack]") {
  ScratchDir dir;
  fs::path bad_id = write_pack(dir, "badid", {{"organisations.json", "{\"organisations\": [\n{\"id\": \"Bad Id\", \"label\": \"X\"}]}"}});
  CHECK_THAT(pack_error(bad_id), Contains("organisations.json: line 2:") && Contains("'Bad Id'"));
  fs::path bad_class = write_pack(dir, "badclass", {{"lexicon.json", "{\"classes\": {\n\"lower\": [\"x\"]}}"}});
  CHECK_THAT(pack_error(bad_class), Contains("lexicon.json: line 2:") && Contains("upper case"));
  fs::path not_array = write_pack(dir, "notarray", {{"programmes.json", "{\"programmes\": {}}"}});
  CHECK_THAT(pack_error(not_array), Contains("programmes.json: line 1:") && Contains("'programmes' must be an array"));
  fs::path unknown_admin = write_pack(dir, "unknownadmin", {{"programmes.json", R"({"programmes": [
  {"id": "p", "label": "P Scheme", "introduced_by": "ghost"}]})"}});
  CHECK_THAT(pack_error(unknown_admin), Contains("programmes.json: line 2:") && Contains("'ghost'"));
}

TEST_CASE("parse_rules: macros, continuation lines, options and errors", "[ingest][pack]") {
  std::vector<RuleSource> rules;
  std::map<std::string, std::string> defines;
  parse_rules("define WHEN = 'in' {year:YEAR}\n"
              "rule r.one confidence=0.5 sets=flag\n"
              "  match {agent:ADMIN} INTRODUCE\n"
              "        {theme:PROG} @WHEN?   # a comment after the pattern\n"
              "  emit introduced(agent, theme) year=year note=\"two words\"\n"
              "rule r.two needs=flag\n"
              "  match '#' {theme:PROG}\n"
              "  emit has_problem(@TOPIC, theme)\n",
              "inline.pgr", rules, defines);
  REQUIRE(rules.size() == 2);
  CHECK(defines.at("WHEN") == "'in' {year:YEAR}");
  CHECK(rules[0].pattern == "{agent:ADMIN} INTRODUCE {theme:PROG} @WHEN?");
  CHECK(rules[0].confidence == Approx(0.5));
  CHECK(rules[0].sets == "flag");
  REQUIRE(rules[0].emits.size() == 1);
  CHECK(rules[0].emits[0].attributes.at("year") == "year");
  CHECK(rules[0].emits[0].attributes.at("note") == "\"two words\"");
  CHECK(rules[0].emits[0].line == 5);
  CHECK(rules[1].needs == "flag");
  CHECK(rules[1].pattern == "'#' {theme:PROG}");
  CHECK(rules[1].emits[0].subject == "@TOPIC");

  auto error = [](const std::string& text) {
    std::vector<RuleSource> r;
    std::map<std::string, std::string> d;
    try {
      parse_rules(text, "x.pgr", r, d);
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK_THAT(error("\n  match ADMIN\n"), Contains("x.pgr: line 2:") && Contains("outside a rule"));
  CHECK_THAT(error("rule a confidence=2\n"), Contains("x.pgr: line 1:") && Contains("(0, 1]"));
  CHECK_THAT(error("rule a colour=red\n"), Contains("x.pgr: line 1:") && Contains("unknown rule option"));
  CHECK_THAT(error("rule a\n  match ADMIN\n"), Contains("x.pgr: line 1:") && Contains("needs a 'match' and an 'emit'"));
  CHECK_THAT(error("rule a\n  match ADMIN\n  emit introduced(a)\n"), Contains("x.pgr: line 3:") && Contains("two arguments"));
  CHECK_THAT(error("rule a\n  match ADMIN\n  match PROG\n"), Contains("x.pgr: line 3:") && Contains("one 'match'"));
  CHECK_THAT(error("frobnicate\n"), Contains("x.pgr: line 1:") && Contains("frobnicate"));
  CHECK_THAT(error("define = x\n"), Contains("x.pgr: line 1:") && Contains("define needs"));
}

TEST_CASE("rule patterns that do not compile name the rule's line", "[ingest][pack]") {
  ScratchDir dir;
  fs::path unclosed = write_pack(dir, "unclosed", {{"rules.pgr", "\n\nrule bad.slot\n  match {agent:ADMIN INTRODUCE\n  emit introduced(agent, agent)\n"}});
  CHECK_THAT(pack_error(unclosed), Contains("rules.pgr: line 3:") && Contains("bad.slot"));
  fs::path macro = write_pack(dir, "macro", {{"rules.pgr", "rule bad.macro\n  match @NOWHERE {agent:ADMIN}\n  emit introduced(agent, agent)\n"}});
  CHECK_THAT(pack_error(macro), Contains("rules.pgr: line 1:") && Contains("@NOWHERE"));
}

TEST_CASE("malformed packs: an escaped lone surrogate names the file and line", "[ingest][pack]") {
  // Regression: RapidJSON's encoding validation let "\udc4d" through as bytes that are no UTF-8.
  ScratchDir dir;
  fs::path folder = write_pack(dir, "surrogate", {{"administrations.json", R"({
  // not here: \udc4d
  "administrations": [
    {"id": "first", "label": "First \udc4d Government", "start": "2001-01-01"}
  ]
})"}});
  CHECK_THAT(pack_error(folder), Contains((folder / "administrations.json").string() + ": line 4: '\\udc4d' is a lone UTF-16 surrogate"));
}

TEST_CASE("malformed packs: an entry that is no object names the file and line", "[ingest][pack]") {
  // Regression (fuzz finding pack/entry-not-an-object): member lookup on a string entry was
  // undefined behaviour (a misaligned read in RapidJSON, an assertion in debug builds).
  ScratchDir dir;
  fs::path folder = write_pack(dir, "notobject", {{"organisations.json", R"({
  "organisations": [
    {"id": "mof", "label": "Ministry of Finance"},
    "kim-young-sam"
  ]
})"}});
  CHECK_THAT(pack_error(folder), Contains((folder / "organisations.json").string() +
                                          ": line 4: each entry of 'organisations' must be an object"));
  folder = write_pack(dir, "number", {{"administrations.json", "{\n  \"administrations\": [1]\n}\n"}});
  CHECK_THAT(pack_error(folder), Contains((folder / "administrations.json").string() +
                                          ": line 2: each entry of 'administrations' must be an object"));
  folder = write_pack(dir, "null", {{"programmes.json", "{\"programmes\": [null]}"}});
  CHECK_THAT(pack_error(folder), Contains("each entry of 'programmes' must be an object"));
}
