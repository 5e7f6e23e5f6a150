// Tests of ingest_documents: duplicates by content, and the progress it reports with several workers.
#include <catch2/catch.hpp>

#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "ingest/pipeline.hpp"
#include "ingest_fixture.hpp"

using namespace policygraph;
using namespace policygraph::ingest;
using policygraph::testing::korea_extractor;
using policygraph::testing::ScratchDir;

namespace {

const char* const seminar =
    "Seminar notes\n\nThe Participation Government introduced the regional strategic industry programme in 2004.\n";
const char* const news =
    "News item\n\nThe Moon Jae-in administration launched the hydrogen valley programme in 2019.\n";

IngestOptions workers(unsigned jobs) {
  IngestOptions options;
  options.jobs = jobs;
  return options;
}

}  // namespace

TEST_CASE("a copy of a document under another path is ingested once, as a duplicate", "[ingest][pipeline]") {
  ScratchDir dir;
  auto first = dir.write("corpus/a/seminar.txt", seminar);
  auto copy = dir.write("corpus/b/seminar-copy.txt", seminar);
  dir.write("corpus/news.txt", news);
  PolicyGraph graph;
  IngestReport report = ingest_documents(graph, {(dir.path / "corpus").string()}, korea_extractor(), workers(2));
  REQUIRE(report.documents.size() == 3);
  CHECK(report.added == 2);
  CHECK(report.duplicates == 1);
  CHECK(graph.documents().size() == 2);
  const DocumentOutcome& duplicate = report.documents[1];  // corpus/a/… comes first in path order
  CHECK(duplicate.path == copy.string());
  CHECK(duplicate.status == DocumentOutcome::Status::duplicate);
  CHECK(duplicate.duplicate_of == first.string());
  CHECK_FALSE(graph.document(duplicate.id));
}

TEST_CASE("a copy of a snapshot document is a duplicate on a later ingest", "[ingest][pipeline]") {
  ScratchDir dir;
  auto first = dir.write("seminar.txt", seminar);
  auto copy = dir.write("renamed/seminar-2004.txt", seminar);
  PolicyGraph graph;
  ingest_documents(graph, {first.string()}, korea_extractor(), workers(1));
  IngestReport again = ingest_documents(graph, {first.string(), copy.string()}, korea_extractor(), workers(2));
  CHECK(again.unchanged == 1);
  CHECK(again.duplicates == 1);
  CHECK(again.documents[1].duplicate_of == first.string());
  CHECK(graph.documents().size() == 1);
}

TEST_CASE("a path whose text became that of another document keeps none of its old facts", "[ingest][pipeline]") {
  ScratchDir dir;
  auto seminar_file = dir.write("seminar.txt", seminar);
  auto news_file = dir.write("news.txt", news);
  PolicyGraph graph;
  ingest_documents(graph, {seminar_file.string(), news_file.string()}, korea_extractor(), workers(1));
  REQUIRE(graph.documents().size() == 2);
  dir.write("news.txt", seminar);
  IngestReport again = ingest_documents(graph, {seminar_file.string(), news_file.string()}, korea_extractor(), workers(1));
  CHECK(again.duplicates == 1);
  CHECK(graph.documents().size() == 1);
  CHECK(graph.document(again.documents[0].id));
}

TEST_CASE("progress counts documents one by one and never steps backwards with several workers", "[ingest][pipeline]") {
  ScratchDir dir;
  constexpr std::size_t documents = 40;
  for (std::size_t i = 0; i < documents; ++i)
    dir.write("corpus/doc-" + std::to_string(100 + i) + ".txt", "Note " + std::to_string(i) + "\n\n" + news);
  std::vector<std::size_t> counts;
  std::vector<std::size_t> bytes;
  PolicyGraph graph;
  // The callback is slow on purpose: workers that finish meanwhile queue up on the callback, which is
  // where a count taken before the queue came out of order.
  ingest_documents(graph, {(dir.path / "corpus").string()}, korea_extractor(), workers(4),
                   [&](std::size_t done, std::size_t total, std::size_t read) {
                     CHECK(total == documents);
                     counts.push_back(done);
                     bytes.push_back(read);
                     std::this_thread::sleep_for(std::chrono::milliseconds(1));
                   });
  REQUIRE(counts.size() == documents);
  for (std::size_t i = 0; i < documents; ++i) CHECK(counts[i] == i + 1);
  CHECK(std::is_sorted(bytes.begin(), bytes.end()));
}

TEST_CASE("texts given as strings are ingested as the same files would be", "[ingest][pipeline]") {
  ScratchDir dir;
  auto seminar_file = dir.write("seminar.txt", seminar);
  PolicyGraph from_file;
  ingest_documents(from_file, {seminar_file.string()}, korea_extractor(), workers(1));
  PolicyGraph from_text;
  IngestReport report = ingest_texts(from_text, {{seminar_file.string(), seminar}}, korea_extractor(), workers(1));
  CHECK(report.added == 1);
  CHECK(report.documents[0].sha256 == from_file.documents()[0]->sha256);
  REQUIRE(from_text.edge_count() == from_file.edge_count());
  REQUIRE(from_text.edge_count() > 0);
  for (const Edge* edge : from_file.edges()) CHECK(from_text.edge(edge->source, edge->relation, edge->target));
}

TEST_CASE("a text given again under its name is unchanged, and a changed one replaces it", "[ingest][pipeline]") {
  PolicyGraph graph;
  ingest_texts(graph, {{"note.txt", seminar}, {"news.md", news}}, korea_extractor(), workers(2));
  IngestReport again = ingest_texts(graph, {{"note.txt", seminar}}, korea_extractor(), workers(1));
  CHECK(again.unchanged == 1);
  IngestReport changed = ingest_texts(graph, {{"news.md", std::string(news) + "\nA second paragraph.\n"}},
                                      korea_extractor(), workers(1));
  CHECK(changed.replaced == 1);
  CHECK(graph.documents().size() == 2);
  IngestReport copy = ingest_texts(graph, {{"copy.txt", seminar}}, korea_extractor(), workers(1));
  CHECK(copy.duplicates == 1);
  CHECK(copy.documents[0].duplicate_of == "note.txt");
}

TEST_CASE("a text over the size limit fails with its name, and the others go on", "[ingest][pipeline]") {
  IngestOptions options = workers(1);
  options.max_document_bytes = 64;
  PolicyGraph graph;
  IngestReport report = ingest_texts(graph, {{"big.txt", std::string(65, 'a')}, {"small.txt", "A note.\n"}},
                                     korea_extractor(), options);
  CHECK(report.failed == 1);
  CHECK(report.added == 1);
  CHECK(report.documents[0].error.rfind("big.txt: 65 bytes, more than", 0) == 0);
}
