// Policy-evolution diagrams: a graph drawn as a Graphviz graph (built with cgraph, so Graphviz does
// the quoting), written as DOT or rendered in-process by gvc to SVG, PNG and PDF. See docs/diagrams.md.
#pragma once

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "export/exporter.hpp"

struct Agraph_s;

namespace policygraph::exporting {

/// What a diagram shows.
enum class DiagramView {
  timeline,  ///< administrations as lanes in order of term; programmes and what belongs to them
  full,      ///< the timeline plus organisations, people and events, and every relation
  lineage,   ///< only programmes (and bodies) joined by evolved_into, in their lanes
  continuity,  ///< each change of government: the outgoing programmes and what became of them
};

/// Returns the view with that name ("timeline", "full", "lineage", "continuity"), if there is one.
std::optional<DiagramView> parse_diagram_view(std::string_view name);
/// Returns the Graphviz layout engines a diagram may ask for, "dot" first.
const std::vector<std::string>& layout_engines();

/// Largest diagram, in nodes, that the dot engine lays out; past it dot's layout time grows
/// steeply (measured in docs/diagrams.md), so rendering stops and suggests a view or sfdp.
inline constexpr std::size_t dot_node_limit = 400;
/// Largest diagram, in drawn edges, that the dot engine lays out (crossing minimisation grows with them).
inline constexpr std::size_t dot_edge_limit = 600;
/// Largest diagram, in nodes, that any engine lays out.
inline constexpr std::size_t layout_node_limit = 3000;
/// Longest node label, in characters, drawn in full; longer ones are cut with "…" (the tooltip keeps all).
inline constexpr std::size_t label_max_chars = 200;

/// Returns text Graphviz can show as it is: invalid UTF-8 and control characters become U+FFFD,
/// CR LF and CR become LF, and tabs become spaces.
std::string displayable_text(std::string_view text);
/// Escapes text for a Graphviz escString attribute (tooltip, id): backslashes doubled, line
/// breaks as \n, so that \N, \G, \l and a final backslash are shown, never interpreted.
std::string escape_graphviz_string(std::string_view text);
/// Reverses escape_graphviz_string (\n, \l and \r all become a line break).
std::string unescape_graphviz_string(std::string_view escaped);
/// Escapes text for the inside of an HTML-like label: html_escape (entities for & < > " ', invalid
/// UTF-8 as U+FFFD), then <BR/> for line breaks and backslashes doubled (Graphviz expands \N and
/// friends in HTML text too).
std::string escape_graphviz_html(std::string_view text);
/// Returns the text an HTML-like label shows: tags dropped, <BR/> as a line break, entities and
/// doubled backslashes decoded.
std::string html_label_text(std::string_view label);
/// Breaks text into lines of about `width` columns at spaces (Hangul and other wide characters
/// count two); existing line breaks are kept, words longer than twice the width are split.
std::string wrap_text(std::string_view text, std::size_t width);

/// Returns the DOT text of the diagram of a graph: deterministic bytes, parsed back by Graphviz.
/// Throws UsageError for an unknown view or engine.
std::string diagram_dot(const PolicyGraph& graph, const ExportOptions& options);
/// Renders the diagram in-process to a Graphviz output format ("svg", "png", "pdf") and returns
/// the bytes. Throws UsageError when the diagram is too large for the engine, OutputError when
/// Graphviz fails.
std::string render_diagram(const PolicyGraph& graph, const ExportOptions& options, std::string_view format);

/// Writes the diagram to a file in the format its extension names (.dot, .svg, .png, .pdf) through
/// a temporary file and a rename, creating missing folders: what `make demo` draws the corpus with.
/// Throws UsageError for another extension, and what diagram_dot and render_diagram throw.
void save_diagram(const PolicyGraph& graph, const std::filesystem::path& path, const ExportOptions& options);

/// Writes the diagram as DOT.
void write_dot(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options);
/// Writes the diagram as SVG.
void write_svg(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options);
/// Writes the diagram as PNG.
void write_png(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options);
/// Writes the diagram as PDF.
void write_pdf(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options);

/// One node, edge or subgraph of parsed DOT, with the attributes Graphviz holds for it.
struct DotObject {
  std::string name;  ///< node or subgraph name; "TAIL -> HEAD" for an edge
  std::map<std::string, std::string> attributes;  ///< only those set on the object (not defaults)
  std::set<std::string> html;                     ///< names of the attributes that hold HTML-like strings
  std::vector<std::string> members;               ///< a subgraph's nodes, nested ones included
};

/// A DOT graph as Graphviz reads it, for checks.
struct ParsedDot {
  std::string name;
  std::map<std::string, std::string> attributes;  ///< graph attributes
  std::vector<DotObject> nodes;                   ///< in the order of the text
  std::vector<DotObject> edges;
  std::vector<DotObject> subgraphs;               ///< every subgraph, nested ones too
};

/// Parses DOT text with Graphviz's own reader. Throws InputError ("NAME: reason") with Graphviz's
/// message when it cannot.
ParsedDot parse_dot(std::string_view text, std::string_view name);

namespace detail {
/// Closes a cgraph graph.
struct CgraphCloser {
  void operator()(Agraph_s* graph) const;
};
using CgraphPtr = std::unique_ptr<Agraph_s, CgraphCloser>;

/// A diagram built as a cgraph graph, and how many of the graph's nodes and edges it draws.
struct BuiltDiagram {
  CgraphPtr graph;
  std::size_t node_count = 0;
  std::size_t edge_count = 0;
};
/// Builds the diagram as a cgraph graph whose object ids follow creation order, so that agwrite
/// and the layout see the same order in every run. Used by the DOT writer and the renderer.
BuiltDiagram build_diagram_graph(const PolicyGraph& graph, const ExportOptions& options);
/// Builds the continuity view (export/continuity_diagram.cpp); build_diagram_graph calls it.
BuiltDiagram build_continuity_graph(const PolicyGraph& graph, const ExportOptions& options);
/// Opens an empty directed graph with those deterministic ids and in-memory input and output.
CgraphPtr open_graph(const char* name);
/// Returns the DOT text of a graph (agwrite).
std::string write_graph(Agraph_s* graph);

/// Returns the lock that every use of Graphviz holds: Graphviz keeps global state (the error
/// hook, the parser, the font cache), so diagrams are made one at a time.
std::mutex& graphviz_lock();

/// Collects the messages Graphviz reports while it lives (Graphviz has one process-wide hook,
/// so diagrams are drawn one at a time).
class GraphvizMessages {
 public:
  GraphvizMessages();
  ~GraphvizMessages();
  GraphvizMessages(const GraphvizMessages&) = delete;
  GraphvizMessages& operator=(const GraphvizMessages&) = delete;
  /// Returns the error lines reported so far, joined by "; ", without Graphviz's "Error: " prefix.
  std::string errors() const;

 private:
  std::string text_;
  void* previous_;
};
}  // namespace detail

}  // namespace policygraph::exporting
