// Unit tests of graph/evidence_json: the shared field layout, the empty-note rule and the caller's string rule.
#include <catch2/catch.hpp>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>

#include "graph/evidence_json.hpp"

using namespace policygraph;

namespace {

std::string json_of(const std::vector<Evidence>& evidence, EmptyNote empty_note) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  write_evidence_array(w, evidence, [&](std::string_view text) {
    w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  }, empty_note);
  return buffer.GetString();
}

}  // namespace

TEST_CASE("evidence JSON writes the snapshot's fields in order", "[graph]") {
  Evidence e{"doc-1", 3, 10, 42, "It was \"renamed\".", "rule.rename", 0.5, "it = the plan"};
  CHECK(json_of({e}, EmptyNote::omit) ==
        R"([{"document":"doc-1","sentence":3,"begin":10,"end":42,"text":"It was \"renamed\".","rule":"rule.rename",)"
        R"("confidence":0.5,"note":"it = the plan"}])");
  CHECK(json_of({}, EmptyNote::omit) == "[]");
}

TEST_CASE("evidence JSON writes an empty note only when asked", "[graph]") {
  Evidence e{"pack:korea", -1, 0, 0, "", "pack", 1.0, ""};
  CHECK(json_of({e}, EmptyNote::omit) == R"([{"document":"pack:korea","sentence":-1,"begin":0,"end":0,"text":"","rule":"pack","confidence":1.0}])");
  CHECK(json_of({e}, EmptyNote::write) ==
        R"([{"document":"pack:korea","sentence":-1,"begin":0,"end":0,"text":"","rule":"pack","confidence":1.0,"note":""}])");
}

TEST_CASE("evidence JSON leaves strings to the caller's writer", "[graph]") {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  std::vector<std::string> seen;
  Evidence e{"d", 0, 0, 1, "t", "r", 1.0, "n"};
  write_evidence_object(w, e, [&](std::string_view text) {
    seen.emplace_back(text);
    w.String("x");
  });
  CHECK(seen == std::vector<std::string>{"d", "t", "r", "n"});
  CHECK(std::string(buffer.GetString()) ==
        R"({"document":"x","sentence":0,"begin":0,"end":1,"text":"x","rule":"x","confidence":1.0,"note":"x"})");
}
