// Questions to a policy graph: who introduced a programme, its lineage, a timeline, what an
// administration did, problems/outcomes/recommendations, neighbourhoods, paths and name search.
// Typed results for programs, and `Answer`, one tabular shape with evidence for every query,
// which the command line prints as a table, JSON, CSV or TSV.
#pragma once

#include <iosfwd>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/error.hpp"
#include "graph/name_index.hpp"
#include "graph/policy_graph.hpp"

namespace policygraph {

/// An administration introducing a programme, with the year the text gives, if any.
struct Introduction {
  const Node* administration = nullptr;
  const Node* programme = nullptr;
  const Edge* edge = nullptr;
  /// "2004" when the edge has a year, "during 2003–2008" from the term otherwise, "" when neither is known.
  std::string when;
};

/// One programme of a lineage, with how it came from its predecessors in the lineage.
struct LineageStep {
  const Node* programme = nullptr;
  std::vector<Introduction> introductions;
  std::vector<const Edge*> from;  ///< evolved_into edges from earlier programmes of the lineage
};

/// Which part of a lineage to follow from the named programme.
enum class LineageDirection { both, forward, backward };

/// What an administration did, for timelines and programmes-of.
struct AdministrationRecord {
  const Node* administration = nullptr;
  std::vector<const Edge*> introduced;  ///< introduced edges, by year then target label
  std::vector<const Edge*> emphasised;  ///< emphasised edges, by target label
};

/// A statement about a subject: a problem, an outcome or a recommendation with its edge.
struct Finding {
  const Node* subject = nullptr;  ///< the programme (or event, person ...) the edge leaves
  const Node* item = nullptr;     ///< the problem, outcome or recommendation
  const Edge* edge = nullptr;
};

/// A node reached from a start node, and the edge that reached it first.
struct Neighbour {
  const Node* node = nullptr;
  int depth = 0;
  const Edge* edge = nullptr;     ///< null for the start node
  const Node* via = nullptr;      ///< the node the edge was followed from
  bool outgoing = true;           ///< true when the edge points away from `via`
};

/// One edge of a path, read in the direction of the path.
struct PathStep {
  const Node* from = nullptr;
  const Node* to = nullptr;
  const Edge* edge = nullptr;
  bool forward = true;  ///< true when the edge points from `from` to `to`
};

/// Returns an administration's term as "2003–2008" (en dash), "2022–" when it has no end, "" without a start.
std::string term_text(const Node& administration);

/// The queries over one loaded graph. Builds its indexes (names, kinds, relations) once; every
/// query then reads only what it visits. The graph must outlive the engine and stay unchanged.
class QueryEngine {
 public:
  explicit QueryEngine(const PolicyGraph& graph);
  ~QueryEngine();
  QueryEngine(const QueryEngine&) = delete;
  QueryEngine& operator=(const QueryEngine&) = delete;

  /// Returns the graph the engine answers from.
  const PolicyGraph& graph() const { return graph_; }
  /// Returns the name index.
  const NameIndex& names() const { return *names_; }
  /// Resolves a name to one node (see NameIndex::resolve).
  const Node& resolve(std::string_view name, const std::vector<NodeKind>& preferred = {}) const;

  /// Returns the administrations that introduced a node, earliest first.
  std::vector<Introduction> who_introduced(const Node& programme) const;
  /// Returns the lineage through a node along evolved_into edges, earliest first (predecessors
  /// before successors, then by year, then by label); `direction` keeps only one side of it.
  std::vector<LineageStep> evolution(const Node& programme, LineageDirection direction = LineageDirection::both) const;
  /// Returns the administrations whose terms overlap the years, in order of term, with what they
  /// introduced (within the years, when the year is known) and emphasised.
  std::vector<AdministrationRecord> timeline(std::optional<int> from_year, std::optional<int> to_year) const;
  /// Returns what an administration introduced and emphasised.
  AdministrationRecord record_of(const Node& administration) const;
  /// Returns the targets of a relation from a node; for an administration, from each programme it
  /// introduced as well. Ordered by subject label, then item label.
  std::vector<Finding> findings(const Node& subject, Relation relation) const;
  /// Returns every edge of a relation (from the relation index), in snapshot order.
  std::vector<const Edge*> edges_of(Relation relation) const;
  /// Returns how many edges a relation has.
  std::size_t edge_count(Relation relation) const;
  /// Returns the nodes of a kind (from the kind index), ordered by id.
  std::vector<const Node*> nodes_of(NodeKind kind) const;
  /// Returns the nodes within `depth` edges of a node in either direction, breadth first, following
  /// only `relations` when that is not empty. The start node comes first, at depth 0.
  std::vector<Neighbour> neighbours(const Node& start, int depth, const std::set<Relation>& relations = {}) const;
  /// Returns a shortest chain of edges (either direction) from one node to another, or nothing
  /// when they are not connected. Breadth-first search (Boost.Graph) over an undirected view;
  /// sets `visited`, when given, to the number of nodes the search reached.
  std::optional<std::vector<PathStep>> path(const Node& from, const Node& to, std::size_t* visited = nullptr) const;

