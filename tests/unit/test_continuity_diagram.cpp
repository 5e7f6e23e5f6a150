// Unit tests of the continuity view (export/continuity_diagram.cpp): a panel per change of
// government in time order, an edge per fate coloured by outcome, the years and focus that choose
// changes, hostile labels read back as text, and deterministic DOT.
#include <catch2/catch.hpp>

#include <algorithm>

#include "export/dot.hpp"
#include "graph/error.hpp"

using namespace policygraph;
using namespace policygraph::exporting;

namespace {

Evidence cite(int sentence) { return Evidence{"notes", sentence, 0, 10, "A sentence.", "rule.test", 0.9, ""}; }

void administration(PolicyGraph& g, const std::string& key, const std::string& start, const std::string& end) {
  g.add_node(Node{"administration/" + key, NodeKind::administration, key + " government", {}, {{"start", start}, {"end", end}}, {cite(0)}});
}

void programme(PolicyGraph& g, const std::string& key, const std::string& label = "") {
  g.add_node(Node{"programme/" + key, NodeKind::programme, label.empty() ? key : label, {}, {}, {cite(0)}});
}

int next_sentence = 1;
void edge(PolicyGraph& g, const std::string& source, Relation relation, const std::string& target, std::optional<int> year,
          const std::string& mode = "") {
  Edge e{source, target, relation, year, {}, {cite(next_sentence++)}};
  if (!mode.empty()) e.attributes["mode"] = mode;
  g.add_edge(e);
}

// Three governments: the first's programmes are renamed, kept and forgotten at the first change;
// the second's one is replaced at the second.
PolicyGraph sample() {
  PolicyGraph g;
  g.add_document(Document{"notes", "notes.txt", "Seminar notes", "2015-05-01", ""});
  administration(g, "alpha", "2003-02-25", "2008-02-24");
  administration(g, "beta", "2008-02-25", "2013-02-24");
  administration(g, "gamma", "2013-02-25", "2017-03-10");
  for (const char* key : {"cluster-pilot", "kept", "forgotten", "cluster-programme", "beta-fund", "gamma-fund"}) programme(g, key);
  for (const char* key : {"cluster-pilot", "kept", "forgotten"}) edge(g, "administration/alpha", Relation::introduced, std::string("programme/") + key, 2004);
  edge(g, "programme/cluster-pilot", Relation::evolved_into, "programme/cluster-programme", 2009, "renamed");
  g.add_node(Node{"outcome/jobs", NodeKind::outcome, "new jobs", {}, {}, {cite(0)}});
  edge(g, "programme/kept", Relation::resulted_in, "outcome/jobs", 2010);  // a later fact: it lived on
  edge(g, "administration/beta", Relation::introduced, "programme/beta-fund", 2009);
  edge(g, "programme/beta-fund", Relation::evolved_into, "programme/gamma-fund", 2014, "replaced");
  return g;
}

ExportOptions continuity_view() {
  ExportOptions options;
  options.view = "continuity";
  return options;
}

const DotObject* find_subgraph(const ParsedDot& dot, const std::string& name) {
  for (const DotObject& subgraph : dot.subgraphs)
    if (subgraph.name == name) return &subgraph;
  return nullptr;
}

std::vector<std::string> panel_names(const ParsedDot& dot) {
  std::vector<std::string> names;
  for (const DotObject& subgraph : dot.subgraphs)
    if (subgraph.name.rfind("cluster_pg_change_", 0) == 0) names.push_back(subgraph.name);
  return names;
}

}  // namespace

