// English inflection over WordNet: the base forms of a word ("rolled out" → "roll out", "studies"
// → "study") and the forms of a base verb ("launch" → launches, launched, launching). Irregular
// forms come from WordNet's exception lists; regular ones from suffix rules that the language pack
// declares ("ies>y": a form ending in "ies" may be a base ending in "y"), so no ending is written in
// code. A rule's candidate is kept only when WordNet knows it as that part of speech.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/word_memo.hpp"
#include "ingest/wordnet.hpp"

namespace policygraph::ingest {

struct Lexicon;

class Morphology {
 public:
  /// One detachment rule: a form ending in `suffix` may be a base ending in `ending` instead.
  struct Rule {
    std::string suffix;
    std::string ending;
  };

  /// Reads the rules from the lexicon lists verb_suffixes, noun_suffixes and adjective_suffixes
  /// ("SUFFIX>ENDING" each), verb_prefixes and class_skipped_suffixes; throws InputError for a
  /// malformed entry.
  Morphology(const WordNet& words, const Lexicon& lexicon);
  /// Builds it from rules given directly (tests, other languages).
  Morphology(const WordNet& words, std::vector<Rule> verb_rules, std::vector<Rule> noun_rules, std::vector<Rule> adjective_rules);

  /// Returns the base forms of a lower-case word (or collocation) as that part of speech: the
  /// word itself when WordNet has it, its irregular bases, and what the suffix rules give, in that
  /// order, without repeats. Empty when it cannot be that part.
  std::vector<std::string> bases(std::string_view form, PartOfSpeech part) const;
  /// True when the word can be that part of speech, inflected or not.
  bool can_be(std::string_view form, PartOfSpeech part) const { return !bases(form, part).empty(); }
  /// Returns the parts of speech (bits) the word can be, inflected or not.
  uint8_t parts(std::string_view form) const;
  /// True when the word is an inflected form of a verb and not a base form of one ("launched",
  /// "begun", "launches"), i.e. a finite or participle form rather than the plain verb.
  bool inflected_verb(std::string_view form) const;
  /// Returns how often the word was tagged as that part (its most frequent base), 0 when never.
  unsigned frequency(std::string_view form, PartOfSpeech part) const;
  /// Returns the inflected forms of a base verb or of a phrase whose first word is one ("roll out"
  /// → "rolls out", "rolled out", "rolling out"): irregular forms from WordNet, regular ones from
  /// the verb rules read backwards. The base itself is not included. With `skipped`, no form that
  /// ends in one of those suffixes is given ("ing": no gerunds).
  std::vector<std::string> verb_forms(std::string_view base, const std::vector<std::string>* skipped = nullptr) const;
  /// Returns the plural forms of a base noun, or of a phrase whose last word is one.
  std::vector<std::string> noun_forms(std::string_view base) const;

  /// Returns the suffixes of forms a word class entry does not give (class_skipped_suffixes:
  /// "ing", since a gerund heads a noun phrase as often as a clause).
  const std::vector<std::string>& class_skipped_suffixes() const { return class_skipped_; }

  const WordNet& words() const { return words_; }

 private:
  const std::vector<Rule>& rules(PartOfSpeech part) const;
  /// The word and what exceptions and suffix rules make of it, not yet checked against WordNet.
  std::vector<std::string> candidates(std::string_view form, PartOfSpeech part) const;
  std::vector<std::string> inflect(std::string_view word, PartOfSpeech part, const std::vector<std::string>* skipped) const;

  const WordNet& words_;
  std::vector<Rule> verb_rules_, noun_rules_, adjective_rules_;
  std::vector<std::string> prefixes_;  ///< verb prefixes: "re", "co-" …
  std::vector<std::string> class_skipped_;
  WordMemo<uint8_t> parts_memo_;
};

}  // namespace policygraph::ingest
