// The query engine: indexes built once per graph, the queries over them, the answers they give
// (rows with evidence and a one-sentence summary) and the JSON form of answers.
#include "graph/query.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/pending/queue.hpp>
#include <boost/property_map/property_map.hpp>
#include <climits>
#include <ostream>
#include <queue>
#include <unordered_map>
#include <unordered_set>

#include "graph/continuity.hpp"
#include "graph/error.hpp"
#include "graph/evidence_json.hpp"
#include "graph/match.hpp"
#include "graph/subgraph.hpp"
#include "graph/topology.hpp"
#include "graph/year_sources.hpp"

namespace policygraph {

namespace detail {

// An undirected view of the bidirectional topology for Boost's breadth-first search: the out-edges
// of a vertex in the view are its out-edges and then its in-edges in the topology, so a path may
// use a relation in either direction ("linking", not "leading to").
struct UndirectedEdge {
  BoostGraph::edge_descriptor edge;
  bool reversed = false;  // walked from target to source
  bool operator==(const UndirectedEdge& other) const { return edge == other.edge && reversed == other.reversed; }
  bool operator!=(const UndirectedEdge& other) const { return !(*this == other); }
};

class UndirectedEdgeIterator
    : public boost::iterator_facade<UndirectedEdgeIterator, UndirectedEdge, boost::forward_traversal_tag, UndirectedEdge> {
 public:
  using OutIterator = BoostGraph::out_edge_iterator;
  using InIterator = BoostGraph::in_edge_iterator;
  UndirectedEdgeIterator() = default;
  UndirectedEdgeIterator(OutIterator out, OutIterator out_end, InIterator in, InIterator in_end)
      : out_(out), out_end_(out_end), in_(in), in_end_(in_end) {}

 private:
  friend class boost::iterator_core_access;
  UndirectedEdge dereference() const { return out_ != out_end_ ? UndirectedEdge{*out_, false} : UndirectedEdge{*in_, true}; }
  void increment() {
    if (out_ != out_end_)
      ++out_;
    else
      ++in_;
  }
  bool equal(const UndirectedEdgeIterator& other) const { return out_ == other.out_ && in_ == other.in_; }

  OutIterator out_, out_end_;
  InIterator in_, in_end_;
};

struct UndirectedView {
  using vertex_descriptor = Vertex;
  using edge_descriptor = UndirectedEdge;
  using out_edge_iterator = UndirectedEdgeIterator;
  using directed_category = boost::undirected_tag;
  using edge_parallel_category = boost::allow_parallel_edge_tag;
  struct traversal_category : boost::incidence_graph_tag {};
  using degree_size_type = std::size_t;
  using vertices_size_type = std::size_t;
  using edges_size_type = std::size_t;
  static vertex_descriptor null_vertex() { return BoostGraph::null_vertex(); }

