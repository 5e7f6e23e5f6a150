// Unit tests of ingest/shards (merge of shard snapshots) and of the canonical PolicyGraph::merge it
// rests on: the same bytes as one ingest, whatever the order and grouping, and every refusal.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "graph/error.hpp"
#include "graph/store.hpp"
#include "ingest/shards.hpp"
#include "ingest_fixture.hpp"

using namespace policygraph;
using namespace policygraph::ingest;
using policygraph::testing::korea_extractor;
using policygraph::testing::korea_pack;
using policygraph::testing::ScratchDir;

namespace {

const char* const seminar =
    "Seminar notes\n\nThe Participation Government introduced the regional strategic industry programme in 2004.\n";
const char* const news = "News item\n\nThe Moon Jae-in administration launched the hydrogen valley programme in 2019.\n";
const char* const review =
    "Review\n\nThe Lee Myung-bak administration introduced the green growth strategy in 2009. "
    "The regional strategic industry programme was expanded into the regional innovation cluster programme in 2008.\n";

// Ingests paths into a new graph, as `ingest --fresh` does, and returns its snapshot text.
std::string ingest_text(const std::vector<std::string>& paths) {
  PolicyGraph graph;
  IngestOptions options;
  options.jobs = 2;
  ingest_documents(graph, paths, korea_extractor(), options);
  return snapshot_text(graph);
}

// Merges snapshot texts through their files' form (read_snapshot), as `policygraph merge` does.
std::string merge_texts(const std::vector<std::string>& texts, MergeReport* report = nullptr) {
  std::vector<Shard> shards;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    std::string name = "shard" + std::to_string(i) + ".json";
    shards.push_back({name, read_snapshot(texts[i], name)});
  }
  return snapshot_text(merge_shards(std::move(shards), korea_pack(), report));
}

std::vector<std::string> corpus_files() {
  std::vector<std::string> files = expand_inputs({(policygraph::testing::packs_dir().parent_path() / "corpus").string()});
  REQUIRE(files.size() >= 6);
  return files;
}

Node named(const std::string& id, const std::string& label, Attributes attributes = {}) {
  return Node{id, NodeKind::programme, label, {}, std::move(attributes), {Evidence{"d", 0, 0, 1, "s", "r", 1.0, ""}}};
}

}  // namespace

TEST_CASE("PolicyGraph::merge chooses labels and attributes whatever the order", "[graph][merge]") {
  PolicyGraph a, b, c;
  for (PolicyGraph* g : {&a, &b, &c}) g->add_document(Document{"d", "d.txt", "", "", ""});
  a.add_node(named("programme/x", "Tech Incubator Program for Startup", {{"type", "b"}}));
  b.add_node(named("programme/x", "Tech Incubator Program for Startups", {{"type", "a"}, {"lead", "k"}}));
  c.add_node(named("programme/x", "tech incubator program for startups"));
  a.add_node(named("programme/y", "y"));
  b.add_node(named("programme/y", "y"));
  a.add_edge(Edge{"programme/x", "programme/y", Relation::evolved_into, 2004, {{"mode", "replaced"}}, {}});
  b.add_edge(Edge{"programme/x", "programme/y", Relation::evolved_into, 2003, {{"mode", "merged"}}, {}});
  auto merged = [](std::vector<const PolicyGraph*> order) {
    PolicyGraph out;
    for (const PolicyGraph* g : order) out.merge(*g);
    return snapshot_text(out);
  };
  std::string abc = merged({&a, &b, &c});
  CHECK(abc == merged({&c, &b, &a}));
  CHECK(abc == merged({&b, &c, &a}));
  PolicyGraph bc;
  bc.merge(b);
  bc.merge(c);
  CHECK(abc == merged({&a, &bc}));
  PolicyGraph out = read_snapshot(abc, "abc");
  const Node* x = out.node("programme/x");
  REQUIRE(x);
  CHECK(x->label == "Tech Incubator Program for Startups");  // the longer; of equal length, the first in byte order
  CHECK(x->aliases == std::vector<std::string>{"Tech Incubator Program for Startup", "tech incubator program for startups"});
  CHECK(x->attributes.at("type") == "a");
  CHECK(x->attributes.at("lead") == "k");
  const Edge* e = out.edge("programme/x", Relation::evolved_into, "programme/y");
  REQUIRE(e);
  CHECK(e->attributes.at("mode") == "merged");
  CHECK(e->year == 2003);
}

