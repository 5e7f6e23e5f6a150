// `policygraph merge`: the snapshots of shards of one corpus into one snapshot (docs/scale.md).
#include <spdlog/spdlog.h>

#include <filesystem>

#include "cli/app.hpp"
#include "graph/error.hpp"
#include "graph/snapshot_lock.hpp"
#include "graph/store.hpp"
#include "ingest/shards.hpp"

namespace policygraph::cli {

ingest::Pack load_context_pack(const Context& context);

namespace {

namespace fs = std::filesystem;

// True when writing `output` would replace the file `input` names (the same path, a link to it, a
// hard link): a merge must never overwrite one of the shards it reads.
bool same_file(const fs::path& input, const fs::path& output) {
  std::error_code error;
  if (fs::exists(output, error) && fs::exists(input, error)) return fs::equivalent(input, output, error) && !error;
  return fs::weakly_canonical(input, error) == fs::weakly_canonical(output, error);
}

}  // namespace

void add_merge_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("merge", "Merge snapshots of shards of one corpus into one snapshot, as one ingest of it");
  struct Options {
    std::vector<std::string> inputs;
    std::string output;
  };
  auto options = std::make_shared<Options>();
  command->add_option("SHARD", options->inputs, "Snapshots made by ingest of parts of a corpus, with the same pack")->required();
  command->add_option("-o,--output", options->output, "The merged snapshot (written atomically)")->required()->type_name("FILE");
  command->callback([&context, options] {
    fs::path output = options->output;
    for (const std::string& input : options->inputs)
      if (same_file(input, output))
        throw UsageError(output.string() + ": is one of the shards to merge (" + input + "); write the merge to another file",
                         ExitCode::bad_input);
    ingest::Pack pack = load_context_pack(context);
    // Every shard is read and checked before anything is written: a bad one leaves no output.
    std::vector<ingest::Shard> shards;
    shards.reserve(options->inputs.size());
    for (const std::string& input : options->inputs) shards.push_back({input, load_snapshot(input)});
    ingest::MergeReport report;
    PolicyGraph merged = ingest::merge_shards(std::move(shards), pack, &report);
    for (const std::string& warning : report.warnings) spdlog::warn("{}", warning);
    SnapshotLock lock(output, true, [](const std::string& message) { spdlog::info("{}", message); });
    save_snapshot(merged, output);
    std::string dropped;
    if (report.replaced) dropped += fmt::format(", {} older versions dropped", report.replaced);
    if (report.duplicates) dropped += fmt::format(", {} duplicates dropped", report.duplicates);
    spdlog::info("{} shards, {} documents{}; {} nodes, {} edges -> {}", options->inputs.size(), report.documents, dropped,
                 merged.node_count(), merged.edge_count(), output.string());
  });
}

}  // namespace policygraph::cli