  const BoostGraph* graph = nullptr;
};

std::pair<UndirectedEdgeIterator, UndirectedEdgeIterator> out_edges(Vertex v, const UndirectedView& view) {
  auto [out, out_end] = boost::out_edges(v, *view.graph);
  auto [in, in_end] = boost::in_edges(v, *view.graph);
  return {UndirectedEdgeIterator(out, out_end, in, in_end), UndirectedEdgeIterator(out_end, out_end, in_end, in_end)};
}
std::size_t out_degree(Vertex v, const UndirectedView& view) {
  return boost::out_degree(v, *view.graph) + boost::in_degree(v, *view.graph);
}
Vertex source(const UndirectedEdge& e, const UndirectedView& view) {
  return e.reversed ? boost::target(e.edge, *view.graph) : boost::source(e.edge, *view.graph);
}
Vertex target(const UndirectedEdge& e, const UndirectedView& view) {
  return e.reversed ? boost::source(e.edge, *view.graph) : boost::target(e.edge, *view.graph);
}

}  // namespace detail

namespace {

using detail::Topology;
using detail::Vertex;

std::optional<int> year_attribute(const Node& node, const char* key) {
  auto date = node.date_attribute(key);
  return date ? std::optional<int>(date->year) : std::nullopt;
}

std::string name_of(const Node& node) { return node.label.empty() ? node.id : node.label; }

// "Participation Government (Roh Moo-hyun, 2003–2008)"
std::string described(const Node& node) {
  std::string details;
  if (auto leader = node.attributes.find("leader"); leader != node.attributes.end()) details = leader->second;
  if (node.kind == NodeKind::administration) {
    std::string term = term_text(node);
    if (!term.empty()) details += (details.empty() ? "" : ", ") + term;
  }
  return details.empty() ? name_of(node) : name_of(node) + " (" + details + ")";
}

// A node as error messages name it: label and id, on one line.
std::string in_message(const Node& node) { return one_line(name_of(node)) + " (" + node.id + ")"; }

std::string leader_of(const Node& node) {
  auto leader = node.attributes.find("leader");
  return leader == node.attributes.end() ? std::string() : leader->second;
}

// Sort key for "when": the year the edge gives, or the start of the administration's term.
int introduction_year(const Introduction& introduction) {
  if (introduction.edge->year) return *introduction.edge->year;
  return year_attribute(*introduction.administration, "start").value_or(INT_MAX);
}

std::vector<Evidence> evidence_of(std::initializer_list<const std::vector<Evidence>*> lists) {
  std::vector<Evidence> out;
  for (const auto* list : lists) merge_evidence(out, *list);
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

std::string quantity(std::size_t count, const char* singular, const char* plural) {
  return std::to_string(count) + " " + (count == 1 ? singular : plural);
}

// The first few labels of a list, for summaries: "a; b; c and 4 more".
std::string first_labels(const std::vector<const Node*>& nodes, std::size_t shown = 3) {
  std::vector<std::string> labels;
  for (std::size_t i = 0; i < nodes.size() && i < shown; ++i) labels.push_back(name_of(*nodes[i]));
  std::string out = join(labels, "; ");
  if (nodes.size() > shown) out += " and " + std::to_string(nodes.size() - shown) + " more";
  return out;
}

}  // namespace

std::string term_text(const Node& administration) {
  auto start = year_attribute(administration, "start");
  if (!start) return "";
  auto end = year_attribute(administration, "end");
  return std::to_string(*start) + "\u2013" + (end ? std::to_string(*end) : std::string());
}

// ---------------------------------------------------------------------------------------------
// The engine

QueryEngine::QueryEngine(const PolicyGraph& graph)
    : graph_(graph),
      names_(std::make_unique<NameIndex>(graph)),
      by_kind_(all_node_kinds().size()),
      by_relation_(all_relations().size()) {
  const Topology& topology = graph.topology();
  for (std::size_t i = 0; i < topology.nodes.size(); ++i)
    by_kind_[static_cast<std::size_t>(topology.nodes[i].kind)].push_back(static_cast<std::uint32_t>(i));
  for (std::size_t i = 0; i < topology.edges.size(); ++i)
    by_relation_[static_cast<std::size_t>(topology.edges[i].relation)].push_back(static_cast<std::uint32_t>(i));
}

QueryEngine::~QueryEngine() = default;

const Node& QueryEngine::resolve(std::string_view name, const std::vector<NodeKind>& preferred) const {
  return names_->resolve(name, preferred);
}

std::vector<Introduction> QueryEngine::who_introduced(const Node& programme) const {
  const Topology& topology = graph_.topology();
  std::vector<Introduction> out;
  const Vertex* vertex = topology.vertex(programme.id);
  if (!vertex) return out;
  for (auto [it, end] = boost::in_edges(*vertex, topology.graph); it != end; ++it) {
    const Edge& edge = topology.edges[topology.graph[*it].index];
    if (edge.relation != Relation::introduced) continue;
    const Node& administration = topology.nodes[boost::source(*it, topology.graph)];
    std::string when;
    if (edge.year)
      when = std::to_string(*edge.year);
    else if (std::string term = term_text(administration); !term.empty())
      when = "during " + term;
    if (auto sources = year_sources(edge); !sources.empty()) when += " (sources disagree: " + year_sources_text(sources) + ")";
    // No sentence names the administration: the year placed it in a term (graph/inference.hpp).
    if (auto inferred = edge.attributes.find(edge_attributes::inferred); inferred != edge.attributes.end())
      when += " (inferred " + inferred->second + ")";
    out.push_back({&administration, &programme, &edge, std::move(when)});
  }
  std::sort(out.begin(), out.end(), [](const Introduction& a, const Introduction& b) {
    int year_a = introduction_year(a), year_b = introduction_year(b);
    return std::tie(year_a, a.administration->id) < std::tie(year_b, b.administration->id);
  });
  return out;
}

std::vector<LineageStep> QueryEngine::evolution(const Node& programme, LineageDirection direction) const {
  const Topology& topology = graph_.topology();
  const Vertex* start = topology.vertex(programme.id);
  if (!start) return {};
  // Breadth-first along evolved_into edges only: the lineage, not the whole neighbourhood.
  std::vector<Vertex> members{*start};
  std::unordered_set<Vertex> seen{*start};
  for (std::size_t next = 0; next < members.size(); ++next) {
    Vertex v = members[next];
    bool forward = direction != LineageDirection::backward;
    bool backward = direction != LineageDirection::forward;
    if (forward)
      for (auto [it, end] = boost::out_edges(v, topology.graph); it != end; ++it)
        if (topology.edges[topology.graph[*it].index].relation == Relation::evolved_into)
          if (Vertex t = boost::target(*it, topology.graph); seen.insert(t).second) members.push_back(t);
    if (backward)
      for (auto [it, end] = boost::in_edges(v, topology.graph); it != end; ++it)
        if (topology.edges[topology.graph[*it].index].relation == Relation::evolved_into)
          if (Vertex s = boost::source(*it, topology.graph); seen.insert(s).second) members.push_back(s);
  }

  struct Item {
    LineageStep step;
    int year = INT_MAX;
    int waiting = 0;  // predecessors in the lineage not yet placed
    // cppcheck-suppress unusedStructMember ; read through items[v] below, which cppcheck does not follow
    std::vector<Vertex> successors;
  };
  std::unordered_map<Vertex, Item> items;
  for (Vertex v : members) {
    Item& item = items[v];
    item.step.programme = &topology.nodes[v];
    item.step.introductions = who_introduced(topology.nodes[v]);
    for (const Introduction& introduction : item.step.introductions) item.year = std::min(item.year, introduction_year(introduction));
  }
  for (Vertex v : members) {
    for (auto [it, end] = boost::in_edges(v, topology.graph); it != end; ++it) {
      const Edge& edge = topology.edges[topology.graph[*it].index];
      Vertex s = boost::source(*it, topology.graph);
      if (edge.relation != Relation::evolved_into || !seen.count(s) || s == v) continue;
      items[v].step.from.push_back(&edge);
      ++items[v].waiting;
      items[s].successors.push_back(v);
    }
    std::sort(items[v].step.from.begin(), items[v].step.from.end(), [](const Edge* a, const Edge* b) { return a->source < b->source; });
  }
  // Predecessors first; among programmes free to go, the earliest year, then the label.
  auto later = [&](Vertex a, Vertex b) {
    const Item& x = items[a];
    const Item& y = items[b];
    return std::tie(x.year, x.step.programme->label, x.step.programme->id) >
           std::tie(y.year, y.step.programme->label, y.step.programme->id);
  };
  std::priority_queue<Vertex, std::vector<Vertex>, decltype(later)> ready(later);
  for (Vertex v : members)
    if (items[v].waiting == 0) ready.push(v);
  std::vector<LineageStep> out;
  std::unordered_set<Vertex> placed;
  while (placed.size() < members.size()) {
    if (ready.empty()) {
      // A cycle (a programme renamed back): break it at its earliest remaining member.
      std::vector<Vertex> rest;
      for (Vertex v : members)
        if (!placed.count(v)) rest.push_back(v);
      ready.push(*std::min_element(rest.begin(), rest.end(), [&](Vertex a, Vertex b) { return later(b, a); }));
    }
    Vertex v = ready.top();
    ready.pop();
    if (!placed.insert(v).second) continue;
    for (Vertex next : items[v].successors)
      if (--items[next].waiting == 0 && !placed.count(next)) ready.push(next);
    out.push_back(std::move(items[v].step));
  }
  return out;
}

AdministrationRecord QueryEngine::record_of(const Node& administration) const {
  AdministrationRecord record{&administration, {}, {}};
  const Topology& topology = graph_.topology();
  const Vertex* vertex = topology.vertex(administration.id);
  if (!vertex) return record;
  for (auto [it, end] = boost::out_edges(*vertex, topology.graph); it != end; ++it) {
    const Edge& edge = topology.edges[topology.graph[*it].index];
    if (edge.relation == Relation::introduced) record.introduced.push_back(&edge);
    if (edge.relation == Relation::emphasised) record.emphasised.push_back(&edge);
  }
  auto label = [this](const Edge* edge) -> const std::string& { return graph_.node(edge->target)->label; };
  std::sort(record.introduced.begin(), record.introduced.end(), [&](const Edge* a, const Edge* b) {
    int year_a = a->year.value_or(INT_MAX), year_b = b->year.value_or(INT_MAX);
    return std::tie(year_a, label(a), a->target) < std::tie(year_b, label(b), b->target);
  });
  std::sort(record.emphasised.begin(), record.emphasised.end(),
            [&](const Edge* a, const Edge* b) { return std::tie(label(a), a->target) < std::tie(label(b), b->target); });
  return record;
}

std::vector<AdministrationRecord> QueryEngine::timeline(std::optional<int> from_year, std::optional<int> to_year) const {
  const Topology& topology = graph_.topology();
  std::vector<const Node*> administrations;
  for (std::uint32_t v : by_kind_[static_cast<std::size_t>(NodeKind::administration)]) {
    const Node& node = topology.nodes[v];
    auto span = node_years(graph_, node);
    if (span) {
      if (from_year && span->last < *from_year) continue;
      if (to_year && span->first > *to_year) continue;
    } else if (from_year || to_year) {
      continue;  // without a term it cannot be placed in a range
    }
    administrations.push_back(&node);
  }
  auto start_of = [](const Node* node) {
    auto found = node->attributes.find("start");
    return found == node->attributes.end() ? std::string("\xff") : found->second;
  };
  std::sort(administrations.begin(), administrations.end(),
            [&](const Node* a, const Node* b) { return std::make_tuple(start_of(a), a->id) < std::make_tuple(start_of(b), b->id); });
  std::vector<AdministrationRecord> out;
  for (const Node* administration : administrations) {
    AdministrationRecord record = record_of(*administration);
    std::erase_if(record.introduced, [&](const Edge* edge) {
      return edge->year && ((from_year && *edge->year < *from_year) || (to_year && *edge->year > *to_year));
    });
    out.push_back(std::move(record));
  }
  return out;
}

std::vector<Finding> QueryEngine::findings(const Node& subject, Relation relation) const {
  std::vector<const Node*> subjects{&subject};
  if (subject.kind == NodeKind::administration)
    for (const Edge* edge : record_of(subject).introduced) subjects.push_back(graph_.node(edge->target));
  const Topology& topology = graph_.topology();
  std::vector<Finding> out;
  for (const Node* node : subjects) {
    const Vertex* vertex = topology.vertex(node->id);
    for (auto [it, end] = boost::out_edges(*vertex, topology.graph); it != end; ++it) {
      const Edge& edge = topology.edges[topology.graph[*it].index];
      if (edge.relation == relation) out.push_back({node, &topology.nodes[boost::target(*it, topology.graph)], &edge});
    }
  }
  std::sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.subject->label, a.subject->id, a.item->label, a.item->id) <
           std::tie(b.subject->label, b.subject->id, b.item->label, b.item->id);
  });
  return out;
}

