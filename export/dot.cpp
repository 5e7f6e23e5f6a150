// The timeline, full and lineage diagrams as a cgraph graph: which nodes a view draws, the
// administration lanes they sit in, their labels, and the DOT text of the result. The parts shared
// with other views are in export/diagram_parts.hpp; text and cgraph plumbing in dot_text.cpp and
// cgraph_io.cpp.
#include "export/dot.hpp"

#include <graphviz/cgraph.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <functional>
#include <ostream>
#include <set>
#include <unordered_map>

#include "export/diagram_parts.hpp"
#include "export/text_escape.hpp"
#include "graph/error.hpp"

namespace policygraph::exporting {

std::optional<DiagramView> parse_diagram_view(std::string_view name) {
  if (name == "timeline") return DiagramView::timeline;
  if (name == "full") return DiagramView::full;
  if (name == "lineage") return DiagramView::lineage;
  if (name == "continuity") return DiagramView::continuity;
  return std::nullopt;
}

const std::vector<std::string>& layout_engines() {
  static const std::vector<std::string> engines{"dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"};
  return engines;
}

// ---------------------------------------------------------------------------------------------
// The diagram: which nodes a view draws and where.

namespace {

constexpr std::size_t programme_wrap = 24;
constexpr std::size_t note_wrap = 28;

bool is_satellite(NodeKind kind) {
  return kind == NodeKind::outcome || kind == NodeKind::problem || kind == NodeKind::recommendation;
}

std::optional<int> year_of(std::string_view date) {
  auto parsed = Date::parse(date);
  if (!parsed) return std::nullopt;
  return parsed->year;
}

bool has_hangul(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    auto [code, length] = decode_utf8(text, at);
    if (length && code >= 0xAC00 && code <= 0xD7A3) return true;
    at += length ? length : 1;
  }
  return false;
}

struct Lane {
  const Node* administration = nullptr;  ///< null for the lane of what no administration claims
  std::optional<Date> start;
  std::optional<Date> end;
  std::vector<const Node*> members;  ///< in drawing order
};

/// Where a drawn node goes: a lane, free (placed by its edges, beside its lineage), or not yet known.
constexpr int free_placement = -1;
constexpr int unknown_placement = -2;

class Diagram {
 public:
  Diagram(const PolicyGraph& graph, const ExportOptions& options, DiagramView view)
      : graph_(graph), options_(options), view_(view) {
    choose_nodes();
    make_lanes();
    place_nodes();
    order_lanes();
  }

  detail::BuiltDiagram build() const;

 private:
  bool shown(std::string_view id) const { return shown_.count(std::string(id)) != 0; }
  int placement(const std::string& id) const {
    auto found = placement_.find(id);
    return found == placement_.end() ? unknown_placement : found->second;
  }
  void choose_nodes();
  void make_lanes();
  void place_nodes();
  void order_lanes();
  std::optional<int> lane_for_date(const Date& date) const;
  std::optional<int> lane_of_primary(const Node& node) const;
  std::optional<int> lane_from_evidence(const Node& node) const;
  const Node* owner_of(const Node& node) const;
  std::optional<int> introduction_year(const Node& node) const;

  std::string node_label(const Node& node) const;
  std::string lane_label(const Lane& lane) const;
  std::string title_label() const;
  std::string footer_label() const;
  std::vector<std::pair<std::string, std::string>> legend_rows() const;
  std::vector<std::string> source_entries() const;

