// `policygraph eval`: precision, recall and F1 of extraction on gold-annotated texts.
#include <cstdio>
#include <iostream>

#include "cli/app.hpp"
#include "ingest/eval.hpp"

namespace policygraph::cli {

ingest::Pack load_context_pack(const Context& context);

void add_eval_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("eval", "Score extraction against gold annotations (docs/gold-format.md)");
  struct Options {
    std::string gold;
    std::string corpus;
    std::string format = "table";
    bool details = false;
  };
  auto options = std::make_shared<Options>();
  command->add_option("--gold", options->gold, "Folder of *.gold.json files")->required();
  command->add_option("--corpus", options->corpus, "Folder of the annotated documents (default: beside the gold files)");
  command->add_option("--format", options->format, "table or json")->check(CLI::IsMember({"table", "json"}));
  command->add_flag("--details", options->details, "List the missed and the false facts");
  command->callback([&context, options] {
    ingest::Extractor extractor(load_context_pack(context));
    auto gold = ingest::load_gold(options->gold, options->corpus);
    ingest::EvalReport report = ingest::evaluate(gold, extractor);
    auto row = [](const std::string& name, const ingest::Score& s) {
      char line[160];
      std::snprintf(line, sizeof line, "%-16s %5zu %5zu %5zu   %5.3f  %5.3f  %5.3f\n", name.c_str(), s.gold, s.extracted,
                    s.correct, s.precision(), s.recall(), s.f1());
      return std::string(line);
    };
    if (options->format == "json") {
      std::cout << "{\"documents\": " << gold.size() << ", \"relations\": {";
      const char* separator = "";
      auto object = [](const ingest::Score& s) {
        char buffer[200];
        std::snprintf(buffer, sizeof buffer,
                      "{\"gold\": %zu, \"extracted\": %zu, \"correct\": %zu, \"found\": %zu, \"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f}",
                      s.gold, s.extracted, s.correct, s.found, s.precision(), s.recall(), s.f1());
        return std::string(buffer);
      };
      for (auto& [relation, score] : report.relations) {
        std::cout << separator << "\"" << to_string(relation) << "\": " << object(score);
        separator = ", ";
      }
      std::cout << "}, \"overall\": " << object(report.overall) << "}\n";
      return;
    }
    std::cout << gold.size() << " documents\n";
    std::cout << "relation          gold  extr  corr   prec   rec    F1\n";
    for (auto& [relation, score] : report.relations) std::cout << row(std::string(to_string(relation)), score);
    std::cout << row("overall", report.overall);
    if (options->details) {
      std::cout << "\nmissed (" << report.misses.size() << "):\n";
      for (const std::string& miss : report.misses) std::cout << "  " << miss << "\n";
      std::cout << "\nnot in the gold (" << report.false_facts.size() << "):\n";
      for (const std::string& fact : report.false_facts) std::cout << "  " << fact << "\n";
    }
  });
}

}  // namespace policygraph::cli
