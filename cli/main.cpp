// Entry point of the `policygraph` command: global flags, subcommands, logging and exit codes.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "cli/app.hpp"
#include "graph/error.hpp"

namespace policygraph::cli {
bool stdout_is_terminal() { return ::isatty(STDOUT_FILENO) == 1; }
}  // namespace policygraph::cli

namespace {

// Returns the command as typed up to the deepest subcommand parsed ("policygraph query path"), so
// that a usage error can name the --help that lists the options it is about.
std::string parsed_command(const CLI::App& app) {
  std::string command = app.get_name();
  const CLI::App* current = &app;
  while (!current->get_subcommands().empty()) {
    current = current->get_subcommands().back();
    command += " " + current->get_name();
  }
  return command;
}

// CLI11's failure message is its own, on several lines; a usage error is one line in the format of
// every other error, with the --help to read.
std::string usage_error_line(const CLI::App& app, const CLI::ParseError& error) {
  std::string message = error.what();
  for (char& c : message)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  while (!message.empty() && message.back() == ' ') message.pop_back();
  if (message.empty()) message = error.get_name();
  return message + "; run '" + parsed_command(app) + " --help'";
}

int run(int argc, char** argv) {
  using namespace policygraph;
  auto logger = spdlog::stderr_color_st("policygraph");
  logger->set_pattern("policygraph: %^%l%$: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(spdlog::level::info);

  // Named here, the usage lines show the program as typed rather than the path it was run by.
  CLI::App app{"policygraph: evidence-backed, time-aware knowledge graphs of policy texts", "policygraph"};
  // Options of the whole command are accepted after a subcommand as well (`policygraph stats -g
  // corpus.json`), as users of git and ripgrep expect: a subcommand hands an option it does not know
  // to its parent. Subcommands take this setting from the app when they are added, so it comes first.
  app.fallthrough();
  app.set_version_flag("--version", std::string("policygraph ") + POLICYGRAPH_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 ok, 1 usage error, 2 bad input or failed operation, 3 a query with no answer.\n"
      "Run 'policygraph COMMAND --help' for the options of a command. The options of every command\n"
      "(-g, --pack, --corrections, --no-corrections, -v, -q) go before or after its name.");

  cli::Context context;
  app.add_option("-g,--graph", context.graph_path, "Snapshot file (default: policygraph.json)")->type_name("FILE");
  app.add_option("--pack", context.pack_dir, "Pack folder (default: the bundled Korean pack)")->type_name("DIR");
  app.add_option("--corrections", context.corrections,
                 "Corrections file laid over the snapshot (default: corrections.json beside it; docs/curation.md)")
      ->type_name("FILE");
  app.add_flag("--no-corrections", context.no_corrections, "Read the snapshot as extracted, without the corrections file");
  bool verbose = false;
  bool quiet = false;
  app.add_flag("-v,--verbose", verbose, "Log more (per-document counts, unresolved mentions)");
  app.add_flag("-q,--quiet", quiet, "Log only errors");
  app.parse_complete_callback([&] {
    if (verbose) spdlog::set_level(spdlog::level::debug);
    if (quiet) spdlog::set_level(spdlog::level::err);
  });

  cli::add_ingest_command(app, context);
  cli::add_merge_command(app, context);
  cli::add_query_command(app, context);
  cli::add_ask_command(app, context);
  cli::add_export_command(app, context);
  cli::add_stats_command(app, context);
  cli::add_validate_command(app, context);
  cli::add_eval_command(app, context);
  cli::add_curate_command(app, context);
  cli::add_review_command(app, context);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    spdlog::error("{}", usage_error_line(app, e));
    return static_cast<int>(ExitCode::usage);
  } catch (const Error& e) {
    spdlog::error("{}", e.what());
    return static_cast<int>(e.code());
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return static_cast<int>(ExitCode::bad_input);
  }
  return context.exit_code;
}

}  // namespace

// Setting up the logger and the command line may throw too (out of memory, a logger that cannot be
// made): that is one line on standard error and exit code 2, never std::terminate.
int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "policygraph: error: %s\n", e.what());
  } catch (...) {
    std::fputs("policygraph: error: unexpected failure\n", stderr);
  }
  return static_cast<int>(policygraph::ExitCode::bad_input);
}
