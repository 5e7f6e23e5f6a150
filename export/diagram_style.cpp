// How each node kind and relation is drawn, in every diagram view and its legend, and the small
// pieces of HTML-like labels the views share.
#include "export/diagram_parts.hpp"

namespace policygraph::exporting {

KindStyle style_of(NodeKind kind) {
  switch (kind) {
    case NodeKind::administration: return {"box", "filled", "#ffffff", "#34495e", "administration"};
    case NodeKind::programme: return {"box", "rounded,filled", "#dcebf7", "#2e6da4", "programme, plan, law, body"};
    case NodeKind::goal: return {"hexagon", "filled", "#ece3f5", "#7b52ab", "goal (emphasised)"};
    case NodeKind::outcome: return {"ellipse", "filled", "#e0f1e0", "#3c8d40", "outcome"};
    case NodeKind::problem: return {"octagon", "filled", "#fbe2df", "#c0392b", "problem"};
    case NodeKind::recommendation: return {"note", "filled", "#fff3c4", "#b7950b", "recommendation"};
    case NodeKind::organisation: return {"box", "filled", "#ececec", "#5d6d7e", "organisation"};
    case NodeKind::person: return {"ellipse", "filled,dashed", "#f6f6f6", "#7f8c8d", "person"};
    case NodeKind::event: return {"box3d", "filled", "#fdebd3", "#d35400", "event"};
  }
  return {"box", "filled", "#ffffff", "#000000", ""};
}

RelationStyle style_of(Relation relation) {
  switch (relation) {
    case Relation::evolved_into: return {true, "#1f3a5f", "bold", "2.6", "normal", "evolved into (how, year)"};
    case Relation::part_of: return {true, "#5d6d7e", "dashed", "1.1", "odiamond", "part of"};
    case Relation::resulted_in: return {true, "#3c8d40", "solid", "1.1", "normal", "resulted in"};
    case Relation::has_problem: return {true, "#c0392b", "solid", "1.1", "normal", "has problem"};
    case Relation::recommends: return {true, "#b7950b", "solid", "1.1", "normal", "recommends"};
    case Relation::led_by: return {true, "#5d6d7e", "dotted", "1.2", "normal", "led by"};
    case Relation::hosted: return {true, "#a0a0a0", "dotted", "1.0", "normal", "hosted"};
    case Relation::presented_at: return {true, "#a0a0a0", "dotted", "1.0", "normal", "presented at"};
    case Relation::affiliated_with: return {true, "#a0a0a0", "dotted", "1.0", "normal", "affiliated with"};
    // Administrations are lanes: introducing, emphasising and succession are where things sit.
    case Relation::introduced:
    case Relation::emphasised:
    case Relation::succeeded_by: return {false, "", "", "", "", ""};
  }
  return {false, "", "", "", "", ""};
}

void declare_defaults(Builder& b, const std::string& engine, const DiagramDefaults& defaults) {
  b.declare(AGRAPH, "rankdir", defaults.rankdir);
  b.declare(AGRAPH, "fontname", font_list);
  b.declare(AGRAPH, "fontsize", "11");
  b.declare(AGRAPH, "bgcolor", "white");
  b.declare(AGRAPH, "pad", "0.3");
  b.declare(AGRAPH, "nodesep", defaults.nodesep);
  b.declare(AGRAPH, "ranksep", defaults.ranksep);
  b.declare(AGRAPH, "labelloc", "b");
  b.declare(AGRAPH, "labeljust", "l");
  if (engine == "dot") {
    b.declare(AGRAPH, "newrank", "true");
  } else {
    b.declare(AGRAPH, "layout", engine.c_str());
    // Straight edges: splines=true routes around every node and takes minutes past a few hundred.
    b.declare(AGRAPH, "overlap", "prism");
  }
  b.declare(AGRAPH, "style", "");
  b.declare(AGRAPH, "color", "");
  b.declare(AGRAPH, "fillcolor", "");
  b.declare(AGRAPH, "penwidth", "");
  b.declare(AGRAPH, "margin", "");
  b.declare(AGRAPH, "rank", "");
  b.declare(AGRAPH, "forcelabels", "true");
  b.declare(AGRAPH, "label", "");
  b.declare(AGNODE, "fontname", font_list);
  b.declare(AGNODE, "fontsize", "10");
  b.declare(AGNODE, "shape", "box");
  b.declare(AGNODE, "style", "rounded,filled");
  b.declare(AGNODE, "margin", "0.08,0.04");
  b.declare(AGNODE, "penwidth", "1.2");
  b.declare(AGNODE, "fontcolor", "#1b2631");
  b.declare(AGNODE, "label", "\\N");
  b.declare(AGEDGE, "fontname", font_list);
  b.declare(AGEDGE, "fontsize", "9");
  b.declare(AGEDGE, "arrowsize", "0.7");
  b.declare(AGEDGE, "color", "#7f8c8d");
  // Declared at the root with dot's own default: an attribute first met on an edge inside a
  // subgraph is read back by dot 2.42 under the wrong name (an xlabel taken for an arrowhead).
  b.declare(AGEDGE, "arrowhead", "normal");
  b.declare(AGEDGE, defaults.edge_text, "");
}

std::string small_line(const std::string& text, const char* color, int size) {
  return "<FONT POINT-SIZE=\"" + std::to_string(size) + "\" COLOR=\"" + color + "\">" + text + "</FONT>";
}

std::string stacked(const std::vector<std::string>& lines) {
  std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">";
  for (const std::string& line : lines) html += "<TR><TD>" + line + "</TD></TR>";
  return html + "</TABLE>";
}

}  // namespace policygraph::exporting
