// The data `ask` reads questions with: word classes and the table of question forms, each form
// with the query it maps onto and how the answer is shaped (graph/ask.cpp matches them).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/ask.hpp"

namespace policygraph::ask_detail {

/// How a form's YEAR and YEAR2 limit a timeline.
enum class YearRole { none, range, exact, from, to };

/// Which edges of a neighbours answer a form keeps: those pointing into NAME, out of it, or both.
enum class Side { both, into, out_of };

/// A form with what its answer needs beyond the query: a lineage direction, years, fallbacks, the
/// relations of a neighbours answer, a count, the kind of change a list of changes is about.
struct FormDefinition {
  QuestionForm form;
  QueryKind kind = QueryKind::search;
  LineageDirection direction = LineageDirection::both;
  YearRole years = YearRole::none;
  std::vector<QueryKind> fallbacks;
  std::set<Relation> relations;  ///< neighbours: only these relations (depth 1)
  Side side = Side::both;        ///< neighbours: which way the edges point
  std::string keep_relation;     ///< programmes-of, timeline: only rows of this relation ("introduced")
  bool count = false;            ///< "how many": the answer opens with the count
  bool changes = false;          ///< a list of evolutions of the MODE the question names
  bool first_name_only = false;  ///< NAME2 names who did it, the query is about NAME alone

  FormDefinition& forward() { direction = LineageDirection::forward; return *this; }
  FormDefinition& backward() { direction = LineageDirection::backward; return *this; }
  FormDefinition& with_years(YearRole role) { years = role; return *this; }
  FormDefinition& or_else(QueryKind kind) { fallbacks.push_back(kind); return *this; }
  FormDefinition& along(Relation relation, Side which) {
    relations.insert(relation);
    side = which;
    form.query += " " + std::string(to_string(relation)) + (which == Side::into ? " in" : which == Side::out_of ? " out" : "");
    return *this;
  }
  FormDefinition& only(std::string relation) {
    form.query += " " + relation;
    keep_relation = std::move(relation);
    return *this;
  }
  FormDefinition& counting() { count = true; form.query += " (count)"; return *this; }
  FormDefinition& listing_changes() { changes = true; form.query = "changes"; return *this; }
  FormDefinition& about_first_name() { first_name_only = true; return *this; }
};

/// Returns the word classes (`@NAME` in patterns); entries may be several words.
const std::map<std::string, std::vector<std::string>, std::less<>>& lexicon();

/// Returns the evolution mode each word of the class MODE names ("renamed" → "renamed",
/// "combined" → "merged").
const std::map<std::string, std::string, std::less<>>& mode_words();

/// Returns the forms, in the order they are tried.
const std::vector<FormDefinition>& definitions();

/// Returns the readings of a question to try in turn while a NAME is unknown: the first form that
/// fits exactly, the form that fits with the fewest misspelt grammar words, then the same without
/// a final time phrase ("in 2021"). interpret_question() is the first of them.
std::vector<Interpretation> readings(std::string_view question);

}  // namespace policygraph::ask_detail
