// `policygraph query KIND ...`: one subcommand per query of graph/query.hpp; the answer is printed
// as a table (the default), JSON, CSV or TSV.
#include <memory>

#include "cli/app.hpp"
#include "cli/format.hpp"
#include "graph/error.hpp"
#include "graph/subgraph.hpp"

namespace policygraph::cli {
namespace {

struct QueryOptions {
  std::string format = "table";
  std::vector<std::string> words;
  std::optional<int> from_year;
  std::optional<int> to_year;
  int depth = 1;
  std::string relations;
  std::size_t limit = 0;
  std::string direction = "both";
  bool summary = false;
};

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

struct SubcommandSpec {
  QueryKind kind;
  const char* description;
  const char* positional;  // "" for none
  const char* positional_help;
};

}  // namespace

void add_query_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("query", "Answer a structured query with evidence (see docs/queries.md)");
  command->require_subcommand(1);
  command->fallthrough();
  auto options = std::make_shared<QueryOptions>();
  command->add_option("-f,--format", options->format, "table (default), json, csv or tsv")
      ->check(CLI::IsMember({"table", "json", "csv", "tsv"}));
  command->footer("Exit codes: 0 answered, 1 usage error, 2 bad snapshot or ambiguous name, 3 no answer or unknown name.");

  const SubcommandSpec specs[] = {
      {QueryKind::who_introduced, "The administration(s) that introduced a programme, with year and evidence", "NAME",
       "Programme (label, alias or id)"},
      {QueryKind::evolution, "The lineage through a programme (evolved_into both ways), earliest first", "NAME", "Programme"},
      {QueryKind::timeline, "Administrations in order of term with what they introduced and emphasised", "", ""},
      {QueryKind::programmes_of, "What an administration introduced, emphasised, and what its programmes led to", "ADMIN",
       "Administration (name, alias or leader)"},
      {QueryKind::problems, "Problems recorded for a programme (or event, or an administration's programmes)", "NAME", "Entity"},
      {QueryKind::outcomes, "Outcomes recorded for a programme (or an administration's programmes)", "NAME", "Entity"},
      {QueryKind::recommendations, "Recommendations, all or those about an entity", "NAME", "Entity (optional)"},
      {QueryKind::neighbours, "The typed neighbourhood of an entity", "NAME", "Entity"},
      {QueryKind::path, "The shortest chain of relations linking two entities", "A B", "Two entities (quote names with spaces)"},
      {QueryKind::search, "Entities whose name or alias matches, best first", "TEXT", "Text to look for"},
      {QueryKind::match, "A triple-pattern query, e.g. '?a introduced ?p . ?p evolved_into ?q'", "PATTERN", "The pattern"},
      {QueryKind::continuity, "At each change of government, what became of the outgoing one's programmes", "FROM TO",
       "Outgoing administration, and optionally a later one (default: every change)"},
  };
  for (const SubcommandSpec& spec : specs) {
    auto* sub = command->add_subcommand(std::string(to_string(spec.kind)), spec.description);
    sub->fallthrough();
    if (*spec.positional) {
      auto* positional = sub->add_option(spec.positional, options->words, spec.positional_help);
      if (spec.kind != QueryKind::recommendations && spec.kind != QueryKind::continuity) positional->required();
    }
    switch (spec.kind) {
      case QueryKind::timeline:
        sub->add_option("--from", options->from_year, "First year")->type_name("YEAR");
        sub->add_option("--to", options->to_year, "Last year")->type_name("YEAR");
        break;
      case QueryKind::neighbours:
        sub->add_option("--depth", options->depth, "Steps from the entity (default 1)")->check(CLI::Range(1, 100));
        sub->add_option("--relation", options->relations, "Relations to follow, comma-separated (default all)");
        break;
      case QueryKind::evolution:
        sub->add_option("--direction", options->direction, "both (default), forward (what it became) or backward (what came before)")
            ->check(CLI::IsMember({"both", "forward", "backward"}));
        break;
      case QueryKind::continuity:
        sub->add_flag("--summary", options->summary, "One row per change and outcome, with counts");
        break;
      case QueryKind::search:
      case QueryKind::match:
        sub->add_option("--limit", options->limit, "Most answers to give (default 20 for search, 1000 for match)");
        break;
      default:
        break;
    }
    QueryKind kind = spec.kind;
    sub->callback([&context, options, kind] {
      QueryRequest request;
      request.kind = kind;
      if (kind == QueryKind::path || kind == QueryKind::continuity)
        request.arguments = options->words;
      else if (!options->words.empty())
        request.arguments = {joined(options->words)};  // unquoted words make one name
      request.from_year = options->from_year;
      request.to_year = options->to_year;
      request.depth = options->depth;
      request.relations = parse_relation_list(options->relations);
      request.limit = options->limit;
      request.summary = options->summary;
      request.direction = options->direction == "forward"    ? LineageDirection::forward
                          : options->direction == "backward" ? LineageDirection::backward
                                                             : LineageDirection::both;
      answer_and_print(context, options->format, [&](const QueryEngine& engine) { return run_query(engine, request); });
    });
  }
}

}  // namespace policygraph::cli