  const PolicyGraph& graph_;
  const ExportOptions& options_;
  DiagramView view_;
  std::set<std::string> shown_;
  std::vector<const Node*> drawn_;  ///< every drawn node, ordered by id
  std::vector<Lane> lanes_;         ///< administrations in order of term, then the lane of the unattributed
  std::map<std::string, int> lane_of_administration_;
  std::map<std::string, int> placement_;
  std::map<std::string, const Node*> owner_;  ///< satellite → the drawn node it belongs to
  std::vector<const Node*> free_;             ///< drawn, in no lane, in drawing order
  std::map<std::string, std::string> anchor_;  ///< free node → the node whose row it shares
};

void Diagram::choose_nodes() {
  auto kind_shown = [&](NodeKind kind) {
    if (kind == NodeKind::administration) return false;  // drawn as lanes
    if (view_ == DiagramView::full) return true;
    if (view_ == DiagramView::timeline)
      return kind != NodeKind::organisation && kind != NodeKind::person && kind != NodeKind::event;
    return kind == NodeKind::programme || kind == NodeKind::organisation;
  };
  for (const Node* node : graph_.nodes()) {
    if (!kind_shown(node->kind)) continue;
    if (view_ == DiagramView::lineage) {
      bool in_lineage = false;
      for (const Edge* edge : graph_.out_edges(node->id)) in_lineage = in_lineage || edge->relation == Relation::evolved_into;
      for (const Edge* edge : graph_.in_edges(node->id)) in_lineage = in_lineage || edge->relation == Relation::evolved_into;
      if (!in_lineage) continue;
    }
    shown_.insert(node->id);
  }
  if (view_ == DiagramView::timeline) {
    // Events stay when they hold problems or recommendations, theirs or those of people and
    // bodies that spoke at them: dated, they show when something was said.
    auto states = [&](const std::string& id) {
      for (const Edge* edge : graph_.out_edges(id))
        if ((edge->relation == Relation::recommends || edge->relation == Relation::has_problem) && shown(edge->target)) return true;
      return false;
    };
    for (const Node* node : graph_.nodes()) {
      if (node->kind != NodeKind::event) continue;
      bool holds = states(node->id);
      for (const Edge* edge : graph_.in_edges(node->id))
        holds = holds || ((edge->relation == Relation::presented_at || edge->relation == Relation::hosted) && states(edge->source));
      if (holds) shown_.insert(node->id);
    }
  }
  if (view_ == DiagramView::lineage && !options_.focus.empty() && graph_.node(options_.focus)) {
    // The lineage of one programme: what evolved_into and part_of join to the focus, either way.
    std::set<std::string> reached{options_.focus};
    std::deque<std::string> queue{options_.focus};
    while (!queue.empty()) {
      std::string id = queue.front();
      queue.pop_front();
      auto visit = [&](const std::string& next, Relation relation) {
        if ((relation == Relation::evolved_into || relation == Relation::part_of) && shown(next) && reached.insert(next).second)
          queue.push_back(next);
      };
      for (const Edge* edge : graph_.out_edges(id)) visit(edge->target, edge->relation);
      for (const Edge* edge : graph_.in_edges(id)) visit(edge->source, edge->relation);
    }
    shown_ = reached;
    if (const Node* focus = graph_.node(options_.focus); focus && focus->kind == NodeKind::administration) shown_.erase(focus->id);
  }
  for (const Node* node : graph_.nodes())
    if (shown(node->id)) drawn_.push_back(node);
}

void Diagram::make_lanes() {
  std::vector<const Node*> administrations;
  for (const Node* node : graph_.nodes())
    if (node->kind == NodeKind::administration) administrations.push_back(node);
  std::stable_sort(administrations.begin(), administrations.end(), [](const Node* a, const Node* b) {
    auto start_a = a->date_attribute("start");
    auto start_b = b->date_attribute("start");
    if (start_a.has_value() != start_b.has_value()) return start_a.has_value();
    return start_a && *start_a < *start_b;
  });
  for (const Node* administration : administrations) {
    lane_of_administration_[administration->id] = static_cast<int>(lanes_.size());
    lanes_.push_back({administration, administration->date_attribute("start"), administration->date_attribute("end"), {}});
  }
  lanes_.push_back({});  // what no administration claims
}

std::optional<int> Diagram::lane_for_date(const Date& date) const {
  // Of the terms that hold the date, the one that began last: a year given alone (2008) belongs
  // to the administration that took office in it rather than the one that left.
  std::optional<int> best;
  for (std::size_t i = 0; i + 1 < lanes_.size(); ++i) {
    const Lane& lane = lanes_[i];
    if (!lane.start) continue;
    bool year_only = date.precision() == Date::Precision::year;
    bool after_start = year_only ? date.year >= lane.start->year : !(date < *lane.start);
    bool before_end = !lane.end || (year_only ? date.year <= lane.end->year : !(*lane.end < date));
    if (after_start && before_end) best = static_cast<int>(i);
  }
  return best;
}

std::optional<int> Diagram::introduction_year(const Node& node) const {
  std::optional<int> year;
  for (const Edge* edge : graph_.in_edges(node.id))
    if (edge->relation == Relation::introduced && edge->year && (!year || *edge->year < *year)) year = edge->year;
  return year;
}

std::optional<int> Diagram::lane_of_primary(const Node& node) const {
  // The administration that introduced (or emphasised) it; the earliest when several claim it.
  std::optional<std::pair<int, int>> best;  // (year, lane)
  for (const Edge* edge : graph_.in_edges(node.id)) {
    if (edge->relation != Relation::introduced && edge->relation != Relation::emphasised) continue;
    auto lane = lane_of_administration_.find(edge->source);
    if (lane == lane_of_administration_.end()) continue;
    const Lane& candidate = lanes_[lane->second];
    int year = edge->year.value_or(candidate.start ? candidate.start->year : 9999);
    std::pair<int, int> key{year, lane->second};
    if (!best || key < *best) best = key;
  }
  if (best) return best->second;
  // The year it was reached by an evolution, or an event's date.
  for (const Edge* edge : graph_.in_edges(node.id))
    if (edge->relation == Relation::evolved_into && edge->year)
      if (auto lane = lane_for_date(Date{*edge->year, 0, 0})) return lane;
  if (node.kind == NodeKind::event) {
    if (auto date = node.date_attribute("date")) return lane_for_date(*date);
    return lane_from_evidence(node);
  }
  return std::nullopt;
}

std::optional<int> Diagram::lane_from_evidence(const Node& node) const {
  // The date of the earliest dated document that states it: when it was said, so whose term.
  std::optional<Date> earliest;
  for (const Evidence& evidence : node.evidence) {
    const Document* document = graph_.document(evidence.document);
    if (!document) continue;
    auto date = Date::parse(document->date);
    if (date && (!earliest || *date < *earliest)) earliest = date;
  }
  if (!earliest) return std::nullopt;
  return lane_for_date(*earliest);
}

const Node* Diagram::owner_of(const Node& node) const {
  // A satellite belongs to the first drawn node that points at it with its own relation.
  for (const Edge* edge : graph_.in_edges(node.id)) {
    bool owning = edge->relation == Relation::resulted_in || edge->relation == Relation::has_problem ||
                  edge->relation == Relation::recommends;
    if (owning && shown(edge->source)) return graph_.node(edge->source);
  }
  // Said by someone the view does not draw: the event where they said it, when the graph knows it.
  for (const Edge* edge : graph_.in_edges(node.id)) {
    if (edge->relation != Relation::recommends && edge->relation != Relation::has_problem) continue;
    for (const Edge* link : graph_.out_edges(edge->source))
      if (link->relation == Relation::presented_at && shown(link->target)) return graph_.node(link->target);
    for (const Edge* link : graph_.out_edges(edge->source))
      if (link->relation == Relation::hosted && shown(link->target)) return graph_.node(link->target);
  }
  return nullptr;
}

void Diagram::place_nodes() {
  // Programmes, goals, bodies, events and people first: by who introduced them, then by lineage.
  for (const Node* node : drawn_) {
    if (is_satellite(node->kind)) continue;
    if (auto lane = lane_of_primary(*node)) placement_[node->id] = *lane;
  }
  // A component without a lane of its own goes where the whole it is part of sits.
  for (int round = 0; round < 4; ++round) {
    for (const Node* node : drawn_) {
      if (is_satellite(node->kind) || placement(node->id) >= 0) continue;
      for (const Edge* edge : graph_.out_edges(node->id))
        if (edge->relation == Relation::part_of && placement(edge->target) >= 0) {
          placement_[node->id] = placement(edge->target);
          break;
        }
    }
  }
  // Satellites sit beside their owner; those without one, in the term when they were stated.
  for (const Node* node : drawn_) {
    if (!is_satellite(node->kind)) continue;
    if (const Node* owner = owner_of(*node)) {
      owner_[node->id] = owner;
      if (placement(owner->id) >= 0) placement_[node->id] = placement(owner->id);
    } else if (auto lane = lane_from_evidence(*node)) {
      placement_[node->id] = *lane;
    }
  }
  // What is still unplaced stays free, beside its lineage, when its edges reach a lane (its layout
  // then follows those edges); anything else goes to the lane of the unattributed.
  std::set<std::string> anchored;
  std::deque<std::string> queue;
  for (const Node* node : drawn_)
    if (placement(node->id) >= 0) {
      anchored.insert(node->id);
      queue.push_back(node->id);
    }
  while (!queue.empty()) {
    std::string id = queue.front();
    queue.pop_front();
    auto visit = [&](const Edge* edge, const std::string& next) {
      if (!style_of(edge->relation).drawn || !shown(next) || placement(next) >= 0 || anchored.count(next)) return;
      anchored.insert(next);
      anchor_[next] = id;
      queue.push_back(next);
    };
    for (const Edge* edge : graph_.out_edges(id)) visit(edge, edge->target);
    for (const Edge* edge : graph_.in_edges(id)) visit(edge, edge->source);
  }
  int unattributed = static_cast<int>(lanes_.size()) - 1;
  for (const Node* node : drawn_) {
    if (placement(node->id) >= 0) continue;
    placement_[node->id] = anchored.count(node->id) ? free_placement : unattributed;
  }
  // A satellite follows an owner that ended up in the unattributed lane or free.
  for (const auto& [id, owner] : owner_)
    if (placement(id) != placement(owner->id)) placement_[id] = placement(owner->id);
}

void Diagram::order_lanes() {
  // Drawing order inside a lane: goals, then programmes by year of introduction and name, then the
  // rest; each followed by its satellites; satellites without an owner in the lane come last.
  auto rank_of = [](NodeKind kind) {
    switch (kind) {
      case NodeKind::goal: return 0;
      case NodeKind::programme: return 1;
      case NodeKind::event: return 2;
      case NodeKind::organisation: return 3;
      case NodeKind::person: return 4;
      default: return 5;
    }
  };
  std::vector<const Node*> heads;
  for (const Node* node : drawn_)
    if (!owner_.count(node->id)) heads.push_back(node);
  std::stable_sort(heads.begin(), heads.end(), [&](const Node* a, const Node* b) {
    auto key = [&](const Node* n) {
      auto year = n->kind == NodeKind::event ? year_of(n->attributes.count("date") ? n->attributes.at("date") : "")
                                             : introduction_year(*n);
      return std::make_tuple(rank_of(n->kind), year.value_or(9999), n->label, n->id);
    };
    return key(a) < key(b);
  });
  std::map<const Node*, std::vector<const Node*>> satellites;
  for (const Node* node : drawn_)
    if (auto owner = owner_.find(node->id); owner != owner_.end()) satellites[owner->second].push_back(node);
  for (auto& [owner, list] : satellites)
    std::stable_sort(list.begin(), list.end(), [](const Node* a, const Node* b) {
      return std::make_pair(static_cast<int>(a->kind), a->id) < std::make_pair(static_cast<int>(b->kind), b->id);
    });
  for (const Node* head : heads) {
    int where = placement(head->id);
    std::vector<const Node*>& into = where >= 0 ? lanes_[where].members : free_;
    into.push_back(head);
    if (auto found = satellites.find(head); found != satellites.end())
      for (const Node* satellite : found->second)
        (placement(satellite->id) >= 0 ? lanes_[placement(satellite->id)].members : free_).push_back(satellite);
  }
}

// ---------------------------------------------------------------------------------------------
// Labels.

std::string term_text(const std::optional<Date>& start, const std::optional<Date>& end) {
  if (!start) return "";
  return std::to_string(start->year) + "–" + (end ? std::to_string(end->year) : "");
}

std::string Diagram::node_label(const Node& node) const {
  std::string name = displayable_text(node.label.empty() ? node.id : node.label);
  std::size_t width = node.kind == NodeKind::programme || node.kind == NodeKind::organisation ? programme_wrap : note_wrap;
  std::string html = "<FONT POINT-SIZE=\"" + std::string(is_satellite(node.kind) || node.kind == NodeKind::goal ? "9" : "10") + "\">" +
                     escape_graphviz_html(wrap_text(truncate_text(name, label_max_chars), width)) + "</FONT>";
  std::vector<std::string> notes;
  if (node.kind == NodeKind::programme || node.kind == NodeKind::organisation) {
    // When and by whom: the lane says which administration; these say what the lane cannot.
    std::vector<std::string> also;
    std::optional<int> year = introduction_year(node);
    int lane = placement(node.id);
    for (const Edge* edge : graph_.in_edges(node.id)) {
      if (edge->relation != Relation::introduced) continue;
      auto other = lane_of_administration_.find(edge->source);
      if (other == lane_of_administration_.end() || other->second == lane) continue;
      const Node* administration = lanes_[other->second].administration;
      also.push_back("also " + displayable_text(administration->label) + (edge->year ? ", " + std::to_string(*edge->year) : ""));
    }
    // An introduction no sentence states, only dated (graph/inference.hpp), says so.
    bool by_date = false;
    for (const Edge* edge : graph_.in_edges(node.id))
      if (edge->relation == Relation::introduced) by_date = by_date || edge->attributes.count(edge_attributes::inferred) > 0;
    if (year) notes.push_back("introduced " + std::to_string(*year) + (by_date ? " (by date)" : ""));
    for (const std::string& text : also) notes.push_back(text);
    if (view_ != DiagramView::full) {
      for (const Edge* edge : graph_.out_edges(node.id))
        if (edge->relation == Relation::led_by)
          if (const Node* body = graph_.node(edge->target)) notes.push_back("led by " + displayable_text(body->label));
    }
  } else if (node.kind == NodeKind::event) {
    auto date = node.attributes.find("date");
    if (date != node.attributes.end()) notes.push_back(displayable_text(date->second));
  } else if (node.kind == NodeKind::person) {
    auto role = node.attributes.find("role");
    if (role != node.attributes.end()) notes.push_back(displayable_text(role->second));
  }
  if (notes.empty()) return html;
  std::vector<std::string> lines{html};
  for (const std::string& note : notes)
    lines.push_back(small_line(escape_graphviz_html(wrap_text(truncate_text(note, label_max_chars), note_wrap + 4))));
  return stacked(lines);
}

std::string Diagram::lane_label(const Lane& lane) const {
  if (!lane.administration) return "<B>" + escape_graphviz_html("Not attributed to an administration") + "</B>";
  const Node& administration = *lane.administration;
  std::string name = escape_graphviz_html(displayable_text(administration.label));
  // The Korean name, when the graph knows one: the shortest Hangul alias, one without Latin
  // letters first ("이명박정부" rather than "MB정부").
  auto latin = [](const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isalpha(c) != 0; });
  };
  std::string korean;
  for (const std::string& alias : administration.aliases) {
    if (!has_hangul(alias)) continue;
    if (korean.empty() || std::make_pair(latin(alias), columns(alias)) < std::make_pair(latin(korean), columns(korean))) korean = alias;
  }
  std::vector<std::string> details;
  auto leader = administration.attributes.find("leader");
  if (leader != administration.attributes.end() && leader->second != administration.label) details.push_back(leader->second);
  if (std::string term = term_text(lane.start, lane.end); !term.empty()) details.push_back(term);
  std::string detail_text;
  for (const std::string& detail : details) detail_text += (detail_text.empty() ? "" : ", ") + detail;
  std::vector<std::string> lines{"<FONT POINT-SIZE=\"13\"><B>" + name + "</B></FONT>"};
  if (!detail_text.empty()) lines.push_back("<FONT POINT-SIZE=\"11\">(" + escape_graphviz_html(displayable_text(detail_text)) + ")</FONT>");
  if (!korean.empty()) lines.push_back(small_line(escape_graphviz_html(displayable_text(korean)), "#34495e", 11));
  return stacked(lines);
}

