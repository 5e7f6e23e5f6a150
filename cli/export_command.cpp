// `policygraph export`: writes the snapshot (filtered into a view) in one of the registered formats.
#include <fstream>
#include <iostream>
#include <sstream>

#include <spdlog/spdlog.h>

#include "cli/app.hpp"
#include "export/dot.hpp"
#include "export/exporter.hpp"
#include "export/postgres/postgres_store.hpp"
#include "graph/error.hpp"
#include "graph/name_index.hpp"
#include "graph/store.hpp"
#include "graph/subgraph.hpp"

namespace policygraph::cli {
namespace {

// Loads the whole graph into PostgreSQL. A view would replace each document's rows by part of its
// facts, so the view options are refused here.
template <typename Options>
void export_to_postgres(const Context& context, const Options& options) {
  if (options.postgres.dsn.empty()) throw UsageError("--format postgres needs --dsn CONNINFO (docs/postgres.md)");
  if (!options.focus.empty() || options.from_year || options.to_year || !options.kinds.empty() || !options.relations.empty())
    throw UsageError("--format postgres loads the whole graph: --focus, --from, --to, --kinds and --relations do not apply");
  if (options.output != "-") throw UsageError("--format postgres writes to the database of --dsn, not to -o");
  if (!exporting::is_valid_schema_name(options.postgres.schema))
    throw UsageError("--schema '" + options.postgres.schema +
                     "': a letter or '_', then letters, digits or '_', at most 63 of them");
  PolicyGraph graph = load_graph(context);
  exporting::PostgresTarget target = options.postgres;
  target.written_by = std::string("policygraph ") + POLICYGRAPH_VERSION;
  exporting::PostgresLoadReport report = exporting::load_into_postgres(graph, target);
  spdlog::info("postgres: schema {}{}: {} documents, {} nodes, {} edges, {} evidence rows loaded; {} nodes, {} edges "
               "left without evidence removed",
               target.schema, report.created_schema ? " (created)" : "", report.documents, report.nodes, report.edges,
               report.evidence, report.removed_nodes, report.removed_edges);
}

}  // namespace

void add_export_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("export", "Write the graph in another format (see --format)");
  struct Options {
    std::string format = "json";
    std::string output = "-";
    exporting::ExportOptions export_options;
    // The view to export, as for diagrams (graph/subgraph.hpp).
    std::string focus;
    int depth = ViewFilter{}.depth;
    int from_year = 0;
    int to_year = 0;
    std::string kinds;
    std::string relations;
    exporting::PostgresTarget postgres;  // --format postgres
  };
  auto options = std::make_shared<Options>();
  std::string names;
  for (const auto& format : exporting::export_formats()) names += (names.empty() ? "" : ", ") + format.name;
  names += ", postgres";
  command->add_option("-f,--format", options->format, "Format: " + names);
  command->add_option("-o,--output", options->output, "Output file (folder for multi-file formats); - for stdout");
  command->add_option("--title", options->export_options.title, "Title of the diagram or dataset");
  command->add_option("--focus", options->focus, "Only the neighbourhood of this node (id, label or alias)")
      ->type_name("NAME");
  // A bounded range, so that a wrong value is told the range in a few digits (NonNegativeNumber
  // states its upper bound as a number of 309 digits).
  command->add_option("--depth", options->depth, "Hops from the focus, either direction (0 to 1000, default 2)")
      ->check(CLI::Range(0, 1000));
  auto* from = command->add_option("--from", options->from_year, "Only what overlaps this year or later")
                   ->type_name("YEAR");
  auto* to = command->add_option("--to", options->to_year, "Only what overlaps this year or earlier")
                 ->type_name("YEAR");
  command->add_option("--kinds", options->kinds, "Node kinds to keep, e.g. administration,programme")
      ->type_name("LIST");
  command->add_option("--relations", options->relations, "Relations to keep, e.g. introduced,evolved_into")
      ->type_name("LIST");
  command->add_option("--view", options->export_options.view,
                      "Diagrams: timeline (default), full (with bodies, people, events), lineage, or continuity "
                      "(each change of government and what became of the programmes)")
      ->check(CLI::IsMember({"timeline", "full", "lineage", "continuity"}));
  command->add_flag("--vertical", options->export_options.vertical, "Diagrams: time runs top to bottom");
  command->add_option("--engine", options->export_options.engine, "Diagrams: Graphviz layout engine (default dot)")
      ->check(CLI::IsMember(exporting::layout_engines()));
  command->add_option("--dsn", options->postgres.dsn,
                      "postgres: libpq connection string, e.g. 'host=db port=5432 dbname=archive user=me' (docs/postgres.md)")
      ->type_name("CONNINFO");
  command->add_option("--schema", options->postgres.schema, "postgres: the schema that holds the graph (default policygraph)")
      ->type_name("NAME");
  auto* depth = command->get_option("--depth");
  command->callback([&context, options, from, to, depth] {
    if (options->format == "postgres") {
      export_to_postgres(context, *options);
      return;
    }
    const exporting::ExportFormat* format = exporting::find_export_format(options->format);
    if (!format) throw UsageError("unknown export format '" + options->format + "'");
    ViewFilter filter;
    filter.depth = options->depth;
    if (from->count()) filter.from_year = options->from_year;
    if (to->count()) filter.to_year = options->to_year;
    if (filter.from_year && filter.to_year && *filter.from_year > *filter.to_year)
      throw UsageError("--from " + std::to_string(*filter.from_year) + " is after --to " +
                       std::to_string(*filter.to_year));
    filter.kinds = parse_kind_list(options->kinds);
    filter.relations = parse_relation_list(options->relations);
    PolicyGraph whole = load_graph(context);
    // The focus is found as query finds names, so that an unknown one exits 3 with the closest
    // names and an ambiguous one exits 2 listing the candidates, as `query` does.
    if (!options->focus.empty()) filter.focus = NameIndex(whole).resolve(options->focus).id;
    // A lineage of one programme is whole however long it is: the view keeps only what
    // evolved_into and part_of join to the focus, so the neighbourhood may reach far.
    if (options->export_options.view == "lineage" && !filter.focus.empty() && !depth->count()) filter.depth = 1 << 16;
    options->export_options.focus = filter.focus;
    if (options->export_options.view == "continuity") {
      // Continuity reads what became of programmes anywhere in the graph, so it is drawn from the
      // whole graph: the years choose changes of government, the focus an administration or a programme.
      if (depth->count() || !options->kinds.empty() || !options->relations.empty())
        throw UsageError("--depth, --kinds and --relations do not apply to --view continuity (it keeps --focus, --from and --to)");
      filter = ViewFilter{};
      options->export_options.from_year = from->count() ? std::optional<int>(options->from_year) : std::nullopt;
      options->export_options.to_year = to->count() ? std::optional<int>(options->to_year) : std::nullopt;
    }
    if (format->binary && options->output == "-" && stdout_is_terminal())
      throw UsageError("format " + format->name + " writes binary data: give -o FILE or redirect the output");
    PolicyGraph graph = filter_graph(whole, filter);
    if (format->write_folder) {
      if (options->output == "-") throw UsageError("format " + format->name + " writes a folder: give -o DIR");
      format->write_folder(graph, options->output, options->export_options);
      return;
    }
    std::ostringstream buffer;
    format->write(graph, buffer, options->export_options);
    if (options->output == "-") {
      std::cout << buffer.str();
      std::cout.flush();
    } else {
      write_file_atomically(options->output, buffer.str());
    }
  });
}

}  // namespace policygraph::cli
