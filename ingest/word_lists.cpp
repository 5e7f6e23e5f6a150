// Word lists by id (word_lists.hpp).
#include "ingest/word_lists.hpp"

#include <algorithm>

#include "graph/error.hpp"

namespace policygraph::ingest {

WordLists::WordLists(const Lexicon& lexicon) {
  if (lexicon.lists.size() > capacity) throw Error("the lexicon has more than 256 word lists");
  uint16_t bit = 0;
  for (const auto& [name, words] : lexicon.lists) {
    ids_[name] = bit;
    for (const std::string& word : words) {
      words_[word].set(bit);
      std::vector<Token> tokens = tokenize(word);
      if (tokens.size() < 2) continue;
      std::vector<std::string> norms;
      for (const Token& token : tokens) norms.push_back(token.norm);
      auto& entries = phrases_[norms.front()];
      auto same = std::find_if(entries.begin(), entries.end(), [&](const auto& entry) { return entry.first == norms; });
      if (same == entries.end()) same = entries.insert(entries.end(), {norms, Bits{}});
      same->second.set(bit);
    }
    ++bit;
  }
  for (auto& [first, entries] : phrases_)
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

WordLists::List WordLists::list(std::string_view name) const {
  auto found = ids_.find(std::string(name));
  return found == ids_.end() ? List() : List(found->second);
}

bool WordLists::has(List list, std::string_view word) const {
  if (list.bit_ >= capacity) return false;
  auto found = words_.find(word);
  return found != words_.end() && found->second.test(list.bit_);
}

std::size_t WordLists::match(List list, const std::vector<Token>& tokens, std::size_t at) const {
  if (list.bit_ >= capacity || at >= tokens.size()) return 0;
  if (auto entries = phrases_.find(tokens[at].norm); entries != phrases_.end())
    for (const auto& [norms, bits] : entries->second) {
      if (!bits.test(list.bit_) || at + norms.size() > tokens.size()) continue;
      bool all = true;
      for (std::size_t k = 1; k < norms.size() && all; ++k) all = tokens[at + k].norm == norms[k];
      if (all) return norms.size();
    }
  return has(list, tokens[at].norm) ? 1 : 0;
}

}  // namespace policygraph::ingest
