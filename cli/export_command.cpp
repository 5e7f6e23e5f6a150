// `policygraph export`: writes the snapshot (filtered into a view) in one of the registered formats.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/app.hpp"
#include "export/exporter.hpp"
#include "graph/error.hpp"
#include "graph/store.hpp"
#include "graph/subgraph.hpp"

namespace policygraph::cli {

void add_export_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("export", "Write the graph in another format (see --format)");
  struct Options {
    std::string format = "json";
    std::string output = "-";
    exporting::ExportOptions export_options;
  };
  auto options = std::make_shared<Options>();
  std::string names;
  for (const auto& format : exporting::export_formats()) names += (names.empty() ? "" : ", ") + format.name;
  command->add_option("-f,--format", options->format, "Format: " + names);
  command->add_option("-o,--output", options->output, "Output file (folder for multi-file formats); - for stdout");
  command->add_option("--title", options->export_options.title, "Title of the diagram or dataset");
  command->callback([&context, options] {
    const exporting::ExportFormat* format = exporting::find_export_format(options->format);
    if (!format) throw UsageError("unknown export format '" + options->format + "'");
    PolicyGraph graph = load_snapshot(context.graph_path);
    if (format->write_folder) {
      if (options->output == "-") throw UsageError("format " + format->name + " writes a folder: give -o DIR");
      format->write_folder(graph, options->output, options->export_options);
      return;
    }
    std::ostringstream buffer;
    format->write(graph, buffer, options->export_options);
    if (options->output == "-") {
      std::cout << buffer.str();
      std::cout.flush();
    } else {
      write_file_atomically(options->output, buffer.str());
    }
  });
}

}  // namespace policygraph::cli
