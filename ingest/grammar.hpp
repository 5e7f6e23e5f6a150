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

  /// Word endings a stage tests, from a lexicon list of suffixes ("ed", "ing").
  struct Endings {
    std::vector<std::string> suffixes;  ///< longest first
    /// True when the word is longer than one of the suffixes and ends in it.
    bool of(std::string_view word) const;
    /// Returns the longest suffix the word ends in (and is longer than), or an empty view.
    std::string_view which(std::string_view word) const;
  };

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
  /// True when the folded noun is a plural form: it ends in one of `plural_endings` and in none of
  /// `singular_endings` ("zones", not "process", "campus", "analysis").
  bool plural(std::string_view word) const;
  /// Returns the singular of a plural noun by `plural_rewrites` ("industries" → "industry") or by
  /// removing its plural ending; other words as they are.
  std::string singular(std::string word) const;
  /// True when the class tag (upper case, as the lexicon writes it) is in the list of class names.
  bool class_in(List list, const std::string& tag) const;
  /// True when the word class names an evolution mode.
  bool has_mode(const std::string& word_class) const { return modes_.count(word_class) > 0; }

  /// Names of the lists the stages ask about, in the order of the members below (endings too).
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
  List nounable, event_heads, programme_heads, organisation_heads, administration_heads, person_titles, person_roles,
      expletive_cues, definite_modifiers, quantity_nouns, record_nouns, complement_heads, not_adverbs;
  // Words that build names and noun phrases.
  List name_prepositions, name_connectors, additive_conjunctions, definite_articles, indefinite_articles,
      definite_determiners, possessor_determiners, referring_pronouns, demonstratives, singular_pronouns,
      expletive_pronouns, agent_prepositions, genitive_prepositions, pair_prepositions, complement_prepositions, gerund_prepositions,
      negative_determiners, modal_verbs, subject_pronouns, object_pronouns, do_auxiliaries, predicate_markers, title_prepositions, answer_labels, lack_verbs,
      question_labels,
      capital_only_months;
  // Names of word classes (upper case in the lexicon's `classes`) that a stage asks about.
  List relational_noun_classes, goal_noun_classes, reporting_classes;
  // Endings.
  Endings past_endings, gerund_endings, participle_endings, passive_endings, plural_endings, singular_endings,
      adverb_endings, ordinal_endings, possessive_endings, adjective_endings, noun_endings;

 private:
  std::map<std::string, std::string> spellings_;
  std::map<std::string, std::string> modes_;
  std::map<std::string, std::string> plural_rewrites_;
  std::string default_mode_;
};

}  // namespace policygraph::ingest