std::string Diagram::title_label() const {
  std::string title = options_.title;
  if (title.empty()) {
    std::optional<int> first, last;
    for (const Lane& lane : lanes_) {
      if (lane.members.empty() || !lane.start) continue;
      if (!first || lane.start->year < *first) first = lane.start->year;
      int end = lane.end ? lane.end->year : lane.start->year;
      if (!last || end > *last) last = end;
    }
    const Node* focus = options_.focus.empty() ? nullptr : graph_.node(options_.focus);
    switch (view_) {
      case DiagramView::timeline: title = "Policy evolution by administration"; break;
      case DiagramView::full: title = "Policy graph by administration"; break;
      case DiagramView::lineage: title = focus ? "Lineage of " + focus->label : "Policy lineages"; break;
      case DiagramView::continuity: break;  // drawn by export/continuity_diagram.cpp, never here
    }
    if (first) title += ", " + std::to_string(*first) + "–" + std::to_string(*last);
  }
  std::map<NodeKind, int> counts;
  for (const Node* node : drawn_) ++counts[node->kind];
  std::string summary;
  for (const auto& [kind, count] : counts) {
    std::string name(to_string(kind));
    if (count != 1) name = kind == NodeKind::person ? "people" : name + "s";
    summary += (summary.empty() ? "" : " · ") + std::to_string(count) + " " + name;
  }
  int administrations = 0;
  for (const Lane& lane : lanes_) administrations += lane.administration && !lane.members.empty();
  summary = std::to_string(administrations) + (administrations == 1 ? " administration" : " administrations") +
            (summary.empty() ? "" : " · " + summary);
  return stacked({"<FONT POINT-SIZE=\"22\"><B>" + escape_graphviz_html(displayable_text(title)) + "</B></FONT>",
                  small_line(escape_graphviz_html(summary), "#4d5b6a", 11)});
}

