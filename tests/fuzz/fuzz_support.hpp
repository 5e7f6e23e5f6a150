// Shared pieces of the fuzz targets: the entry point (libFuzzer's, or a named one for the replay
// tool that runs seeds and regression inputs under ctest), the bundled pack, a hand-built graph,
// and the check that stops a run when an invariant breaks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "graph/model.hpp"
#include "graph/policy_graph.hpp"
#include "graph/store.hpp"
#include "ingest/pack.hpp"

// A macro because libFuzzer needs this exact symbol, and the replay tool links every target into
// one program, where each needs a name of its own.
#ifdef POLICYGRAPH_FUZZ_REPLAY
#define POLICYGRAPH_FUZZ_TARGET(name) extern "C" int policygraph_fuzz_##name(const std::uint8_t* data, std::size_t size)
#else
#define POLICYGRAPH_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
#endif

namespace policygraph::fuzz {

/// Returns the input as text.
inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Stops the run: a broken invariant is a finding, as a crash is.
[[noreturn]] inline void broken(const std::string& what) {
  std::fprintf(stderr, "policygraph fuzz: invariant broken: %s\n", what.c_str());
  std::abort();
}

/// Returns the bundled korea pack (english merged in), loaded once. A target that uses it loads it
/// before main (a namespace-scope reference to it), so that the seconds WordNet takes under the
/// sanitizers count against no input's time limit.
inline const ingest::Pack& bundled_pack() {
  static const ingest::Pack pack = ingest::load_pack(std::string(POLICYGRAPH_SOURCE_DIR) + "/data/packs/korea");
  return pack;
}

/// Returns the hand-built graph of the golden diagram case, loaded once.
inline const PolicyGraph& handbuilt_graph() {
  static const PolicyGraph graph =
      load_snapshot(std::string(POLICYGRAPH_SOURCE_DIR) + "/tests/golden/diagram-handbuilt/input.json");
  return graph;
}

/// Returns text with each invalid UTF-8 byte replaced by U+FFFD: what every graph holds, since
/// the readers repair text and the snapshot loader refuses anything else.
inline std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    std::size_t bad = 0;
    if (is_valid_utf8(text, &bad)) {
      out += text;
      break;
    }
    out += text.substr(0, bad);
    out += "\xEF\xBF\xBD";
    text.remove_prefix(bad + 1);
  }
  return out;
}

}  // namespace policygraph::fuzz
