// Word lists asked by id: each list of the lexicon (lower-case names in lexicon.json) resolved once
// to a small id, every word's memberships kept as bits, so that asking whether a word belongs to a
// list costs one hash of the word. Entries of several words ("such as") match token sequences.
#pragma once

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/pack.hpp"
#include "ingest/tokens.hpp"

namespace policygraph::ingest {

class WordLists {
 public:
  /// The most lists a lexicon may have.
  static constexpr std::size_t capacity = 256;

  /// A list by id; a list the lexicon lacks is valid and empty.
  class List {
   public:
    List() = default;
    bool operator==(const List&) const = default;

   private:
    friend class WordLists;
    explicit List(uint16_t bit) : bit_(bit) {}
    uint16_t bit_ = capacity;  ///< `capacity` for an empty list
  };

  explicit WordLists(const Lexicon& lexicon);

  /// Returns the list of that name, or an empty one when the lexicon has none.
  List list(std::string_view name) const;
  /// True when the lexicon has a list of that name.
  bool defines(std::string_view name) const { return ids_.count(std::string(name)) > 0; }
  /// True when the folded word (or phrase, words joined by one space) is in the list.
  bool has(List list, std::string_view word) const;
  /// Returns the number of tokens of the longest entry of the list that starts at tokens[at]
  /// (one for a one-word entry), 0 when none does.
  std::size_t match(List list, const std::vector<Token>& tokens, std::size_t at) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  using Bits = std::bitset<capacity>;
  std::unordered_map<std::string, Bits, Hash, std::equal_to<>> words_;
  std::unordered_map<std::string, uint16_t> ids_;
  /// first word → entries of several words (token norms), longest first, with their lists
  std::unordered_map<std::string, std::vector<std::pair<std::vector<std::string>, Bits>>, Hash, std::equal_to<>> phrases_;
};

}  // namespace policygraph::ingest