std::vector<const Edge*> QueryEngine::edges_of(Relation relation) const {
  std::vector<const Edge*> out;
  const auto& edges = graph_.topology().edges;
  for (std::uint32_t e : by_relation_[static_cast<std::size_t>(relation)]) out.push_back(&edges[e]);
  return out;
}

std::size_t QueryEngine::edge_count(Relation relation) const { return by_relation_[static_cast<std::size_t>(relation)].size(); }

std::vector<const Node*> QueryEngine::nodes_of(NodeKind kind) const {
  std::vector<const Node*> out;
  const auto& nodes = graph_.topology().nodes;
  for (std::uint32_t v : by_kind_[static_cast<std::size_t>(kind)]) out.push_back(&nodes[v]);
  std::sort(out.begin(), out.end(), [](const Node* a, const Node* b) { return a->id < b->id; });
  return out;
}

std::vector<Neighbour> QueryEngine::neighbours(const Node& start, int depth, const std::set<Relation>& relations) const {
  const Topology& topology = graph_.topology();
  std::vector<Neighbour> out{{&start, 0, nullptr, nullptr, true}};
  const Vertex* first = topology.vertex(start.id);
  if (!first) return out;
  std::unordered_map<Vertex, int> distance{{*first, 0}};
  std::vector<Vertex> layer{*first};
  for (int d = 1; d <= depth && !layer.empty(); ++d) {
    std::vector<Vertex> next;
    for (Vertex v : layer) {
      struct Step {
        const Edge* edge;
        Vertex other;
        bool outgoing;
      };
      std::vector<Step> steps;
      for (auto [it, end] = boost::out_edges(v, topology.graph); it != end; ++it)
        steps.push_back({&topology.edges[topology.graph[*it].index], boost::target(*it, topology.graph), true});
      for (auto [it, end] = boost::in_edges(v, topology.graph); it != end; ++it)
        steps.push_back({&topology.edges[topology.graph[*it].index], boost::source(*it, topology.graph), false});
      std::sort(steps.begin(), steps.end(), [&](const Step& a, const Step& b) {
        return std::tie(a.edge->relation, a.outgoing, topology.nodes[a.other].id) <
               std::tie(b.edge->relation, b.outgoing, topology.nodes[b.other].id);
      });
      for (const Step& step : steps) {
        if (!relations.empty() && !relations.count(step.edge->relation)) continue;
        auto [slot, inserted] = distance.try_emplace(step.other, d);
        if (!inserted && slot->second != d) continue;  // reached earlier: not part of this layer
        if (inserted) next.push_back(step.other);
        out.push_back({&topology.nodes[step.other], d, step.edge, &topology.nodes[v], step.outgoing});
      }
    }
    layer = std::move(next);
  }
  return out;
}

struct QueryEngine::SearchScratch {
  std::vector<boost::default_color_type> colours;  // white everywhere between searches
  std::vector<std::uint32_t> parent;                // the vertex a discovered vertex was reached from
  std::vector<std::uint32_t> parent_edge;           // and the edge (index into the topology's edges)
  std::vector<Vertex> touched;                      // vertices coloured by the current search
};

