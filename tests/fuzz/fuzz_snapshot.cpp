// Fuzz target: bytes as a snapshot (graph/store). A snapshot either is refused with an InputError
// or loads, and then it writes back (no OutputError) to text that loads to the same bytes.
#include "fuzz_support.hpp"
#include "graph/error.hpp"

POLICYGRAPH_FUZZ_TARGET(snapshot) {
  using namespace policygraph;
  PolicyGraph graph;
  try {
    graph = read_snapshot(fuzz::text_of(data, size), "fuzz.json");
  } catch (const InputError&) {
    return 0;
  }
  std::string first;
  try {
    first = snapshot_text(graph);
  } catch (const Error& e) {
    fuzz::broken(std::string("a loaded snapshot cannot be written back: ") + e.what());
  }
  try {
    if (snapshot_text(read_snapshot(first, "again.json")) != first) fuzz::broken("load and save are not idempotent");
  } catch (const InputError& e) {
    fuzz::broken(std::string("a written snapshot does not load: ") + e.what());
  }
  return 0;
}