std::vector<std::pair<std::string, std::string>> Diagram::legend_rows() const {
  std::set<NodeKind> kinds;
  for (const Node* node : drawn_) kinds.insert(node->kind);
  std::set<Relation> relations;
  for (const Edge* edge : graph_.edges())
    if (style_of(edge->relation).drawn && shown(edge->source) && shown(edge->target)) relations.insert(edge->relation);
  for (const auto& [id, owner] : owner_) {
    bool linked = false;
    for (const Edge* edge : graph_.out_edges(owner->id)) linked = linked || edge->target == id;
    if (!linked) relations.insert(graph_.node(id)->kind == NodeKind::problem ? Relation::has_problem : Relation::recommends);
  }
  auto text = [](const std::string& html) { return "<FONT POINT-SIZE=\"9\">" + html + "</FONT>"; };
  std::vector<std::string> swatches;
  for (NodeKind kind : all_node_kinds()) {
    if (!kinds.count(kind)) continue;
    KindStyle style = style_of(kind);
    bool rounded = std::string_view(style.style).find("rounded") != std::string_view::npos || std::string_view(style.shape) == "ellipse";
    swatches.push_back(std::string("<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLPADDING=\"3\" BGCOLOR=\"") + style.fill +
                       "\" COLOR=\"" + style.border + "\"" + (rounded ? " STYLE=\"rounded\"" : "") + "><TR><TD>" +
                       text(escape_graphviz_html(style.legend)) + "</TD></TR></TABLE>");
  }
  std::vector<std::string> keys;
  keys.push_back(text("lane: the administration that introduced it (or, for what was said, in office then)"));
  if (!free_.empty()) keys.push_back(text("dashed outline: no administration known; beside its lineage"));
  for (Relation relation : all_relations()) {
    if (!relations.count(relation)) continue;
    RelationStyle style = style_of(relation);
    // Box-drawing characters, at 11 points: at 9, hinting thins the lines away in PNG and PDF.
    std::string line = relation == Relation::evolved_into ? "━━━▶" : std::strcmp(style.style, "solid") == 0 ? "───▶" : "┈┈┈▶";
    if (relation == Relation::part_of) line = "╌╌╌◇";
    keys.push_back("<FONT POINT-SIZE=\"11\" COLOR=\"" + std::string(style.color) + "\">" + line + "</FONT> " +
                   text(escape_graphviz_html(style.legend)));
  }
  std::vector<std::pair<std::string, std::string>> rows;
  for (std::size_t row = 0; row < std::max(swatches.size(), keys.size()); ++row)
    rows.emplace_back(row < swatches.size() ? swatches[row] : "", row < keys.size() ? keys[row] : "");
  return rows;
}