std::unique_ptr<QueryEngine::SearchScratch> QueryEngine::take_scratch() const {
  {
    std::lock_guard lock(scratch_mutex_);
    if (!scratch_pool_.empty()) {
      auto scratch = std::move(scratch_pool_.back());
      scratch_pool_.pop_back();
      return scratch;
    }
  }
  auto scratch = std::make_unique<SearchScratch>();
  std::size_t vertices = graph_.topology().nodes.size();
  scratch->colours.assign(vertices, boost::white_color);
  scratch->parent.resize(vertices);
  scratch->parent_edge.resize(vertices);
  return scratch;
}

void QueryEngine::return_scratch(std::unique_ptr<SearchScratch> scratch) const {
  for (Vertex v : scratch->touched) scratch->colours[v] = boost::white_color;
  scratch->touched.clear();
  std::lock_guard lock(scratch_mutex_);
  scratch_pool_.push_back(std::move(scratch));
}

namespace {
// Thrown by the visitor to end the search once the goal is discovered: Boost's BFS has no other
// way to stop early, and continuing would visit far more than the path needs.
struct GoalReached {};

template <typename Scratch>
struct PathRecorder : boost::default_bfs_visitor {
  Vertex goal;
  Scratch* scratch;
  void discover_vertex(Vertex v, const detail::UndirectedView&) const { scratch->touched.push_back(v); }
  void tree_edge(const detail::UndirectedEdge& e, const detail::UndirectedView& view) const {
    Vertex next = target(e, view);
    scratch->parent[next] = static_cast<std::uint32_t>(source(e, view));
    scratch->parent_edge[next] = static_cast<std::uint32_t>((*view.graph)[e.edge].index);
    if (next == goal) throw GoalReached{};
  }
};
}  // namespace

std::optional<std::vector<PathStep>> QueryEngine::path(const Node& from, const Node& to, std::size_t* visited) const {
  const Topology& topology = graph_.topology();
  const Vertex* start = topology.vertex(from.id);
  const Vertex* goal = topology.vertex(to.id);
  if (visited) *visited = 0;
  if (!start || !goal) return std::nullopt;
  if (*start == *goal) return std::vector<PathStep>{};
  detail::UndirectedView view{&topology.graph};
  std::unique_ptr<SearchScratch> scratch = take_scratch();
  struct Return {  // hands the scratch back however the search ends
    const QueryEngine* engine;
    std::unique_ptr<SearchScratch>* scratch;
    ~Return() { engine->return_scratch(std::move(*scratch)); }
  } give_back{this, &scratch};
  // breadth_first_visit is breadth_first_search without colouring every vertex white first: the
  // scratch colours are white already, so the cost stays with what the search visits.
  auto colours = boost::make_iterator_property_map(scratch->colours.begin(), boost::typed_identity_property_map<Vertex>());
  boost::queue<Vertex> queue;
  bool reached = false;
  try {
    boost::breadth_first_visit(view, *start, queue, PathRecorder<SearchScratch>{{}, *goal, scratch.get()}, colours);
  } catch (const GoalReached&) {
    reached = true;
  }
  if (visited) *visited = scratch->touched.size();
  if (!reached) return std::nullopt;
  std::vector<PathStep> steps;
  for (Vertex v = *goal; v != *start;) {
    Vertex previous = scratch->parent[v];
    const Edge& edge = topology.edges[scratch->parent_edge[v]];
    const Node& previous_node = topology.nodes[previous];
    steps.push_back({&previous_node, &topology.nodes[v], &edge, edge.source == previous_node.id && edge.target != edge.source});
    v = previous;
  }
  std::reverse(steps.begin(), steps.end());
  return steps;
}

// ---------------------------------------------------------------------------------------------
// Answers

Cell Cell::of_text(std::string value) {
  Cell cell;
  cell.text = std::move(value);
  return cell;
}
Cell Cell::of_text_or_empty(std::string value) { return value.empty() ? Cell{} : of_text(std::move(value)); }
Cell Cell::of_number(std::optional<long long> value) {
  Cell cell;
  cell.number = value;
  return cell;
}
Cell Cell::of_node(const Node* node) {
  Cell cell;
  if (node) cell.nodes.push_back(node);
  return cell;
}
Cell Cell::of_nodes(std::vector<const Node*> nodes) {
  Cell cell;
  cell.nodes = std::move(nodes);
  return cell;
}
std::string Cell::display() const {
  if (text) return *text;
  if (number) return std::to_string(*number);
  std::vector<std::string> labels;
  for (const Node* node : nodes) labels.push_back(name_of(*node));
  return join(labels, ", ");
}

