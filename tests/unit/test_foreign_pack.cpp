// A pack for another country, written to a temporary folder beside a copy of the english pack:
// it loads, extends english, and extraction gives that country's administrations and programmes
// without recompiling anything.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "ingest/extractor.hpp"
#include "ingest/pack.hpp"
#include "ingest_fixture.hpp"

using namespace policygraph;
using namespace policygraph::ingest;
using policygraph::testing::dump;
using policygraph::testing::label_of;
using policygraph::testing::packs_dir;
using policygraph::testing::ScratchDir;

namespace fs = std::filesystem;

namespace {

const char* const germany_manifest = R"({
  "name": "germany",
  "description": "German federal governments since 1998, two ministries, innovation programmes.",
  "extends": ["english"]
})";

const char* const germany_administrations = R"({
  "administrations": [
    {"id": "merkel", "label": "Merkel government", "leader": "Angela Merkel",
     "leader_aliases": ["Merkel"], "start": "2005-11-22", "end": "2021-12-08",
     "aliases": ["Merkel administration", "Merkel cabinet", "Kabinett Merkel"]},
    {"id": "schroeder", "label": "Schröder government", "leader": "Gerhard Schröder",
     "start": "1998-10-27", "end": "2005-11-22",
     "aliases": ["Schroeder government", "Schröder administration", "red-green coalition", "Kabinett Schröder"]},
    {"id": "scholz", "label": "Scholz government", "leader": "Olaf Scholz",
     "start": "2021-12-08", "end": "2025-05-06",
     "aliases": ["Scholz administration", "traffic-light coalition", "Ampelkoalition"]}
  ]
})";

const char* const germany_organisations = R"({
  "organisations": [
    {"id": "bmbf", "label": "Federal Ministry of Education and Research", "aliases": ["BMBF", "Bundesministerium für Bildung und Forschung"], "type": "ministry"},
    {"id": "ptj", "label": "Project Management Jülich", "aliases": ["PtJ", "Projektträger Jülich"], "parent": "bmbf", "type": "agency"}
  ]
})";

const char* const germany_programmes = R"({
  "programmes": [
    {"id": "high-tech-strategy", "label": "High-Tech Strategy", "aliases": ["Hightech-Strategie", "HTS"], "introduced_by": "merkel", "year": 2006},
    {"id": "hts-2025", "label": "High-Tech Strategy 2025", "aliases": ["Hightech-Strategie 2025", "HTS 2025"]},
    {"id": "innoregio", "label": "InnoRegio", "aliases": ["InnoRegio programme", "InnoRegio program"]}
  ]
})";

// Writes the germany pack next to a copy of the bundled english pack and returns its folder.
fs::path write_germany(const ScratchDir& dir) {
  fs::copy(packs_dir() / "english", dir.path / "english", fs::copy_options::recursive);
  dir.write("germany/pack.json", germany_manifest);
  dir.write("germany/administrations.json", germany_administrations);
  dir.write("germany/organisations.json", germany_organisations);
  dir.write("germany/programmes.json", germany_programmes);
  return dir.path / "germany";
}

const std::string germany_text =
    "Innovation policy in Germany\n"
    "\n"
    "The Schröder government launched the InnoRegio programme in 1999 to build regional innovation networks in the east. "
    "The Merkel government introduced the High-Tech Strategy in 2006. "
    "It was later expanded into the High-Tech Strategy 2025 in 2018. "
    "The traffic-light coalition replaced the High-Tech Strategy 2025 with the future research strategy in 2023. "
    "The InnoRegio programme was managed by Project Management Jülich.\n";

std::vector<std::string> facts(const PolicyGraph& graph, Relation relation) {
  std::vector<std::string> out;
  for (const Edge* edge : graph.edges())
    if (edge->relation == relation) out.push_back(edge->source + " > " + edge->target);
  std::sort(out.begin(), out.end());
  return out;
}

using Facts = std::vector<std::string>;

}  // namespace

