// Fuzz target: bytes as a `query match` pattern (graph/match) over the hand-built graph: an
// answer, or an Error (usage, a name that resolves to nothing, no answer).
#include "fuzz_support.hpp"
#include "graph/error.hpp"
#include "graph/match.hpp"
#include "graph/query.hpp"

POLICYGRAPH_FUZZ_TARGET(query_pattern) {
  using namespace policygraph;
  static const QueryEngine engine(fuzz::handbuilt_graph());
  try {
    answer_match(engine, fuzz::text_of(data, size), 100);
  } catch (const Error&) {
  }
  return 0;
}
