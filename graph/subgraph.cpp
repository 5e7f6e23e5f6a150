// Filtering a graph into a view: focus neighbourhood (breadth-first over Boost.Graph, both
// directions), years, kinds and relations.
#include "graph/subgraph.hpp"

#include <deque>
#include <sstream>

#include "graph/error.hpp"
#include "graph/topology.hpp"

namespace policygraph {
namespace {

std::optional<int> year_of(const std::string& date) {
  auto parsed = Date::parse(date);
  if (!parsed) return std::nullopt;
  return parsed->year;
}

bool overlaps(const YearSpan& span, const ViewFilter& filter) {
  if (filter.from_year && span.last < *filter.from_year) return false;
  if (filter.to_year && span.first > *filter.to_year) return false;
  return true;
}

}  // namespace

std::optional<YearSpan> node_years(const PolicyGraph& graph, const Node& node) {
  auto attribute = [&](const char* key) -> std::optional<int> {
    auto found = node.attributes.find(key);
    return found == node.attributes.end() ? std::nullopt : year_of(found->second);
  };
  switch (node.kind) {
    case NodeKind::administration: {
      auto start = attribute("start");
      if (!start) return std::nullopt;
      return YearSpan{*start, attribute("end").value_or(9999)};
    }
    case NodeKind::event: {
      auto date = attribute("date");
      if (!date) return std::nullopt;
      return YearSpan{*date, *date};
    }
    case NodeKind::programme: {
      std::optional<YearSpan> span;
      for (const Edge* edge : graph.in_edges(node.id)) {
        if (edge->relation != Relation::introduced) continue;
        std::optional<YearSpan> candidate;
        if (edge->year) {
          candidate = YearSpan{*edge->year, *edge->year};
        } else if (const Node* administration = graph.node(edge->source)) {
          candidate = node_years(graph, *administration);
        }
        if (candidate && (!span || candidate->first < span->first)) span = candidate;
      }
      return span;
    }
    default:
      return std::nullopt;
  }
}

PolicyGraph filter_graph(const PolicyGraph& graph, const ViewFilter& filter) {
  if (filter.is_identity()) return graph;
  const detail::Topology& topology = graph.topology();
  std::vector<char> keep(topology.nodes.size(), 1);

  if (!filter.focus.empty()) {
    const detail::Vertex* start = topology.vertex(filter.focus);
    if (!start) throw GraphError("no node '" + filter.focus + "' to focus on");
    // Breadth-first in both directions: a lineage reads backwards as well as forwards.
    std::vector<int> distance(topology.nodes.size(), -1);
    std::deque<detail::Vertex> queue{*start};
    distance[*start] = 0;
    while (!queue.empty()) {
      detail::Vertex v = queue.front();
      queue.pop_front();
      if (distance[v] >= filter.depth) continue;
      auto visit = [&](detail::Vertex next, const detail::EdgeSlot& slot) {
        if (!filter.relations.empty() && !filter.relations.count(topology.edges[slot.index].relation)) return;
        if (distance[next] >= 0) return;
        distance[next] = distance[v] + 1;
        queue.push_back(next);
      };
      for (auto [it, end] = boost::out_edges(v, topology.graph); it != end; ++it)
        visit(boost::target(*it, topology.graph), topology.graph[*it]);
      for (auto [it, end] = boost::in_edges(v, topology.graph); it != end; ++it)
        visit(boost::source(*it, topology.graph), topology.graph[*it]);
    }
    for (std::size_t i = 0; i < keep.size(); ++i) keep[i] = distance[i] >= 0;
  }

  for (std::size_t i = 0; i < keep.size(); ++i) {
    const Node& node = topology.nodes[i];
    if (!filter.kinds.empty() && !filter.kinds.count(node.kind)) keep[i] = 0;
    if (keep[i] && (filter.from_year || filter.to_year)) {
      auto span = node_years(graph, node);
      if (span && !overlaps(*span, filter)) keep[i] = 0;
    }
  }

  auto edge_kept = [&](const Edge& edge) {
    if (!filter.relations.empty() && !filter.relations.count(edge.relation)) return false;
    if (edge.year && ((filter.from_year && *edge.year < *filter.from_year) || (filter.to_year && *edge.year > *filter.to_year)))
      return false;
    return keep[*topology.vertex(edge.source)] && keep[*topology.vertex(edge.target)];
  };

  // Nodes without a time of their own (goals, problems, ...) stay only while something kept holds them.
  if (filter.from_year || filter.to_year) {
    for (std::size_t i = 0; i < keep.size(); ++i) {
      if (!keep[i] || node_years(graph, topology.nodes[i])) continue;
      bool held = false;
      for (const Edge* edge : graph.in_edges(topology.nodes[i].id)) held = held || edge_kept(*edge);
      for (const Edge* edge : graph.out_edges(topology.nodes[i].id)) held = held || edge_kept(*edge);
      if (!held) keep[i] = 0;
    }
  }

  PolicyGraph view;
  std::set<std::string> cited;
  for (const Node* node : graph.nodes()) {
    if (!keep[*topology.vertex(node->id)]) continue;
    view.add_node(*node);
    for (const Evidence& e : node->evidence) cited.insert(e.document);
  }
  for (const Edge* edge : graph.edges()) {
    if (!edge_kept(*edge)) continue;
    view.add_edge(*edge);
    for (const Evidence& e : edge->evidence) cited.insert(e.document);
  }
  for (const Document* document : graph.documents())
    if (cited.count(document->id)) view.add_document(*document);
  return view;
}

namespace {
template <typename T, typename Parse>
std::set<T> parse_list(const std::string& text, Parse parse, const char* what) {
  std::set<T> out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    if (item.empty()) continue;
    auto value = parse(item);
    if (!value) throw UsageError(std::string("unknown ") + what + " '" + item + "'");
    out.insert(*value);
  }
  return out;
}
}  // namespace

std::set<NodeKind> parse_kind_list(const std::string& text) { return parse_list<NodeKind>(text, parse_node_kind, "kind"); }
std::set<Relation> parse_relation_list(const std::string& text) {
  return parse_list<Relation>(text, parse_relation, "relation");
}

}  // namespace policygraph
