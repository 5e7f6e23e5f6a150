// Questions in plain English mapped onto queries: a question is read as a form (wh-word, verb
// class, NAME span), not matched as a sentence, so "Who launched X?" and "Who set up X?" are the
// same form. The forms are listed by question_forms() and in docs/queries.md.
#pragma once

#include <string>
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

/// How a question was read: the queries to try in order (the first one with an answer wins) and
/// the form that matched.
struct Interpretation {
  std::vector<QueryRequest> requests;
  const QuestionForm* form = nullptr;
};

/// Reads a question; returns nothing when no form fits it.
std::optional<Interpretation> interpret_question(std::string_view question);

/// A question that fits no form (exit code 3); the message lists the forms understood, one a line.
class UnrecognisedQuestion : public NoAnswer {
 public:
  explicit UnrecognisedQuestion(std::string_view question);
};

/// Answers a question: interprets it and runs its queries. Throws UnrecognisedQuestion, the name
/// errors of NameIndex::resolve, and NoAnswer when no query of the interpretation has an answer.
Answer ask(const QueryEngine& engine, std::string_view question);

}  // namespace policygraph
