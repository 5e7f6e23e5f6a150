// PolicyGraph: merge semantics, ordered iteration and document removal over the Boost topology.
#include "graph/policy_graph.hpp"

#include <algorithm>
#include <set>

#include "graph/error.hpp"
#include "graph/topology.hpp"
#include "graph/year_sources.hpp"

namespace policygraph {

namespace detail {
std::string edge_key(std::string_view source, Relation relation, std::string_view target) {
  std::string key(source);
  key += '\x1f';
  key += to_string(relation);
  key += '\x1f';
  key += target;
  return key;
}
}  // namespace detail

namespace {

void merge_attributes(Attributes& into, const Attributes& from) {
  for (const auto& [key, value] : from) into.emplace(key, value);
}

// The canonical choice between two values of one attribute: the first in byte order, so that
// merging graphs in any order keeps the same one.
void merge_attributes_canonically(Attributes& into, const Attributes& from) {
  for (const auto& [key, value] : from) {
    auto [at, added] = into.emplace(key, value);
    if (!added && value < at->second) at->second = value;
  }
}

// The canonical label of two: the longer (the fuller name), then the first in byte order.
bool better_label(const std::string& a, const std::string& b) {
  if (a.empty() != b.empty()) return !a.empty();
  return a.size() != b.size() ? a.size() > b.size() : a < b;
}

bool edge_order(const Edge* a, const Edge* b) {
  return std::tie(a->source, a->relation, a->target) < std::tie(b->source, b->relation, b->target);
}

}  // namespace

PolicyGraph::PolicyGraph() : topology_(std::make_unique<detail::Topology>()) {}
PolicyGraph::~PolicyGraph() = default;
PolicyGraph::PolicyGraph(const PolicyGraph& other) : topology_(std::make_unique<detail::Topology>(*other.topology_)) {}
PolicyGraph& PolicyGraph::operator=(const PolicyGraph& other) {
  if (this != &other) topology_ = std::make_unique<detail::Topology>(*other.topology_);
  return *this;
}
PolicyGraph::PolicyGraph(PolicyGraph&&) noexcept = default;
PolicyGraph& PolicyGraph::operator=(PolicyGraph&&) noexcept = default;

const Node& PolicyGraph::add_node(Node node) {
  if (node.id.empty()) throw GraphError("node without an id");
  auto kind = kind_of_id(node.id);
  if (kind && *kind != node.kind)
    throw GraphError("node '" + node.id + "': id names kind " + std::string(to_string(*kind)) + " but the node is " +
                     std::string(to_string(node.kind)));
  auto& t = *topology_;
  if (const detail::Vertex* vertex = t.vertex(node.id)) {
    Node& existing = t.nodes[*vertex];
    if (existing.kind != node.kind)
      throw GraphError("node '" + node.id + "' exists as " + std::string(to_string(existing.kind)) + ", not " +
                       std::string(to_string(node.kind)));
    std::vector<std::string> names = node.aliases;
    if (!node.label.empty()) names.push_back(node.label);
    if (existing.label.empty()) existing.label = node.label;
    merge_aliases(existing.aliases, names, existing.label);
    merge_attributes(existing.attributes, node.attributes);
    merge_evidence(existing.evidence, node.evidence);
    return existing;
  }
  std::sort(node.aliases.begin(), node.aliases.end());
  node.aliases.erase(std::unique(node.aliases.begin(), node.aliases.end()), node.aliases.end());
  std::erase(node.aliases, node.label);
  std::erase(node.aliases, std::string());
  std::sort(node.evidence.begin(), node.evidence.end());
  node.evidence.erase(std::unique(node.evidence.begin(), node.evidence.end()), node.evidence.end());
  detail::Vertex vertex = boost::add_vertex(t.graph);
  t.node_index.emplace(node.id, vertex);
  t.nodes.push_back(std::move(node));
  return t.nodes.back();
}

const Edge& PolicyGraph::add_edge(Edge edge) {
  auto& t = *topology_;
  const detail::Vertex* source = t.vertex(edge.source);
  const detail::Vertex* target = t.vertex(edge.target);
  if (!source || !target)
    throw GraphError("edge " + edge.source + " -" + std::string(to_string(edge.relation)) + "-> " + edge.target +
                     ": no node '" + (source ? edge.target : edge.source) + "'");
  std::string key = detail::edge_key(edge.source, edge.relation, edge.target);
  if (auto found = t.edge_index.find(key); found != t.edge_index.end()) {
    Edge& existing = t.edges[found->second];
    record_year_disagreement(existing, edge);  // before the earliest year wins, so answers can show both
    if (edge.year && (!existing.year || *edge.year < *existing.year)) existing.year = edge.year;
    merge_attributes(existing.attributes, edge.attributes);
    merge_evidence(existing.evidence, edge.evidence);
    return existing;
  }
  std::sort(edge.evidence.begin(), edge.evidence.end());
  edge.evidence.erase(std::unique(edge.evidence.begin(), edge.evidence.end()), edge.evidence.end());
  std::size_t index = t.edges.size();
  boost::add_edge(*source, *target, detail::EdgeSlot{index}, t.graph);
  t.edge_index.emplace(std::move(key), index);
  t.edges.push_back(std::move(edge));
  return t.edges.back();
}

void PolicyGraph::add_document(Document document) {
  auto& t = *topology_;
  if (auto found = t.document_index.find(document.id); found != t.document_index.end()) {
    t.documents[found->second] = std::move(document);
    return;
  }
  t.document_index.emplace(document.id, t.documents.size());
  t.documents.push_back(std::move(document));
}

void PolicyGraph::set_node_attribute(std::string_view id, const std::string& key, const std::string& value) {
  const detail::Vertex* vertex = topology_->vertex(id);
  if (!vertex) throw GraphError("no node '" + std::string(id) + "'");
  topology_->nodes[*vertex].attributes[key] = value;
}

void PolicyGraph::set_node_label(std::string_view id, const std::string& label) {
  const detail::Vertex* vertex = topology_->vertex(id);
  if (!vertex) throw GraphError("no node '" + std::string(id) + "'");
  Node& node = topology_->nodes[*vertex];
  if (node.label == label) return;
  std::string old = node.label;
  node.label = label;
  merge_aliases(node.aliases, {old}, label);
}

Edge& PolicyGraph::mutable_edge(std::string_view source, Relation relation, std::string_view target) {
  auto found = topology_->edge_index.find(detail::edge_key(source, relation, target));
  if (found == topology_->edge_index.end())
    throw GraphError("no edge " + std::string(source) + " -" + std::string(to_string(relation)) + "-> " + std::string(target));
  return topology_->edges[found->second];
}

void PolicyGraph::set_edge_year(std::string_view source, Relation relation, std::string_view target, std::optional<int> year) {
  Edge& edge = mutable_edge(source, relation, target);
  edge.year = year;
  edge.attributes.erase(edge_attributes::years);  // a year set by hand settles a disagreement
}

void PolicyGraph::set_edge_attribute(std::string_view source, Relation relation, std::string_view target, const std::string& key,
                                     const std::string& value) {
  mutable_edge(source, relation, target).attributes[key] = value;
}

const Node* PolicyGraph::node(std::string_view id) const {
  const detail::Vertex* vertex = topology_->vertex(id);
  return vertex ? &topology_->nodes[*vertex] : nullptr;
}

const Edge* PolicyGraph::edge(std::string_view source, Relation relation, std::string_view target) const {
  auto found = topology_->edge_index.find(detail::edge_key(source, relation, target));
  return found == topology_->edge_index.end() ? nullptr : &topology_->edges[found->second];
}

const Document* PolicyGraph::document(std::string_view id) const {
  auto found = topology_->document_index.find(id);
  return found == topology_->document_index.end() ? nullptr : &topology_->documents[found->second];
}

std::vector<const Node*> PolicyGraph::nodes() const {
  std::vector<const Node*> out;
  out.reserve(topology_->nodes.size());
  for (const Node& node : topology_->nodes) out.push_back(&node);
  std::sort(out.begin(), out.end(), [](const Node* a, const Node* b) { return a->id < b->id; });
  return out;
}

std::vector<const Edge*> PolicyGraph::edges() const {
  std::vector<const Edge*> out;
  out.reserve(topology_->edges.size());
  for (const Edge& edge : topology_->edges) out.push_back(&edge);
  std::sort(out.begin(), out.end(), edge_order);
  return out;
}

std::vector<const Document*> PolicyGraph::documents() const {
  std::vector<const Document*> out;
  for (const Document& document : topology_->documents) out.push_back(&document);
  std::sort(out.begin(), out.end(), [](const Document* a, const Document* b) { return a->id < b->id; });
  return out;
}

std::vector<const Edge*> PolicyGraph::out_edges(std::string_view id) const {
  std::vector<const Edge*> out;
  const detail::Vertex* vertex = topology_->vertex(id);
  if (!vertex) return out;
  for (auto [it, end] = boost::out_edges(*vertex, topology_->graph); it != end; ++it)
    out.push_back(&topology_->edges[topology_->graph[*it].index]);
  std::sort(out.begin(), out.end(), edge_order);
  return out;
}

std::vector<const Edge*> PolicyGraph::in_edges(std::string_view id) const {
  std::vector<const Edge*> out;
  const detail::Vertex* vertex = topology_->vertex(id);
  if (!vertex) return out;
  for (auto [it, end] = boost::in_edges(*vertex, topology_->graph); it != end; ++it)
    out.push_back(&topology_->edges[topology_->graph[*it].index]);
  std::sort(out.begin(), out.end(), [](const Edge* a, const Edge* b) {
    return std::tie(a->relation, a->source) < std::tie(b->relation, b->source);
  });
  return out;
}

std::size_t PolicyGraph::node_count() const { return topology_->nodes.size(); }
std::size_t PolicyGraph::edge_count() const { return topology_->edges.size(); }
std::size_t PolicyGraph::document_count() const { return topology_->documents.size(); }

void PolicyGraph::merge(const PolicyGraph& other) {
  for (const Document* document : other.documents()) add_document(*document);
  auto& t = *topology_;
  for (const Node* node : other.nodes()) {
    const detail::Vertex* vertex = t.vertex(node->id);
    if (!vertex) {
      add_node(*node);
      continue;
    }
    Node incoming = *node;
    Node& existing = t.nodes[*vertex];
    // add_node keeps the existing label and attributes; the canonical ones are chosen here.
    if (existing.kind == incoming.kind && better_label(incoming.label, existing.label)) std::swap(existing.label, incoming.label);
    Attributes attributes = existing.attributes;
    merge_attributes_canonically(attributes, incoming.attributes);
    add_node(std::move(incoming));
    t.nodes[*vertex].attributes = std::move(attributes);
  }
  for (const Edge* edge : other.edges()) {
    Attributes attributes = edge->attributes;
    if (const Edge* existing = this->edge(edge->source, edge->relation, edge->target))
      merge_attributes_canonically(attributes, existing->attributes);
    add_edge(*edge);
    Edge& merged = mutable_edge(edge->source, edge->relation, edge->target);
    // The years sources give are a union (graph/year_sources.hpp), the same in any order: add_edge's.
    if (auto years = merged.attributes.find(edge_attributes::years); years != merged.attributes.end())
      attributes[edge_attributes::years] = years->second;
    else
      attributes.erase(edge_attributes::years);
    merged.attributes = std::move(attributes);
  }
}

void PolicyGraph::remove_document(std::string_view id) { remove_documents({std::string(id)}); }

void PolicyGraph::remove_documents(const std::vector<std::string>& ids) {
  std::set<std::string, std::less<>> gone(ids.begin(), ids.end());
  auto cites_other = [&gone](std::vector<Evidence>& evidence) {
    std::erase_if(evidence, [&gone](const Evidence& e) { return gone.count(e.document) > 0; });
    return !evidence.empty();
  };
  PolicyGraph kept;
  kept.set_pack(pack());
  for (const Document* document : documents())
    if (!gone.count(document->id)) kept.add_document(*document);
  for (const Node* node : nodes()) {
    Node copy = *node;
    if (cites_other(copy.evidence)) kept.add_node(std::move(copy));
  }
  for (const Edge* edge : edges()) {
    Edge copy = *edge;
    for (const std::string& id : gone) forget_year_sources(copy, id);
    if (cites_other(copy.evidence) && kept.node(copy.source) && kept.node(copy.target)) kept.add_edge(std::move(copy));
  }
  *this = std::move(kept);
}

const PackStamp& PolicyGraph::pack() const { return topology_->pack; }
void PolicyGraph::set_pack(PackStamp pack) { topology_->pack = std::move(pack); }

const detail::Topology& PolicyGraph::topology() const { return *topology_; }

}  // namespace policygraph