namespace {

struct QueryInfo {
  QueryKind kind;
  std::string_view name;
};
constexpr QueryInfo query_infos[] = {
    {QueryKind::who_introduced, "who-introduced"}, {QueryKind::evolution, "evolution"},
    {QueryKind::timeline, "timeline"},             {QueryKind::programmes_of, "programmes-of"},
    {QueryKind::problems, "problems"},             {QueryKind::outcomes, "outcomes"},
    {QueryKind::recommendations, "recommendations"}, {QueryKind::neighbours, "neighbours"},
    {QueryKind::path, "path"},                     {QueryKind::search, "search"},
    {QueryKind::match, "match"},                   {QueryKind::continuity, "continuity"},
};

// The node kinds a name most likely means for each query, used to settle a name two kinds share.
const std::vector<NodeKind>& preferred_kinds(QueryKind kind) {
  static const std::vector<NodeKind> introduced_things{NodeKind::programme, NodeKind::organisation};
  static const std::vector<NodeKind> administrations{NodeKind::administration};
  static const std::vector<NodeKind> subjects{NodeKind::programme, NodeKind::event, NodeKind::administration};
  static const std::vector<NodeKind> recommenders{NodeKind::event, NodeKind::person, NodeKind::organisation, NodeKind::programme};
  static const std::vector<NodeKind> none;
  switch (kind) {
    case QueryKind::who_introduced:
    case QueryKind::evolution: return introduced_things;
    case QueryKind::programmes_of: return administrations;
    case QueryKind::problems:
    case QueryKind::outcomes: return subjects;
    case QueryKind::recommendations: return recommenders;
    default: return none;
  }
}

Answer begin_answer(const QueryRequest& request) {
  Answer answer;
  answer.query = std::string(to_string(request.kind));
  answer.arguments = request.arguments;
  return answer;
}

void need_arguments(const QueryRequest& request, std::size_t count, const char* what) {
  if (request.arguments.size() != count)
    throw UsageError(std::string(to_string(request.kind)) + ": expected " + what + ", got " +
                     std::to_string(request.arguments.size()) + " argument(s)");
}

Answer answer_who_introduced(const QueryEngine& engine, const QueryRequest& request) {
  need_arguments(request, 1, "one NAME");
  const Node& programme = engine.resolve(request.arguments[0], preferred_kinds(request.kind));
  std::vector<Introduction> introductions = engine.who_introduced(programme);
  if (introductions.empty()) throw NoAnswer("nobody is recorded as introducing " + in_message(programme));
  Answer answer = begin_answer(request);
  answer.subjects = {&programme};
  answer.columns = {{"administration", ColumnType::node}, {"leader", ColumnType::text}, {"term", ColumnType::text},
                    {"year", ColumnType::number}, {"when", ColumnType::text}};
  std::vector<std::string> sentences;
  for (const Introduction& i : introductions) {
    answer.rows.push_back({{Cell::of_node(i.administration), Cell::of_text_or_empty(leader_of(*i.administration)),
                            Cell::of_text_or_empty(term_text(*i.administration)),
                            Cell::of_number(i.edge->year ? std::optional<long long>(*i.edge->year) : std::nullopt),
                            Cell::of_text_or_empty(i.when)},
                           i.edge->evidence});
    std::string when = i.when.empty() ? " (year unknown)" : i.edge->year ? " in " + i.when : " " + i.when;
    sentences.push_back(described(*i.administration) + " introduced " + name_of(programme) + when);
  }
  answer.summary = join(sentences, "; ") + ".";
  return answer;
}

std::string mode_of(const Edge& edge) {
  auto mode = edge.attributes.find("mode");
  return mode == edge.attributes.end() ? std::string() : mode->second;
}

Answer answer_evolution(const QueryEngine& engine, const QueryRequest& request) {
  need_arguments(request, 1, "one NAME");
  const Node& programme = engine.resolve(request.arguments[0], preferred_kinds(request.kind));
  std::vector<LineageStep> steps = engine.evolution(programme, request.direction);
  if (steps.size() < 2) {
    // The programme is the subject of "became" and of "evolved into or from", the object of "came before".
    std::string what = request.direction == LineageDirection::forward    ? in_message(programme) + " became"
                       : request.direction == LineageDirection::backward ? "came before " + in_message(programme)
                                                                         : in_message(programme) + " evolved into or from";
    throw NoAnswer("nothing is recorded that " + what);
  }
  Answer answer = begin_answer(request);
  answer.subjects = {&programme};
  answer.columns = {{"step", ColumnType::number},     {"programme", ColumnType::node}, {"introduced_by", ColumnType::nodes},
                    {"when", ColumnType::text},       {"from", ColumnType::nodes},     {"mode", ColumnType::text}};
  std::string chain;
  std::vector<std::string> parts;
  const Node* previous = nullptr;
  bool linear = true;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const LineageStep& step = steps[i];
    std::vector<const Node*> administrations;
    std::vector<std::string> whens;
    std::vector<Evidence> evidence;
    for (const Introduction& introduction : step.introductions) {
      administrations.push_back(introduction.administration);
      if (!introduction.when.empty()) whens.push_back(introduction.when);
      merge_evidence(evidence, introduction.edge->evidence);
    }
    std::vector<const Node*> from;
    std::vector<std::string> modes;
    for (const Edge* edge : step.from) {
      from.push_back(engine.graph().node(edge->source));
      if (std::string mode = mode_of(*edge); !mode.empty() && std::find(modes.begin(), modes.end(), mode) == modes.end())
        modes.push_back(mode);
      merge_evidence(evidence, edge->evidence);
    }
    answer.rows.push_back({{Cell::of_number(static_cast<long long>(i + 1)), Cell::of_node(step.programme),
                            Cell::of_nodes(administrations), Cell::of_text_or_empty(join(whens, "; ")), Cell::of_nodes(from),
                            Cell::of_text_or_empty(join(modes, ", "))},
                           std::move(evidence)});
    if (i > 0 && !(from.size() == 1 && from.front() == previous)) linear = false;
    std::string part = name_of(*step.programme);
    std::vector<std::string> by;
    for (const Node* administration : administrations) by.push_back(name_of(*administration));
    if (!by.empty()) part += " [" + join(by, ", ") + "]";
    if (i > 0) chain += modes.empty() ? " \u2192 " : " \u2192 (" + join(modes, ", ") + ") ";
    chain += part;
    // Without a single chain, each step says where it came from.
    std::vector<std::string> sources;
    for (const Node* node : from) sources.push_back(name_of(*node));
    if (!sources.empty()) part += " (" + (modes.empty() ? std::string("from") : join(modes, ", ") + " from") + " " + join(sources, " and ") + ")";
    parts.push_back(std::move(part));
    previous = step.programme;
  }
  answer.summary = linear ? chain + "."
                          : "A lineage of " + quantity(steps.size(), "programme", "programmes") + ", earliest first: " + join(parts, "; ") + ".";
  return answer;
}

void add_record_rows(Answer& answer, const PolicyGraph& graph, const AdministrationRecord& record, bool with_administration) {
  const Node& administration = *record.administration;
  auto row = [&](const char* relation, const Node* item, const Edge* edge, std::string when) {
    std::vector<Cell> cells;
    if (with_administration)
      cells = {Cell::of_node(&administration), Cell::of_text_or_empty(leader_of(administration)),
               Cell::of_text_or_empty(term_text(administration))};
    cells.push_back(Cell::of_text_or_empty(relation));
    cells.push_back(Cell::of_node(item));
    cells.push_back(Cell::of_number(edge && edge->year ? std::optional<long long>(*edge->year) : std::nullopt));
    cells.push_back(Cell::of_text_or_empty(std::move(when)));
    answer.rows.push_back({std::move(cells), edge ? edge->evidence : std::vector<Evidence>{}});
  };
  std::string term = term_text(administration);
  for (const Edge* edge : record.introduced) {
    std::string when = edge->year ? std::to_string(*edge->year) : term.empty() ? "" : "during " + term;
    if (auto sources = year_sources(*edge); !sources.empty()) when += " (sources disagree: " + year_sources_text(sources) + ")";
    if (auto inferred = edge->attributes.find(edge_attributes::inferred); inferred != edge->attributes.end())
      when += " (inferred " + inferred->second + ")";
    row("introduced", graph.node(edge->target), edge, std::move(when));
  }
  for (const Edge* edge : record.emphasised) row("emphasised", graph.node(edge->target), edge, "");
  if (with_administration && record.introduced.empty() && record.emphasised.empty()) row("", nullptr, nullptr, "");
}

