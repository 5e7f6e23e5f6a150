// Unit tests of graph/store: canonical snapshots, round trips, and every kind of bad snapshot.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "graph/error.hpp"
#include "graph/store.hpp"

using namespace policygraph;
namespace fs = std::filesystem;

namespace {

PolicyGraph sample_graph() {
  PolicyGraph graph;
  graph.add_document({"stepi-seminar", "corpus/stepi.txt", "Regional Research Seminar", "2018-04-13", "ab12"});
  Evidence evidence{"stepi-seminar", 4, 812, 1003, "The Lee Myung-bak administration converted it to \"R&D\"\\ …", "rule.convert", 0.85,
                    "it = regional strategic industry"};
  graph.add_node({"administration/lee-myung-bak", NodeKind::administration, "Lee Myung-bak administration",
                  {"이명박 정부", "MB government"}, {{"leader", "Lee Myung-bak"}, {"start", "2008-02-25"}}, {evidence}});
  graph.add_node({"programme/r-d-oriented-regional-industry", NodeKind::programme, "R&D-oriented regional industry", {}, {}, {evidence}});
  graph.add_edge({"administration/lee-myung-bak", "programme/r-d-oriented-regional-industry", Relation::introduced, 2008,
                  {{"mode", "converted"}}, {evidence}});
  return graph;
}

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("policygraph-test-" + std::to_string(::getpid()) + "-" +
                                                std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

void write(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

std::string load_error(const std::string& text) {
  try {
    read_snapshot(text, "snap.json");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

const std::string header = R"({"format": "policygraph", "version": 1, "documents": [], )";

}  // namespace

TEST_CASE("a snapshot round-trips to identical bytes", "[store]") {
  std::string first = snapshot_text(sample_graph());
  PolicyGraph loaded = read_snapshot(first, "first");
  CHECK(snapshot_text(loaded) == first);
  CHECK(loaded.node("administration/lee-myung-bak")->aliases.size() == 2);
  CHECK(loaded.edges().front()->year == 2008);
  CHECK(loaded.edges().front()->evidence.front().note == "it = regional strategic industry");
  CHECK(first.rfind(R"({
  "format": "policygraph",
  "version": 1,)", 0) == 0);
}

TEST_CASE("saving writes the file atomically and loading reads it back", "[store]") {
  TempDir dir;
  fs::path file = dir.path / "policygraph.json";
  save_snapshot(sample_graph(), file);
  PolicyGraph loaded = load_snapshot(file);
  CHECK(loaded.node_count() == 2);
  save_snapshot(loaded, file);
  CHECK(read_file(file) == snapshot_text(sample_graph()));
  std::size_t entries = 0;
  for (auto& entry : fs::directory_iterator(dir.path)) {
    (void)entry;
    ++entries;
  }
  CHECK(entries == 1);  // no temporary file left behind
}

TEST_CASE("a failed save leaves the existing snapshot intact", "[store]") {
  TempDir dir;
  fs::path file = dir.path / "policygraph.json";
  save_snapshot(sample_graph(), file);
  std::string before = read_file(file);
  CHECK_THROWS_AS(save_snapshot(PolicyGraph{}, dir.path / "missing-folder" / "x.json"), OutputError);
  PolicyGraph bad = sample_graph();
  bad.add_node({"programme/bad", NodeKind::programme, std::string("bad \xff label"), {}, {}, {}});
  CHECK_THROWS_AS(save_snapshot(bad, file), OutputError);
  CHECK(read_file(file) == before);
}

TEST_CASE("a missing snapshot names the file", "[store]") {
  try {
    load_snapshot("/nonexistent/policygraph.json");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("/nonexistent/policygraph.json: cannot read") == 0);
  }
}

TEST_CASE("a truncated snapshot reports the byte offset", "[store]") {
  std::string text = snapshot_text(sample_graph());
  std::string message = load_error(text.substr(0, text.size() / 2));
  CHECK(message.find("snap.json: byte ") == 0);
  CHECK(load_error("").find("snap.json: byte 0: The document is empty") == 0);
}

TEST_CASE("invalid UTF-8 in a snapshot is an error at its byte", "[store]") {
  std::string text = header + "\"nodes\": [{\"id\": \"programme/a\", \"kind\": \"programme\", \"label\": \"a\xc3\x28\"}], \"edges\": []}";
  std::string message = load_error(text);
  CHECK(message.find("snap.json: byte ") == 0);
  CHECK(message.find("encoding") != std::string::npos);
}

TEST_CASE("wrong format and newer versions are refused", "[store]") {
  CHECK(load_error(R"({"format": "other", "version": 1, "documents": [], "nodes": [], "edges": []})").find("format is 'other'") !=
        std::string::npos);
  CHECK(load_error(R"({"format": "policygraph", "version": 2, "documents": [], "nodes": [], "edges": []})")
            .find("version 2 is newer") != std::string::npos);
  CHECK(load_error("[1, 2]").find("a snapshot is a JSON object") != std::string::npos);
}

TEST_CASE("dangling edges, duplicate ids and unknown kinds are refused with the offending id", "[store]") {
  std::string node_a = R"({"id": "programme/a", "kind": "programme", "label": "A"})";
  CHECK(load_error(header + "\"nodes\": [" + node_a + "], \"edges\": [{\"source\": \"programme/a\", \"target\": \"programme/zz\", "
                            "\"relation\": \"evolved_into\"}]}")
            .find("no node 'programme/zz' (dangling edge)") != std::string::npos);
  CHECK(load_error(header + "\"nodes\": [" + node_a + ", " + node_a + "], \"edges\": []}").find("nodes[1] (id 'programme/a'): duplicate node id") !=
        std::string::npos);
  CHECK(load_error(header + R"("nodes": [{"id": "ministry/a", "kind": "ministry", "label": "A"}], "edges": []})")
            .find("unknown kind 'ministry'") != std::string::npos);
  CHECK(load_error(header + "\"nodes\": [" + node_a + "], \"edges\": [{\"source\": \"programme/a\", \"target\": \"programme/a\", "
                            "\"relation\": \"likes\"}]}")
            .find("unknown relation 'likes'") != std::string::npos);
}

TEST_CASE("deeply nested input is refused without recursion", "[store]") {
  std::string deep(100000, '[');
  std::string message = load_error(deep);
  CHECK(message.find("nesting deeper than") != std::string::npos);
}

TEST_CASE("validate lists every problem instead of stopping at the first", "[store]") {
  TempDir dir;
  fs::path file = dir.path / "bad.json";
  write(file, header + R"("nodes": [{"id": "programme/a", "kind": "programme", "label": "A"},
      {"id": "programme/a", "kind": "programme", "label": "A"},
      {"id": "x/b", "kind": "x", "label": "B"}],
    "edges": [{"source": "programme/a", "target": "programme/none", "relation": "evolved_into"}]})");
  auto problems = validate_snapshot(file);
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].message == "duplicate node id");
  CHECK(problems[1].message == "unknown kind 'x'");
  CHECK(problems[2].message.find("dangling edge") != std::string::npos);
  fs::path good = dir.path / "good.json";
  save_snapshot(sample_graph(), good);
  CHECK(validate_snapshot(good).empty());
}

