// `policygraph curate`: writes the corrections file for the common cases (each checked against the
// graph before it is written), lists how every correction fares, and drops one. Also the loading
// of the graph that every reading command shares: the snapshot with the corrections laid over it.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/app.hpp"
#include "cli/format.hpp"
#include "graph/curation.hpp"
#include "graph/error.hpp"
#include "graph/name_index.hpp"
#include "graph/snapshot_lock.hpp"
#include "graph/store.hpp"

namespace policygraph::cli {
namespace {

// The canonical layout puts the first correction on line 5 (docs/curation.md).
constexpr std::size_t first_line = 5;

Corrections load_or_empty(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::exists(path, error)) return load_corrections(path);
  Corrections empty;
  empty.name = path.filename().string();
  return empty;
}

void log_outcome(const CorrectionOutcome& outcome, const std::string& file) {
  const Correction& c = *outcome.correction;
  std::string where = file + ":" + std::to_string(c.line) + ": " + one_line(describe(c));
  if (outcome.status == CorrectionOutcome::Status::stale)
    spdlog::warn("{}: no longer applies: {}", where, one_line(outcome.message));
  else
    spdlog::debug("{}: {}: {}", where, to_string(outcome.status), one_line(outcome.message));
}

std::string json_quoted(const std::string& text) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  return buffer.GetString();
}

struct CurateOptions {
  std::string note;
  bool force = false;
};

// Adds a correction at the end of the file: under the file's lock, checked against the graph as
// every correction before it leaves it, written atomically. A correction that would do nothing
// now is refused (exit 2) unless --force.
void add_correction(const Context& context, Correction correction, const CurateOptions& options) {
  std::filesystem::path path = corrections_path(context);
  SnapshotLock lock(path, true, [](const std::string& message) { spdlog::info("{}", message); });
  Corrections corrections = load_or_empty(path);
  correction.note = options.note;
  // The file is written canonically, so each correction's line is known before it is written
  // (a hand-formatted file's lines change when curate rewrites it).
  correction.line = first_line + corrections.items.size();
  for (std::size_t i = 0; i < corrections.items.size(); ++i) corrections.items[i].line = first_line + i;
  corrections.items.push_back(correction);
  PolicyGraph graph = load_snapshot(context.graph_path);
  std::vector<CorrectionOutcome> outcomes = apply_corrections(graph, corrections);
  const CorrectionOutcome& outcome = outcomes.back();
  std::string where = corrections.name + ":" + std::to_string(corrections.items.back().line);
  if (outcome.status == CorrectionOutcome::Status::stale && !options.force)
    throw UsageError(where + ": " + one_line(describe(correction)) + ": " + one_line(outcome.message) +
                         " (nothing written; --force writes it anyway)",
                     ExitCode::bad_input);
  write_file_atomically(path, corrections_text(corrections));
  std::cout << where << ": " << describe(correction) << ": " << to_string(outcome.status) << ": " << outcome.message << "\n";
}

void add_note_options(CLI::App* command, CurateOptions& options) {
  command->add_option("--note", options.note, "Why: shown as the evidence of the correction");
  command->add_flag("--force", options.force, "Write the correction even when it does nothing to the graph now");
}

void list_corrections(const Context& context, const std::string& format) {
  std::filesystem::path path = corrections_path(context);
  Corrections corrections = load_or_empty(path);
  PolicyGraph graph = load_snapshot(context.graph_path);
  std::vector<CorrectionOutcome> outcomes = apply_corrections(graph, corrections);
  if (format == "json") {
    std::cout << "[";
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
      const CorrectionOutcome& o = outcomes[i];
      std::cout << (i ? ",\n " : "\n ") << "{\"line\": " << o.correction->line << ", \"correction\": " << correction_json(*o.correction)
                << ", \"status\": \"" << to_string(o.status) << "\", \"message\": " << json_quoted(o.message) << "}";
    }
    std::cout << (outcomes.empty() ? "]\n" : "\n]\n");
    return;
  }
  if (outcomes.empty()) {
    std::cout << "no corrections in " << path.string() << "\n";
    return;
  }
  std::size_t stale = 0;
  for (const CorrectionOutcome& o : outcomes) {
    stale += o.status == CorrectionOutcome::Status::stale;
    std::cout << corrections.name << ":" << o.correction->line << "  " << to_string(o.status) << "  "
              << one_line(describe(*o.correction)) << "\n    " << one_line(o.message) << "\n";
  }
  std::cout << outcomes.size() << " correction" << (outcomes.size() == 1 ? "" : "s") << ", " << stale
            << " no longer appl" << (stale == 1 ? "ies" : "y") << "\n";
}

