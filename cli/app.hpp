// Shared state of the `policygraph` command line and the registration hooks of its subcommands.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <functional>
#include <string>

namespace policygraph::cli {

/// Options every subcommand sees.
struct Context {
  std::filesystem::path graph_path = "policygraph.json";
  std::string pack_dir;  ///< empty: the default pack
  int exit_code = 0;     ///< set by a subcommand that finished with a reportable failure
};

/// Each subcommand adds itself to the app and sets the callback that runs it.
void add_ingest_command(CLI::App& app, Context& context);
void add_stats_command(CLI::App& app, Context& context);
void add_validate_command(CLI::App& app, Context& context);
void add_query_command(CLI::App& app, Context& context);
void add_ask_command(CLI::App& app, Context& context);
void add_export_command(CLI::App& app, Context& context);
void add_eval_command(CLI::App& app, Context& context);
void add_review_command(CLI::App& app, Context& context);

/// True when standard output is a terminal (tables and progress are for people).
bool stdout_is_terminal();

}  // namespace policygraph::cli
