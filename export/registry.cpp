// The table of export formats. A new format adds one entry here.
#include "export/dot.hpp"
#include "export/exporter.hpp"

namespace policygraph::exporting {

const std::vector<ExportFormat>& export_formats() {
  static const std::vector<ExportFormat> formats = [] {
    std::vector<ExportFormat> list;
    list.push_back({"json", "the snapshot itself (same bytes as the store)", false, write_snapshot_json, {}});
    list.push_back({"dot", "Graphviz DOT of the diagram (see --view)", false, write_dot, {}});
    list.push_back({"svg", "the diagram as SVG, drawn by Graphviz in-process", false, write_svg, {}});
    list.push_back({"png", "the diagram as PNG", true, write_png, {}});
    list.push_back({"pdf", "the diagram as PDF", true, write_pdf, {}});
    list.push_back({"node-link", "node-link JSON for networkx, d3 and pandas", false, write_node_link, {}});
    list.push_back({"graphml", "GraphML for Gephi, Cytoscape, yEd, igraph and networkx", false, write_graphml, {}});
    list.push_back({"gexf", "dynamic GEXF 1.3 for Gephi's timeline", false, write_gexf, {}});
    list.push_back({"ttl", "RDF Turtle (policygraph vocabulary, PROV-O evidence)", false, write_turtle, {}});
    list.push_back({"nt", "RDF N-Triples (the same triples as ttl)", false, write_ntriples, {}});
    list.push_back({"csv", "a folder with nodes.csv and relationships.csv for Neo4j import and pandas", false, {},
                    write_csv_folder});
    list.push_back({"timeline", "timeline JSON for TimelineJS, with vis-timeline items and groups", false,
                    write_timeline, {}});
  list.push_back({"html", "a self-contained report page: the diagram, a searchable table of programmes with evidence",
                  false, write_html_report, {}});
    return list;
  }();
  return formats;
}

const ExportFormat* find_export_format(std::string_view name) {
  for (const ExportFormat& format : export_formats())
    if (format.name == name) return &format;
  return nullptr;
}

}  // namespace policygraph::exporting
