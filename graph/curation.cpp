// Applying corrections: each one resolves its names on the graph as the corrections before it left
// it, changes the graph (removals and merges rebuild it through a map of nodes and edges), and
// cites its line. A name that no longer resolves makes the correction stale, never an error: a
// re-ingest may rightly have removed what it was about.
#include <algorithm>
#include <functional>
#include <memory>
#include <set>

#include "graph/curation.hpp"
#include "graph/error.hpp"
#include "graph/match.hpp"
#include "graph/name_index.hpp"
#include "graph/query.hpp"

namespace policygraph {
namespace {

using NodeMap = std::function<std::optional<Node>(const Node&)>;
using EdgeMap = std::function<std::optional<Edge>(const Edge&)>;

// Rebuilds a graph through a map of nodes and one of edges (nullopt drops). Nodes mapped to one id
// merge as add_node merges; an edge whose endpoints went, or that became a loop, is dropped.
PolicyGraph rebuilt(const PolicyGraph& graph, const NodeMap& map_node, const EdgeMap& map_edge) {
  PolicyGraph out;
  out.set_pack(graph.pack());
  for (const Document* document : graph.documents()) out.add_document(*document);
  for (const Node* node : graph.nodes())
    if (auto mapped = map_node(*node)) out.add_node(std::move(*mapped));
  for (const Edge* edge : graph.edges()) {
    auto mapped = map_edge(*edge);
    if (!mapped || mapped->source == mapped->target || !out.node(mapped->source) || !out.node(mapped->target)) continue;
    out.add_edge(std::move(*mapped));
  }
  return out;
}

// The kinds each relation joins (docs/ontology.md). evolved_into and part_of join one kind to itself.
struct RelationKinds {
  std::vector<NodeKind> source;
  std::vector<NodeKind> target;
  bool same_kind = false;
};

RelationKinds kinds_of(Relation relation) {
  using K = NodeKind;
  switch (relation) {
    case Relation::introduced: return {{K::administration}, {K::programme, K::organisation}};
    case Relation::evolved_into: return {{K::programme, K::organisation}, {K::programme, K::organisation}, true};
    case Relation::emphasised: return {{K::administration}, {K::goal}};
    case Relation::resulted_in: return {{K::programme}, {K::outcome}};
    case Relation::has_problem: return {{K::programme, K::event}, {K::problem}};
    case Relation::recommends: return {{K::event, K::organisation, K::person}, {K::recommendation}};
    case Relation::part_of: return {{K::programme, K::organisation}, {K::programme, K::organisation}, true};
    case Relation::led_by: return {{K::programme}, {K::organisation}};
    case Relation::hosted: return {{K::organisation}, {K::event}};
    case Relation::presented_at: return {{K::person}, {K::event}};
    case Relation::affiliated_with: return {{K::person}, {K::organisation}};
    case Relation::succeeded_by: return {{K::administration}, {K::administration}};
  }
  return {};
}

bool contains(const std::vector<NodeKind>& kinds, NodeKind kind) {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

bool fits(Relation relation, NodeKind source, NodeKind target) {
  RelationKinds kinds = kinds_of(relation);
  return contains(kinds.source, source) && contains(kinds.target, target) && (!kinds.same_kind || source == target);
}

std::string kind_list(const std::vector<NodeKind>& kinds) {
  std::string out;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    if (i) out += i + 1 == kinds.size() ? " or " : ", ";
    out += to_string(kinds[i]);
  }
  return out;
}

std::string name_part(const std::string& id) {
  auto slash = id.find('/');
  return slash == std::string::npos ? id : id.substr(slash + 1);
}

std::string edge_text(const Edge& edge) {
  return edge.source + " " + std::string(to_string(edge.relation)) + " " + edge.target;
}

// Thrown inside one correction when its target is not in the graph: the outcome is stale.
struct Stale {
  std::string why;
};

class Curator {
 public:
  Curator(PolicyGraph& graph, const Corrections& file) : graph_(graph), file_(file) {}

