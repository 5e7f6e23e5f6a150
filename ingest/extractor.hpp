// Extraction of one document: sentences, items, coreference, clauses, rules, and the facts they
// give, as a small PolicyGraph whose every node and edge cites its sentence. Pure and per
// document, so documents are extracted in parallel and merged by the caller.
#pragma once

#include <iosfwd>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "graph/name_index.hpp"
#include "graph/policy_graph.hpp"
#include "ingest/chunker.hpp"
#include "ingest/gazetteer.hpp"
#include "ingest/grammar.hpp"
#include "ingest/pack.hpp"
#include "ingest/reader.hpp"
#include "ingest/rules.hpp"

namespace policygraph::ingest {

/// What extraction of one document gave.
struct Extraction {
  PolicyGraph graph;                    ///< the document, its nodes and edges
  std::size_t sentences = 0;
  std::size_t facts = 0;                ///< edges emitted (before merging duplicates)
  std::vector<std::string> unresolved;  ///< pronouns and descriptions with no antecedent, for -v
  std::vector<std::string> warnings;    ///< a limit reached ("PATH: …"), one line each
};

/// Bounds that keep extraction's time and memory linear in a document's size
/// (docs/reliability.md, "Limits"). Reaching one gives a warning, never a silent cut.
struct ExtractionLimits {
  /// The most tokens (words and marks) of a sentence read for facts; a longer "sentence" (a table
  /// or a list run together without punctuation) is skipped, with a warning.
  std::size_t max_sentence_tokens = 1000;
  /// A document longer than this many bytes is read in parts of about this size, at paragraph
  /// breaks, each its own discourse: pronouns, short names and acronyms are resolved within a part.
  std::size_t discourse_bytes = std::size_t{256} << 10;
};

class Extractor {
 public:
  /// Compiles the pack's gazetteer and rules; throws InputError for a bad rule.
  explicit Extractor(Pack pack);
  ~Extractor();
  /// Extracts a document. Thread-safe: one Extractor serves every worker.
  Extraction extract(const SourceDocument& document) const;
  /// Adds what the pack states about administrations present in the graph: succeeded_by
  /// between administrations that follow each other in the pack.
  void link_successions(PolicyGraph& graph) const;
  /// Writes each sentence's items and each rule match to `out` (not thread-safe: use one worker).
  void set_trace(std::ostream* out) { trace_ = out; }
  /// Sets the limits extraction keeps to (the defaults of ExtractionLimits unless set).
  void set_limits(const ExtractionLimits& limits) { limits_ = limits; }
  const ExtractionLimits& limits() const { return limits_; }
  const Pack& pack() const { return pack_; }
  const RuleSet& rules() const { return *rules_; }
  const Chunker& chunker() const { return *chunker_; }
  const Grammar& grammar() const { return *grammar_; }

 private:
  Pack pack_;
  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<RuleSet> rules_;
  std::unique_ptr<Grammar> grammar_;  // before the chunker, which asks it
  std::unique_ptr<Chunker> chunker_;
  std::ostream* trace_ = nullptr;
  ExtractionLimits limits_;
};

/// Adds what a pack states about administrations present in the graph: succeeded_by between
/// administrations that follow each other in the pack, citing "pack:NAME".
void link_successions(PolicyGraph& graph, const Pack& pack);

/// The slug of a name for node ids (graph/name_index.hpp), here too for the extractor's callers.
using ::policygraph::name_slug;

}  // namespace policygraph::ingest
