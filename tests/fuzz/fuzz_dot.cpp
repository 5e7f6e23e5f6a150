// Fuzz target: the DOT exporter (export/dot) fed the hand-built graph with every label, alias,
// title, attribute value, evidence text and some ids replaced by pieces of the input (separated by
// blank lines, made valid UTF-8 as every graph is). Whatever the labels, Graphviz's own reader
// (agread) must read the DOT back without an error.
#include <map>
#include <vector>

#include "export/dot.hpp"
#include "export/exporter.hpp"
#include "fuzz_support.hpp"
#include "graph/error.hpp"

namespace {

std::vector<std::string> pieces(const std::string& text) {
  std::vector<std::string> out;
  std::size_t begin = 0;
  while (true) {
    std::size_t end = text.find("\n\n", begin);
    out.push_back(text.substr(begin, end == std::string::npos ? std::string::npos : end - begin));
    if (end == std::string::npos) break;
    begin = end + 2;
  }
  return out;
}

}  // namespace

POLICYGRAPH_FUZZ_TARGET(dot) {
  using namespace policygraph;
  std::vector<std::string> fields = pieces(fuzz::valid_utf8(fuzz::text_of(data, size)));
  std::size_t next = 0;
  auto field = [&] { return fields[next++ % fields.size()]; };
  const PolicyGraph& base = fuzz::handbuilt_graph();
  PolicyGraph graph;
  for (const Document* document : base.documents()) {
    Document copy = *document;
    copy.title = field();
    graph.add_document(copy);
  }
  std::map<std::string, std::string> ids;
  for (const Node* node : base.nodes()) {
    Node copy = *node;
    if (next % 4 == 3) copy.id = std::string(to_string(node->kind)) + "/" + field();
    copy.label = field();
    copy.aliases = {field()};
    for (auto& [key, value] : copy.attributes)
      if (key != "start" && key != "end") value = field();
    for (Evidence& evidence : copy.evidence) evidence.text = field();
    ids[node->id] = copy.id;
    graph.add_node(copy);
  }
  for (const Edge* edge : base.edges()) {
    Edge copy = *edge;
    copy.source = ids[edge->source];
    copy.target = ids[edge->target];
    for (auto& [key, value] : copy.attributes) value = field();
    for (Evidence& evidence : copy.evidence) evidence.text = field();
    graph.add_edge(copy);
  }
  exporting::ExportOptions options;
  options.title = field();
  options.view = std::vector<std::string>{"timeline", "full", "lineage"}[size % 3];
  options.vertical = size % 2 == 1;
  std::string dot = exporting::diagram_dot(graph, options);
  try {
    exporting::parse_dot(dot, "fuzz.dot");
  } catch (const InputError& e) {
    fuzz::broken(std::string("Graphviz cannot read the DOT written: ") + e.what());
  }
  return 0;
}
