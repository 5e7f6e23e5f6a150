// Ingesting documents into a graph: read, skip what is unchanged, extract in parallel, merge in
// input order (so the snapshot is the same whatever the number of workers), replace what changed.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "graph/policy_graph.hpp"
#include "ingest/extractor.hpp"
#include "ingest/reader.hpp"

namespace policygraph::ingest {

struct IngestOptions {
  unsigned jobs = 0;  ///< workers; 0 for every core
  std::size_t max_document_bytes = ingest::max_document_bytes;  ///< larger inputs fail, the others go on
  bool inference = true;  ///< keep introductions inferred by date (graph/inference.hpp)
};

/// What happened to one input.
struct DocumentOutcome {
  std::string path;
  std::string id;
  enum class Status { added, replaced, unchanged, duplicate, failed } status = Status::added;
  std::size_t bytes = 0;
  std::size_t sentences = 0;
  std::size_t facts = 0;
  std::string sha256;                   ///< of the bytes read (empty when they could not be read)
  std::string duplicate_of;             ///< for duplicates: the path of the document with the same bytes
  std::string error;                    ///< for failed inputs: "PATH: reason"
  std::vector<std::string> warnings;    ///< e.g. invalid UTF-8 replaced
  std::vector<std::string> unresolved;  ///< pronouns without an antecedent
};

struct IngestReport {
  std::vector<DocumentOutcome> documents;  ///< in input order
  std::vector<std::string> skipped;        ///< files of folders left out, as warnings (skipped_input_warnings)
  std::size_t added = 0, replaced = 0, unchanged = 0, duplicates = 0, failed = 0;
  std::size_t bytes = 0;
};

/// Ingests inputs (files, folders, "-") into the graph. Unreadable and binary files are reported
/// in the outcome and skipped; so is an input with the bytes (SHA-256) of an earlier input or of a
/// snapshot document under another path (a duplicate, which keeps the first path). `progress` is
/// called after each document is extracted (from the worker's thread, serialised), with `done`
/// rising by one on each call.
IngestReport ingest_documents(PolicyGraph& graph, const std::vector<std::string>& inputs, const Extractor& extractor,
                              const IngestOptions& options,
                              const std::function<void(std::size_t done, std::size_t total, std::size_t bytes)>& progress = {});

/// A document given as its bytes rather than a path (a notebook's string): `name` stands for the
/// path (its extension chooses the reader, its file name the document id).
struct TextInput {
  std::string name;
  std::string bytes;
};

/// Ingests documents given as bytes, as ingest_documents ingests files: the same extraction,
/// duplicates, replacement of a changed document of the same name, and order of merging.
IngestReport ingest_texts(PolicyGraph& graph, const std::vector<TextInput>& texts, const Extractor& extractor,
                          const IngestOptions& options,
                          const std::function<void(std::size_t done, std::size_t total, std::size_t bytes)>& progress = {});

/// The whole-graph steps that follow the merge of extracted documents, one function for ingest
/// and merge (ingest/shards.hpp): succession edges between the administrations present (from the
/// pack's terms), inferences settled (graph/inference.hpp; with `inference` false, inferred edges
/// go), and the pack recorded as the graph's.
void finish_graph(PolicyGraph& graph, const Pack& pack, bool inference);

/// Extracts one document from bytes without touching any graph (for tests and evaluation).
Extraction extract_bytes(const std::string& path, const std::string& bytes, const Extractor& extractor);

}  // namespace policygraph::ingest