std::vector<std::string> Diagram::source_entries() const {
  // The documents the drawn facts cite, oldest first.
  std::set<std::string> cited;
  for (const Node* node : drawn_)
    for (const Evidence& evidence : node->evidence) cited.insert(evidence.document);
  for (const Edge* edge : graph_.edges())
    if (shown(edge->source) && shown(edge->target))
      for (const Evidence& evidence : edge->evidence) cited.insert(evidence.document);
  std::vector<const Document*> documents;
  for (const Document* document : graph_.documents())
    if (cited.count(document->id)) documents.push_back(document);
  std::stable_sort(documents.begin(), documents.end(), [](const Document* a, const Document* b) {
    return std::make_pair(a->date.empty(), a->date) < std::make_pair(b->date.empty(), b->date);
  });
  constexpr std::size_t listed_max = 40;
  std::vector<std::string> entries;
  for (std::size_t i = 0; i < documents.size() && i < listed_max; ++i) {
    const Document& document = *documents[i];
    std::string name = document.title.empty() ? (document.path.empty() ? document.id : document.path) : document.title;
    std::string entry = truncate_text(displayable_text(name), 90);
    if (!document.date.empty()) entry += " (" + displayable_text(document.date) + ")";
    entries.push_back(escape_graphviz_html(entry));
  }
  if (documents.size() > listed_max) entries.push_back(std::to_string(documents.size() - listed_max) + " more documents");
  return entries;
}

