// Curation: a researcher's corrections to what the extractor read, kept in a file of their own
// (format "policygraph-corrections", docs/curation.md) and laid over the extracted graph each time
// a graph is read. The snapshot keeps what the texts say; the corrections file keeps what the
// researcher says; a re-ingest renews the first and never loses the second.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/policy_graph.hpp"

namespace policygraph {

/// What a correction does.
enum class CorrectionOp {
  assert_fact,  ///< "assert": add an edge (and its endpoints when they are new)
  retract,      ///< remove every edge a one-triple pattern matches
  merge,        ///< fold one node into another: its label becomes an alias, its edges move
  split,        ///< move what some documents say of a node to a new node
  rename,       ///< give a node another label (the old one stays an alias)
  set,          ///< set an attribute of a node, or the year or an attribute of matched edges
  retype,       ///< give a node another kind ("not a programme but an outcome")
  remove,       ///< remove a node and its edges ("not a programme at all")
};

/// Returns the file's name of an operation ("assert", "retract" …).
std::string_view to_string(CorrectionOp op);
/// Returns the operation with that name, if there is one.
std::optional<CorrectionOp> parse_correction_op(std::string_view name);

/// One correction. Which fields count depends on the operation (docs/curation.md); names are node
/// ids or anything `query` resolves (labels, aliases, leaders).
struct Correction {
  CorrectionOp op = CorrectionOp::assert_fact;
  std::string source;               ///< assert: the subject
  std::string relation;             ///< assert: the relation's name
  std::string target;               ///< assert: the object
  std::optional<int> year;          ///< assert: the edge's year
  std::string mode;                 ///< assert: evolved_into's mode
  std::string source_kind;          ///< assert: the kind of a new subject (default: the relation's)
  std::string target_kind;          ///< assert: the kind of a new object
  std::string pattern;              ///< retract, set: one triple of the pattern language (docs/queries.md)
  std::string node;                 ///< merge (the node kept), split, rename, set, retype, remove
  std::string other;                ///< merge: the node folded into `node`
  std::string label;                ///< rename: the new label; split: the new node's label
  std::vector<std::string> documents;  ///< split: the documents whose facts move
  std::string attribute;            ///< set: the attribute ("year" for an edge's year)
  std::string value;                ///< set: its value
  std::string kind;                 ///< retype: the new kind
  std::string note;                 ///< why, in the researcher's words; shown as the evidence
  std::size_t line = 0;             ///< where it is in its file, from 1
  std::size_t begin = 0;            ///< byte offsets of its entry in the file
  std::size_t end = 0;
};

/// A corrections file: its name (as cited by evidence) and its corrections in order.
struct Corrections {
  std::string name;  ///< the file's name, without folders ("corrections.json")
  std::vector<Correction> items;
};

/// How one correction fared on a graph.
struct CorrectionOutcome {
  enum class Status {
    applied,    ///< it changed the graph
    unchanged,  ///< the graph already says it (the extractor now agrees)
    stale,      ///< its target is not in the graph (any more): nothing was done
  };
  const Correction* correction = nullptr;
  Status status = Status::applied;
  std::string message;  ///< what it did, or why it no longer applies
};

/// Returns "applied", "unchanged" or "no longer applies".
std::string_view to_string(CorrectionOutcome::Status status);

/// Parses corrections text. Throws InputError "NAME: line N: reason" on the first problem: bad
/// JSON, another format or version, an unknown operation, a missing or mistyped field.
Corrections read_corrections(std::string_view text, std::string_view name);
/// Loads a corrections file (read_corrections with the file's name). Throws InputError.
Corrections load_corrections(const std::filesystem::path& path);
/// Returns the canonical text of corrections: one correction per line, fields in a fixed order,
/// so that a file written by `curate` diffs line by line and its line numbers are stable.
std::string corrections_text(const Corrections& corrections);
/// Returns the one-line JSON object of a correction, as corrections_text writes it.
std::string correction_json(const Correction& correction);
/// Returns a short description of a correction for messages ("merge \"A\" \"B\"").
std::string describe(const Correction& correction);

/// Applies corrections to a graph in their order and returns one outcome per correction. A curated
/// node or edge cites the file: evidence with document "curation:NAME", the line as its sentence,
/// the note as its text and rule "curation.OP"; extracted evidence stays beside it.
std::vector<CorrectionOutcome> apply_corrections(PolicyGraph& graph, const Corrections& corrections);

/// The evidence document prefix of curated facts.
inline constexpr std::string_view curation_prefix = "curation:";

}  // namespace policygraph