Answer answer_timeline(const QueryEngine& engine, const QueryRequest& request) {
  if (!request.arguments.empty()) throw UsageError("timeline: takes no NAME, only --from and --to");
  if (request.from_year && request.to_year && *request.from_year > *request.to_year)
    throw UsageError("timeline: --from " + std::to_string(*request.from_year) + " is after --to " + std::to_string(*request.to_year));
  std::vector<AdministrationRecord> records = engine.timeline(request.from_year, request.to_year);
  if (records.empty()) throw NoAnswer("no administration's term falls within the years asked");
  Answer answer = begin_answer(request);
  answer.columns = {{"administration", ColumnType::node}, {"leader", ColumnType::text}, {"term", ColumnType::text},
                    {"relation", ColumnType::text},       {"item", ColumnType::node},   {"year", ColumnType::number},
                    {"when", ColumnType::text}};
  std::size_t introduced = 0;
  for (const AdministrationRecord& record : records) {
    add_record_rows(answer, engine.graph(), record, true);
    introduced += record.introduced.size();
    answer.subjects.push_back(record.administration);
  }
  answer.summary = quantity(records.size(), "administration", "administrations") + " from " + name_of(*records.front().administration) +
                   " to " + name_of(*records.back().administration) + "; " +
                   quantity(introduced, "programme", "programmes") + " introduced.";
  return answer;
}

Answer answer_programmes_of(const QueryEngine& engine, const QueryRequest& request) {
  need_arguments(request, 1, "one ADMINISTRATION");
  const Node& administration = engine.resolve(request.arguments[0], preferred_kinds(request.kind));
  if (administration.kind != NodeKind::administration)
    throw UsageError("programmes-of: '" + one_line(request.arguments[0]) + "' is " + std::string(to_string(administration.kind)) + " " +
                         administration.id + ", not an administration",
                     ExitCode::bad_input);
  AdministrationRecord record = engine.record_of(administration);
  Answer answer = begin_answer(request);
  answer.subjects = {&administration};
  answer.columns = {{"relation", ColumnType::text}, {"item", ColumnType::node}, {"year", ColumnType::number},
                    {"when", ColumnType::text},     {"via", ColumnType::node}};
  add_record_rows(answer, engine.graph(), record, false);
  for (auto& row : answer.rows) row.cells.push_back(Cell{});
  // What its programmes led to: their outcomes and what they became.
  std::size_t led_to = 0;
  for (const Edge* introduced : record.introduced) {
    const Node* programme = engine.graph().node(introduced->target);
    for (const Edge* edge : engine.graph().out_edges(programme->id)) {
      if (edge->relation != Relation::resulted_in && edge->relation != Relation::evolved_into) continue;
      std::string detail = edge->relation == Relation::evolved_into ? mode_of(*edge) : "";
      answer.rows.push_back({{Cell::of_text(std::string(to_string(edge->relation))), Cell::of_node(engine.graph().node(edge->target)),
                              Cell::of_number(edge->year ? std::optional<long long>(*edge->year) : std::nullopt),
                              Cell::of_text_or_empty(detail), Cell::of_node(programme)},
                             edge->evidence});
      ++led_to;
    }
  }
  if (answer.rows.empty()) throw NoAnswer("nothing is recorded that " + in_message(administration) + " introduced or emphasised");
  std::vector<const Node*> programmes;
  for (const Edge* edge : record.introduced) programmes.push_back(engine.graph().node(edge->target));
  std::vector<const Node*> goals;
  for (const Edge* edge : record.emphasised) goals.push_back(engine.graph().node(edge->target));
  std::vector<std::string> parts;
  if (!programmes.empty()) parts.push_back("introduced " + quantity(programmes.size(), "programme", "programmes") + " (" + first_labels(programmes) + ")");
  if (!goals.empty()) parts.push_back("emphasised " + quantity(goals.size(), "goal", "goals") + " (" + first_labels(goals) + ")");
  std::string summary = described(administration) + " " + join(parts, " and ");
  if (led_to) summary += "; its programmes led to " + quantity(led_to, "outcome or successor", "outcomes or successors");
  answer.summary = summary + ".";
  return answer;
}

void add_finding_rows(Answer& answer, const std::vector<Finding>& findings) {
  answer.columns = {{"subject", ColumnType::node}, {"item", ColumnType::node}, {"document", ColumnType::text},
                    {"sentence", ColumnType::number}};
  for (const Finding& finding : findings) {
    std::vector<Evidence> evidence = evidence_of({&finding.edge->evidence});
    if (evidence.empty()) evidence = finding.item->evidence;
    std::optional<long long> sentence;
    std::string document;
    if (!evidence.empty()) {
      document = evidence.front().document;
      if (evidence.front().sentence >= 0) sentence = evidence.front().sentence;
    }
    answer.rows.push_back({{Cell::of_node(finding.subject), Cell::of_node(finding.item), Cell::of_text_or_empty(document),
                            Cell::of_number(sentence)},
                           std::move(evidence)});
  }
}

Answer answer_findings(const QueryEngine& engine, const QueryRequest& request, Relation relation, const char* singular,
                       const char* plural) {
  need_arguments(request, 1, "one NAME");
  const Node& subject = engine.resolve(request.arguments[0], preferred_kinds(request.kind));
  std::vector<Finding> findings = engine.findings(subject, relation);
  if (findings.empty()) throw NoAnswer(std::string("no ") + plural + " are recorded for " + in_message(subject));
  Answer answer = begin_answer(request);
  answer.subjects = {&subject};
  add_finding_rows(answer, findings);
  std::vector<const Node*> items;
  for (const Finding& finding : findings) items.push_back(finding.item);
  answer.summary = quantity(findings.size(), singular, plural) + " recorded for " + name_of(subject) + ": " + first_labels(items) + ".";
  return answer;
}