std::string Diagram::footer_label() const {
  // Legend and sources below the lanes, in the graph's own label, where no node or edge can ever
  // cover them. One flat table: nested tables would stretch to the height of their neighbours.
  std::vector<std::pair<std::string, std::string>> legend = drawn_.empty() ? decltype(legend){} : legend_rows();
  std::vector<std::string> sources = source_entries();
  std::size_t source_columns = sources.size() > 8 ? 2 : 1;
  std::size_t source_rows = (sources.size() + source_columns - 1) / source_columns;
  auto cell = [](const std::string& content, const char* extra = "") {
    return std::string("<TD ALIGN=\"LEFT\" VALIGN=\"MIDDLE\"") + extra + ">" + content + "</TD>";
  };
  std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\"><TR>";
  if (!legend.empty()) html += cell("<FONT POINT-SIZE=\"10\"><B>Legend</B></FONT>", " COLSPAN=\"2\"") + cell("", " WIDTH=\"40\"");
  html += cell("<FONT POINT-SIZE=\"10\"><B>Sources</B> (" + std::to_string(sources.size()) +
                   (sources.size() == 1 ? " document" : " documents") + "; every node and edge cites its sentences in the snapshot)</FONT>",
               source_columns == 2 ? " COLSPAN=\"2\"" : "");
  html += "</TR>";
  for (std::size_t row = 0; row < std::max<std::size_t>({legend.size(), source_rows, 1}); ++row) {
    html += "<TR>";
    if (!legend.empty()) {
      html += row < legend.size() ? cell(legend[row].first) + cell(legend[row].second) : cell("") + cell("");
      html += cell("");
    }
    for (std::size_t column = 0; column < source_columns; ++column) {
      std::size_t index = column * source_rows + row;
      std::string text = index < sources.size() && row < source_rows ? "• " + sources[index] : (sources.empty() && row == 0 && column == 0 ? "none" : "");
      html += cell(text.empty() ? "" : "<FONT POINT-SIZE=\"9\" COLOR=\"#4d5b6a\">" + text + "</FONT>");  // no empty FONT: Graphviz refuses it
    }
    html += "</TR>";
  }
  return html + "</TABLE>";
}


/// Returns the DOT name of a graph node: its id, unless the id could be mistaken for one of the
/// diagram's own names, starts like an HTML string, or holds a backslash (cgraph writes names
/// without escaping backslashes, so "a\" would end the string early).
std::string dot_name(const Node& node, std::size_t index) {
  const std::string& id = node.id;
  bool usable = !id.empty() && id.rfind("pg:", 0) != 0 && id[0] != '<' && id.find('\\') == std::string::npos &&
                is_valid_utf8(id) && displayable_text(id) == id;
  return usable ? id : "pg:node:" + std::to_string(index);
}

}  // namespace

