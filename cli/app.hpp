// Shared state of the `policygraph` command line and the registration hooks of its subcommands.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <functional>
#include <string>
#include <utility>

#include "graph/policy_graph.hpp"

namespace policygraph::cli {

/// Options every subcommand sees.
struct Context {
  std::filesystem::path graph_path = "policygraph.json";
  std::string pack_dir;  ///< empty: the default pack
  std::filesystem::path corrections;  ///< empty: corrections.json beside the snapshot
  bool no_corrections = false;        ///< read the snapshot as extracted, without corrections
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
void add_curate_command(CLI::App& app, Context& context);
void add_merge_command(CLI::App& app, Context& context);

/// Returns the corrections file of the context: --corrections, or corrections.json beside the snapshot.
std::filesystem::path corrections_path(const Context& context);
/// Loads the snapshot and lays the corrections file over it (unless --no-corrections), warning
/// once per correction that no longer applies: the graph every reading command answers from.
PolicyGraph load_graph(const Context& context);
/// Applies the context's corrections (if the file exists) to a graph and logs what no longer
/// applies; returns how many were applied and how many no longer apply.
std::pair<std::size_t, std::size_t> apply_context_corrections(const Context& context, PolicyGraph& graph);

/// True when standard output is a terminal (tables and progress are for people).
bool stdout_is_terminal();

}  // namespace policygraph::cli
