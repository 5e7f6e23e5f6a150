// The continuity view (`export --view continuity`): each change of government as a panel, side by
// side in time order; in a panel, the outgoing administration's programmes on the left and what
// became of each under the incoming one on the right, the edge coloured and labelled by outcome.
// The figures are those of `query continuity` (graph/continuity.hpp); docs/diagrams.md shows it.
#include <graphviz/cgraph.h>

#include <algorithm>
#include <map>
#include <set>

#include "export/diagram_parts.hpp"
#include "export/dot.hpp"
#include "graph/continuity.hpp"
#include "graph/error.hpp"

namespace policygraph::exporting::detail {
namespace {

constexpr std::size_t name_wrap = 26;
constexpr const char* no_later_colour = "#9aa3ab";

/// How an outcome is drawn: its colour, and whether its line is solid.
struct OutcomeStyle {
  const char* colour;
  const char* line;
};

OutcomeStyle outcome_style(std::string_view outcome) {
  // "MODE (year unknown)" is drawn as MODE, dashed: the change may have come at a later transition.
  bool unsure = outcome.find(" (year unknown)") != std::string_view::npos;
  std::string_view mode = unsure ? outcome.substr(0, outcome.find(" (")) : outcome;
  const char* line = unsure ? "dashed" : "solid";
  if (mode == "continued") return {"#3c8d40", line};
  if (mode == "expanded") return {"#2e6da4", line};
  if (mode == "renamed") return {"#7b52ab", line};
  if (mode == "reorganised") return {"#8e44ad", line};
  if (mode == "converted") return {"#d35400", line};
  if (mode == "merged") return {"#16a085", line};
  if (mode == "replaced") return {"#c0392b", line};
  if (mode == "followed by") return {"#5d6d7e", line};
  if (mode == "no later mention") return {no_later_colour, "dotted"};
  return {"#1f3a5f", line};  // evolved, and any outcome added later
}

std::string name_of(const Node& node) { return node.label.empty() ? node.id : node.label; }

std::optional<int> year_of_attribute(const Node& node, const char* name) {
  auto date = node.date_attribute(name);
  if (!date) return std::nullopt;
  return date->year;
}

std::string term_of(const Node& administration) {
  auto start = year_of_attribute(administration, "start");
  if (!start) return "";
  auto end = year_of_attribute(administration, "end");
  return std::to_string(*start) + "–" + (end ? std::to_string(*end) : "");
}

/// The year a change of government takes effect: the incoming term's first year.
std::optional<int> change_year(const Transition& transition) { return year_of_attribute(*transition.incoming, "start"); }

std::string programme_label(const Node& node, const std::string& note) {
  std::vector<std::string> lines{"<FONT POINT-SIZE=\"10\">" +
                                 escape_graphviz_html(wrap_text(truncate_text(displayable_text(name_of(node)), label_max_chars), name_wrap)) +
                                 "</FONT>"};
  if (!note.empty()) lines.push_back(small_line(escape_graphviz_html(note)));
  return stacked(lines);
}

std::string counts_text(const Transition& transition) {
  std::vector<std::pair<std::string, int>> counts;  // in the rows' order, which is the outcomes' order
  for (const ContinuityRow& row : transition.rows) {
    if (counts.empty() || counts.back().first != row.outcome) counts.emplace_back(row.outcome, 0);
    ++counts.back().second;
  }
  std::string text;
  for (const auto& [outcome, count] : counts) text += (text.empty() ? "" : ", ") + std::to_string(count) + " " + outcome;
  return text.empty() ? "no programmes recorded" : text;
}

/// The transitions the options keep: by the years of the change (--from, --to) and by the focus (an
/// administration keeps the changes it takes part in; any other node, the rows about it).
std::vector<Transition> chosen_transitions(const QueryEngine& engine, const ExportOptions& options) {
  std::vector<Transition> chosen;
  const Node* focus = options.focus.empty() ? nullptr : engine.graph().node(options.focus);
  for (Transition& transition : continuity(engine)) {
    auto year = change_year(transition);
    if (options.from_year && (!year || *year < *options.from_year)) continue;
    if (options.to_year && (!year || *year > *options.to_year)) continue;
    if (focus && focus->kind == NodeKind::administration) {
      if (transition.outgoing != focus && transition.incoming != focus) continue;
    } else if (focus) {
      std::erase_if(transition.rows, [&](const ContinuityRow& row) {
        return row.programme != focus && std::find(row.successors.begin(), row.successors.end(), focus) == row.successors.end();
      });
    }
    if (!transition.rows.empty()) chosen.push_back(std::move(transition));
  }
  return chosen;
}

class ContinuityDiagram {
 public:
  ContinuityDiagram(const PolicyGraph& graph, const ExportOptions& options)
      : graph_(graph), options_(options), engine_(graph), transitions_(chosen_transitions(engine_, options)) {}

