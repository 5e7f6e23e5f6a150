// Continuity across changes of government: for each administration and the one after it (by the
// terms the pack gives), what became of the outgoing administration's programmes under the next:
// continued, expanded, renamed, converted, replaced, merged, reorganised, followed by another, or no
// later mention. Read from evolved_into edges and dated facts; docs/queries.md#continuity.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/query.hpp"

namespace policygraph {

/// What became of one programme at one change of government.
struct ContinuityRow {
  const Node* programme = nullptr;
  const Edge* introduced = nullptr;      ///< the outgoing administration's introduced edge
  std::string outcome;                   ///< "expanded", "renamed" …, "continued", "no later mention"
  std::vector<const Node*> successors;   ///< what it evolved into, for evolution outcomes
  std::optional<int> year;               ///< the year of the change, when the text gives one
  std::vector<const Edge*> edges;        ///< the edges the outcome rests on
};

/// One change of government and its programmes' fates.
struct Transition {
  const Node* outgoing = nullptr;
  const Node* incoming = nullptr;
  std::vector<ContinuityRow> rows;  ///< by outcome (in the order of continuity_outcomes), then label
};

/// The outcomes in the order answers list them.
const std::vector<std::string>& continuity_outcomes();

/// Returns the transitions between consecutive administrations with a term (by start date), or
/// only the one from `outgoing` (to the next, or to `incoming` when given, which may be later).
std::vector<Transition> continuity(const QueryEngine& engine, const Node* outgoing = nullptr, const Node* incoming = nullptr);

/// `query continuity [FROM [TO]]`: one row per programme and transition, or with `summary` one row
/// per transition and outcome with its count. Throws NoAnswer when no transition has a programme.
Answer answer_continuity(const QueryEngine& engine, const QueryRequest& request);

}  // namespace policygraph