TEST_CASE("merge of shards equals one ingest of the corpus, in any split, order and grouping", "[ingest][shards]") {
  std::vector<std::string> files = corpus_files();
  std::string whole = ingest_text(files);
  SECTION("three shards, in every order and grouping") {
    std::size_t third = files.size() / 3;
    std::string a = ingest_text({files.begin(), files.begin() + static_cast<long>(third)});
    std::string b = ingest_text({files.begin() + static_cast<long>(third), files.begin() + static_cast<long>(2 * third)});
    std::string c = ingest_text({files.begin() + static_cast<long>(2 * third), files.end()});
    CHECK(merge_texts({a, b, c}) == whole);
    CHECK(merge_texts({c, b, a}) == whole);
    CHECK(merge_texts({merge_texts({a, b}), c}) == whole);
    CHECK(merge_texts({a, merge_texts({b, c})}) == whole);
    CHECK(merge_texts({merge_texts({c, a}), b}) == whole);
  }
  SECTION("two shards interleaved, one document each") {
    std::vector<std::string> even, odd;
    for (std::size_t i = 0; i < files.size(); ++i) (i % 2 ? odd : even).push_back(files[i]);
    CHECK(merge_texts({ingest_text(odd), ingest_text(even)}) == whole);
    std::vector<std::string> singles;
    for (auto it = files.rbegin(); it != files.rend(); ++it) singles.push_back(ingest_text({*it}));
    CHECK(merge_texts(singles) == whole);
  }
  SECTION("a shard merged with itself or alone changes nothing") {
    CHECK(merge_texts({whole}) == whole);
    CHECK(merge_texts({whole, whole}) == whole);
  }
}

TEST_CASE("merge keeps the version of a document ingest replaced last", "[ingest][shards]") {
  ScratchDir dir;
  auto file = dir.write("corpus/seminar.txt", seminar).string();
  auto other = dir.write("corpus/news.txt", news).string();
  std::string old_shard = ingest_text({file, other});
  // The shard that read the document again after it changed: revision 2.
  PolicyGraph graph = read_snapshot(old_shard, "old");
  dir.write("corpus/seminar.txt", review);
  ingest_documents(graph, {file}, korea_extractor(), IngestOptions{});
  REQUIRE(graph.document("seminar")->revision == 2);
  std::string new_shard = snapshot_text(graph);
  CHECK(new_shard.find("\"revision\": 2") != std::string::npos);

  MergeReport report;
  std::string merged = merge_texts({new_shard, old_shard}, &report);
  CHECK(merged == merge_texts({old_shard, new_shard}));
  CHECK(report.replaced == 1);
  PolicyGraph out = read_snapshot(merged, "merged");
  CHECK(out.document("seminar")->revision == 2);
  CHECK(out.edge("administration/lee-myung-bak", Relation::introduced, "programme/low-carbon-green-growth"));
  // The facts of the old version went with it: Roh's introduction was in the old text only.
  REQUIRE(read_snapshot(old_shard, "old").edge("administration/roh-moo-hyun", Relation::introduced,
                                               "programme/regional-strategic-industry"));
  CHECK_FALSE(out.edge("administration/roh-moo-hyun", Relation::introduced, "programme/regional-strategic-industry"));
  CHECK(out.document("news"));
}

