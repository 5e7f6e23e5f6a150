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
void add_eval_command(CLI::App& app, Context&) { add_pending(app, "eval", "Score extraction against gold annotations"); }

}  // namespace policygraph::cli
