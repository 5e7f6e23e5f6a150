// Questions in plain English mapped onto queries: a question is read as a form (wh-word, verb
// class, NAME span), not matched as a sentence, so "Who launched X?" and "Who set up X?" are the
// same form. A misspelt question word is read as the word of the grammar it is one or two edits
// from; names are never corrected. The forms are listed by question_forms() and in docs/queries.md.
#pragma once

#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "graph/error.hpp"
#include "graph/query.hpp"

namespace policygraph {

/// A form of question `ask` understands, with an example of it.
struct QuestionForm {
  std::string pattern;  ///< e.g. "which|what @ADMINISTRATION @INTRODUCE NAME"
  std::string example;  ///< e.g. "Which administration introduced the regional strategic industry?"
  std::string query;    ///< the query it maps onto, e.g. "who-introduced"
};

/// Returns every form `ask` understands, in the order they are tried.
const std::vector<QuestionForm>& question_forms();

/// A question word read as another word of the grammar ("administraton" as "administration").
struct WordCorrection {
  std::string written;
  std::string read_as;
};

/// How a question was read: the queries to try in order (the first one with an answer wins), the
/// form that matched, the words it corrected and the time phrase it set aside ("in 2021").
struct Interpretation {
  std::vector<QueryRequest> requests;
  const QuestionForm* form = nullptr;
  std::vector<WordCorrection> corrections;
  std::string set_aside;
  std::string mode;  ///< for a list of changes ("Which programmes were renamed?"): the evolution mode
};

/// Reads a question; returns nothing when no form fits it.
std::optional<Interpretation> interpret_question(std::string_view question);

/// A question that fits no form (exit code 3). The message says how far the question was
/// understood and lists the three closest forms, one a line.
class UnrecognisedQuestion : public NoAnswer {
 public:
  explicit UnrecognisedQuestion(std::string_view question);
  /// Returns the closest forms, closest first (three at most).
  const std::vector<const QuestionForm*>& closest() const { return closest_; }

 private:
  explicit UnrecognisedQuestion(std::pair<std::string, std::vector<const QuestionForm*>> diagnosis);
  std::vector<const QuestionForm*> closest_;
};

/// Answers a question: interprets it and runs its queries. Throws UnrecognisedQuestion, the name
/// errors of NameIndex::resolve, and NoAnswer when no query of the interpretation has an answer.
Answer ask(const QueryEngine& engine, std::string_view question);

}  // namespace policygraph