TEST_CASE("a foreign pack loads beside the english pack it extends", "[ingest][foreign_pack]") {
  ScratchDir dir;
  Pack pack = load_pack(write_germany(dir));
  CHECK(pack.name == "germany");
  CHECK(pack.names == std::vector<std::string>{"english", "germany"});
  REQUIRE(pack.administrations.size() == 3);
  CHECK(pack.administrations[0].id == "schroeder");  // ordered by term, not by file order
  CHECK(pack.administrations[1].id == "merkel");
  CHECK(pack.administrations[2].id == "scholz");
  CHECK(pack.organisation("ptj")->parent == "bmbf");
  CHECK(pack.lexicon.classes.count("INTRODUCE"));  // from english
  CHECK_FALSE(pack.rules.empty());                  // from english
  CHECK(pack.administration("roh-moo-hyun") == nullptr);  // nothing of korea
}

TEST_CASE("a foreign pack drives extraction with its own administrations", "[ingest][foreign_pack]") {
  ScratchDir dir;
  Extractor extractor(load_pack(write_germany(dir)));
  auto extraction = ingest::extract_bytes("de/innovation-policy.txt", germany_text, extractor);
  const PolicyGraph& graph = extraction.graph;
  INFO(dump(graph));
  CHECK(facts(graph, Relation::introduced) == Facts{"administration/merkel > programme/high-tech-strategy",
                                                    "administration/scholz > programme/future-research-strategy",
                                                    "administration/schroeder > programme/innoregio"});
  CHECK(facts(graph, Relation::evolved_into) == Facts{"programme/high-tech-strategy > programme/hts-2025",
                                                      "programme/hts-2025 > programme/future-research-strategy"});
  const Edge* expanded = graph.edge("programme/high-tech-strategy", Relation::evolved_into, "programme/hts-2025");
  REQUIRE(expanded);
  CHECK(expanded->attributes.at("mode") == "expanded");
  CHECK(expanded->evidence.front().note == "it = High-Tech Strategy");
  CHECK(graph.edge("programme/hts-2025", Relation::evolved_into, "programme/future-research-strategy")->attributes.at("mode") ==
        "replaced");
  CHECK(graph.edge("administration/schroeder", Relation::introduced, "programme/innoregio")->year == 1999);
  CHECK(graph.edge("administration/merkel", Relation::introduced, "programme/high-tech-strategy")->year == 2006);
  CHECK(facts(graph, Relation::led_by) == Facts{"programme/innoregio > organisation/ptj"});
  // "to build regional innovation networks" is the Schröder government's aim.
  CHECK(facts(graph, Relation::emphasised) == Facts{"administration/schroeder > goal/regional-innovation-network"});
  // Nodes carry the foreign pack's names and terms.
  const Node* merkel = graph.node("administration/merkel");
  REQUIRE(merkel);
  CHECK(merkel->label == "Merkel government");
  CHECK(merkel->attributes.at("start") == "2005-11-22");
  CHECK(label_of(graph, "administration/scholz") == "Scholz government");  // found by an alias
  CHECK(label_of(graph, "programme/hts-2025") == "High-Tech Strategy 2025");
  for (const Node* node : graph.nodes())
    CHECK(node->id.find("korea") == std::string::npos);
  // The pack's terms give the order of governments.
  PolicyGraph merged;
  merged.merge(graph);
  extractor.link_successions(merged);
  CHECK(merged.edge("administration/schroeder", Relation::succeeded_by, "administration/merkel"));
  CHECK(merged.edge("administration/merkel", Relation::succeeded_by, "administration/scholz"));
}

TEST_CASE("a foreign pack's aliases in another language and its acronyms", "[ingest][foreign_pack]") {
  ScratchDir dir;
  Extractor extractor(load_pack(write_germany(dir)));
  auto extraction = ingest::extract_bytes("de/kurz.txt",
                                          "Notes\n\nThe Kabinett Merkel launched the Hightech-Strategie in 2006. "
                                          "The strategy is managed by the BMBF.\n",
                                          extractor);
  INFO(dump(extraction.graph));
  CHECK(facts(extraction.graph, Relation::introduced) == Facts{"administration/merkel > programme/high-tech-strategy"});
  CHECK(facts(extraction.graph, Relation::led_by) == Facts{"programme/high-tech-strategy > organisation/bmbf"});
}

TEST_CASE("the korea pack knows nothing of the foreign governments", "[ingest][foreign_pack]") {
  auto extraction = policygraph::testing::extract_text(germany_text, "de/innovation-policy.txt");
  INFO(dump(extraction.graph));
  for (const Edge* edge : extraction.graph.edges()) CHECK(edge->source.rfind("administration/", 0) != 0);
}
