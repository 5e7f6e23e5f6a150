// Graph statistics for `policygraph stats`.
#include "graph/stats.hpp"

namespace policygraph {

GraphStats compute_stats(const PolicyGraph& graph) {
  GraphStats stats;
  for (NodeKind kind : all_node_kinds()) stats.nodes_by_kind[kind] = 0;
  for (Relation relation : all_relations()) stats.edges_by_relation[relation] = 0;
  stats.documents = graph.document_count();
  stats.nodes = graph.node_count();
  stats.edges = graph.edge_count();
  for (const Node* node : graph.nodes()) {
    ++stats.nodes_by_kind[node->kind];
    stats.evidence += node->evidence.size();
  }
  for (const Edge* edge : graph.edges()) {
    ++stats.edges_by_relation[edge->relation];
    stats.evidence += edge->evidence.size();
  }
  return stats;
}

}  // namespace policygraph