TEST_CASE("continuity view: a panel per change of government, in time order, each fate an edge", "[diagram][continuity]") {
  PolicyGraph g = sample();
  ParsedDot dot = parse_dot(diagram_dot(g, continuity_view()), "continuity.dot");
  REQUIRE(panel_names(dot) == std::vector<std::string>{"cluster_pg_change_01", "cluster_pg_change_02"});
  std::string first = html_label_text(find_subgraph(dot, "cluster_pg_change_01")->attributes.at("label"));
  std::string second = html_label_text(find_subgraph(dot, "cluster_pg_change_02")->attributes.at("label"));
  CHECK(first.find("alpha government → beta government") != std::string::npos);
  CHECK(first.find("2003–2008 → 2008–2013") != std::string::npos);
  CHECK(first.find("1 continued, 1 renamed, 1 no later mention") != std::string::npos);
  CHECK(second.find("beta government → gamma government") != std::string::npos);

  // Each edge leaves a programme of the outgoing government; its colour and label say the outcome.
  std::map<std::string, std::string> labels;
  for (const DotObject& node : dot.nodes)
    if (node.attributes.count("label")) labels[node.name] = html_label_text(node.attributes.at("label"));
  auto text_of = [&](const std::string& edge_name, bool head) {
    std::string name = edge_name.substr(head ? edge_name.find(" -> ") + 4 : 0, head ? std::string::npos : edge_name.find(" -> "));
    return labels[name];
  };
  std::map<std::string, std::string> fate;  // programme → outcome text drawn (or the head's label)
  for (const DotObject& edge : dot.edges) {
    if (edge.attributes.count("style") && edge.attributes.at("style") == "invis") continue;
    std::string tail = text_of(edge.name, false);
    std::string head = text_of(edge.name, true);
    std::string label = edge.attributes.count("label") ? html_label_text(edge.attributes.at("label")) : head;
    fate[tail.substr(0, tail.find('\n'))] = label + " → " + head;
    if (tail.rfind("beta-fund", 0) == 0) CHECK(edge.attributes.at("color") == "#c0392b");  // replaced: red
  }
  CHECK(fate["cluster-pilot"] == "renamed, 2009 → cluster-programme");
  CHECK(fate["kept"].rfind("continued", 0) == 0);
  CHECK(fate["kept"].find("→ kept") != std::string::npos);
  CHECK(fate["forgotten"] == "no later mention → no later mention");
  CHECK(fate["beta-fund"] == "replaced, 2014 → gamma-fund");
  // The introduction year under the outgoing programme's name.
  bool dated = std::any_of(labels.begin(), labels.end(), [](const auto& entry) { return entry.second == "forgotten\nintroduced 2004"; });
  CHECK(dated);
  std::string footer = html_label_text(dot.attributes.at("label"));
  CHECK(footer.find("does not say the programme ended") != std::string::npos);
  CHECK(footer.find("Seminar notes (2015-05-01)") != std::string::npos);
}

TEST_CASE("continuity view: years choose changes, a focus chooses an administration's or a programme's", "[diagram][continuity]") {
  PolicyGraph g = sample();
  ExportOptions options = continuity_view();
  options.from_year = 2010;
  ParsedDot later = parse_dot(diagram_dot(g, options), "later.dot");
  REQUIRE(panel_names(later).size() == 1);
  CHECK(html_label_text(find_subgraph(later, "cluster_pg_change_01")->attributes.at("label")).find("beta government → gamma") != std::string::npos);

  options = continuity_view();
  options.to_year = 2008;
  CHECK(panel_names(parse_dot(diagram_dot(g, options), "earlier.dot")).size() == 1);

  options = continuity_view();
  options.focus = "administration/gamma";
  CHECK(panel_names(parse_dot(diagram_dot(g, options), "gamma.dot")).size() == 1);

  options = continuity_view();
  options.focus = "programme/cluster-pilot";
  std::string dot = diagram_dot(g, options);
  CHECK(panel_names(parse_dot(dot, "pilot.dot")).size() == 1);
  CHECK(dot.find("forgotten") == std::string::npos);

  options = continuity_view();
  options.from_year = 2030;
  std::string empty = diagram_dot(g, options);
  CHECK(panel_names(parse_dot(empty, "empty.dot")).empty());
  CHECK(empty.find("Nothing to draw") != std::string::npos);
}

TEST_CASE("continuity view: hostile labels stay text, and the DOT is the same every time", "[diagram][continuity]") {
  PolicyGraph g = sample();
  programme(g, "hostile", "<b>\"Fund\" & \\N </TD></TABLE>");
  edge(g, "administration/alpha", Relation::introduced, "programme/hostile", 2005);
  std::string first = diagram_dot(g, continuity_view());
  CHECK(first == diagram_dot(g, continuity_view()));
  ParsedDot dot = parse_dot(first, "hostile.dot");
  bool read_back = false;
  for (const DotObject& node : dot.nodes) {
    if (!node.attributes.count("label")) continue;
    std::string text = html_label_text(node.attributes.at("label"));
    std::replace(text.begin(), text.end(), '\n', ' ');  // wrapped to the node's width
    read_back = read_back || text.rfind("<b>\"Fund\" & \\N </TD></TABLE>", 0) == 0;
  }
  CHECK(read_back);
  std::string svg = render_diagram(g, continuity_view(), "svg");
  CHECK(svg.find("cluster_pg_change_01") != std::string::npos);
  CHECK(svg.find("&lt;b&gt;&quot;Fund&quot; &amp;") != std::string::npos);
}
