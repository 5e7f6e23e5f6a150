// Views of a graph for diagrams and exports: a focus with a depth, a range of years, and the
// node kinds and relations to keep. Returns a new graph; the original is never changed.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "graph/policy_graph.hpp"

namespace policygraph {

/// What to keep of a graph. Empty sets mean "all".
struct ViewFilter {
  std::string focus;  ///< node id; empty for the whole graph
  int depth = 2;      ///< hops from the focus, either direction
  std::optional<int> from_year;
  std::optional<int> to_year;
  std::set<NodeKind> kinds;
  std::set<Relation> relations;

  /// True when the filter keeps everything.
  bool is_identity() const { return focus.empty() && !from_year && !to_year && kinds.empty() && relations.empty(); }
};

/// The years a node covers: an administration's term, a programme's introduction year (or its
/// introducing administration's term), an event's date. Empty when the graph says nothing.
struct YearSpan {
  int first = 0;
  int last = 0;
};
std::optional<YearSpan> node_years(const PolicyGraph& graph, const Node& node);

/// Returns the part of the graph the filter keeps, with the documents its evidence cites.
/// Throws GraphError when the focus names no node.
PolicyGraph filter_graph(const PolicyGraph& graph, const ViewFilter& filter);

/// Parses a comma-separated list of kinds or relations ("administration,programme"); throws
/// UsageError naming the unknown entry.
std::set<NodeKind> parse_kind_list(const std::string& text);
std::set<Relation> parse_relation_list(const std::string& text);

}  // namespace policygraph