// Recommendations hang off events, people and organisations. Asked about a programme (or an
// administration), the answer is what was recommended in the documents that discuss it.
Answer answer_recommendations(const QueryEngine& engine, const QueryRequest& request) {
  if (request.arguments.size() > 1) need_arguments(request, 1, "at most one NAME");
  Answer answer = begin_answer(request);
  std::vector<Finding> findings;
  std::string about = "in the graph";
  if (request.arguments.empty()) {
    for (const Edge* edge : engine.edges_of(Relation::recommends))
      findings.push_back({engine.graph().node(edge->source), engine.graph().node(edge->target), edge});
  } else {
    const Node& subject = engine.resolve(request.arguments[0], preferred_kinds(request.kind));
    answer.subjects = {&subject};
    about = "for " + one_line(name_of(subject));
    findings = engine.findings(subject, Relation::recommends);
    if (findings.empty() && (subject.kind == NodeKind::programme || subject.kind == NodeKind::administration)) {
      std::set<std::string> documents;
      for (const Evidence& e : subject.evidence) documents.insert(e.document);
      for (const Finding& problem : engine.findings(subject, Relation::has_problem))
        for (const Evidence& e : problem.edge->evidence) documents.insert(e.document);
      for (const Edge* edge : engine.edges_of(Relation::recommends))
        if (std::any_of(edge->evidence.begin(), edge->evidence.end(), [&](const Evidence& e) { return documents.count(e.document) > 0; }))
          findings.push_back({engine.graph().node(edge->source), engine.graph().node(edge->target), edge});
      about = "in the documents that discuss " + one_line(name_of(subject));
    }
  }
  if (findings.empty()) throw NoAnswer("no recommendations are recorded " + about);
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.subject->label, a.subject->id, a.item->label, a.item->id) <
           std::tie(b.subject->label, b.subject->id, b.item->label, b.item->id);
  });
  add_finding_rows(answer, findings);
  std::vector<const Node*> items;
  for (const Finding& finding : findings) items.push_back(finding.item);
  answer.summary = quantity(findings.size(), "recommendation", "recommendations") + " " + about + ": " + first_labels(items) + ".";
  return answer;
}

Answer answer_neighbours(const QueryEngine& engine, const QueryRequest& request) {
  need_arguments(request, 1, "one NAME");
  if (request.depth < 1) throw UsageError("neighbours: --depth must be at least 1");
  const Node& start = engine.resolve(request.arguments[0]);
  std::vector<Neighbour> found = engine.neighbours(start, request.depth, request.relations);
  if (found.size() < 2) throw NoAnswer("nothing is linked to " + in_message(start) +
                                       (request.relations.empty() ? "" : " by the relations asked"));
  Answer answer = begin_answer(request);
  answer.subjects = {&start};
  answer.columns = {{"depth", ColumnType::number}, {"node", ColumnType::node},     {"kind", ColumnType::text},
                    {"relation", ColumnType::text}, {"direction", ColumnType::text}, {"via", ColumnType::node}};
  std::set<const Node*> distinct;
  for (const Neighbour& n : found) {
    if (!n.edge) continue;
    distinct.insert(n.node);
    answer.rows.push_back({{Cell::of_number(n.depth), Cell::of_node(n.node), Cell::of_text(std::string(to_string(n.node->kind))),
                            Cell::of_text(std::string(to_string(n.edge->relation))), Cell::of_text(n.outgoing ? "out" : "in"),
                            Cell::of_node(n.via)},
                           n.edge->evidence});
  }
  answer.summary = quantity(distinct.size(), "entity", "entities") + " within " + quantity(static_cast<std::size_t>(request.depth), "step", "steps") +
                   " of " + name_of(start) + ".";
  return answer;
}

Answer answer_path(const QueryEngine& engine, const QueryRequest& request) {
  need_arguments(request, 2, "two NAMEs");
  const Node& from = engine.resolve(request.arguments[0]);
  const Node& to = engine.resolve(request.arguments[1]);
  auto steps = engine.path(from, to);
  if (!steps) throw NoAnswer("no chain of relations links " + in_message(from) + " and " + in_message(to));
  Answer answer = begin_answer(request);
  answer.subjects = {&from, &to};
  answer.columns = {{"step", ColumnType::number}, {"from", ColumnType::node}, {"relation", ColumnType::text},
                    {"direction", ColumnType::text}, {"to", ColumnType::node}};
  std::string chain = name_of(from);
  for (std::size_t i = 0; i < steps->size(); ++i) {
    const PathStep& step = (*steps)[i];
    std::string relation(to_string(step.edge->relation));
    answer.rows.push_back({{Cell::of_number(static_cast<long long>(i + 1)), Cell::of_node(step.from), Cell::of_text(relation),
                            Cell::of_text(step.forward ? "forward" : "backward"), Cell::of_node(step.to)},
                           step.edge->evidence});
    chain += step.forward ? " -" + relation + "-> " : " <-" + relation + "- ";
    chain += name_of(*step.to);
  }
  answer.summary = steps->empty() ? name_of(from) + " and " + name_of(to) + " are the same entity."
                                  : chain + " (" + quantity(steps->size(), "step", "steps") + ").";
  return answer;
}

Answer answer_search(const QueryEngine& engine, const QueryRequest& request) {
  if (request.arguments.empty()) throw UsageError("search: expected TEXT");
  std::string text = join(request.arguments, " ");
  std::vector<SearchHit> hits = engine.names().search(text, request.limit ? request.limit : 20);
  if (hits.empty()) throw NoAnswer("no entity's name matches '" + one_line(text) + "'");
  Answer answer = begin_answer(request);
  answer.arguments = {text};
  answer.columns = {{"node", ColumnType::node}, {"kind", ColumnType::text}, {"name", ColumnType::text},
                    {"source", ColumnType::text}, {"match", ColumnType::text}};
  for (const SearchHit& hit : hits)
    answer.rows.push_back({{Cell::of_node(hit.node), Cell::of_text(std::string(to_string(hit.node->kind))), Cell::of_text(hit.name),
                            Cell::of_text(std::string(to_string(hit.source))), Cell::of_text(std::string(to_string(hit.quality)))},
                           hit.node->evidence});
  answer.summary = quantity(hits.size(), "entity matches", "entities match") + " '" + text + "'" +
                   (hits.size() == (request.limit ? request.limit : 20) ? " (the best shown)" : "") + ".";
  return answer;
}

// ---------------------------------------------------------------------------------------------
// JSON

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void write_string(JsonWriter& w, std::string_view text) { w.String(text.data(), static_cast<rapidjson::SizeType>(text.size())); }

