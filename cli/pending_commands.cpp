// Subcommands whose library parts have not landed yet; each says so and exits 2.
#include "cli/app.hpp"
#include "graph/error.hpp"

namespace policygraph::cli {
namespace {
void add_pending(CLI::App& app, const char* name, const char* description) {
  auto* command = app.add_subcommand(name, description);
  command->allow_extras();
  command->callback([name] { throw Error(std::string(name) + ": not available in this build yet"); });
}
}  // namespace

void add_ingest_command(CLI::App& app, Context&) { add_pending(app, "ingest", "Extract documents into the snapshot"); }
void add_query_command(CLI::App& app, Context&) { add_pending(app, "query", "Answer a structured query with evidence"); }
void add_ask_command(CLI::App& app, Context&) { add_pending(app, "ask", "Answer a question in plain English"); }
void add_export_command(CLI::App& app, Context&) { add_pending(app, "export", "Write the graph as DOT, SVG, JSON, GraphML, RDF, CSV"); }
void add_eval_command(CLI::App& app, Context&) { add_pending(app, "eval", "Score extraction against gold annotations"); }

}  // namespace policygraph::cli
