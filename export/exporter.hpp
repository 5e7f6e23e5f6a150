// Exporters write a graph in one format; they read the graph and never change it. Each format
// registers itself in export/registry.cpp, and the command line finds it there by name.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "graph/policy_graph.hpp"

namespace policygraph::exporting {

/// Options shared by exporters. Filters (focus, years, kinds, relations) are applied before, by
/// filter_graph in graph/subgraph.hpp; these only say how to write what is left.
struct ExportOptions {
  std::string title;        ///< diagram or dataset title; empty for a default
  std::string view = "timeline";  ///< diagrams: timeline, full, lineage or continuity
  bool vertical = false;    ///< diagrams: time axis top to bottom instead of left to right
  std::string engine = "dot";  ///< diagrams: Graphviz layout engine
  std::string focus;        ///< diagrams: id of the focus node (highlighted; a lineage view keeps its lineage)
  /// The continuity view draws from the whole graph and keeps the changes of government in these
  /// years itself (the other views are filtered by year before they are drawn).
  std::optional<int> from_year;
  std::optional<int> to_year;
};

/// One export format.
struct ExportFormat {
  std::string name;         ///< as given to --format
  std::string description;  ///< one line for --help
  bool binary = false;      ///< writes bytes that are not text (PNG, PDF)
  /// Writes to a stream; empty for formats that write a folder.
  std::function<void(const PolicyGraph&, std::ostream&, const ExportOptions&)> write;
  /// Writes into a folder (created if missing); set for formats of several files.
  std::function<void(const PolicyGraph&, const std::filesystem::path&, const ExportOptions&)> write_folder;
};

/// Returns every format this build can write, in a stable order.
const std::vector<ExportFormat>& export_formats();
/// Returns the format with that name, or nullptr.
const ExportFormat* find_export_format(std::string_view name);

/// Writes the graph as its snapshot JSON: the same bytes as the store writes.
void write_snapshot_json(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options);

// The formats for notebooks and other tools; docs/notebooks.md shows how each one is loaded.

/// Writes node-link JSON for networkx (json_graph.node_link_graph, key "links"), d3 and pandas.
void write_node_link(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options);
/// Writes GraphML with typed keys for networkx, Gephi, Cytoscape, yEd and igraph.
void write_graphml(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options);
/// Writes dynamic GEXF 1.3 (start/end from terms and years) for Gephi's timeline.
void write_gexf(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options);
/// Writes RDF as Turtle in the policygraph vocabulary with PROV-O evidence.
void write_turtle(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options);
/// Writes the same RDF triples as write_turtle, as N-Triples (one triple a line).
void write_ntriples(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options);
/// Writes the Neo4j bulk-import nodes file (id:ID, :LABEL, typed columns).
void write_csv_nodes(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options);
/// Writes the Neo4j bulk-import relationships file (:START_ID, :END_ID, :TYPE, typed columns).
void write_csv_relationships(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options);
/// Writes nodes.csv and relationships.csv into a folder, through a temporary sibling folder and a
/// rename so that a failed export never leaves half a folder. Throws OutputError.
void write_csv_folder(const PolicyGraph& graph, const std::filesystem::path& folder, const ExportOptions& options);
/// Writes timeline JSON: a TimelineJS document whose "vis" member holds vis-timeline items and groups.
void write_timeline(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options);

/// Writes the report page: one self-contained HTML file (docs/report.md) with the diagram as inline
/// SVG and a searchable, sortable table of programmes whose facts open to their evidence.
void write_html_report(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options);

}  // namespace policygraph::exporting
