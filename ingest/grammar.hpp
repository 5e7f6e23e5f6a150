// The words the extraction stages ask about, as named lists of the language pack (lexicon.json of
// data/packs/english): the C++ tests list membership, never a word. Each list is resolved once per
// pack; a list a pack lacks is empty, so a pack for another language states only what it needs.
// docs/packs.md says what each list is for.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/pack.hpp"
#include "ingest/word_lists.hpp"

namespace policygraph::ingest {

struct Grammar {
  using List = WordLists::List;

  explicit Grammar(const Lexicon& lexicon);
  Grammar(const Grammar&) = delete;
  Grammar& operator=(const Grammar&) = delete;

  /// True when the folded word (or phrase) is in the list.
  bool is(List list, std::string_view word) const { return lists.has(list, word); }
  /// Returns the number of tokens of the entry of the list that starts at tokens[at], or 0.
  std::size_t match(List list, const std::vector<Token>& tokens, std::size_t at) const { return lists.match(list, tokens, at); }
  /// Returns the spelling a word is matched by ("program" → "programme"), or the word.
  const std::string& spelling(const std::string& word) const;
  /// Returns the evolution mode of a word class ("EXPAND" → "expanded"), or the default mode.
  const std::string& mode(const std::string& word_class) const;
  /// True when the word class names an evolution mode.
  bool has_mode(const std::string& word_class) const { return modes_.count(word_class) > 0; }

  /// Names of the lists the stages ask about, in the order of the members below.
  static std::vector<std::string_view> names();

  WordLists lists;

  // Closed classes.
  List determiners, articles, prepositions, extending_prepositions, conjunctions, pronouns, relatives,
      personal_pronouns, possessive_pronouns, relative_pronouns, complementizers, infinitive_markers, function_words,
      passive_auxiliaries, past_participles_of_be, finite_auxiliaries, copulas, verb_particles;
  // Clauses and lists.
  List clause_conjunctions, coordinators, list_conjunctions, subordinators, comma_subordinators, time_prepositions,
      period_modifiers, phrase_openers, phrase_lead_words, elaborations, illustrations, and_continuers,
      pair_words, repeated_prepositions, purpose_phrases, enumeration_markers, no_split_pairs, drop_modifiers;
  // Proposals, failures and needs.
  List obligation_verbs, proposal_modals, perfect_auxiliaries, failure_verbs, need_adjectives;
  // Reference.
  List current_modifiers, previous_modifiers, next_modifiers, former_words, latter_words,
      programme_family_heads, generic_event_heads, generic_programme_heads, generic_organisation_heads, quantifiers;
  // Names the text gives.
  List nickname_adverbs, nickname_verbs, title_cues, byline_openers, reporter_nouns;
  // Noun classes asked about by name, and lists of the chunker.
  List nounable, event_heads;

 private:
  std::map<std::string, std::string> spellings_;
  std::map<std::string, std::string> modes_;
  std::string default_mode_;
};

}  // namespace policygraph::ingest
