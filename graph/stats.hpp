// Counts that describe a graph: documents, nodes per kind, edges per relation, evidence.
#pragma once

#include <cstddef>
#include <map>

#include "graph/policy_graph.hpp"

namespace policygraph {

struct GraphStats {
  std::size_t documents = 0;
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::size_t evidence = 0;  ///< pieces of evidence over all nodes and edges
  std::map<NodeKind, std::size_t> nodes_by_kind;     ///< every kind, zero included
  std::map<Relation, std::size_t> edges_by_relation;  ///< every relation, zero included
};

/// Counts the documents, nodes per kind, edges per relation and evidence of a graph.
GraphStats compute_stats(const PolicyGraph& graph);

}  // namespace policygraph
