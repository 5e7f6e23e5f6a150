// `policygraph ingest`: extracts documents into the snapshot, with progress on a terminal.
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/app.hpp"
#include "graph/curation.hpp"
#include "graph/error.hpp"
#include "graph/snapshot_lock.hpp"
#include "graph/store.hpp"
#include "ingest/pipeline.hpp"

namespace policygraph::cli {

namespace {

// "3 s", "2 min 5 s", "1 h 4 min": a time left as a person reads it.
std::string duration_text(double seconds) {
  auto whole = static_cast<long long>(seconds + 0.5);
  if (whole < 60) return std::to_string(whole) + " s";
  if (whole < 3600) return std::to_string(whole / 60) + " min " + std::to_string(whole % 60) + " s";
  return std::to_string(whole / 3600) + " h " + std::to_string(whole / 60 % 60) + " min";
}

}  // namespace

ingest::Pack load_context_pack(const Context& context) {
  return ingest::load_pack(context.pack_dir.empty() ? ingest::default_pack_dir() : std::filesystem::path(context.pack_dir));
}

void add_ingest_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("ingest", "Extract documents (files, folders, - for stdin) into the snapshot");
  struct Options {
    std::vector<std::string> inputs;
    unsigned jobs = 0;
    bool fresh = false;
    bool trace = false;
    bool no_wait = false;
    bool no_inference = false;
    std::size_t max_document_mb = ingest::max_document_bytes >> 20;
  };
  auto options = std::make_shared<Options>();
  command->add_option("PATH", options->inputs, "Files, folders (recursively) or - for standard input")->required();
  // -j 0 is refused rather than read as "all cores": leaving -j out already means that.
  command->add_option("-j,--jobs", options->jobs, "Workers, 1 to 1024 (default: all cores)")->check(CLI::Range(1, 1024));
  command->add_flag("--fresh", options->fresh, "Start a new snapshot instead of adding to the existing one");
  command->add_flag("--no-wait", options->no_wait,
                    "Fail at once (exit 2) instead of waiting when another policygraph is writing the snapshot");
  command->add_option("--max-document-mb", options->max_document_mb,
                      "Skip (with an error) inputs larger than this many MB (default " +
                          std::to_string(ingest::max_document_bytes >> 20) + ", at most 1024)")
      ->check(CLI::Range(1, 1024));
  command->add_flag("--no-inference", options->no_inference,
                    "Leave out introductions inferred by date (a year but no administration in the text)");
  command->add_flag("--trace", options->trace, "Print each sentence's items and rule matches to stderr (implies -j 1)");
  command->callback([&context, options] {
    ingest::Extractor extractor(load_context_pack(context));
    if (options->trace) {
      extractor.set_trace(&std::cerr);
      options->jobs = 1;
    }
    // Held from before the snapshot is read until the new one is in place, so that two ingests
    // into one snapshot add up instead of the later one overwriting the earlier one's documents.
    SnapshotLock lock(context.graph_path, !options->no_wait, [](const std::string& message) { spdlog::info("{}", message); });
    // A broken corrections file stops the ingest before any work, not after it.
    std::filesystem::path corrections = corrections_path(context);
    std::error_code missing;
    if (!context.no_corrections && std::filesystem::exists(corrections, missing)) load_corrections(corrections);
    PolicyGraph graph;
    std::error_code error;
    if (!options->fresh && std::filesystem::exists(context.graph_path, error)) graph = load_snapshot(context.graph_path);
    bool terminal = ::isatty(STDERR_FILENO) == 1 && spdlog::get_level() <= spdlog::level::info;
    auto start = std::chrono::steady_clock::now();
    auto progress = [&](std::size_t done, std::size_t total, std::size_t bytes) {
      if (!terminal) return;
      double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      // Time left from the pace so far, by documents: their sizes are not known before they are read.
      double left = done ? seconds / static_cast<double>(done) * static_cast<double>(total - done) : 0.0;
      std::fprintf(stderr, "\r%zu/%zu documents (%zu%%), %.1f MB/s, %s left   ", done, total, total ? done * 100 / total : 100,
                   seconds > 0 ? static_cast<double>(bytes) / seconds / 1e6 : 0.0, duration_text(left).c_str());
      if (done == total) std::fprintf(stderr, "\n");
    };
    ingest::IngestOptions ingest_options;
    ingest_options.jobs = options->jobs;
    ingest_options.inference = !options->no_inference;
    ingest_options.max_document_bytes = options->max_document_mb << 20;
    ingest::IngestReport report = ingest::ingest_documents(graph, options->inputs, extractor, ingest_options, progress);
    for (const std::string& skipped : report.skipped) spdlog::warn("{}", skipped);
    for (const auto& outcome : report.documents) {
      for (const std::string& warning : outcome.warnings) spdlog::warn("{}", warning);
      if (outcome.status == ingest::DocumentOutcome::Status::duplicate) {
        spdlog::warn("{}: the same text (SHA-256) as {}, skipped as a duplicate", outcome.path, outcome.duplicate_of);
        continue;
      }
      if (outcome.status == ingest::DocumentOutcome::Status::failed) {
        spdlog::error("{}", outcome.error);
        continue;
      }
      spdlog::debug("{}: {} sentences, {} facts{}", outcome.path, outcome.sentences, outcome.facts,
                    outcome.status == ingest::DocumentOutcome::Status::unchanged ? " (unchanged)" : "");
      for (const std::string& miss : outcome.unresolved) spdlog::debug("unresolved: {}", miss);
    }
    save_snapshot(graph, context.graph_path);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::size_t extracted_nodes = graph.node_count();
    std::size_t extracted_edges = graph.edge_count();
    // The snapshot keeps what the texts say; the corrections are laid over it here only to report
    // the ones a re-ingest left with nothing to correct (docs/curation.md).
    auto [applied, stale] = apply_context_corrections(context, graph);
    // Duplicates are counted only when there are some, so the usual line stays as it was.
    std::string duplicates = report.duplicates ? fmt::format("{} duplicate, ", report.duplicates) : "";
    spdlog::info("{} documents ({} new, {} replaced, {} unchanged, {}{} failed), {:.1f} MB in {:.2f} s; {} nodes, {} edges -> {}",
                 report.documents.size(), report.added, report.replaced, report.unchanged, duplicates, report.failed,
                 report.bytes / 1e6, seconds, extracted_nodes, extracted_edges, context.graph_path.string());
    if (applied || stale)
      spdlog::info("{}: {} corrections applied, {} no longer apply (policygraph curate list)", corrections.filename().string(),
                   applied, stale);
    if (report.failed) context.exit_code = static_cast<int>(ExitCode::bad_input);
  });
}

}  // namespace policygraph::cli
