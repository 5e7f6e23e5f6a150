// The "node-link" export: the JSON shape of networkx's json_graph (directed multigraph, edges under
// "links", one key per edge = its relation), which d3 and pandas read as well.
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <ostream>

#include "export/exporter.hpp"
#include "export/text_escape.hpp"
#include "graph/evidence_json.hpp"

namespace policygraph::exporting {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void write_string(Writer& w, std::string_view text) {
  std::string clean = valid_utf8(text);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

void write_key(Writer& w, std::string_view key) {
  std::string clean = valid_utf8(key);
  w.Key(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

void write_evidence(Writer& w, const std::vector<Evidence>& evidence) {
  w.Key("evidence");
  write_evidence_array(w, evidence, [&](std::string_view text) { write_string(w, text); });
}

void write_documents(Writer& w, const PolicyGraph& graph) {
  w.Key("documents");
  w.StartArray();
  for (const Document* document : graph.documents())
    write_document_object(w, *document, [&](std::string_view text) { write_string(w, text); });
  w.EndArray();
}

void write_node(Writer& w, const PolicyGraph& graph, const Node& node) {
  w.StartObject();
  w.Key("id");
  write_string(w, node.id);
  w.Key("kind");
  write_string(w, to_string(node.kind));
  w.Key("label");
  write_string(w, node.label);
  w.Key("aliases");
  w.StartArray();
  for (const std::string& alias : node.aliases) write_string(w, alias);
  w.EndArray();
  for (const auto& [key, value] : node.attributes) {
    write_key(w, attribute_name(key, {"id", "kind", "label", "aliases", "first_year", "last_year", "evidence"}));
    write_string(w, value);
  }
  if (auto years = covered_years(graph, node)) {
    w.Key("first_year");
    w.Int(years->first);
    if (years->last) {
      w.Key("last_year");
      w.Int(*years->last);
    }
  }
  write_evidence(w, node.evidence);
  w.EndObject();
}

void write_link(Writer& w, const Edge& edge) {
  w.StartObject();
  w.Key("source");
  write_string(w, edge.source);
  w.Key("target");
  write_string(w, edge.target);
  // networkx takes "key" as the multigraph edge key and drops it from the data, hence "relation" too.
  w.Key("key");
  write_string(w, to_string(edge.relation));
  w.Key("relation");
  write_string(w, to_string(edge.relation));
  if (edge.year) {
    w.Key("year");
    w.Int(*edge.year);
  }
  for (const auto& [key, value] : edge.attributes) {
    write_key(w, attribute_name(key, {"source", "target", "key", "relation", "year", "confidence", "evidence"}));
    write_string(w, value);
  }
  if (auto confidence = best_confidence(edge.evidence)) {
    w.Key("confidence");
    w.Double(*confidence);
  }
  write_evidence(w, edge.evidence);
  w.EndObject();
}

}  // namespace

void write_node_link(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  // At most one edge per (source, relation, target), but two nodes may share several relations.
  w.Key("multigraph");
  w.Bool(true);
  w.Key("graph");
  w.StartObject();
  w.Key("name");
  write_string(w, options.title.empty() ? "policygraph" : options.title);
  w.Key("format");
  w.String("policygraph node-link");
  write_documents(w, graph);
  w.EndObject();
  w.Key("nodes");
  w.StartArray();
  for (const Node* node : graph.nodes()) write_node(w, graph, *node);
  w.EndArray();
  w.Key("links");
  w.StartArray();
  for (const Edge* edge : graph.edges()) write_link(w, *edge);
  w.EndArray();
  w.EndObject();
  out << buffer.GetString() << '\n';
}

}  // namespace policygraph::exporting
