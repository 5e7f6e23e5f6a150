// Fuzz target: bytes as a rule file (ingest/pack parse_rules, ingest/rules RuleSet) over the
// bundled pack's word classes and macros: parsed and compiled, or refused with an InputError.
#include "fuzz_support.hpp"
#include "graph/error.hpp"
#include "ingest/rules.hpp"

namespace {
// Loaded before main: see bundled_pack().
const policygraph::ingest::Pack& preloaded_pack = policygraph::fuzz::bundled_pack();
}  // namespace

POLICYGRAPH_FUZZ_TARGET(rules) {
  using namespace policygraph;
  static ingest::Pack pack = preloaded_pack;
  pack.rules.clear();
  pack.defines = preloaded_pack.defines;
  try {
    ingest::parse_rules(std::string(fuzz::text_of(data, size)), "fuzz.pgr", pack.rules, pack.defines);
    ingest::RuleSet rules(pack);
  } catch (const InputError&) {
  }
  return 0;
}