void drop_correction(const Context& context, std::size_t line) {
  std::filesystem::path path = corrections_path(context);
  SnapshotLock lock(path, true, [](const std::string& message) { spdlog::info("{}", message); });
  Corrections corrections = load_or_empty(path);
  auto found = std::find_if(corrections.items.begin(), corrections.items.end(),
                            [line](const Correction& c) { return c.line == line; });
  if (found == corrections.items.end())
    throw UsageError(corrections.name + ": no correction on line " + std::to_string(line) + " ('curate list' shows them)",
                     ExitCode::bad_input);
  std::string gone = describe(*found);
  corrections.items.erase(found);
  write_file_atomically(path, corrections_text(corrections));
  std::cout << corrections.name << ":" << line << ": dropped " << gone << "\n";
}

}  // namespace

std::filesystem::path corrections_path(const Context& context) {
  if (!context.corrections.empty()) return context.corrections;
  return context.graph_path.parent_path() / "corrections.json";
}

std::pair<std::size_t, std::size_t> apply_context_corrections(const Context& context, PolicyGraph& graph) {
  if (context.no_corrections) return {0, 0};
  std::filesystem::path path = corrections_path(context);
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    if (!context.corrections.empty()) throw InputError(path.string() + ": no such corrections file");
    return {0, 0};
  }
  Corrections corrections = load_corrections(path);
  std::pair<std::size_t, std::size_t> counts{0, 0};
  for (const CorrectionOutcome& outcome : apply_corrections(graph, corrections)) {
    log_outcome(outcome, corrections.name);
    if (outcome.status == CorrectionOutcome::Status::applied) ++counts.first;
    if (outcome.status == CorrectionOutcome::Status::stale) ++counts.second;
  }
  return counts;
}

PolicyGraph load_graph(const Context& context) {
  PolicyGraph graph = load_snapshot(context.graph_path);
  apply_context_corrections(context, graph);
  return graph;
}

