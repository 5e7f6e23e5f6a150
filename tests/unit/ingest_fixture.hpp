// Shared helpers of the ingest tests: the default pack and one Extractor built once per run (pack
// loading and rule compilation are the slow part), temporary folders, and edges listed as text so
// that a failing check prints what was extracted.
#pragma once

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "graph/error.hpp"
#include "graph/policy_graph.hpp"
#include "ingest/extractor.hpp"
#include "ingest/pack.hpp"
#include "ingest/pipeline.hpp"
#include "ingest/reader.hpp"

namespace policygraph::testing {

/// Returns the source tree's data/packs folder.
inline std::filesystem::path packs_dir() { return std::filesystem::path(POLICYGRAPH_SOURCE_DIR) / "data" / "packs"; }

/// Returns the bundled korea pack (with english merged in), loaded once.
inline const ingest::Pack& korea_pack() {
  static const ingest::Pack pack = ingest::load_pack(packs_dir() / "korea");
  return pack;
}

/// Returns the lexicon of the bundled packs.
inline const ingest::Lexicon& english_lexicon() { return korea_pack().lexicon; }

/// Returns one Extractor on the bundled korea pack, compiled once.
inline const ingest::Extractor& korea_extractor() {
  static const ingest::Extractor extractor(korea_pack());
  return extractor;
}

/// A folder under the system temporary folder, removed with everything in it.
struct ScratchDir {
  std::filesystem::path path;
  ScratchDir() : path(std::filesystem::temp_directory_path() / ("policygraph-ingest-test-" + std::to_string(::getpid()) + "-" +
                                                                  std::to_string(next_number()))) {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  static int next_number() {
    static std::atomic<int> counter{0};
    return counter++;
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  /// Writes a file (creating its folder) and returns its path.
  std::filesystem::path write(const std::string& name, const std::string& bytes) const {
    std::filesystem::path file = path / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
  }
};

/// Extracts a text written in a test, as if read from `path`.
inline ingest::Extraction extract_text(const std::string& text, const std::string& path = "test-document.txt",
                               const ingest::Extractor& extractor = korea_extractor()) {
  return ingest::extract_bytes(path, text, extractor);
}

/// Returns a node's label, or the id when the node is missing.
inline std::string label_of(const PolicyGraph& graph, const std::string& id) {
  const Node* node = graph.node(id);
  return node ? node->label : id;
}

/// Returns "source-label RELATION target-label" for every edge of a relation, sorted.
inline std::vector<std::string> edges_of(const PolicyGraph& graph, Relation relation) {
  std::vector<std::string> out;
  for (const Edge* edge : graph.edges())
    if (edge->relation == relation)
      out.push_back(label_of(graph, edge->source) + " " + std::string(to_string(relation)) + " " + label_of(graph, edge->target));
  std::sort(out.begin(), out.end());
  return out;
}

/// Returns every edge as "source-id RELATION target-id", one a line (for failure messages).
inline std::string dump(const PolicyGraph& graph) {
  std::ostringstream out;
  for (const Edge* edge : graph.edges()) {
    out << edge->source << " " << to_string(edge->relation) << " " << edge->target << " [" << label_of(graph, edge->target) << "]";
    if (edge->year) out << " year=" << *edge->year;
    for (const auto& [key, value] : edge->attributes) out << " " << key << "=" << value;
    if (!edge->evidence.empty()) out << " rule=" << edge->evidence.front().rule;
    if (!edge->evidence.empty() && !edge->evidence.front().note.empty()) out << " note=" << edge->evidence.front().note;
    out << "\n";
  }
  return out.str();
}

/// Returns the edges of a relation whose target label contains `words` (case-insensitive ASCII).
inline std::vector<const Edge*> edges_to_label(const PolicyGraph& graph, Relation relation, const std::string& words) {
  auto lower = [](std::string s) {
    for (char& c : s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
  };
  std::vector<const Edge*> out;
  for (const Edge* edge : graph.edges())
    if (edge->relation == relation && lower(label_of(graph, edge->target)).find(lower(words)) != std::string::npos)
      out.push_back(edge);
  return out;
}

/// Returns the number of edges of a relation.
inline std::size_t count_edges(const PolicyGraph& graph, Relation relation) {
  std::size_t n = 0;
  for (const Edge* edge : graph.edges()) n += edge->relation == relation ? 1 : 0;
  return n;
}

}  // namespace policygraph::testing
