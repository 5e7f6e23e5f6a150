// Builds a graph with the installed library, writes its snapshot and reads it back.
#include <graph/policy_graph.hpp>
#include <graph/store.hpp>
#include <iostream>

int main() {
  using namespace policygraph;
  PolicyGraph graph;
  graph.add_node({"administration/roh-moo-hyun", NodeKind::administration, "Participation Government", {}, {}, {}});
  graph.add_node({"programme/regional-strategic-industry", NodeKind::programme, "regional strategic industry", {}, {}, {}});
  graph.add_edge({"administration/roh-moo-hyun", "programme/regional-strategic-industry", Relation::introduced, 2003, {}, {}});
  std::string text = snapshot_text(graph);
  PolicyGraph again = read_snapshot(text, "memory");
  std::cout << "consumer: " << again.node_count() << " nodes, " << again.edge_count() << " edges\n";
  return snapshot_text(again) == text ? 0 : 1;
}