 private:
  struct SearchScratch;
  std::unique_ptr<SearchScratch> take_scratch() const;
  void return_scratch(std::unique_ptr<SearchScratch> scratch) const;

  const PolicyGraph& graph_;
  std::unique_ptr<NameIndex> names_;
  std::vector<std::vector<std::uint32_t>> by_kind_;      // vertex indexes per kind
  std::vector<std::vector<std::uint32_t>> by_relation_;  // edge indexes per relation
  // Per-vertex arrays for path searches, kept between queries (and reset where a search wrote)
  // so that a search costs what it visits, not the size of the graph.
  mutable std::mutex scratch_mutex_;
  mutable std::vector<std::unique_ptr<SearchScratch>> scratch_pool_;
};

/// The queries `policygraph query` offers.
enum class QueryKind {
  who_introduced,
  evolution,
  timeline,
  programmes_of,
  problems,
  outcomes,
  recommendations,
  neighbours,
  path,
  search,
  match,
  continuity,
};
/// Returns the command name of a query ("who-introduced").
std::string_view to_string(QueryKind kind);
/// Returns the query with that command name, if there is one.
std::optional<QueryKind> parse_query_kind(std::string_view name);

/// A query and its arguments.
struct QueryRequest {
  QueryKind kind = QueryKind::search;
  std::vector<std::string> arguments;  ///< names (path: two), the search text, or the pattern
  std::optional<int> from_year;        ///< timeline
  std::optional<int> to_year;
  int depth = 1;                        ///< neighbours
  std::set<Relation> relations;         ///< neighbours
  LineageDirection direction = LineageDirection::both;  ///< evolution
  std::size_t limit = 0;                ///< search and match; 0 for the default (20 and 1000)
  bool summary = false;                 ///< continuity: counts per change and outcome
};

/// The type of the values of a column.
enum class ColumnType { text, number, node, nodes };

/// A named, typed column of an answer.
struct Column {
  std::string name;
  ColumnType type = ColumnType::text;
};

/// A value of an answer: text, a number, a node, or a list of nodes; empty when unknown.
struct Cell {
  std::optional<std::string> text;
  std::optional<long long> number;
  std::vector<const Node*> nodes;

  /// Returns a text cell.
  static Cell of_text(std::string value);
  /// Returns a text cell, empty when the text is.
  static Cell of_text_or_empty(std::string value);
  /// Returns a number cell, empty when there is no number.
  static Cell of_number(std::optional<long long> value);
  /// Returns a cell holding one node (empty for null).
  static Cell of_node(const Node* node);
  /// Returns a cell holding a list of nodes.
  static Cell of_nodes(std::vector<const Node*> nodes);
  /// Returns the value as people read it: labels joined by ", ", "" when empty.
  std::string display() const;
};

/// One answer of a query with the evidence that supports it.
struct AnswerRow {
  std::vector<Cell> cells;  ///< one per column
  std::vector<Evidence> evidence;
};

/// The answer to a query, in a shape every output format can print. Holds pointers into the graph.
struct Answer {
  std::string query;                    ///< "who-introduced", "evolution", ...
  std::vector<std::string> arguments;   ///< as given
  std::string question;                 ///< the question, for answers to `ask`
  std::vector<const Node*> subjects;    ///< the nodes the names resolved to
  std::string summary;                  ///< one sentence in English
  std::vector<Column> columns;
  std::vector<AnswerRow> rows;
};

/// Runs a query. Throws UnknownName/AmbiguousName for names, UsageError for bad arguments and
/// NoAnswer when the graph holds no answer.
Answer run_query(const QueryEngine& engine, const QueryRequest& request);

/// Writes an answer as JSON (schema in docs/queries.md): the query, its arguments, the subjects,
/// the summary, the columns, one object per row with its full evidence, and the documents cited.
void write_answer_json(const PolicyGraph& graph, const Answer& answer, std::ostream& out);

/// Writes a failed query as JSON: {"error": KIND, "message": ..., "exit_code": N} plus the
/// "candidates" of an ambiguous name or the "suggestions" for an unknown one. KIND is
/// "ambiguous_name", "unknown_name", "no_answer", "usage" or "bad_input".
void write_error_json(const Error& error, std::ostream& out);

}  // namespace policygraph
