// `policygraph validate`: a consistency check of a snapshot that lists every problem it finds.
#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/app.hpp"
#include "graph/error.hpp"
#include "graph/store.hpp"

namespace policygraph::cli {

void add_validate_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand(
      "validate", "Check a snapshot: syntax, format and version, kinds, relations, duplicate ids, dangling edges, evidence");
  auto files = std::make_shared<std::vector<std::string>>();
  command->add_option("SNAPSHOT", *files, "Snapshots to check (default: the -g snapshot)");
  command->callback([&context, files] {
    if (files->empty()) files->push_back(context.graph_path.string());
    std::size_t failed = 0;
    for (const std::string& file : *files) {
      std::vector<SnapshotProblem> problems;
      try {
        problems = validate_snapshot(file);
      } catch (const Error& e) {
        problems.push_back({"", e.what()});
      }
      for (const SnapshotProblem& problem : problems) {
        if (problem.where.empty())
          std::cerr << "policygraph: error: " << problem.message << "\n";
        else
          std::cerr << file << ": " << problem.where << ": " << problem.message << "\n";
      }
      if (problems.empty())
        std::cout << file << ": valid\n";
      else
        ++failed;
    }
    if (failed) context.exit_code = static_cast<int>(ExitCode::bad_input);
  });
}

}  // namespace policygraph::cli