  CorrectionOutcome apply(const Correction& c) {
    CorrectionOutcome outcome;
    outcome.correction = &c;
    try {
      switch (c.op) {
        case CorrectionOp::assert_fact: assert_fact(c, outcome); break;
        case CorrectionOp::retract: retract(c, outcome); break;
        case CorrectionOp::merge: merge(c, outcome); break;
        case CorrectionOp::split: split(c, outcome); break;
        case CorrectionOp::rename: rename(c, outcome); break;
        case CorrectionOp::set: set(c, outcome); break;
        case CorrectionOp::retype: retype(c, outcome); break;
        case CorrectionOp::remove: remove(c, outcome); break;
      }
    } catch (const Stale& stale) {
      outcome.status = CorrectionOutcome::Status::stale;
      outcome.message = stale.why;
    }
    return outcome;
  }

 private:
  const QueryEngine& engine() {
    if (!engine_) engine_ = std::make_unique<QueryEngine>(graph_);
    return *engine_;
  }

  void replace_graph(PolicyGraph next) {
    engine_.reset();  // it points into the graph being replaced
    graph_ = std::move(next);
  }

  std::string where(const Correction& c) const { return file_.name + ": line " + std::to_string(c.line); }

  Evidence evidence(const Correction& c) const {
    Evidence e;
    e.document = std::string(curation_prefix) + file_.name;
    e.sentence = static_cast<int>(c.line);
    e.begin = c.begin;
    e.end = c.end;
    e.text = c.note.empty() ? describe(c) : c.note;
    e.rule = "curation." + std::string(to_string(c.op));
    e.note = file_.name + ":" + std::to_string(c.line);
    return e;
  }

  // A name that is unknown or ambiguous now is a stale correction; one that never could be read
  // (a pattern's syntax) is an error of the file.
  const Node& resolve(const std::string& name, const std::vector<NodeKind>& preferred = {}) {
    try {
      return engine().resolve(name, preferred);
    } catch (const UnknownName& error) {
      throw Stale{error.what()};
    } catch (const AmbiguousName& error) {
      throw Stale{error.what()};
    }
  }

  std::optional<const Node*> resolve_if_known(const std::string& name, const std::vector<NodeKind>& preferred) {
    try {
      return &engine().resolve(name, preferred);
    } catch (const UnknownName&) {
      return std::nullopt;
    } catch (const AmbiguousName& error) {
      throw Stale{error.what()};
    }
  }

