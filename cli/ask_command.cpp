// `policygraph ask "QUESTION"`: a question in plain English, read as one of the forms of
// graph/ask.hpp and answered like the query it maps onto.
#include <iostream>
#include <memory>

#include "cli/app.hpp"
#include "cli/format.hpp"
#include "graph/ask.hpp"

namespace policygraph::cli {

void add_ask_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("ask", "Answer a question in plain English (forms: docs/queries.md, or ask --forms)");
  command->fallthrough();
  struct Options {
    std::vector<std::string> words;
    std::string format = "table";
    bool forms = false;
  };
  auto options = std::make_shared<Options>();
  command->add_option("QUESTION", options->words, "The question (quoting it is optional)");
  command->add_option("-f,--format", options->format, "table (default), json, csv or tsv")
      ->check(CLI::IsMember({"table", "json", "csv", "tsv"}));
  command->add_flag("--forms", options->forms, "List the forms of question understood: query, example and pattern, tab-separated");
  command->footer("Exit codes: 0 answered, 1 usage error, 2 bad snapshot or ambiguous name, "
                  "3 no answer, unknown name or a question of no known form (the forms are listed on stderr).");
  command->callback([&context, options] {
    if (options->forms) {
      for (const QuestionForm& form : question_forms())
        std::cout << form.query << "\t" << form.example << "\t" << form.pattern << "\n";
      return;
    }
    if (options->words.empty()) throw UsageError("ask: expected a QUESTION");
    std::string question;
    for (const std::string& word : options->words) question += (question.empty() ? "" : " ") + word;
    answer_and_print(context, options->format, [&](const QueryEngine& engine) { return ask(engine, question); });
  });
}

}  // namespace policygraph::cli
