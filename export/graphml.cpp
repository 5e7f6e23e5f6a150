// The "graphml" export: GraphML with typed keys (year int, confidence double) that networkx, Gephi,
// Cytoscape, yEd and igraph read. Lists (aliases, evidence) are flattened into strings; the full
// evidence rides along as JSON in the "evidence" key.
#include <algorithm>
#include <map>
#include <ostream>
#include <set>

#include "export/exporter.hpp"
#include "export/text_escape.hpp"

namespace policygraph::exporting {
namespace {

// A GraphML <key>: its generated id, its domain, name, type and a description.
struct Key {
  std::string id;
  std::string domain;  // graph, node or edge
  std::string name;
  std::string type;  // string, int or double
  std::string description;
};

class KeyTable {
 public:
  const Key& add(const std::string& domain, const std::string& name, const std::string& type,
                 const std::string& description = "") {
    auto [it, inserted] = index_.try_emplace(domain + '\n' + name, keys_.size());
    if (inserted) keys_.push_back({"d" + std::to_string(keys_.size()), domain, name, type, description});
    return keys_[it->second];
  }
  const Key& get(const std::string& domain, const std::string& name) const {
    return keys_[index_.at(domain + '\n' + name)];
  }
  const std::vector<Key>& keys() const { return keys_; }

 private:
  std::vector<Key> keys_;
  std::map<std::string, std::size_t> index_;
};

const std::initializer_list<std::string_view> node_fields = {
    "label", "kind", "aliases", "first_year", "last_year", "confidence", "documents", "evidence_text", "evidence"};
const std::initializer_list<std::string_view> edge_fields = {
    "relation", "year", "confidence", "documents", "evidence_text", "evidence"};

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string sentences(const std::vector<Evidence>& evidence) {
  std::vector<std::string> texts;
  for (const Evidence& e : evidence)
    if (!e.text.empty()) texts.push_back(e.text);
  return join(texts, "\n");
}

void data(std::ostream& out, const KeyTable& keys, const std::string& domain, const std::string& name,
          std::string_view value) {
  out << "      <data key=\"" << keys.get(domain, name).id << "\">" << xml_escape(value) << "</data>\n";
}

// Writes the evidence summary every node and edge carries.
void evidence_data(std::ostream& out, const KeyTable& keys, const std::string& domain,
                   const std::vector<Evidence>& evidence) {
  if (auto confidence = best_confidence(evidence)) data(out, keys, domain, "confidence", number_text(*confidence));
  if (evidence.empty()) return;
  data(out, keys, domain, "documents", join(cited_documents(evidence), " | "));
  data(out, keys, domain, "evidence_text", sentences(evidence));
  data(out, keys, domain, "evidence", evidence_json(evidence));
}

}  // namespace

void write_graphml(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options) {
  KeyTable keys;
  keys.add("graph", "title", "string");
  keys.add("node", "label", "string");
  keys.add("node", "kind", "string", "administration, programme, goal, outcome, problem, ...");
  keys.add("node", "aliases", "string", "other names, separated by ' | '");
  keys.add("node", "first_year", "int", "first year the node covers (term, introduction or date)");
  keys.add("node", "last_year", "int", "last year the node covers (absent while a term runs)");
  keys.add("edge", "relation", "string", "introduced, evolved_into, has_problem, ...");
  keys.add("edge", "year", "int", "the year the text gives for the fact");
  for (const char* domain : {"node", "edge"}) {
    keys.add(domain, "confidence", "double", "highest confidence of the evidence");
    keys.add(domain, "documents", "string", "ids of the cited documents, separated by ' | '");
    keys.add(domain, "evidence_text", "string", "the cited sentences, one a line");
    keys.add(domain, "evidence", "string", "the evidence as a JSON array (document, sentence, text, rule, ...)");
  }
  // Attribute keys come after the fixed ones, sorted, so that the key ids are stable.
  std::set<std::string> node_attributes, edge_attributes;
  for (const Node* node : graph.nodes())
    for (const auto& [key, value] : node->attributes) node_attributes.insert(attribute_name(key, node_fields));
  for (const Edge* edge : graph.edges())
    for (const auto& [key, value] : edge->attributes) edge_attributes.insert(attribute_name(key, edge_fields));
  for (const std::string& name : node_attributes) keys.add("node", name, "string");
  for (const std::string& name : edge_attributes) keys.add("edge", name, "string");

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
         " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
         " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
         " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& key : keys.keys()) {
    out << "  <key id=\"" << key.id << "\" for=\"" << key.domain << "\" attr.name=\"" << xml_escape(key.name)
        << "\" attr.type=\"" << key.type << "\"";
    if (key.description.empty()) {
      out << "/>\n";
    } else {
      out << ">\n    <desc>" << xml_escape(key.description) << "</desc>\n  </key>\n";
    }
  }
  out << "  <graph id=\"policygraph\" edgedefault=\"directed\">\n";
  out << "    <data key=\"" << keys.get("graph", "title").id << "\">"
      << xml_escape(options.title.empty() ? "policygraph" : options.title) << "</data>\n";

  for (const Node* node : graph.nodes()) {
    out << "    <node id=\"" << xml_escape(node->id) << "\">\n";
    data(out, keys, "node", "label", node->label);
    data(out, keys, "node", "kind", to_string(node->kind));
    if (!node->aliases.empty()) data(out, keys, "node", "aliases", join(node->aliases, " | "));
    if (auto years = covered_years(graph, *node)) {
      data(out, keys, "node", "first_year", std::to_string(years->first));
      if (years->last) data(out, keys, "node", "last_year", std::to_string(*years->last));
    }
    for (const auto& [key, value] : node->attributes) data(out, keys, "node", attribute_name(key, node_fields), value);
    evidence_data(out, keys, "node", node->evidence);
    out << "    </node>\n";
  }

  std::size_t index = 0;
  for (const Edge* edge : graph.edges()) {
    out << "    <edge id=\"e" << index++ << "\" source=\"" << xml_escape(edge->source) << "\" target=\""
        << xml_escape(edge->target) << "\">\n";
    data(out, keys, "edge", "relation", to_string(edge->relation));
    if (edge->year) data(out, keys, "edge", "year", std::to_string(*edge->year));
    for (const auto& [key, value] : edge->attributes) data(out, keys, "edge", attribute_name(key, edge_fields), value);
    evidence_data(out, keys, "edge", edge->evidence);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace policygraph::exporting