detail::BuiltDiagram Diagram::build() const {
  detail::CgraphPtr owned = detail::open_graph("policygraph");
  Agraph_t* g = owned.get();
  Builder b(g);
  // The lanes are a grid that dot keeps: a header row orders the lanes along the time axis, and
  // inside a lane each programme takes the next row, with what belongs to it beside it. dot's
  // ranks are the rows, so a time axis that reads left to right needs rankdir=TB.
  bool layered = options_.engine == "dot";

  // Edge text is an xlabel, placed after the layout: dot 2.42 lays labelled edges out through
  // label nodes, and a labelled flat edge beside another labelled edge makes it free memory twice.
  declare_defaults(b, options_.engine, {options_.vertical ? "LR" : "TB", "0.18", "0.18", "xlabel"});

  // Every HTML-like string is made before the plain strings that carry graph text: cgraph shares
  // equal strings, and a plain string made first would turn an equal HTML label into plain text.
  Agraph_t* body = b.subgraph(g, "cluster_pg_body");
  b.set_html(body, AGRAPH, "label", title_label());
  b.set(body, "labelloc", "t");
  b.set(body, "labeljust", "c");
  b.set(body, "color", "white");
  b.set(body, "margin", "16");
  Agraph_t* header_row = layered ? b.subgraph(body, "pg_header_row") : nullptr;
  if (header_row) b.set(header_row, "rank", "same");

  std::map<std::string, Agnode_t*> made;
  std::map<std::string, std::size_t> index_of;
  for (const Node* node : drawn_) index_of.emplace(node->id, index_of.size());
  auto make_node = [&](Agraph_t* parent, const Node& node) {
    Agnode_t* created = b.node(parent, dot_name(node, index_of[node.id]));
    made[node.id] = created;
    KindStyle style = style_of(node.kind);
    b.set_html(created, AGNODE, "label", node_label(node));
    if (std::strcmp(style.shape, "box") != 0) b.set(created, "shape", style.shape);
    std::string node_style = style.style;
    if (placement(node.id) == free_placement) node_style += ",dashed";  // no administration known
    if (node_style != "rounded,filled") b.set(created, "style", node_style);
    b.set(created, "fillcolor", style.fill);
    b.set(created, "color", style.border);
    return created;
  };
  auto make_point = [&](Agraph_t* parent, const std::string& name) {
    Agnode_t* point = b.node(parent, name);
    b.set(point, "shape", "point");
    b.set(point, "style", "invis");
    b.set(point, "width", "0");
    return point;
  };

  // Lanes along the time axis. Each lane has an invisible header in the shared header row, and
  // every node of the lane hangs below its header by an invisible edge whose length is the node's
  // row: that pins the rows, and the pull towards the header keeps the lane's column straight.
  // Graphviz 2.42 cannot rank a graph where an invisible edge runs beside a drawn edge that does
  // not constrain ranks ("trouble in init_rank"), so no invisible edge ever joins two drawn nodes
  // that a drawn edge joins; where a drawn edge should set a rank, it does so itself.
  Agnode_t* previous_header = nullptr;
  int lane_number = 0;
  std::size_t drawn_count = 0;
  std::set<std::pair<Agnode_t*, Agnode_t*>> constrained;  // node pairs whose drawn edges set ranks
  std::set<std::pair<Agnode_t*, Agnode_t*>> joined;       // node pairs a drawn edge joins
  auto pair_of = [](Agnode_t* a, Agnode_t* c) { return a < c ? std::make_pair(a, c) : std::make_pair(c, a); };
  // Headers sit outside the lanes: dot keeps flat edges between free nodes in order, and the lanes
  // follow their headers to avoid crossings.
  auto open_lane = [&](Agraph_t* cluster, const std::string& name) {
    Agnode_t* header = make_point(layered ? header_row : cluster, "pg:lane:" + name);
    if (!layered) return header;
    // dot puts the tail of a flat edge first in its rank: leftmost with rankdir=TB, but lowest
    // with rankdir=LR, so a vertical time axis chains the headers the other way.
    if (previous_header) b.order(options_.vertical ? header : previous_header, options_.vertical ? previous_header : header, 1, 0);
    previous_header = header;
    return header;
  };
  struct Item {
    Agnode_t* head;
    std::vector<Agnode_t*> satellites;
    int row;
  };
  std::vector<std::pair<Agnode_t*, std::vector<Item>>> lane_items;
  std::map<Agnode_t*, int> lane_at;  // drawn node → its lane's position along the time axis
  for (const Lane& lane : lanes_) {
    if (lane.members.empty()) continue;
    ++lane_number;
    std::string name = std::string(lane_number < 10 ? "0" : "") + std::to_string(lane_number);
    Agraph_t* cluster = b.subgraph(body, "cluster_pg_lane_" + name);
    b.set_html(cluster, AGRAPH, "label", lane_label(lane));
    b.set(cluster, "labelloc", "t");
    b.set(cluster, "labeljust", "c");
    b.set(cluster, "style", "rounded,filled");
    b.set(cluster, "fillcolor", lane.administration ? (lane_number % 2 ? "#f3f6fa" : "#f9f9f1") : "#f3f3f3");
    b.set(cluster, "color", lane.administration ? "#b8c4d2" : "#c8c8c8");
    b.set(cluster, "penwidth", "1.2");
    b.set(cluster, "margin", "10");
    Agnode_t* header = open_lane(cluster, name);
    std::vector<Item> items;
    int row = 1;
    for (std::size_t i = 0; i < lane.members.size();) {
      // An item: a head (programme, goal, event ...) and the satellites that follow it, or a
      // satellite without its owner in the lane.
      const Node* head = lane.members[i++];
      Item item{make_node(cluster, *head), {}, row};
      lane_at[item.head] = lane_number;
      ++drawn_count;
      while (i < lane.members.size() && owner_.count(lane.members[i]->id) && owner_.at(lane.members[i]->id) == head) {
        item.satellites.push_back(make_node(cluster, *lane.members[i++]));
        lane_at[item.satellites.back()] = lane_number;
        ++drawn_count;
      }
      if (!item.satellites.empty()) constrained.insert(pair_of(item.head, item.satellites.front()));
      row += std::max<int>(1, static_cast<int>(item.satellites.size()));
      items.push_back(std::move(item));
    }
    lane_items.emplace_back(header, std::move(items));
  }
  for (const Node* node : free_) {
    make_node(body, *node);
    ++drawn_count;
  }
  // A free node shares the row of the node that links it to a lane: beside its lineage.
  for (const Node* node : free_) {
    auto anchor = anchor_.find(node->id);
    if (anchor != anchor_.end() && made.count(anchor->second)) constrained.insert(pair_of(made[anchor->second], made[node->id]));
  }

  // Edges, in the graph's order. Rows and lanes are set by the grid, so drawn edges do not pull on
  // ranks, except an owner's edge to the satellite beside it and the edge that places a free node.
  std::set<Relation> relations_drawn;
  std::vector<std::pair<Agedge_t*, const Edge*>> edges;
  for (const Edge* edge : graph_.edges()) {
    RelationStyle style = style_of(edge->relation);
    if (!style.drawn || !made.count(edge->source) || !made.count(edge->target)) continue;
    relations_drawn.insert(edge->relation);
    Agedge_t* created = b.edge(made[edge->source], made[edge->target]);
    edges.emplace_back(created, edge);
    joined.insert(pair_of(made[edge->source], made[edge->target]));
    std::string mode;
    if (auto found = edge->attributes.find("mode"); found != edge->attributes.end()) mode = found->second;
    if (auto found = edge->attributes.find("role"); found != edge->attributes.end()) mode = found->second;
    if (edge->attributes.count(edge_attributes::inferred)) {
      // Inferred, not read: drawn dashed and labelled, in every view that draws the relation.
      b.set(created, "style", "dashed");
      mode = "inferred " + edge->attributes.at(edge_attributes::inferred);
    }
    if (edge->relation == Relation::evolved_into) {
      std::string text = displayable_text(mode);
      std::replace(text.begin(), text.end(), '_', ' ');
      if (edge->year) text += (text.empty() ? "" : ", ") + std::to_string(*edge->year);
      if (!text.empty()) b.set_html(created, AGEDGE, "xlabel", "<B>" + escape_graphviz_html(wrap_text(truncate_text(text, 60), 16)) + "</B>");
    } else if (!mode.empty()) {
      b.set_html(created, AGEDGE, "xlabel", escape_graphviz_html(wrap_text(truncate_text(displayable_text(mode), 60), 16)));
    }
  }
  auto settle = [&](Agedge_t* created) {
    if (!layered) return;
    if (constrained.count(pair_of(agtail(created), aghead(created)))) {
      b.set(created, "minlen", "0");
      b.set(created, "weight", "20");
    } else {
      b.set(created, "constraint", "false");
    }
  };
  for (auto [created, edge] : edges) {
    RelationStyle style = style_of(edge->relation);
    b.set(created, "color", style.color);
    if (std::strcmp(style.style, "solid") != 0) b.set(created, "style", style.style);
    b.set(created, "penwidth", style.penwidth);
    if (std::strcmp(style.arrowhead, "normal") != 0) b.set(created, "arrowhead", style.arrowhead);
    if (edge->relation == Relation::evolved_into) b.set(created, "fontcolor", style.color);
    settle(created);
    // Between lanes an edge leaves its node on the side that faces the other lane, so that it
    // runs along the time axis instead of looping out of the lane's column.
    auto tail_lane = lane_at.find(agtail(created));
    auto head_lane = lane_at.find(aghead(created));
    if (layered && tail_lane != lane_at.end() && head_lane != lane_at.end() && tail_lane->second != head_lane->second) {
      bool forward = tail_lane->second < head_lane->second;
      const char* after = options_.vertical ? "s" : "e";
      const char* before = options_.vertical ? "n" : "w";
      b.set(created, "tailport", forward ? after : before);
      b.set(created, "headport", forward ? before : after);
    }
  }
  // A satellite placed beside the event where its speaker said it gets a line from the event.
  for (const auto& [id, owner] : owner_) {
    bool linked = false;
    for (const Edge* edge : graph_.out_edges(owner->id)) linked = linked || edge->target == id;
    if (linked) continue;
    RelationStyle style = style_of(graph_.node(id)->kind == NodeKind::problem ? Relation::has_problem : Relation::recommends);
    Agedge_t* created = b.edge(made[owner->id], made[id]);
    joined.insert(pair_of(made[owner->id], made[id]));
    b.set(created, "color", style.color);
    b.set(created, "style", "dotted");
    b.set(created, "penwidth", style.penwidth);
    settle(created);
  }
  if (layered) {
    for (const auto& [header, items] : lane_items) {
      // Each head hangs below the one before by the rows that item takes, each satellite below
      // the one before; where a drawn edge joins the pair, the invisible edge comes from the
      // header instead, as long as needed.
      Agnode_t* above = header;
      int above_row = 0;
      for (const Item& item : items) {
        if (joined.count(pair_of(above, item.head))) b.order(header, item.head, 10, item.row);
        else b.order(above, item.head, 10, item.row - above_row);
        above = item.head;
        above_row = item.row;
        for (std::size_t k = 1; k < item.satellites.size(); ++k) {
          if (joined.count(pair_of(item.satellites[k - 1], item.satellites[k])))
            b.order(header, item.satellites[k], 10, item.row + static_cast<int>(k));
          else
            b.order(item.satellites[k - 1], item.satellites[k], 10);
        }
      }
    }
  }

  if (drawn_.empty()) {
    Agnode_t* note = b.node(body, "pg:empty");
    b.set_html(note, AGNODE, "label", "<I>Nothing to draw: the view holds no programmes or related facts.</I>");
    b.set(note, "shape", "plain");
  }

  b.set_html(g, AGRAPH, "label", footer_label());

  // Plain strings that carry graph text come last (see above): tooltips for SVG viewers.
  for (const Node* node : drawn_) {
    std::string tooltip = std::string(to_string(node->kind)) + ": " + displayable_text(node->label) + "\n" + displayable_text(node->id);
    b.set(made[node->id], "tooltip", escape_graphviz_string(tooltip));
  }
  return {std::move(owned), drawn_count, edges.size()};
}

