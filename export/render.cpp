// Rendering a diagram in-process with Graphviz's gvc: layout, then SVG, PNG or PDF bytes. The
// plugins (dot layout, cairo for PNG and PDF, core for SVG) load from the installed configuration.
#include <graphviz/gvc.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <optional>
#include <ostream>

#include "export/dot.hpp"
#include "graph/error.hpp"
#include "graph/store.hpp"

namespace policygraph::exporting {
namespace {

/// Graphviz's context for the whole process, made once and never freed: Graphviz 2.42's pango
/// plugin remembers the last font name in a static pointer into the context's font table, so
/// freeing a context makes the next rendering read freed memory.
GVC_t* shared_context() {
  static GVC_t* const context = gvContext();
  if (!context) throw OutputError("Graphviz could not start (gvContext failed)");
  return context;
}

/// A layout of one graph, freed when done.
class Rendering {
 public:
  explicit Rendering(Agraph_t* graph) : context_(shared_context()), graph_(graph) {}
  ~Rendering() {
    if (laid_out_) gvFreeLayout(context_, graph_);
  }
  Rendering(const Rendering&) = delete;
  Rendering& operator=(const Rendering&) = delete;

  bool layout(const std::string& engine) {
    laid_out_ = gvLayout(context_, graph_, engine.c_str()) == 0;
    return laid_out_;
  }
  std::optional<std::string> render(std::string_view format) {
    char* data = nullptr;
    unsigned int length = 0;
    std::string name(format);
    if (gvRenderData(context_, graph_, name.c_str(), &data, &length) != 0 || !data) {
      if (data) gvFreeRenderData(data);
      return std::nullopt;
    }
    std::string bytes(data, length);
    gvFreeRenderData(data);
    return bytes;
  }

 private:
  GVC_t* context_;
  Agraph_t* graph_;
  bool laid_out_ = false;
};

std::string too_large(std::size_t count, const char* what, std::size_t limit, const std::string& engine, bool suggest_sfdp) {
  return "the diagram has " + std::to_string(count) + " " + what + ", more than the " + engine +
         " layout draws in reasonable time (" + std::to_string(limit) + "): narrow the view (--focus NAME --depth N, " +
         "--from YEAR --to YEAR, --kinds, --view lineage)" + (suggest_sfdp ? " or use --engine sfdp" : "");
}

}  // namespace

std::string render_diagram(const PolicyGraph& graph, const ExportOptions& options, std::string_view format) {
  static const std::vector<std::string_view> formats{"svg", "png", "pdf"};
  if (std::find(formats.begin(), formats.end(), format) == formats.end())
    throw UsageError("cannot render a diagram as '" + std::string(format) + "' (svg, png or pdf)");
  std::lock_guard<std::mutex> guard(detail::graphviz_lock());
  detail::BuiltDiagram diagram = detail::build_diagram_graph(graph, options);
  // Refuse before laying out: dot's crossing minimisation grows much faster than the graph, and a
  // command that seems to hang is worse than one that says what to do instead.
  if (options.engine == "dot" && diagram.node_count > dot_node_limit)
    throw UsageError(too_large(diagram.node_count, "nodes", dot_node_limit, "dot", true));
  if (options.engine == "dot" && diagram.edge_count > dot_edge_limit)
    throw UsageError(too_large(diagram.edge_count, "edges", dot_edge_limit, "dot", true));
  if (diagram.node_count > layout_node_limit)
    throw UsageError(too_large(diagram.node_count, "nodes", layout_node_limit, options.engine, false));

  detail::GraphvizMessages messages;
  Rendering rendering(diagram.graph.get());
  if (!rendering.layout(options.engine))
    throw OutputError("Graphviz could not lay out the diagram with " + options.engine + ": " + messages.errors());
  std::optional<std::string> bytes = rendering.render(format);
  if (!bytes) throw OutputError("Graphviz could not render the diagram as " + std::string(format) + ": " + messages.errors());
  // Graphviz goes on after some errors (a label it cannot parse is drawn as the object's name):
  // a picture that silently differs from its DOT is worse than none.
  if (std::string errors = messages.errors(); !errors.empty()) throw OutputError("Graphviz reported: " + errors);
  return *bytes;
}

void save_diagram(const PolicyGraph& graph, const std::filesystem::path& path, const ExportOptions& options) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  std::string bytes;
  if (extension == ".dot" || extension == ".gv") {
    bytes = diagram_dot(graph, options);
  } else if (extension == ".svg" || extension == ".png" || extension == ".pdf") {
    bytes = render_diagram(graph, options, extension.substr(1));
  } else {
    throw UsageError(path.string() + ": cannot tell the diagram format from the extension (.dot, .svg, .png or .pdf)");
  }
  if (path.has_parent_path()) {
    std::error_code error;
    std::filesystem::create_directories(path.parent_path(), error);
    if (error) throw OutputError(path.parent_path().string() + ": cannot create folder: " + error.message());
  }
  write_file_atomically(path, bytes);
}

void write_svg(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options) { out << render_diagram(graph, options, "svg"); }
void write_png(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options) { out << render_diagram(graph, options, "png"); }
void write_pdf(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options) { out << render_diagram(graph, options, "pdf"); }

}  // namespace policygraph::exporting
