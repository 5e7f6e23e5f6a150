// Settling inferred edges: evidence decides whether an edge is inferred, and a stated introduction
// of a programme makes an inferred one of it redundant.
#include "graph/inference.hpp"

#include <algorithm>
#include <set>

namespace policygraph {
namespace {

bool inferred_evidence(const Evidence& e) { return e.rule.rfind("inferred.", 0) == 0; }

}  // namespace

bool is_inferred(const Edge& edge) {
  return !edge.evidence.empty() && std::all_of(edge.evidence.begin(), edge.evidence.end(), inferred_evidence);
}

void settle_inferences(PolicyGraph& graph, bool keep) {
  std::set<std::string> stated;  // programmes with a stated introduction
  bool any = false;
  for (const Edge* edge : graph.edges()) {
    bool inferred = is_inferred(*edge);
    any = any || inferred || edge->attributes.count(edge_attributes::inferred);
    if (edge->relation == Relation::introduced && !inferred) stated.insert(edge->target);
  }
  if (!any) return;
  PolicyGraph settled;
  settled.set_pack(graph.pack());
  for (const Document* document : graph.documents()) settled.add_document(*document);
  for (const Node* node : graph.nodes()) settled.add_node(*node);
  for (const Edge* edge : graph.edges()) {
    Edge copy = *edge;
    if (!is_inferred(copy)) {
      copy.attributes.erase(edge_attributes::inferred);
    } else {
      if (!keep || (copy.relation == Relation::introduced && stated.count(copy.target))) continue;
      copy.attributes[edge_attributes::inferred] = inference::by_date;
    }
    settled.add_edge(std::move(copy));
  }
  graph = std::move(settled);
}

}  // namespace policygraph
