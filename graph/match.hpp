// Triple-pattern queries: `?a introduced ?p . ?p evolved_into ?q . ?q has_problem ?x`, with kind
// constraints (`?a:administration` or `?a kind:administration`), named constants and year filters.
// The language is documented in docs/queries.md.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/query.hpp"

namespace policygraph {

/// A subject or object of a triple: a variable (maybe of a kind) or a named node.
struct PatternTerm {
  std::string variable;             ///< without the "?"; empty for a constant
  const Node* node = nullptr;       ///< the constant's node
};

/// One `subject relation object` clause.
struct TriplePattern {
  PatternTerm subject;
  Relation relation = Relation::introduced;
  PatternTerm object;
};

/// `FILTER year OP N` (the years of the matched edges) or `FILTER year(?x) OP N` (the time of a node).
struct YearFilter {
  enum class Op { equal, not_equal, less, less_equal, greater, greater_equal };
  std::string variable;  ///< empty: the edges of the match
  Op op = Op::equal;
  int year = 0;
};

/// A parsed pattern: its triples, the kind each variable must have, and its filters.
struct Pattern {
  std::vector<TriplePattern> triples;
  std::vector<std::string> variables;                     ///< in order of first appearance
  std::vector<std::optional<NodeKind>> kinds;             ///< per variable
  std::vector<YearFilter> filters;
};

/// One way the pattern fits the graph: a node per variable and the edge matched by each triple.
struct PatternMatch {
  std::vector<const Node*> values;  ///< per variable
  std::vector<const Edge*> edges;   ///< per triple
};

/// Parses a pattern, resolving named constants through the engine's name index. Throws UsageError
/// naming the byte position and what was expected, and the name errors of NameIndex::resolve.
Pattern parse_pattern(const QueryEngine& engine, std::string_view text);

/// Returns the matches of a pattern, at most `limit` (0: all), sorted by the labels and ids of
/// the variables' values in order. Joins clause by clause, starting from the most selective one.
std::vector<PatternMatch> match_pattern(const QueryEngine& engine, const Pattern& pattern, std::size_t limit = 0);

/// Parses and runs a pattern and returns the answer: one node column per variable, the earliest
/// year of the matched edges, and the evidence of every matched edge. Throws NoAnswer when nothing matches.
Answer answer_match(const QueryEngine& engine, std::string_view text, std::size_t limit);

}  // namespace policygraph
