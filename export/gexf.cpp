// The "gexf" export: dynamic GEXF 1.3 for Gephi's timeline. Administrations live over their terms,
// programmes from their introduction (its year, else the introducing administration's term start),
// events on their date, edges from the year the text gives; what has no time is always present.
#include <map>
#include <ostream>
#include <set>

#include "export/exporter.hpp"
#include "export/text_escape.hpp"

namespace policygraph::exporting {
namespace {

struct Attribute {
  std::string id;
  std::string title;
  std::string type;  // string, integer or double
};

// The declared attributes of one class (node or edge), with stable ids in declaration order.
class AttributeTable {
 public:
  explicit AttributeTable(std::string prefix) : prefix_(std::move(prefix)) {}
  void add(const std::string& title, const std::string& type) {
    if (index_.try_emplace(title, attributes_.size()).second)
      attributes_.push_back({prefix_ + std::to_string(attributes_.size()), title, type});
  }
  const std::string& id(const std::string& title) const { return attributes_[index_.at(title)].id; }
  const std::vector<Attribute>& attributes() const { return attributes_; }

 private:
  std::string prefix_;
  std::vector<Attribute> attributes_;
  std::map<std::string, std::size_t> index_;
};

// Names the format or Gephi's data table use themselves; attributes so named get a prefix.
const std::initializer_list<std::string_view> node_fields = {
    "id", "label", "kind", "aliases", "first_year", "last_year", "confidence", "documents", "evidence_text", "evidence"};
const std::initializer_list<std::string_view> edge_fields = {
    "id", "label", "kind", "weight", "relation", "year", "confidence", "documents", "evidence_text", "evidence"};

// (cppcheck 2.10 does not see members read through std::optional's ->, so it calls them unused.)
struct Interval {
  // cppcheck-suppress unusedStructMember
  std::string start;  // empty: since always
  // cppcheck-suppress unusedStructMember
  std::string end;    // empty: still
};

std::optional<Interval> node_interval(const PolicyGraph& graph, const Node& node) {
  switch (node.kind) {
    case NodeKind::administration: {
      auto start = node.date_attribute("start");
      if (!start) return std::nullopt;
      auto end = node.date_attribute("end");
      return Interval{first_day(*start), end ? last_day(*end) : ""};
    }
    case NodeKind::event: {
      auto date = node.date_attribute("date");
      if (!date) return std::nullopt;
      return Interval{first_day(*date), last_day(*date)};
    }
    case NodeKind::programme: {
      for (const Edge* edge : introductions(graph, node)) {
        if (edge->year) return Interval{first_day(Date{*edge->year, 0, 0}), ""};
        const Node* administration = graph.node(edge->source);
        if (auto start = administration ? administration->date_attribute("start") : std::nullopt)
          return Interval{first_day(*start), ""};
      }
      return std::nullopt;
    }
    default:
      return std::nullopt;
  }
}

void time_attributes(std::ostream& out, const std::optional<Interval>& interval) {
  if (!interval) return;
  if (!interval->start.empty()) out << " start=\"" << interval->start << "\"";
  if (!interval->end.empty()) out << " end=\"" << interval->end << "\"";
}

void attvalue(std::ostream& out, const AttributeTable& table, const std::string& title, std::string_view value) {
  out << "          <attvalue for=\"" << table.id(title) << "\" value=\"" << xml_escape(value) << "\"/>\n";
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

void evidence_values(std::ostream& out, const AttributeTable& table, const std::vector<Evidence>& evidence) {
  if (evidence.empty()) return;
  attvalue(out, table, "confidence", number_text(*best_confidence(evidence)));
  attvalue(out, table, "documents", join(cited_documents(evidence), " | "));
  std::vector<std::string> texts;
  for (const Evidence& e : evidence)
    if (!e.text.empty()) texts.push_back(e.text);
  attvalue(out, table, "evidence_text", join(texts, "\n"));
  attvalue(out, table, "evidence", evidence_json(evidence));
}

void declare(std::ostream& out, const char* for_class, const AttributeTable& table) {
  out << "    <attributes class=\"" << for_class << "\" mode=\"static\">\n";
  for (const Attribute& a : table.attributes())
    out << "      <attribute id=\"" << a.id << "\" title=\"" << xml_escape(a.title) << "\" type=\"" << a.type
        << "\"/>\n";
  out << "    </attributes>\n";
}

}  // namespace

void write_gexf(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options) {
  AttributeTable node_table("n"), edge_table("e");
  node_table.add("kind", "string");
  node_table.add("aliases", "string");
  node_table.add("first_year", "integer");
  node_table.add("last_year", "integer");
  edge_table.add("relation", "string");
  edge_table.add("year", "integer");
  for (AttributeTable* table : {&node_table, &edge_table}) {
    table->add("confidence", "double");
    table->add("documents", "string");
    table->add("evidence_text", "string");
    table->add("evidence", "string");
  }
  std::set<std::string> node_attributes, edge_attributes;
  for (const Node* node : graph.nodes())
    for (const auto& [key, value] : node->attributes) node_attributes.insert(attribute_name(key, node_fields));
  for (const Edge* edge : graph.edges())
    for (const auto& [key, value] : edge->attributes) edge_attributes.insert(attribute_name(key, edge_fields));
  for (const std::string& title : node_attributes) node_table.add(title, "string");
  for (const std::string& title : edge_attributes) edge_table.add(title, "string");

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
         " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>policygraph</creator>\n"
         "    <description>"
      << xml_escape(options.title.empty() ? "policygraph" : options.title)
      << "</description>\n"
         "  </meta>\n"
         "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" timerepresentation=\"interval\">\n";
  declare(out, "node", node_table);
  declare(out, "edge", edge_table);

  out << "    <nodes>\n";
  for (const Node* node : graph.nodes()) {
    out << "      <node id=\"" << xml_escape(node->id) << "\" label=\"" << xml_escape(node->label) << "\"";
    time_attributes(out, node_interval(graph, *node));
    out << ">\n        <attvalues>\n";
    attvalue(out, node_table, "kind", to_string(node->kind));
    if (!node->aliases.empty()) attvalue(out, node_table, "aliases", join(node->aliases, " | "));
    if (auto years = covered_years(graph, *node)) {
      attvalue(out, node_table, "first_year", std::to_string(years->first));
      if (years->last) attvalue(out, node_table, "last_year", std::to_string(*years->last));
    }
    for (const auto& [key, value] : node->attributes)
      attvalue(out, node_table, attribute_name(key, node_fields), value);
    evidence_values(out, node_table, node->evidence);
    out << "        </attvalues>\n      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  std::size_t index = 0;
  for (const Edge* edge : graph.edges()) {
    std::string relation(to_string(edge->relation));
    // "kind" lets Gephi keep two relations between the same nodes as parallel edges.
    out << "      <edge id=\"e" << index++ << "\" source=\"" << xml_escape(edge->source) << "\" target=\""
        << xml_escape(edge->target) << "\" kind=\"" << relation << "\" label=\"" << relation << "\"";
    if (edge->year) time_attributes(out, Interval{first_day(Date{*edge->year, 0, 0}), ""});
    out << ">\n        <attvalues>\n";
    attvalue(out, edge_table, "relation", relation);
    if (edge->year) attvalue(out, edge_table, "year", std::to_string(*edge->year));
    for (const auto& [key, value] : edge->attributes)
      attvalue(out, edge_table, attribute_name(key, edge_fields), value);
    evidence_values(out, edge_table, edge->evidence);
    out << "        </attvalues>\n      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace policygraph::exporting
