// Pack names in text: every name and alias of the pack's administrations, organisations and
// programmes (and leaders, who stand for their administration), found in one left-to-right pass
// over the tokens with a token trie; the longest name wins. Acronyms match in capitals only;
// Korean names match with a particle attached ("참여정부는").
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/model.hpp"
#include "ingest/pack.hpp"
#include "ingest/tokens.hpp"

namespace policygraph::ingest {

/// An entity a name may refer to.
struct GazetteerEntry {
  NodeKind kind = NodeKind::organisation;
  std::string id;  ///< pack id
  bool leader = false;  ///< matched by the leader's name rather than the administration's
};

/// A name found in a token sequence; several entries when the name is ambiguous.
struct GazetteerMatch {
  std::size_t first = 0;  ///< token range [first, last)
  std::size_t last = 0;
  std::vector<const GazetteerEntry*> entries;
};

class Gazetteer {
 public:
  explicit Gazetteer(const Pack& pack);
  /// Returns the names found in the tokens, left to right, longest first, without overlaps.
  std::vector<GazetteerMatch> find(const std::vector<Token>& tokens) const;
  /// Returns the number of names indexed.
  std::size_t size() const { return names_; }

 private:
  struct Node {
    std::unordered_map<std::string, uint32_t> next;
    std::vector<std::pair<uint32_t, bool>> entries;  ///< entry index, whether it needs capitals
  };
  void add(const std::string& name, const GazetteerEntry& entry);
  const Node* step(const Node& node, const Token& token, bool last_allowed_suffix, bool* stripped) const;

  std::vector<Node> nodes_;
  std::vector<GazetteerEntry> entries_;
  std::vector<std::string> particles_;  ///< longest first
  std::vector<std::string> possessives_;  ///< the lexicon's `possessive_endings`: "Government's" ends a name
  std::vector<std::string> articles_;   ///< the lexicon's `articles`: a name is found without one ("the")
  std::size_t names_ = 0;
};

}  // namespace policygraph::ingest
