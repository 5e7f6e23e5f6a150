// The ontology of policygraph: node kinds, relations, dates, evidence, nodes, edges and documents.
// Plain values, no behaviour beyond parsing and printing, so that every module can share them.
#pragma once

#include <compare>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace policygraph {

/// Kinds of node; see docs/ontology.md.
enum class NodeKind {
  administration,
  programme,
  goal,
  outcome,
  problem,
  recommendation,
  organisation,
  person,
  event,
};

/// Kinds of edge, read as "source RELATION target".
enum class Relation {
  introduced,
  evolved_into,
  emphasised,
  resulted_in,
  has_problem,
  recommends,
  part_of,
  led_by,
  hosted,
  presented_at,
  affiliated_with,
  succeeded_by,
};

/// Names of the node attributes the snapshot schema defines (docs/snapshot.md).
namespace attributes {
inline constexpr const char* leader = "leader";  ///< an administration's leader
inline constexpr const char* start = "start";    ///< the start of a term (YYYY-MM-DD)
inline constexpr const char* end = "end";        ///< the end of a term
inline constexpr const char* type = "type";      ///< an organisation's type
inline constexpr const char* date = "date";      ///< an event's date
inline constexpr const char* title = "title";    ///< a person's title ("Dr.")
}  // namespace attributes

/// Names of edge attributes the snapshot schema defines beside `mode` and `role`.
namespace edge_attributes {
inline constexpr const char* inferred = "inferred";  ///< how an edge no sentence states was inferred
}  // namespace edge_attributes

/// Values of the `inferred` attribute (docs/ontology.md#inferred-facts).
namespace inference {
inline constexpr const char* by_date = "by date";  ///< an introduction dated in the text, placed in the term of that year
}  // namespace inference

/// Rule names of evidence that no relation rule gave (docs/ontology.md#evidence).
namespace evidence_rule {
inline constexpr const char* gazetteer = "gazetteer";    ///< a pack name seen in the sentence
inline constexpr const char* mention = "mention";        ///< a fact used the node there
inline constexpr const char* pack_terms = "pack.terms";  ///< succession from the pack's terms
}  // namespace evidence_rule

/// All node kinds in their canonical order.
const std::vector<NodeKind>& all_node_kinds();
/// All relations in their canonical order.
const std::vector<Relation>& all_relations();
/// Returns the snapshot name of a node kind ("administration").
std::string_view to_string(NodeKind kind);
/// Returns the snapshot name of a relation ("evolved_into").
std::string_view to_string(Relation relation);
/// Returns the node kind with that name, if there is one.
std::optional<NodeKind> parse_node_kind(std::string_view name);
/// Returns the relation with that name, if there is one.
std::optional<Relation> parse_relation(std::string_view name);

/// A calendar date known to a year, a month or a day.
struct Date {
  int year = 0;
  int month = 0;  ///< 0 when only the year is known
  int day = 0;    ///< 0 when only the year or month is known

  enum class Precision { year, month, day };
  /// Returns how precisely the date is known.
  Precision precision() const { return month == 0 ? Precision::year : day == 0 ? Precision::month : Precision::day; }
  /// Parses "2003", "2003-02" or "2003-02-25"; rejects impossible months and days.
  static std::optional<Date> parse(std::string_view text);
  /// Prints the date at its precision ("2003", "2003-02", "2003-02-25").
  std::string to_string() const;
  auto operator<=>(const Date&) const = default;
};

/// Where a fact comes from: a sentence of a document (or a pack entry) and the rule that read it.
struct Evidence {
  std::string document;   ///< document id, or "pack:NAME" for facts a pack states
  int sentence = -1;      ///< sentence index in the document, -1 for pack facts
  std::size_t begin = 0;  ///< byte offset of the sentence (or span) in the normalised text
  std::size_t end = 0;
  std::string text;       ///< the sentence itself
  std::string rule;       ///< id of the rule that produced the fact
  double confidence = 1.0;
  std::string note;       ///< how the fact was read, e.g. a resolved pronoun ("it = regional industry promotion policy")

  /// Returns the key that identifies the evidence for de-duplication and ordering.
  auto key() const { return std::tie(document, sentence, begin, end, rule); }
  bool operator==(const Evidence& other) const { return key() == other.key(); }
  bool operator<(const Evidence& other) const { return key() < other.key(); }
};

/// String attributes of nodes and edges; sorted by key so that output is deterministic.
using Attributes = std::map<std::string, std::string>;

/// An entity of the graph.
struct Node {
  std::string id;  ///< stable slug, "KIND/name", e.g. "administration/roh-moo-hyun"
  NodeKind kind = NodeKind::programme;
  std::string label;
  std::vector<std::string> aliases;  ///< sorted, unique, never containing the label
  Attributes attributes;             ///< e.g. leader, start, end, date, role
  std::vector<Evidence> evidence;    ///< sorted, unique

  /// Returns the attribute parsed as a date, if present and well formed.
  std::optional<Date> date_attribute(std::string_view key) const;
};

/// A typed, evidenced link between two nodes.
struct Edge {
  std::string source;
  std::string target;
  Relation relation = Relation::introduced;
  std::optional<int> year;
  Attributes attributes;  ///< e.g. mode (evolved_into), role (affiliated_with)
  std::vector<Evidence> evidence;
};

/// A source document that facts cite.
struct Document {
  std::string id;  ///< stable slug derived from the path
  std::string path;
  std::string title;
  std::string date;  ///< "YYYY", "YYYY-MM" or "YYYY-MM-DD", empty when unknown
  std::string sha256;
  /// 1 when first ingested, one more each time ingest replaces it with changed bytes; merge keeps
  /// the version of the highest revision (docs/scale.md#documents-in-two-shards).
  int revision = 1;
};

/// The pack a graph was extracted with: its name and a digest of the files of it and the packs it
/// extends. Empty in graphs that no ingest made (hand-written snapshots, tests).
struct PackStamp {
  std::string name;
  std::string sha256;
  bool operator==(const PackStamp&) const = default;
  bool empty() const { return name.empty() && sha256.empty(); }
};

/// Returns "kind/" + key, the id convention of nodes.
std::string make_node_id(NodeKind kind, std::string_view key);
/// Returns the kind named by the prefix of a node id, if it names one.
std::optional<NodeKind> kind_of_id(std::string_view id);

/// Returns true when the bytes are valid UTF-8 (no overlong forms, surrogates or values past
/// U+10FFFF); otherwise sets first_invalid, when given, to the offset of the first bad sequence.
bool is_valid_utf8(std::string_view bytes, std::size_t* first_invalid = nullptr);

/// Adds evidence to a sorted list, keeping it sorted and without duplicates.
void merge_evidence(std::vector<Evidence>& into, const std::vector<Evidence>& from);
/// Adds names to a sorted alias list, keeping it sorted, unique and free of the label.
void merge_aliases(std::vector<std::string>& into, const std::vector<std::string>& from, const std::string& label);

}  // namespace policygraph
