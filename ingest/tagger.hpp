// The tagging stage: before the chunker groups a sentence's tokens, each word that could be a noun
// or a verb ("funds", "report", "institutes", "point") is decided by the words around it, and words
// WordNet knows only as adverbs ("often") are adverbs. A word's possible parts of speech come from
// WordNet (through morphology) and the pack's lists; the context rules are the ones below, stated
// over the pack's closed classes, so no English word is written here. A word the rules cannot
// decide is left undecided and the chunker's own tests apply (docs/guide.md, "Stages").
#pragma once

#include <cstdint>
#include <vector>

#include "ingest/grammar.hpp"
#include "ingest/morphology.hpp"
#include "ingest/tokens.hpp"

namespace policygraph::ingest {

class Chunker;

/// What the context says a token is; `undecided` leaves it to the chunker.
enum class Tag : uint8_t {
  undecided,
  noun,         ///< a noun or a noun's modifier: part of a noun phrase
  verb,         ///< a verb form (finite, participle or base)
  adverb,       ///< an adverb: never inside a noun phrase
  clause_that,  ///< a complementizer ("said that the …"), not a determiner
};

class Tagger {
 public:
  /// Uses the chunker's word knowledge (verb list, closed classes, lexicon classes), the pack's
  /// grammar lists and WordNet's parts of speech when the pack has them.
  Tagger(const Chunker& words, const Grammar& grammar, const Morphology* morphology);

  /// Returns one tag per token of a sentence.
  std::vector<Tag> tag(const std::vector<Token>& tokens) const;

 private:
  /// Parts of speech a word may take (PartOfSpeech bits); 0 for punctuation, numbers and closed classes.
  uint8_t readings(const Token& token) const;
  /// True for a word that can only be a finite verb or an auxiliary (the clause's verb).
  bool finite_verb(const std::vector<Token>& tokens, const std::vector<uint8_t>& parts, std::size_t k) const;
  /// The same, or a past form that may be a participle or an adjective ("raised").
  bool verb_like(const std::vector<Token>& tokens, const std::vector<uint8_t>& parts, std::size_t k) const;
  /// True when a verb follows k in its clause (up to punctuation or a clause word).
  bool finite_verb_follows(const std::vector<Token>& tokens, const std::vector<uint8_t>& parts, std::size_t k) const;
  /// Tag of a word that may be a noun or a verb, from its neighbours; `tags` holds the decisions so far.
  Tag noun_or_verb(const std::vector<Token>& tokens, std::size_t k, const std::vector<Tag>& tags,
                   const std::vector<uint8_t>& parts) const;
  /// True when token k ends a noun phrase that could be a subject: a noun, a name, an acronym.
  bool nounish(const std::vector<Token>& tokens, std::size_t k, const std::vector<Tag>& tags,
               const std::vector<uint8_t>& parts) const;
  bool adverb_word(const Token& token, uint8_t parts) const;
  /// A form of "be", "have" or "do", or a modal.
  bool auxiliary(const std::string& word) const;
  bool is(Grammar::List list, const std::vector<Token>& tokens, std::size_t k) const {
    return k < tokens.size() && grammar_.is(list, tokens[k].norm);
  }

  const Chunker& words_;
  const Grammar& grammar_;
  const Morphology* morphology_;
  WordMemo<uint8_t> readings_memo_;
};

}  // namespace policygraph::ingest
