// `policygraph query`: structured queries over a snapshot (the query layer lands with its issue).
#include "cli/app.hpp"
#include "graph/error.hpp"

namespace policygraph::cli {

void add_query_command(CLI::App& app, Context&) {
  auto* command = app.add_subcommand("query", "Answer a structured query with evidence");
  command->allow_extras();
  command->callback([] { throw Error("query: not available in this build yet"); });
}

void add_ask_command(CLI::App& app, Context&) {
  auto* command = app.add_subcommand("ask", "Answer a question in plain English");
  command->allow_extras();
  command->callback([] { throw Error("ask: not available in this build yet"); });
}

}  // namespace policygraph::cli