void write_node(JsonWriter& w, const Node& node, bool with_aliases) {
  w.StartObject();
  w.Key("id");
  write_string(w, node.id);
  w.Key("kind");
  write_string(w, to_string(node.kind));
  w.Key("label");
  write_string(w, node.label);
  if (with_aliases) {
    w.Key("aliases");
    w.StartArray();
    for (const std::string& alias : node.aliases) write_string(w, alias);
    w.EndArray();
  }
  w.Key("attributes");
  w.StartObject();
  for (const auto& [key, value] : node.attributes) {
    w.Key(key.c_str(), static_cast<rapidjson::SizeType>(key.size()));
    write_string(w, value);
  }
  w.EndObject();
  w.EndObject();
}

void write_cell(JsonWriter& w, const Column& column, const Cell& cell) {
  switch (column.type) {
    case ColumnType::text:
      if (cell.text) write_string(w, *cell.text);
      else if (cell.number) write_string(w, std::to_string(*cell.number));
      else w.Null();
      return;
    case ColumnType::number:
      if (cell.number) w.Int64(*cell.number);
      else w.Null();
      return;
    case ColumnType::node:
      if (cell.nodes.empty()) w.Null();
      else write_node(w, *cell.nodes.front(), false);
      return;
    case ColumnType::nodes:
      w.StartArray();
      for (const Node* node : cell.nodes) write_node(w, *node, false);
      w.EndArray();
      return;
  }
}

}  // namespace

std::string_view to_string(QueryKind kind) {
  for (const QueryInfo& info : query_infos)
    if (info.kind == kind) return info.name;
  return "search";
}

std::optional<QueryKind> parse_query_kind(std::string_view name) {
  for (const QueryInfo& info : query_infos)
    if (info.name == name) return info.kind;
  return std::nullopt;
}

Answer run_query(const QueryEngine& engine, const QueryRequest& request) {
  switch (request.kind) {
    case QueryKind::who_introduced: return answer_who_introduced(engine, request);
    case QueryKind::evolution: return answer_evolution(engine, request);
    case QueryKind::timeline: return answer_timeline(engine, request);
    case QueryKind::programmes_of: return answer_programmes_of(engine, request);
    case QueryKind::problems: return answer_findings(engine, request, Relation::has_problem, "problem", "problems");
    case QueryKind::outcomes: return answer_findings(engine, request, Relation::resulted_in, "outcome", "outcomes");
    case QueryKind::recommendations: return answer_recommendations(engine, request);
    case QueryKind::neighbours: return answer_neighbours(engine, request);
    case QueryKind::path: return answer_path(engine, request);
    case QueryKind::search: return answer_search(engine, request);
    case QueryKind::continuity: return answer_continuity(engine, request);
    case QueryKind::match: {
      need_arguments(request, 1, "one PATTERN");
      Answer answer = answer_match(engine, request.arguments[0], request.limit ? request.limit : 1000);
      answer.arguments = request.arguments;
      return answer;
    }
  }
  throw UsageError("unknown query");
}

void write_answer_json(const PolicyGraph& graph, const Answer& answer, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("query");
  write_string(w, answer.query);
  w.Key("arguments");
  w.StartArray();
  for (const std::string& argument : answer.arguments) write_string(w, argument);
  w.EndArray();
  if (!answer.question.empty()) {
    w.Key("question");
    write_string(w, answer.question);
  }
  w.Key("subjects");
  w.StartArray();
  for (const Node* node : answer.subjects) write_node(w, *node, true);
  w.EndArray();
  w.Key("summary");
  write_string(w, answer.summary);
  w.Key("columns");
  w.StartArray();
  for (const Column& column : answer.columns) {
    w.StartObject();
    w.Key("name");
    write_string(w, column.name);
    w.Key("type");
    write_string(w, column.type == ColumnType::text     ? "text"
                    : column.type == ColumnType::number ? "number"
                    : column.type == ColumnType::node   ? "node"
                                                        : "nodes");
    w.EndObject();
  }
  w.EndArray();
  std::set<std::string> cited;
  w.Key("rows");
  w.StartArray();
  for (const AnswerRow& row : answer.rows) {
    w.StartObject();
    for (std::size_t c = 0; c < answer.columns.size(); ++c) {
      w.Key(answer.columns[c].name.c_str(), static_cast<rapidjson::SizeType>(answer.columns[c].name.size()));
      write_cell(w, answer.columns[c], c < row.cells.size() ? row.cells[c] : Cell{});
    }
    w.Key("evidence");
    w.StartArray();
    for (const Evidence& e : row.evidence) {
      write_evidence_object(w, e, [&](std::string_view text) { write_string(w, text); }, EmptyNote::write);
      cited.insert(e.document);
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("documents");
  w.StartArray();
  for (const std::string& id : cited) {
    const Document* document = graph.document(id);
    if (!document) continue;  // pack citations ("pack:korea") name no document
    write_document_object(w, *document, [&](std::string_view text) { write_string(w, text); }, DocumentHash::omit);
  }
  w.EndArray();
  w.EndObject();
  out << buffer.GetString() << '\n';
}

void write_error_json(const Error& error, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  const auto* ambiguous = dynamic_cast<const AmbiguousName*>(&error);
  const auto* unknown = dynamic_cast<const UnknownName*>(&error);
  w.Key("error");
  write_string(w, ambiguous ? "ambiguous_name"
                  : unknown ? "unknown_name"
                  : error.code() == ExitCode::no_answer ? "no_answer"
                  : error.code() == ExitCode::usage     ? "usage"
                                                        : "bad_input");
  w.Key("message");
  write_string(w, error.what());
  w.Key("exit_code");
  w.Int(static_cast<int>(error.code()));
  auto write_nodes = [&](const char* key, const std::vector<NamedNode>& nodes) {
    w.Key(key);
    w.StartArray();
    for (const NamedNode& node : nodes) {
      w.StartObject();
      w.Key("id");
      write_string(w, node.id);
      w.Key("kind");
      write_string(w, to_string(node.kind));
      w.Key("label");
      write_string(w, node.label);
      w.EndObject();
    }
    w.EndArray();
  };
  if (ambiguous) write_nodes("candidates", ambiguous->candidates());
  if (unknown) write_nodes("suggestions", unknown->suggestions());
  w.EndObject();
  out << buffer.GetString() << '\n';
}

}  // namespace policygraph