namespace detail {

BuiltDiagram build_diagram_graph(const PolicyGraph& graph, const ExportOptions& options) {
  auto view = parse_diagram_view(options.view);
  if (!view) throw UsageError("unknown diagram view '" + options.view + "' (timeline, full, lineage or continuity)");
  const auto& engines = layout_engines();
  if (std::find(engines.begin(), engines.end(), options.engine) == engines.end()) {
    std::string names;
    for (const std::string& engine : engines) names += (names.empty() ? "" : ", ") + engine;
    throw UsageError("unknown layout engine '" + options.engine + "' (" + names + ")");
  }
  if (!options.focus.empty() && !graph.node(options.focus))
    throw UsageError("no node '" + options.focus + "' to focus the diagram on");
  if (*view == DiagramView::continuity) return build_continuity_graph(graph, options);
  return Diagram(graph, options, *view).build();
}

}  // namespace detail

std::string diagram_dot(const PolicyGraph& graph, const ExportOptions& options) {
  std::lock_guard<std::mutex> guard(detail::graphviz_lock());
  detail::BuiltDiagram diagram = detail::build_diagram_graph(graph, options);
  return detail::write_graph(diagram.graph.get());
}

void write_dot(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options) { out << diagram_dot(graph, options); }

}  // namespace policygraph::exporting
