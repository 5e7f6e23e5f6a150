// `policygraph stats`: counts of a snapshot, as a table or JSON.
#include <iostream>

#include "cli/app.hpp"
#include "graph/stats.hpp"
#include "graph/store.hpp"

namespace policygraph::cli {

void add_stats_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("stats", "Print counts of a snapshot: documents, nodes per kind, edges per relation");
  auto format = std::make_shared<std::string>("table");
  command->add_option("--format", *format, "table or json")->check(CLI::IsMember({"table", "json"}));
  command->callback([&context, format] {
    PolicyGraph graph = load_graph(context);
    GraphStats stats = compute_stats(graph);
    if (*format == "json") {
      std::cout << "{\"snapshot\": \"" << context.graph_path.filename().string() << "\", \"documents\": " << stats.documents
                << ", \"nodes\": " << stats.nodes << ", \"edges\": " << stats.edges << ", \"evidence\": " << stats.evidence
                << ",\n \"nodes_by_kind\": {";
      const char* separator = "";
      for (auto [kind, count] : stats.nodes_by_kind) {
        std::cout << separator << "\"" << to_string(kind) << "\": " << count;
        separator = ", ";
      }
      std::cout << "},\n \"edges_by_relation\": {";
      separator = "";
      for (auto [relation, count] : stats.edges_by_relation) {
        std::cout << separator << "\"" << to_string(relation) << "\": " << count;
        separator = ", ";
      }
      std::cout << "}}\n";
      return;
    }
    std::cout << "snapshot   " << context.graph_path.string() << "\n"
              << "documents  " << stats.documents << "\n"
              << "nodes      " << stats.nodes << "\n";
    for (auto [kind, count] : stats.nodes_by_kind)
      if (count) std::cout << "  " << to_string(kind) << std::string(18 - to_string(kind).size(), ' ') << count << "\n";
    std::cout << "edges      " << stats.edges << "\n";
    for (auto [relation, count] : stats.edges_by_relation)
      if (count)
        std::cout << "  " << to_string(relation) << std::string(18 - to_string(relation).size(), ' ') << count << "\n";
    std::cout << "evidence   " << stats.evidence << "\n";
  });
}

}  // namespace policygraph::cli
