// From tokens to items: pack names, dates, lexicon phrases, people, noun phrases typed by their
// head noun (programme, organisation, event), definite descriptions and pronouns, and lists
// ("A, B, and C"). Each item gets the symbol the rules see.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/model.hpp"
#include "ingest/gazetteer.hpp"
#include "ingest/grammar.hpp"
#include "ingest/pack.hpp"
#include "ingest/rules.hpp"
#include "ingest/tagger.hpp"
#include "ingest/tokens.hpp"

namespace policygraph::ingest {

/// One unit of a sentence string.
struct Item {
  std::size_t first = 0;  ///< token range [first, last)
  std::size_t last = 0;
  std::string type;                ///< ADMIN, ORG, PROG, EVENT, PERSON, NP, PRON, YEAR, DATE, or empty for a word
  std::vector<std::string> tags;   ///< sorted tags of the symbol
  uint32_t symbol = 0;
  bool verb = false;               ///< a verb or auxiliary (clauses are split before verbs)
  std::vector<const GazetteerEntry*> candidates;  ///< pack entities (several when the name is ambiguous)
  std::string label;               ///< cleaned surface of a noun phrase or name
  std::string head;                ///< head word (folded)
  std::string head_phrase;         ///< the head with the word before it ("closing remarks"), for lexicon phrases
  std::string role;                ///< a person's title ("Dr.", "Minister")
  bool definite = false;           ///< a definite description standing for an earlier mention ("this policy")
  bool proper = false;             ///< a capitalised name
  bool plural = false;
  std::optional<Date> date;
  bool year_given = true;
  std::vector<Item> members;       ///< the items of a list
};

class Chunker {
 public:
  Chunker(const Pack& pack, const Gazetteer& gazetteer, const SymbolTable& symbols, const Grammar& grammar);
  /// Returns the items of one sentence; `text` is the whole document, tokens index into it.
  std::vector<Item> chunk(const std::vector<Token>& tokens, std::string_view text, std::optional<int> document_year) const;
  /// Returns WordNet's morphology when the pack has it, else null.
  const Morphology* morphology() const { return morphology_.get(); }
  /// Returns the tagging stage the chunker runs before its pass.
  const Tagger& tagger() const { return tagger_; }
  /// True when the folded word is a verb form the lexicon knows (a verb class or the verb list).
  bool is_verb_word(const std::string& norm) const;
  /// True when the folded word is a determiner, preposition, conjunction, pronoun or relative.
  bool closed_class(const std::string& norm) const;
  /// True when the folded word belongs to the lexicon class (e.g. "PROBLEM_NOUN").
  bool in_class(const std::string& norm, std::string_view cls) const;
  /// True when a word class of the folded word is a verb class (not counting quoted tags).
  bool verb_class_word(const std::string& norm) const;
  /// Sets an item's type and recomputes its tags and symbol.
  void retype(Item& item, const std::string& type) const {
    item.type = type;
    finish(item);
  }
  /// Returns the label of a noun phrase span: leading determiners, lower-case possessives and
  /// evaluative modifiers removed.
  std::string clean_label(const std::vector<Token>& tokens, std::size_t first, std::size_t last, std::string_view text) const;

 private:
  bool nominal(const std::vector<Token>& tokens, std::size_t i, bool inside_np) const;
  Item word_item(const std::vector<Token>& tokens, std::size_t i, std::string_view text) const;
  void finish(Item& item) const;
  void add_open_class_verbs(const Morphology& morphology);
  std::size_t phrase_at(const std::vector<Token>& tokens, std::size_t i, std::string* phrase) const;

  // One sentence being chunked, and the steps that each take one kind of item (chunk_scan.hpp).
  struct Scan;
  friend struct Scan;

  bool is(Grammar::List list, const std::string& word) const { return grammar_.is(list, word); }
  /// True when the class tag (as written in the lexicon, "INTRODUCE") is a verb class / a noun class.
  bool verb_tag(const std::string& tag) const { return verb_tags_.count(tag) > 0; }
  bool noun_tag(const std::string& tag) const { return noun_tags_.count(tag) > 0; }

  const Lexicon& lexicon_;
  const Gazetteer& gazetteer_;
  const SymbolTable& symbols_;
  const Grammar& grammar_;
  std::shared_ptr<const Morphology> morphology_;  ///< WordNet's parts of speech, when the pack has them
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> phrases_;  ///< first word → phrase token lists
  std::unordered_map<std::string, bool> verb_words_;
  /// determiners, prepositions, conjunctions, pronouns, relatives and function words, for one hash
  std::unordered_set<std::string> closed_words_;
  std::unordered_set<std::string> verb_tags_, noun_tags_, relational_tags_, goal_tags_, reporting_tags_;
  Tagger tagger_;  ///< decides nouns and verbs from context before the pass (tagger.hpp)
};

}  // namespace policygraph::ingest
