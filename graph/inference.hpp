// Inferred facts: an introduction whose year the text gives but whose administration it does not
// name is placed in the term of that year, marked `inferred: "by date"`, with a confidence below any
// extracted fact's (docs/ontology.md#inferred-facts). The rules that infer have ids starting with
// "inferred."; this settles their edges once every document of an ingest is in the graph.
#pragma once

#include "graph/policy_graph.hpp"

namespace policygraph {

/// True when an edge rests on inference alone (every piece of evidence from an "inferred." rule).
bool is_inferred(const Edge& edge);

/// After extraction: an edge that a sentence also states is extracted (its `inferred` attribute
/// goes, the inferred evidence stays beside); an inferred introduction of a programme that some
/// administration is stated to have introduced goes, since the text says whose it is. With
/// `keep` false (`ingest --no-inference`) every inferred edge goes.
void settle_inferences(PolicyGraph& graph, bool keep = true);

}  // namespace policygraph
