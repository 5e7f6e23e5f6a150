// One sentence being chunked (private to the chunker): its tokens, the pack names and dates found
// in them, which tokens those cover, and the items taken so far. Each step tries one kind of item
// at token i; a step that takes one appends it to `items`, moves i past it and returns true.
// chunk_names.cpp holds the steps of names and people, chunk_phrases.cpp those of noun phrases,
// pronouns and verbs, chunk_lists.cpp the joins after the pass and the lists.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ingest/chunker.hpp"
#include "ingest/dates.hpp"

namespace policygraph::ingest {

// The text of tokens [first, last) as a label shows it: no line breaks, no-break spaces or
// invisible characters; hyphenations at line ends joined (the tokens' offsets are untouched).
inline std::string span_label(const std::vector<Token>& tokens, std::size_t first, std::size_t last, std::string_view text) {
  return display_text(text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin));
}

struct Chunker::Scan {
  Scan(const Chunker& chunker, const std::vector<Token>& tokens, std::string_view text, std::optional<int> document_year);

  const Chunker& c;
  const Grammar& g;
  const std::vector<Token>& tokens;
  std::string_view text;
  std::vector<GazetteerMatch> names;  ///< pack names, minus those inside longer names
  std::vector<DateMention> dates;
  std::vector<int> name_at, date_at;  ///< token → index of the name / date starting there, or -1
  std::vector<char> covered;          ///< tokens inside a pack name
  std::vector<Tag> tags;              ///< the tagger's decisions, one per token
  std::vector<Item> items;

  // Questions about words and tokens.
  bool is(Grammar::List list, std::size_t k) const { return k < tokens.size() && g.is(list, tokens[k].norm); }
  bool word_is(Grammar::List list, const std::string& word) const { return g.is(list, word); }
  bool title_or_role(const std::string& word) const { return g.is(g.person_titles, word) || g.is(g.person_roles, word); }
  /// True when a word class of token k is the class (upper case, as the lexicon writes it: "BE").
  bool tagged(std::size_t k, std::string_view tag) const { return k < tokens.size() && c.in_class(tokens[k].norm, tag); }
  /// True when a word class of the folded word is one of the classes.
  bool in_any(const std::string& word, const std::unordered_set<std::string>& classes) const;
  /// A head noun of a programme, an organisation or an event.
  bool heads_any_name(const std::string& word) const;
  /// The same, or of an administration.
  bool heads_any(const std::string& word) const;
  /// True when a pack name or a date starts at token k.
  bool fixed_start(std::size_t k) const { return k < tokens.size() && (name_at[k] >= 0 || date_at[k] >= 0); }
  /// "Jae-in", "Geun-hye": a capital, a hyphen, a lower-case syllable ("Wide-Area" is not a name).
  bool korean_given_name(const Token& t) const;
  /// A capitalised word that may be part of a person's name.
  bool name_like(std::size_t k) const;
  /// The end of a run of capitalised words joined by name connectors ("of", "for", "and", "on", "of the").
  std::size_t proper_run(std::size_t i) const;
  /// A verb form: a word of the verb list or of a verbal class.
  bool verbal(std::size_t k) const;
  /// True when token k can be part of a noun phrase here: the tagger's decision, else the chunker's
  /// word tests (`inside`: a noun phrase has started).
  bool nominal(std::size_t k, bool inside) const;
  /// A word item for token k, a verb or not as the tagger decided.
  Item tagged_word(std::size_t k) const;
  /// "argued that the office must …": "that" after a verb starts a clause; it is not a determiner.
  bool complementizer(std::size_t k) const;
  bool opens_clause(std::size_t k) const;
  /// "made basic science … central goals": a goal-like phrase after a plural noun is a complement.
  bool complement_starts(std::size_t k) const;

  // Steps, in the order the chunker tries them.
  bool record_opening(std::size_t& i);
  bool pack_name(std::size_t& i);
  bool date(std::size_t& i);
  bool year(std::size_t& i);
  bool lexicon_phrase(std::size_t& i);
  bool parenthesis(std::size_t& i);
  bool person(std::size_t& i);
  bool pronoun(std::size_t& i);
  bool proper_name(std::size_t& i);
  bool possessive_description(std::size_t& i);
  bool particle(std::size_t& i);
  bool participle(std::size_t& i);
  bool verb_after_mention(std::size_t& i);
  bool former_or_latter(std::size_t& i);
  bool noun_phrase(std::size_t& i);

  // After the pass.
  void join_leaders();
  void join_named_descriptions();
  void type_named_by_apposition();
  void split_acronym_roles();
  void join_title_modifiers();
  std::vector<Item> lists();

 private:
  /// Finishes the item, appends it and moves i to `next`; returns true (a step took it).
  bool take(Item&& item, std::size_t& i, std::size_t next) {
    c.finish(item);
    items.push_back(std::move(item));
    i = next;
    return true;
  }
  /// Extends a lower-case noun phrase over "of"/"for" phrases; returns its new end.
  std::size_t extend_noun_phrase(std::size_t j, const std::string& head) const;
};

}  // namespace policygraph::ingest