  BuiltDiagram build() const;

 private:
  std::string title_label() const;
  std::string footer_label(const std::set<std::string>& outcomes) const;

  const PolicyGraph& graph_;
  const ExportOptions& options_;
  QueryEngine engine_;
  std::vector<Transition> transitions_;
};

std::string ContinuityDiagram::title_label() const {
  std::string title = options_.title;
  if (title.empty()) {
    title = "What each new government did with its predecessor's programmes";
    if (!transitions_.empty()) {
      auto first = change_year(transitions_.front());
      auto last = change_year(transitions_.back());
      if (first && last) title += ", " + std::to_string(*first) + (*last != *first ? "–" + std::to_string(*last) : "");
    }
  }
  std::size_t rows = 0;
  std::size_t later = 0;
  for (const Transition& transition : transitions_)
    for (const ContinuityRow& row : transition.rows) {
      ++rows;
      later += row.outcome != "no later mention";
    }
  std::string summary = std::to_string(transitions_.size()) + (transitions_.size() == 1 ? " change of government" : " changes of government") +
                        " · " + std::to_string(rows) + (rows == 1 ? " programme" : " programmes") + " · " + std::to_string(later) +
                        " with a later fact, " + std::to_string(rows - later) + " with no later mention";
  return stacked({"<FONT POINT-SIZE=\"20\"><B>" + escape_graphviz_html(displayable_text(title)) + "</B></FONT>",
                  small_line(escape_graphviz_html(summary), "#4d5b6a", 11)});
}

std::string ContinuityDiagram::footer_label(const std::set<std::string>& drawn) const {
  // The outcomes drawn, in the order answers list them; "MODE (year unknown)" after the known ones.
  std::vector<std::string> outcomes;
  for (const std::string& outcome : continuity_outcomes())
    if (drawn.count(outcome) && outcome != "no later mention") outcomes.push_back(outcome);
  for (const std::string& outcome : drawn)
    if (std::find(outcomes.begin(), outcomes.end(), outcome) == outcomes.end() && outcome != "no later mention") outcomes.push_back(outcome);
  if (drawn.count("no later mention")) outcomes.push_back("no later mention");
  auto cell = [](const std::string& content, const char* extra = "") {
    return std::string("<TD ALIGN=\"LEFT\" VALIGN=\"MIDDLE\"") + extra + ">" + content + "</TD>";
  };
  std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">";
  html += "<TR>" + cell("<FONT POINT-SIZE=\"10\"><B>Outcome at the change of government</B></FONT>", " COLSPAN=\"2\"") + "</TR>";
  for (const std::string& outcome : outcomes) {
    // A swatch of the edge's colour; the words say the line (fonts differ in box-drawing glyphs).
    OutcomeStyle style = outcome_style(outcome);
    std::string line = std::string(style.line) == "solid" ? "" : std::string(" (") + style.line + ")";
    html += "<TR><TD BGCOLOR=\"" + std::string(style.colour) + "\" WIDTH=\"28\" HEIGHT=\"6\" FIXEDSIZE=\"TRUE\"></TD>" +
            cell("<FONT POINT-SIZE=\"9\">" + escape_graphviz_html(outcome + line) + "</FONT>") + "</TR>";
  }
  html += "<TR>" +
          cell(small_line(escape_graphviz_html("\"No later mention\" means no text records the programme under the next government; "
                                               "it does not say the programme ended."),
                          "#4d5b6a", 9),
               " COLSPAN=\"2\"") +
          "</TR>";
  // The documents the drawn facts cite, oldest first.
  std::set<std::string> cited;
  for (const Transition& transition : transitions_)
    for (const ContinuityRow& row : transition.rows)
      for (const Edge* edge : row.edges)
        for (const Evidence& evidence : edge->evidence) cited.insert(evidence.document);
  std::vector<const Document*> documents;
  for (const Document* document : graph_.documents())
    if (cited.count(document->id)) documents.push_back(document);
  std::stable_sort(documents.begin(), documents.end(), [](const Document* a, const Document* b) {
    return std::make_pair(a->date.empty(), a->date) < std::make_pair(b->date.empty(), b->date);
  });
  html += "<TR>" +
          cell("<FONT POINT-SIZE=\"10\"><B>Sources</B> (" + std::to_string(documents.size()) +
                   (documents.size() == 1 ? " document" : " documents") + "; each edge cites its sentences in the snapshot)</FONT>",
               " COLSPAN=\"2\"") +
          "</TR>";
  constexpr std::size_t listed_max = 30;
  for (std::size_t i = 0; i < documents.size() && i < listed_max; ++i) {
    const Document& document = *documents[i];
    std::string name = document.title.empty() ? (document.path.empty() ? document.id : document.path) : document.title;
    std::string entry = truncate_text(displayable_text(name), 90);
    if (!document.date.empty()) entry += " (" + displayable_text(document.date) + ")";
    html += "<TR>" + cell(small_line("• " + escape_graphviz_html(entry), "#4d5b6a", 9), " COLSPAN=\"2\"") + "</TR>";
  }
  if (documents.size() > listed_max)
    html += "<TR>" + cell(small_line(std::to_string(documents.size() - listed_max) + " more documents", "#4d5b6a", 9), " COLSPAN=\"2\"") + "</TR>";
  return html + "</TABLE>";
}

BuiltDiagram ContinuityDiagram::build() const {
  CgraphPtr owned = open_graph("policygraph_continuity");
  Agraph_t* g = owned.get();
  Builder b(g);
  bool layered = options_.engine == "dot";
  // A real edge label (not an xlabel): dot makes room for it between the ranks. Time runs left to right (top to bottom with --vertical): each panel takes two ranks, its
  // programmes and what they became, and the panels follow one another.
  declare_defaults(b, options_.engine, {options_.vertical ? "TB" : "LR", "0.12", "0.9", "label"});

  // HTML-like strings before the plain strings that carry graph text (cgraph shares equal strings).
  Agraph_t* body = b.subgraph(g, "cluster_pg_body");
  b.set_html(body, AGRAPH, "label", title_label());
  b.set(body, "labelloc", "t");
  b.set(body, "labeljust", "c");
  b.set(body, "color", "white");
  b.set(body, "margin", "16");

  KindStyle programme = style_of(NodeKind::programme);
  std::size_t node_count = 0;
  std::size_t edge_count = 0;
  std::set<std::string> outcomes;
  std::vector<std::pair<Agnode_t*, const Node*>> tooltips;
  Agnode_t* previous_anchor = nullptr;
  for (std::size_t k = 0; k < transitions_.size(); ++k) {
    const Transition& transition = transitions_[k];
    std::string panel = std::string(k + 1 < 10 ? "0" : "") + std::to_string(k + 1);
    Agraph_t* cluster = b.subgraph(body, "cluster_pg_change_" + panel);
    std::string heading = escape_graphviz_html(displayable_text(name_of(*transition.outgoing))) + " → " +
                          escape_graphviz_html(displayable_text(name_of(*transition.incoming)));
    std::string terms = term_of(*transition.outgoing) + " → " + term_of(*transition.incoming);
    b.set_html(cluster, AGRAPH, "label",
               stacked({"<FONT POINT-SIZE=\"12\"><B>" + heading + "</B></FONT>", small_line(escape_graphviz_html(terms), "#4d5b6a", 9),
                        small_line(escape_graphviz_html(wrap_text(counts_text(transition), 48)), "#34495e", 9)}));
    b.set(cluster, "labelloc", "t");
    b.set(cluster, "labeljust", "c");
    b.set(cluster, "style", "rounded,filled");
    b.set(cluster, "fillcolor", k % 2 ? "#f9f9f1" : "#f3f6fa");
    b.set(cluster, "color", "#b8c4d2");
    b.set(cluster, "margin", "12");

    // An invisible anchor in the programmes' rank orders the panels along the time axis.
    Agraph_t* left = layered ? b.subgraph(cluster, "pg_change_" + panel + "_before") : cluster;
    if (layered) b.set(left, "rank", "same");
    Agnode_t* anchor = b.node(left, "pg:change:" + panel);
    b.set(anchor, "shape", "point");
    b.set(anchor, "style", "invis");
    b.set(anchor, "width", "0");
    if (previous_anchor && layered) b.order(previous_anchor, anchor, 1, 2);
    previous_anchor = anchor;

    std::map<std::string, Agnode_t*> after;  // what the programmes became, one node per panel
    Agnode_t* no_later = nullptr;
    std::size_t index = 0;
    for (const ContinuityRow& row : transition.rows) {
      ++index;
      std::string introduced = row.introduced && row.introduced->year ? "introduced " + std::to_string(*row.introduced->year) : "";
      if (row.introduced && row.introduced->attributes.count(edge_attributes::inferred)) introduced += introduced.empty() ? "inferred by date" : " (by date)";
      Agnode_t* before = b.node(left, "pg:change:" + panel + ":" + std::to_string(index));
      b.set_html(before, AGNODE, "label", programme_label(*row.programme, introduced));
      b.set(before, "fillcolor", programme.fill);
      b.set(before, "color", programme.border);
      tooltips.emplace_back(before, row.programme);
      ++node_count;
      OutcomeStyle style = outcome_style(row.outcome);
      outcomes.insert(row.outcome);
      std::string edge_text = row.outcome;
      if (row.year) edge_text += ", " + std::to_string(*row.year);
      std::vector<Agnode_t*> targets;
      if (row.outcome == "no later mention") {
        if (!no_later) {
          no_later = b.node(cluster, "pg:change:" + panel + ":none");
          b.set_html(no_later, AGNODE, "label", "<I>" + escape_graphviz_html("no later mention") + "</I>");
          b.set(no_later, "shape", "plaintext");
          b.set(no_later, "style", "");
          b.set(no_later, "fontcolor", no_later_colour);
          ++node_count;
        }
        targets.push_back(no_later);
        edge_text.clear();  // the node says it
      } else if (row.successors.empty()) {
        // Continued: the same programme under the new government.
        Agnode_t* same = b.node(cluster, "pg:change:" + panel + ":" + std::to_string(index) + ":same");
        b.set_html(same, AGNODE, "label", programme_label(*row.programme, ""));
        b.set(same, "fillcolor", "#eef6ee");
        b.set(same, "color", style.colour);
        tooltips.emplace_back(same, row.programme);
        ++node_count;
        targets.push_back(same);
      } else {
        for (const Node* successor : row.successors) {
          auto [found, fresh] = after.emplace(successor->id, nullptr);
          if (fresh) {
            found->second = b.node(cluster, "pg:change:" + panel + ":after:" + std::to_string(after.size()));
            b.set_html(found->second, AGNODE, "label", programme_label(*successor, ""));
            b.set(found->second, "fillcolor", programme.fill);
            b.set(found->second, "color", programme.border);
            tooltips.emplace_back(found->second, successor);
            ++node_count;
          }
          targets.push_back(found->second);
        }
      }
      for (Agnode_t* target : targets) {
        Agedge_t* created = b.edge(before, target);
        b.set(created, "color", style.colour);
        if (std::string(style.line) != "solid") b.set(created, "style", style.line);
        b.set(created, "penwidth", row.outcome == "no later mention" ? "1.0" : "2.0");
        if (!edge_text.empty()) {
          // A real label (not an xlabel): dot makes room for it between the ranks. These edges are
          // never flat, which is where Graphviz 2.42 mishandles labelled edges (export/dot.cpp).
          b.set_html(created, AGEDGE, "label", "<B>" + escape_graphviz_html(wrap_text(edge_text, 18)) + "</B>");
          b.set(created, "fontcolor", style.colour);
        }
        ++edge_count;
      }
    }
  }
  if (transitions_.empty()) {
    Agnode_t* note = b.node(body, "pg:empty");
    b.set_html(note, AGNODE, "label",
               "<I>Nothing to draw: no change of government in the view has a programme of the outgoing administration.</I>");
    b.set(note, "shape", "plain");
  }
  b.set_html(g, AGRAPH, "label", footer_label(outcomes));
  for (auto [created, node] : tooltips) {
    std::string tooltip = std::string(to_string(node->kind)) + ": " + displayable_text(node->label) + "\n" + displayable_text(node->id);
    b.set(created, "tooltip", escape_graphviz_string(tooltip));
  }
  return {std::move(owned), node_count, edge_count};
}

}  // namespace

BuiltDiagram build_continuity_graph(const PolicyGraph& graph, const ExportOptions& options) {
  return ContinuityDiagram(graph, options).build();
}

}  // namespace policygraph::exporting::detail