TEST_CASE("an escaped lone surrogate in a snapshot is refused at its byte", "[store]") {
  // Regression: RapidJSON's encoding validation let "\udc4d" through as bytes that are no UTF-8.
  std::string node = R"({"id": "programme/a", "kind": "programme", "label": "bad \udc4d label"})";
  std::string text = header + "\"nodes\": [" + node + "], \"edges\": []}";
  std::size_t at = text.find("\\udc4d");
  CHECK(load_error(text) == "snap.json: byte " + std::to_string(at) + ": '\\udc4d' is a lone UTF-16 surrogate, not a character");
  // In an attribute name, after an escaped backslash, and as a high surrogate with no partner.
  std::string key = header + R"("nodes": [{"id": "programme/a", "kind": "programme", "label": "A", "attributes": {"\uDFFF": "x"}}], "edges": []})";
  CHECK(load_error(key).find("byte " + std::to_string(key.find("\\uDFFF")) + ": '\\uDFFF' is a lone UTF-16 surrogate") != std::string::npos);
  std::string after_backslash = header + R"("nodes": [{"id": "programme/a", "kind": "programme", "label": "\\\udc00"}], "edges": []})";
  CHECK(load_error(after_backslash).find("lone UTF-16 surrogate") != std::string::npos);
  CHECK(load_error(header + R"("nodes": [{"id": "programme/a", "kind": "programme", "label": "\ud800 x"}], "edges": []})")
            .find("The surrogate pair in string is invalid") != std::string::npos);
}

TEST_CASE("escaped surrogate pairs and escaped backslashes before 'u' load", "[store]") {
  std::string text = header + R"("nodes": [{"id": "programme/a", "kind": "programme", "label": "\ud83d\ude00 \\udc4d"}], "edges": []})";
  PolicyGraph graph = read_snapshot(text, "snap.json");
  CHECK(graph.node("programme/a")->label == "\xF0\x9F\x98\x80 \\udc4d");
  CHECK(read_snapshot(snapshot_text(graph), "again").node("programme/a")->label == graph.node("programme/a")->label);
}

TEST_CASE("validate reports a lone surrogate with its byte", "[store]") {
  TempDir dir;
  fs::path file = dir.path / "surrogate.json";
  write(file, header + R"("nodes": [{"id": "programme/a", "kind": "programme", "label": "\udc4d"}], "edges": []})");
  auto problems = validate_snapshot(file);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].where.rfind("byte ", 0) == 0);
  CHECK(problems[0].message.find("lone UTF-16 surrogate") != std::string::npos);
}