TEST_CASE("two versions at one revision: the larger digest, with a warning, in any order", "[ingest][shards]") {
  ScratchDir dir;
  auto file = dir.write("seminar.txt", seminar).string();
  std::string first = ingest_text({file});
  dir.write("seminar.txt", review);
  std::string second = ingest_text({file});
  MergeReport report;
  std::string merged = merge_texts({first, second}, &report);
  CHECK(merged == merge_texts({second, first}));
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0].find("document 'seminar' differs") != std::string::npos);
  PolicyGraph a = read_snapshot(first, "a"), b = read_snapshot(second, "b");
  std::string larger = std::max(a.document("seminar")->sha256, b.document("seminar")->sha256);
  CHECK(read_snapshot(merged, "m").document("seminar")->sha256 == larger);
}

TEST_CASE("the same text in two shards under two names is kept once, under the first path", "[ingest][shards]") {
  ScratchDir dir;
  auto a = dir.write("a/seminar.txt", seminar).string();
  auto b = dir.write("b/notes.txt", seminar).string();
  auto c = dir.write("c/news.txt", news).string();
  MergeReport report;
  std::string merged = merge_texts({ingest_text({b, c}), ingest_text({a})}, &report);
  CHECK(report.duplicates == 1);
  CHECK(merged == ingest_text({a, b, c}));
  PolicyGraph out = read_snapshot(merged, "m");
  CHECK(out.document("seminar"));
  CHECK_FALSE(out.document("notes"));
}

TEST_CASE("merge refuses shards of another pack and two files under one id", "[ingest][shards]") {
  ScratchDir dir;
  std::string shard = ingest_text({dir.write("one/seminar.txt", seminar).string()});
  PolicyGraph other_pack = read_snapshot(shard, "x");
  other_pack.set_pack(PackStamp{"uk", "00"});
  std::vector<Shard> shards;
  shards.push_back({"a.json", read_snapshot(shard, "a")});
  shards.push_back({"b.json", other_pack});
  CHECK_THROWS_WITH(merge_shards(std::move(shards), korea_pack()),
                    "b.json: made with pack 'uk', not 'korea' (the pack of this merge; --pack chooses another)");

  PolicyGraph changed_pack = read_snapshot(shard, "x");
  changed_pack.set_pack(PackStamp{"korea", "0123456789abcdef"});
  shards.clear();
  shards.push_back({"c.json", changed_pack});
  CHECK_THROWS_WITH(merge_shards(std::move(shards), korea_pack()),
                    Catch::Matchers::StartsWith("c.json: made with another version of pack 'korea' (sha256 0123456789ab…"));

  std::string same_name = ingest_text({dir.write("two/seminar.txt", review).string()});
  shards.clear();
  shards.push_back({"a.json", read_snapshot(shard, "a")});
  shards.push_back({"d.json", read_snapshot(same_name, "d")});
  CHECK_THROWS_WITH(merge_shards(std::move(shards), korea_pack()),
                    Catch::Matchers::StartsWith("a.json, d.json: both hold a document 'seminar', from different files"));
}

TEST_CASE("a snapshot keeps its pack and revisions through a save and a load", "[graph][store][shards]") {
  PolicyGraph graph;
  graph.set_pack(PackStamp{"korea", "abc"});
  Document document{"d", "d.txt", "", "", "f00"};
  document.revision = 3;
  graph.add_document(document);
  std::string text = snapshot_text(graph);
  PolicyGraph back = read_snapshot(text, "t");
  CHECK(back.pack() == PackStamp{"korea", "abc"});
  CHECK(back.document("d")->revision == 3);
  CHECK(snapshot_text(back) == text);
  CHECK_THROWS_WITH(read_snapshot(R"({"format": "policygraph", "version": 1, "documents": [{"id": "d", "revision": 0}], "nodes": [], "edges": []})", "bad.json"),
                    "bad.json: documents[0] (id 'd'): 'revision' must be a whole number from 1");
}
