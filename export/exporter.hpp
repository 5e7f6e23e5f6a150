// Exporters write a graph in one format to a stream; they read the graph and never change it.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "graph/policy_graph.hpp"

namespace policygraph::exporting {

/// Options shared by every exporter (filters are applied before, by the caller).
struct ExportOptions {
  std::string title;  ///< diagram or dataset title, empty for a default
};

/// Writes the graph as its snapshot JSON: the same bytes as the store writes.
void write_snapshot_json(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options);

/// Returns the names of the formats this build can write, in a stable order.
std::vector<std::string> export_formats();

}  // namespace policygraph::exporting
