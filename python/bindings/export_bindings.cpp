// Exports for Python: every format of export/registry.cpp, of the whole graph or a view of it, to a
// file (written atomically, as the CLI writes it) or returned as text, bytes, or for the CSV folder
// a dict of file name to text. Rendering runs with the GIL released.
#include <pybind11/stl.h>

#include <algorithm>
#include <sstream>

#include "export/dot.hpp"
#include "export/exporter.hpp"
#include "graph/error.hpp"
#include "graph/name_index.hpp"
#include "graph/store.hpp"
#include "graph/subgraph.hpp"
#include "python/bindings/bindings.hpp"

namespace policygraph::python {

void init_exports(py::module_& module) {
  auto graph = py::reinterpret_borrow<py::class_<GraphState, std::shared_ptr<GraphState>>>(module.attr("Graph"));
  graph.def("export", [](GraphState& state, const std::string& format_name, const std::string& path,
                         const std::string& title, const std::string& view, bool vertical, const std::string& engine,
                         const std::string& focus, int depth, std::optional<int> from_year, std::optional<int> to_year,
                         const std::string& kinds, const std::string& relations, bool depth_given) -> py::object {
    const exporting::ExportFormat* format = exporting::find_export_format(format_name);
    if (!format) throw UsageError("unknown export format '" + format_name + "'");
    if (view != "timeline" && view != "full" && view != "lineage")
      throw UsageError("view: '" + view + "' is not one of timeline, full, lineage");
    const auto& engines = exporting::layout_engines();
    if (std::find(engines.begin(), engines.end(), engine) == engines.end())
      throw UsageError("engine: '" + engine + "' is not a Graphviz layout engine of this build");
    if (depth < 0 || depth > 1000) throw UsageError("depth: " + std::to_string(depth) + " is not in 0 to 1000");
    ViewFilter filter;
    filter.depth = depth;
    filter.from_year = from_year;
    filter.to_year = to_year;
    if (from_year && to_year && *from_year > *to_year)
      throw UsageError("from_year " + std::to_string(*from_year) + " is after to_year " + std::to_string(*to_year));
    filter.kinds = parse_kind_list(kinds);
    filter.relations = parse_relation_list(relations);
    exporting::ExportOptions options;
    options.title = title;
    options.view = view;
    options.vertical = vertical;
    options.engine = engine;

    auto lock = lock_without_gil<std::shared_lock<std::shared_mutex>>(state.mutex);
    std::map<std::string, std::string> files;
    std::string text;
    {
      py::gil_scoped_release release;
      if (!focus.empty()) filter.focus = state.engine().names().resolve(focus).id;
      if (view == "lineage" && !filter.focus.empty() && !depth_given) filter.depth = 1 << 16;
      options.focus = filter.focus;
      PolicyGraph part = filter_graph(state.view, filter);
      if (format->write_folder && !path.empty()) {
        format->write_folder(part, path, options);
      } else if (format->write_folder) {  // the CSV folder, its two files as text
        std::ostringstream nodes, relationships;
        exporting::write_csv_nodes(part, nodes, options);
        exporting::write_csv_relationships(part, relationships, options);
        files = {{"nodes.csv", nodes.str()}, {"relationships.csv", relationships.str()}};
      } else {
        std::ostringstream out;
        format->write(part, out, options);
        text = out.str();
        if (!path.empty()) write_file_atomically(path, text);
      }
    }
    if (!path.empty()) return py::none();
    if (format->write_folder) return py::cast(files);
    if (format->binary) return py::bytes(text);
    return py::str(text);
  }, py::arg("format"), py::arg("path") = "", py::arg("title") = "", py::arg("view") = "timeline",
     py::arg("vertical") = false, py::arg("engine") = "dot", py::arg("focus") = "", py::arg("depth") = 2,
     py::arg("from_year") = py::none(), py::arg("to_year") = py::none(), py::arg("kinds") = "",
     py::arg("relations") = "", py::arg("depth_given") = false);

  module.def("export_formats", [] {
    py::list out;
    for (const exporting::ExportFormat& format : exporting::export_formats()) {
      py::dict item;
      item["name"] = format.name;
      item["description"] = format.description;
      item["binary"] = format.binary;
      item["folder"] = static_cast<bool>(format.write_folder);
      out.append(item);
    }
    return out;
  });
}

}  // namespace policygraph::python
