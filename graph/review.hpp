// What a careful reader of a policy graph should look at: facts that contradict each other or the
// pack's terms, nodes that are probably one entity, and facts resting on little evidence. Each item
// is ranked by a score and says why, cites the sentences and, where a correction fits, gives the
// `policygraph curate` command that makes it (docs/review.md).
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/policy_graph.hpp"

namespace policygraph {

/// The checks `review` runs, in the order they are listed.
enum class ReviewCheck : std::uint8_t {
  two_introducers,    ///< one programme introduced by several administrations
  year_outside_term,  ///< an introduced edge whose year lies outside the administration's term
  evolution_cycle,    ///< evolved_into edges that lead back to where they started
  label_two_kinds,    ///< one label carried by nodes of different kinds
  likely_duplicate,   ///< two nodes of one kind whose names say they are one entity
  weak_evidence,      ///< a fact read from one sentence by a low-confidence rule
  no_subject,         ///< a problem or recommendation nothing points at
};

/// All checks in their canonical order.
const std::vector<ReviewCheck>& all_review_checks();
/// Returns the name of a check ("two_introducers").
std::string_view to_string(ReviewCheck check);
/// Returns the check with that name, if there is one.
std::optional<ReviewCheck> parse_review_check(std::string_view name);

/// What review looks for.
struct ReviewOptions {
  std::vector<ReviewCheck> checks;  ///< the checks to run; empty: all of them
  double weak_confidence = 0.6;     ///< weak_evidence: a fact whose evidence is all below this
};

/// One thing worth a reader's attention. Holds pointers into the graph reviewed.
struct ReviewItem {
  ReviewCheck check = ReviewCheck::two_introducers;
  double score = 0;                  ///< certainty × reach (docs/review.md), rounded to two places
  std::vector<const Node*> nodes;    ///< the nodes involved, in the order the explanation names them
  std::vector<const Edge*> edges;    ///< the edges involved, ordered by source, relation, target
  std::string explanation;           ///< one line a researcher reads
  std::vector<Evidence> evidence;    ///< the sentences behind the finding (pack facts left out)
  std::string suggestion;            ///< a `policygraph curate` command line, or "" when none fits
  std::string key;                   ///< check and ids: breaks ties of score, names the item stably
};

/// Runs the checks and returns their items ranked: highest score first, then by check, then by key.
/// Costs about linear time in the size of the graph (names are compared within buckets and between
/// sorted neighbours, never all pairs).
std::vector<ReviewItem> review_graph(const PolicyGraph& graph, const ReviewOptions& options = {});

/// Returns how many items each check found, in the canonical order of checks (zero counts included
/// for the checks that ran).
std::vector<std::pair<ReviewCheck, std::size_t>> count_by_check(const std::vector<ReviewItem>& items, const ReviewOptions& options);

/// Writes a review as JSON (schema in docs/review.md): the options, counts per check over all
/// items, and the first `limit` items (0: all) with nodes, edges, suggestion and evidence.
void write_review_json(const std::vector<ReviewItem>& items, const ReviewOptions& options, std::size_t limit, std::ostream& out);

}  // namespace policygraph
