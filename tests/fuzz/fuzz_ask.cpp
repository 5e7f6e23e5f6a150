// Fuzz target: bytes as a question to `ask` (graph/ask) over the hand-built graph: an answer, or
// an Error (a question no form fits, a name that resolves to nothing, no answer).
#include "fuzz_support.hpp"
#include "graph/ask.hpp"
#include "graph/error.hpp"
#include "graph/query.hpp"

POLICYGRAPH_FUZZ_TARGET(ask) {
  using namespace policygraph;
  static const QueryEngine engine(fuzz::handbuilt_graph());
  try {
    ask(engine, fuzz::text_of(data, size));
  } catch (const Error&) {
  }
  return 0;
}