  // The edges a one-triple pattern matches, as (source, relation, target) keys.
  std::vector<Edge> matched_edges(const Correction& c) {
    Pattern pattern;
    try {
      pattern = parse_pattern(engine(), c.pattern);
    } catch (const UnknownName& error) {
      throw Stale{error.what()};
    } catch (const AmbiguousName& error) {
      throw Stale{error.what()};
    } catch (const Error& error) {
      throw InputError(where(c) + ": " + error.what());
    }
    if (pattern.triples.size() != 1)
      throw InputError(where(c) + ": a pattern of a correction is one triple ('?a introduced \"X\"'), not " +
                       std::to_string(pattern.triples.size()));
    std::vector<Edge> out;
    for (const PatternMatch& match : match_pattern(engine(), pattern))
      for (const Edge* edge : match.edges) out.push_back(*edge);
    std::sort(out.begin(), out.end(), [](const Edge& a, const Edge& b) {
      return std::tie(a.source, a.relation, a.target) < std::tie(b.source, b.relation, b.target);
    });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const Edge& a, const Edge& b) {
                            return std::tie(a.source, a.relation, a.target) == std::tie(b.source, b.relation, b.target);
                          }),
              out.end());
    if (out.empty()) throw Stale{"no edge matches " + c.pattern};
    return out;
  }

  void cite(const Node& node, const Correction& c) {
    Node update{node.id, node.kind, node.label, {}, {}, {evidence(c)}};
    graph_.add_node(std::move(update));
  }

  const Node& endpoint(const std::string& name, const std::string& kind_name, const std::vector<NodeKind>& kinds,
                       const Correction& c, std::string& created) {
    std::optional<NodeKind> wanted = kind_name.empty() ? std::nullopt : parse_node_kind(kind_name);
    std::vector<NodeKind> preferred = wanted ? std::vector<NodeKind>{*wanted} : kinds;
    if (auto known = resolve_if_known(name, preferred); known && (!wanted || (*known)->kind == *wanted)) return **known;
    NodeKind kind = wanted ? *wanted : kinds.front();
    Node node{make_node_id(kind, name_slug(name)), kind, name, {}, {}, {evidence(c)}};
    if (const Node* existing = graph_.node(node.id)) return *existing;
    engine_.reset();  // a new name
    created += (created.empty() ? "new " : ", new ") + std::string(to_string(kind)) + " \"" + name + "\"";
    return graph_.add_node(std::move(node));
  }

  void assert_fact(const Correction& c, CorrectionOutcome& outcome) {
    Relation relation = *parse_relation(c.relation);
    RelationKinds kinds = kinds_of(relation);
    std::string created;
    const Node& source = endpoint(c.source, c.source_kind, kinds.source, c, created);
    std::string source_id = source.id;
    const Node& target = endpoint(c.target, c.target_kind, kinds.target, c, created);
    std::string target_id = target.id;
    NodeKind source_kind = graph_.node(source_id)->kind;
    NodeKind target_kind = graph_.node(target_id)->kind;
    if (!fits(relation, source_kind, target_kind))
      throw Stale{"\"" + c.source + "\" is " + std::string(to_string(source_kind)) + " and \"" + c.target + "\" is " +
                  std::string(to_string(target_kind)) + ": " + c.relation + " joins " + kind_list(kinds.source) + " to " +
                  kind_list(kinds.target)};
    const Edge* existing = graph_.edge(source_id, relation, target_id);
    bool was_there = existing != nullptr;
    bool changes = !was_there || (c.year && existing->year != c.year) ||
                   (!c.mode.empty() && (!existing->attributes.count("mode") || existing->attributes.at("mode") != c.mode));
    Edge edge{source_id, target_id, relation, c.year, {}, {evidence(c)}};
    if (!c.mode.empty()) edge.attributes["mode"] = c.mode;
    graph_.add_edge(std::move(edge));
    if (c.year) graph_.set_edge_year(source_id, relation, target_id, c.year);
    if (!c.mode.empty()) graph_.set_edge_attribute(source_id, relation, target_id, "mode", c.mode);
    engine_.reset();
    if (!changes) {
      outcome.status = CorrectionOutcome::Status::unchanged;
      outcome.message = "the texts already say it; the note is added as evidence";
      return;
    }
    outcome.message = was_there ? "year or mode set" : "added " + source_id + " " + c.relation + " " + target_id;
    if (!created.empty()) outcome.message += " (" + created + ")";
  }

  void retract(const Correction& c, CorrectionOutcome& outcome) {
    std::vector<Edge> gone = matched_edges(c);
    std::set<std::tuple<std::string, Relation, std::string>> keys;
    for (const Edge& edge : gone) keys.emplace(edge.source, edge.relation, edge.target);
    replace_graph(rebuilt(
        graph_, [](const Node& node) { return std::optional<Node>(node); },
        [&](const Edge& edge) {
          return keys.count({edge.source, edge.relation, edge.target}) ? std::nullopt : std::optional<Edge>(edge);
        }));
    outcome.message = "removed " + edge_text(gone.front());
    if (gone.size() > 1) outcome.message += " and " + std::to_string(gone.size() - 1) + " more";
  }

  void merge(const Correction& c, CorrectionOutcome& outcome) {
    const Node& keep = resolve(c.node);
    const Node& other = resolve(c.other, {keep.kind});
    if (keep.id == other.id) {
      outcome.status = CorrectionOutcome::Status::unchanged;
      outcome.message = "\"" + c.node + "\" and \"" + c.other + "\" already name one node, " + keep.id;
      cite(keep, c);
      return;
    }
    if (keep.kind != other.kind)
      throw Stale{keep.id + " is " + std::string(to_string(keep.kind)) + " and " + other.id + " is " +
                  std::string(to_string(other.kind)) + ": retype one of them first"};
    std::string keep_id = keep.id;
    std::string other_id = other.id;
    Node folded = other;
    folded.id = keep_id;
    folded.aliases.push_back(other.label);
    folded.label = keep.label;
    folded.evidence.push_back(evidence(c));
    replace_graph(rebuilt(
        graph_,
        [&](const Node& node) { return std::optional<Node>(node.id == other_id ? folded : node); },
        [&](const Edge& edge) {
          Edge moved = edge;
          if (moved.source == other_id) moved.source = keep_id;
          if (moved.target == other_id) moved.target = keep_id;
          return std::optional<Edge>(std::move(moved));
        }));
    outcome.message = other_id + " folded into " + keep_id;
  }

  void split(const Correction& c, CorrectionOutcome& outcome) {
    const Node& whole = resolve(c.node);
    std::string whole_id = whole.id;
    std::string part_id = make_node_id(whole.kind, name_slug(c.label));
    if (part_id == whole_id) throw InputError(where(c) + ": the new label \"" + c.label + "\" names the node being split");
    std::set<std::string> documents(c.documents.begin(), c.documents.end());
    auto moves = [&](const Evidence& e) { return documents.count(e.document) > 0; };
    std::size_t moved_edges = 0;
    bool moved_any = std::any_of(whole.evidence.begin(), whole.evidence.end(), moves);
    for (const std::vector<const Edge*>& list : {graph_.out_edges(whole_id), graph_.in_edges(whole_id)})
      for (const Edge* edge : list)
        if (std::any_of(edge->evidence.begin(), edge->evidence.end(), moves)) moved_any = true;
    if (!moved_any) throw Stale{"no fact of " + whole_id + " cites " + (documents.size() == 1 ? "document " : "documents ") + c.documents.front() + (documents.size() > 1 ? " …" : "")};
    Node part{part_id, whole.kind, c.label, {}, {}, {evidence(c)}};
    for (const Evidence& e : whole.evidence)
      if (moves(e)) part.evidence.push_back(e);
    PolicyGraph next = rebuilt(
        graph_,
        [&](const Node& node) {
          if (node.id != whole_id) return std::optional<Node>(node);
          Node kept = node;
          std::erase_if(kept.evidence, moves);
          kept.evidence.push_back(evidence(c));
          return std::optional<Node>(std::move(kept));
        },
        [&](const Edge& edge) {
          if (edge.source != whole_id && edge.target != whole_id) return std::optional<Edge>(edge);
          Edge kept = edge;
          std::erase_if(kept.evidence, moves);
          return kept.evidence.empty() ? std::nullopt : std::optional<Edge>(std::move(kept));
        });
    next.add_node(std::move(part));
    for (const std::vector<const Edge*>& list : {graph_.out_edges(whole_id), graph_.in_edges(whole_id)})
      for (const Edge* edge : list) {
        Edge moved = *edge;
        std::erase_if(moved.evidence, [&](const Evidence& e) { return !moves(e); });
        if (moved.evidence.empty()) continue;
        if (moved.source == whole_id) moved.source = part_id;
        if (moved.target == whole_id) moved.target = part_id;
        if (moved.source == moved.target || !next.node(moved.source) || !next.node(moved.target)) continue;
        next.add_edge(std::move(moved));
        ++moved_edges;
      }
    replace_graph(std::move(next));
    outcome.message = part_id + " split from " + whole_id + " with " + std::to_string(moved_edges) + " edge" +
                      (moved_edges == 1 ? "" : "s");
  }

  void rename(const Correction& c, CorrectionOutcome& outcome) {
    const Node& node = resolve(c.node);
    std::string id = node.id;
    if (node.label == c.label) {
      outcome.status = CorrectionOutcome::Status::unchanged;
      outcome.message = id + " is already labelled \"" + c.label + "\"";
      cite(node, c);
      return;
    }
    std::string old = node.label;
    graph_.set_node_label(id, c.label);
    cite(*graph_.node(id), c);
    engine_.reset();
    outcome.message = id + " relabelled \"" + c.label + "\" (\"" + old + "\" kept as an alias)";
  }

  void set(const Correction& c, CorrectionOutcome& outcome) {
    if (!c.node.empty()) {
      const Node& node = resolve(c.node);
      std::string id = node.id;
      auto found = node.attributes.find(c.attribute);
      if (found != node.attributes.end() && found->second == c.value) {
        outcome.status = CorrectionOutcome::Status::unchanged;
        outcome.message = id + " already has " + c.attribute + " \"" + c.value + "\"";
        cite(node, c);
        return;
      }
      graph_.set_node_attribute(id, c.attribute, c.value);
      cite(*graph_.node(id), c);
      engine_.reset();
      outcome.message = id + ": " + c.attribute + " = \"" + c.value + "\"";
      return;
    }
    std::optional<int> year;
    if (c.attribute == "year" && !c.value.empty()) {
      auto date = Date::parse(c.value);
      if (!date || date->precision() != Date::Precision::year)
        throw InputError(where(c) + ": a year is four digits, not \"" + c.value + "\"");
      year = date->year;
    }
    std::vector<Edge> edges = matched_edges(c);
    bool changed = false;
    for (const Edge& edge : edges) {
      if (c.attribute == "year") {
        changed |= edge.year != year;
        graph_.set_edge_year(edge.source, edge.relation, edge.target, year);
      } else {
        auto found = edge.attributes.find(c.attribute);
        changed |= found == edge.attributes.end() || found->second != c.value;
        graph_.set_edge_attribute(edge.source, edge.relation, edge.target, c.attribute, c.value);
      }
      graph_.add_edge(Edge{edge.source, edge.target, edge.relation, std::nullopt, {}, {evidence(c)}});
    }
    engine_.reset();
    if (!changed) outcome.status = CorrectionOutcome::Status::unchanged;
    outcome.message = std::to_string(edges.size()) + " edge" + (edges.size() == 1 ? "" : "s") + ": " + c.attribute + " = \"" +
                      c.value + "\"";
  }

  void retype(const Correction& c, CorrectionOutcome& outcome) {
    NodeKind kind = *parse_node_kind(c.kind);
    const Node& node = resolve(c.node);
    if (node.kind == kind) {
      outcome.status = CorrectionOutcome::Status::unchanged;
      outcome.message = node.id + " is already " + c.kind;
      cite(node, c);
      return;
    }
    std::string old_id = node.id;
    std::string new_id = make_node_id(kind, name_part(old_id));
    std::size_t dropped = 0;
    Node changed = node;
    changed.id = new_id;
    changed.kind = kind;
    changed.evidence.push_back(evidence(c));
    if (const Node* existing = graph_.node(new_id); existing && existing->kind != kind)
      throw Stale{new_id + " exists as " + std::string(to_string(existing->kind))};
    replace_graph(rebuilt(
        graph_, [&](const Node& n) { return std::optional<Node>(n.id == old_id ? changed : n); },
        [&](const Edge& edge) {
          if (edge.source != old_id && edge.target != old_id) return std::optional<Edge>(edge);
          Edge moved = edge;
          if (moved.source == old_id) moved.source = new_id;
          if (moved.target == old_id) moved.target = new_id;
          NodeKind source_kind = moved.source == new_id ? kind : graph_.node(moved.source)->kind;
          NodeKind target_kind = moved.target == new_id ? kind : graph_.node(moved.target)->kind;
          if (!fits(moved.relation, source_kind, target_kind)) {
            ++dropped;
            return std::optional<Edge>();
          }
          return std::optional<Edge>(std::move(moved));
        }));
    outcome.message = old_id + " is now " + new_id;
    if (dropped)
      outcome.message += "; " + std::to_string(dropped) + " edge" + (dropped == 1 ? "" : "s") + " that a " + c.kind +
                         " cannot have removed";
  }

  void remove(const Correction& c, CorrectionOutcome& outcome) {
    const Node& node = resolve(c.node);
    std::string id = node.id;
    std::size_t edges = graph_.out_edges(id).size() + graph_.in_edges(id).size();
    replace_graph(rebuilt(
        graph_, [&](const Node& n) { return n.id == id ? std::nullopt : std::optional<Node>(n); },
        [](const Edge& edge) { return std::optional<Edge>(edge); }));
    outcome.message = "removed " + id + " and its " + std::to_string(edges) + " edge" + (edges == 1 ? "" : "s");
  }

  PolicyGraph& graph_;
  const Corrections& file_;
  std::unique_ptr<QueryEngine> engine_;  // over graph_ as it is; reset whenever the graph changes
};

}  // namespace

std::vector<CorrectionOutcome> apply_corrections(PolicyGraph& graph, const Corrections& corrections) {
  std::vector<CorrectionOutcome> outcomes;
  if (corrections.items.empty()) return outcomes;
  Curator curator(graph, corrections);
  for (const Correction& c : corrections.items) outcomes.push_back(curator.apply(c));
  return outcomes;
}

}  // namespace policygraph
