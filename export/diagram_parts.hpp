// The parts the diagram views share inside export/: UTF-8 columns and cutting, the fonts, the
// style of each node kind and relation, and a small builder over cgraph. Not an API for users.
#pragma once

#include <graphviz/cgraph.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/model.hpp"

namespace policygraph::exporting {

/// Decodes one UTF-8 sequence at `at`; returns the code point and its length, or length 0 when invalid.
std::pair<char32_t, std::size_t> decode_utf8(std::string_view text, std::size_t at);
/// Columns a text takes: two for each Hangul, CJK or full-width character, one for the others.
std::size_t columns(std::string_view text);
/// Cuts text to at most `limit` code points, ending a cut text with "…".
std::string truncate_text(std::string_view text, std::size_t limit);

// Latin text in Liberation Sans, Hangul from NanumGothic: Korean fonts draw the backslash as a won
// sign (₩), so they must not come first.
inline constexpr const char* font_list = "Liberation Sans,NanumGothic,Noto Sans CJK KR,sans-serif";

struct KindStyle {
  const char* shape;
  const char* style;
  const char* fill;
  const char* border;
  const char* legend;  ///< what the legend calls it
};

KindStyle style_of(NodeKind kind);

struct RelationStyle {
  bool drawn;
  const char* color;
  const char* style;
  const char* penwidth;
  const char* arrowhead;
  const char* legend;
};

RelationStyle style_of(Relation relation);

/// A line of small text in an HTML-like label (the text already escaped).
std::string small_line(const std::string& text, const char* color = "#4d5b6a", int size = 8);
/// Stacks lines of different sizes as table rows: with <BR/>, Graphviz 2.42 spaces a line by the
/// size of the line before it, and a smaller line after a larger one overlaps it.
std::string stacked(const std::vector<std::string>& lines);

/// Builds a cgraph graph: attribute defaults, plain and HTML-like attributes, subgraphs, nodes and
/// edges, and invisible edges that only order ranks.
class Builder {
 public:
  explicit Builder(Agraph_t* graph) : graph_(graph) {}

  void declare(int kind, const char* name, const char* default_value) {
    agattr(graph_, kind, const_cast<char*>(name), const_cast<char*>(default_value));
  }
  /// Sets a plain (escString) attribute; the value must already be escaped where it matters.
  void set(void* object, const char* name, const std::string& value) {
    agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
  }
  /// Sets an HTML-like label (the text inside <...>).
  void set_html(void* object, int kind, const char* name, const std::string& html) {
    Agsym_t* symbol = agattr(graph_, kind, const_cast<char*>(name), nullptr);
    if (!symbol) symbol = agattr(graph_, kind, const_cast<char*>(name), const_cast<char*>(""));
    char* text = agstrdup_html(graph_, const_cast<char*>(html.c_str()));
    agxset(object, symbol, text);
    agstrfree(graph_, text);
  }
  Agraph_t* subgraph(Agraph_t* parent, const std::string& name) { return agsubg(parent, const_cast<char*>(name.c_str()), 1); }
  Agnode_t* node(Agraph_t* parent, const std::string& name) {
    Agnode_t* created = agnode(graph_, const_cast<char*>(name.c_str()), 1);
    if (parent != graph_) agsubnode(parent, created, 1);
    return created;
  }
  Agedge_t* edge(Agnode_t* tail, Agnode_t* head) { return agedge(graph_, tail, head, nullptr, 1); }
  /// An invisible edge that only orders ranks.
  Agedge_t* order(Agnode_t* tail, Agnode_t* head, int weight, int minlen = 1) {
    Agedge_t* created = edge(tail, head);
    set(created, "style", "invis");
    set(created, "weight", std::to_string(weight));
    if (minlen != 1) set(created, "minlen", std::to_string(minlen));
    return created;
  }

 private:
  Agraph_t* graph_;
};

/// What differs between the views in the attribute defaults every diagram declares.
struct DiagramDefaults {
  const char* rankdir;
  const char* nodesep;
  const char* ranksep;
  const char* edge_text;  ///< the edge attribute that carries edge text: "xlabel" or "label"
};

/// Declares the graph, node and edge defaults first, in a fixed order, so that the DOT text starts
/// the same way every time; `engine` other than dot gets its layout and straight edges.
void declare_defaults(Builder& b, const std::string& engine, const DiagramDefaults& defaults);

}  // namespace policygraph::exporting