void add_curate_command(CLI::App& app, Context& context) {
  auto* curate = app.add_subcommand("curate", "Correct the graph: write the corrections file laid over every reading (docs/curation.md)");
  curate->require_subcommand(1);
  auto options = std::make_shared<CurateOptions>();
  auto c = std::make_shared<Correction>();
  auto year = std::make_shared<int>(0);

  auto* merge = curate->add_subcommand("merge", "Fold OTHER into KEEP: OTHER's names become aliases, its facts move");
  merge->add_option("KEEP", c->node, "The node kept (a name or an id)")->required();
  merge->add_option("OTHER", c->other, "The node folded into it")->required();
  add_note_options(merge, *options);
  merge->callback([&context, c, options] {
    c->op = CorrectionOp::merge;
    add_correction(context, *c, *options);
  });

  auto* retract = curate->add_subcommand("retract", "Remove every edge a one-triple PATTERN matches ('?a introduced \"X\"')");
  retract->add_option("PATTERN", c->pattern, "One triple of the pattern language (docs/queries.md)")->required();
  add_note_options(retract, *options);
  retract->callback([&context, c, options] {
    c->op = CorrectionOp::retract;
    add_correction(context, *c, *options);
  });

  auto* assert_fact = curate->add_subcommand("assert", "Add the fact SOURCE RELATION TARGET (new names become new nodes)");
  assert_fact->add_option("SOURCE", c->source)->required();
  assert_fact->add_option("RELATION", c->relation)->required();
  assert_fact->add_option("TARGET", c->target)->required();
  auto* year_option = assert_fact->add_option("--year", *year, "The year of the fact");
  assert_fact->add_option("--mode", c->mode, "evolved_into's mode (expanded, converted, replaced, renamed, merged …)");
  assert_fact->add_option("--source-kind", c->source_kind, "Kind of a new SOURCE (default: the relation's)");
  assert_fact->add_option("--target-kind", c->target_kind, "Kind of a new TARGET (default: the relation's)");
  add_note_options(assert_fact, *options);
  assert_fact->callback([&context, c, options, year, year_option] {
    c->op = CorrectionOp::assert_fact;
    if (!parse_relation(c->relation)) throw UsageError("curate assert: unknown relation '" + c->relation + "'");
    for (const std::string* kind : {&c->source_kind, &c->target_kind})
      if (!kind->empty() && !parse_node_kind(*kind)) throw UsageError("curate assert: unknown kind '" + *kind + "'");
    if (year_option->count()) c->year = *year;
    add_correction(context, *c, *options);
  });

  auto* rename = curate->add_subcommand("rename", "Give NODE the label LABEL (the old label stays an alias)");
  rename->add_option("NODE", c->node)->required();
  rename->add_option("LABEL", c->label)->required();
  add_note_options(rename, *options);
  rename->callback([&context, c, options] {
    c->op = CorrectionOp::rename;
    add_correction(context, *c, *options);
  });

  auto* set = curate->add_subcommand("set", "Set ATTRIBUTE of NODE to VALUE (or of the edges of --edge PATTERN; 'year' for their year)");
  set->add_option("NODE", c->node, "The node (leave out with --edge)");
  set->add_option("--edge", c->pattern, "One triple pattern: set the matched edges' attribute instead");
  set->add_option("--attribute", c->attribute, "The attribute")->required();
  set->add_option("--value", c->value, "Its value")->required();
  add_note_options(set, *options);
  set->callback([&context, c, options] {
    c->op = CorrectionOp::set;
    if (c->node.empty() == c->pattern.empty()) throw UsageError("curate set: give a NODE or --edge PATTERN, not both");
    add_correction(context, *c, *options);
  });

  auto* retype = curate->add_subcommand("retype", "Make NODE a node of another KIND (edges it cannot have are removed)");
  retype->add_option("NODE", c->node)->required();
  retype->add_option("KIND", c->kind)->required();
  add_note_options(retype, *options);
  retype->callback([&context, c, options] {
    c->op = CorrectionOp::retype;
    if (!parse_node_kind(c->kind)) throw UsageError("curate retype: unknown kind '" + c->kind + "'");
    add_correction(context, *c, *options);
  });

  auto* remove = curate->add_subcommand("remove", "Remove NODE and its edges (not a programme, not anything)");
  remove->add_option("NODE", c->node)->required();
  add_note_options(remove, *options);
  remove->callback([&context, c, options] {
    c->op = CorrectionOp::remove;
    add_correction(context, *c, *options);
  });

  auto* split = curate->add_subcommand("split", "Move what --document D says of NODE to a new node LABEL");
  split->add_option("NODE", c->node)->required();
  split->add_option("LABEL", c->label)->required();
  split->add_option("--document", c->documents, "A document id whose facts move (repeatable)")->required();
  add_note_options(split, *options);
  split->callback([&context, c, options] {
    c->op = CorrectionOp::split;
    add_correction(context, *c, *options);
  });

  auto format = std::make_shared<std::string>("table");
  auto* list = curate->add_subcommand("list", "List the corrections, each with what it does to the graph now");
  list->add_option("--format", *format, "table or json")->check(CLI::IsMember({"table", "json"}));
  list->callback([&context, format] { list_corrections(context, *format); });

  auto line = std::make_shared<std::size_t>(0);
  auto* drop = curate->add_subcommand("drop", "Remove the correction on LINE of the file (as 'curate list' shows it)");
  drop->add_option("LINE", *line)->required();
  drop->callback([&context, line] { drop_correction(context, *line); });
}

}  // namespace policygraph::cli
