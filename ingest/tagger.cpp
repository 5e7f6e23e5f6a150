// The tagging stage (tagger.hpp). Rules, in the order they are tried for a word that may be a
// noun or a verb:
//   after an article, a determiner or a possessive              → noun  ("its institutes")
//   after a preposition other than an infinitive's "to"          → noun  ("depended on sponsors")
//   after a modal, a form of "do", or a subject pronoun          → verb  ("should serve", "they fund")
//   after a noun and an adverb                                   → verb  ("evaluation still leans")
//   after a noun, before a determiner, a number or a pronoun     → verb  ("researchers report a …")
//   after a noun, before an auxiliary or a verb                  → noun  ("research institutes are …")
//   after a noun, before a preposition or a particle, when the
//   sentence has no verb before it, no other verb follows in the
//   clause and no preposition comes before it in the clause      → verb  ("critics point to …")
//   after a noun, when another verb follows in the clause         → noun  ("institutes in Daejeon have …")
//   a past form that is no noun, after a noun, with no other verb
//   in the clause and no preposition before it in the clause      → verb  ("the project funded sensors")
// "that" before a determiner, a number, a pronoun, a name or a gerund, or between a noun and a
// noun-and-verb, opens a clause ("agreed that the zones …", "signals that researchers propose …").
#include "ingest/tagger.hpp"

#include "ingest/chunker.hpp"
#include "ingest/dates.hpp"

namespace policygraph::ingest {

Tagger::Tagger(const Chunker& words, const Grammar& grammar, const Morphology* morphology)
    : words_(words), grammar_(grammar), morphology_(morphology) {}

uint8_t Tagger::readings(const Token& token) const {
  if (!token.word || token.number) return 0;
  return readings_memo_.get(token.norm, [&](std::string_view word) {
    std::string n(word);
    if (words_.closed_class(n) || auxiliary(n)) return uint8_t{0};
    uint8_t parts = morphology_ ? morphology_->parts(n) : 0;
    // The lexicon's adverbs are adverbs ("still", "now"), whatever else WordNet knows them as.
    if (words_.in_class(n, "ADV")) return uint8_t{adverb};
    if (words_.is_verb_word(n)) parts |= verb;
    if (grammar_.is(grammar_.nounable, n)) parts |= noun;
    return parts;
  });
}

bool Tagger::adverb_word(const Token& token, uint8_t parts) const {
  if (token.capitalised || token.norm.size() <= 2 || grammar_.is(grammar_.not_adverbs, token.norm)) return false;
  // "often"; and "poorly", "slowly": an adverb by its ending that WordNet knows as one.
  return parts == adverb || ((parts & adverb) && !(parts & (noun | verb)) && grammar_.adverb_endings.of(token.norm));
}

bool Tagger::auxiliary(const std::string& word) const {
  return words_.in_class(word, "BE") || words_.in_class(word, "HAVE") || grammar_.is(grammar_.modal_verbs, word) ||
         grammar_.is(grammar_.do_auxiliaries, word);
}

bool Tagger::finite_verb(const std::vector<Token>& tokens, const std::vector<uint8_t>& parts_of, std::size_t k) const {
  const std::string& n = tokens[k].norm;
  if (!tokens[k].word) return false;
  if (auxiliary(n)) return true;
  uint8_t parts = parts_of[k];
  bool only_verb = (parts & verb) && !(parts & (noun | adjective));
  return only_verb && !tokens[k].capitalised && !grammar_.gerund_endings.of(n) && !(k > 0 && is(grammar_.infinitive_markers, tokens, k - 1));
}

bool Tagger::verb_like(const std::vector<Token>& tokens, const std::vector<uint8_t>& parts, std::size_t k) const {
  if (finite_verb(tokens, parts, k)) return true;
  const Token& t = tokens[k];
  if (!t.word || t.capitalised || (parts[k] & noun) || (k > 0 && is(grammar_.infinitive_markers, tokens, k - 1))) return false;
  // "raised", and irregular forms the verb lists hold ("made", "took").
  return (parts[k] & verb) && (grammar_.past_endings.of(t.norm) || words_.is_verb_word(t.norm));
}

bool Tagger::finite_verb_follows(const std::vector<Token>& tokens, const std::vector<uint8_t>& parts, std::size_t k) const {
  for (std::size_t m = k + 1; m < tokens.size(); ++m) {
    const Token& t = tokens[m];
    if (!t.word && !t.number && t.norm != "-" && t.norm != "&") return false;  // punctuation ends the clause
    if (is(grammar_.relatives, tokens, m) || is(grammar_.complementizers, tokens, m) || is(grammar_.subordinators, tokens, m) ||
        is(grammar_.clause_conjunctions, tokens, m))
      return false;
    // ("lacks qualified trainers": a participle before a noun describes it.)
    bool attributive = !finite_verb(tokens, parts, m) && m + 1 < tokens.size() && (parts[m + 1] & noun) && tokens[m + 1].word;
    if (verb_like(tokens, parts, m) && !attributive) return true;
  }
  return false;
}

bool Tagger::nounish(const std::vector<Token>& tokens, std::size_t k, const std::vector<Tag>& tags,
                     const std::vector<uint8_t>& parts) const {
  const Token& t = tokens[k];
  // "The Tech Incubator Program for Startup (TIPS) pairs …": an acronym in parentheses ends a name.
  if (t.norm == ")" && k > 0 && tokens[k - 1].all_caps) return true;
  if (!t.word || words_.closed_class(t.norm) || auxiliary(t.norm) || tags[k] == Tag::verb || tags[k] == Tag::adverb) return false;
  if (t.number) return !is_year_token(t);
  // An unknown hyphenated participle ("fast-moving", "state-funded") describes; it is no noun.
  bool hyphenated_participle = parts[k] == 0 && t.norm.find('-') != std::string::npos &&
                               (grammar_.gerund_endings.of(t.norm) || grammar_.past_endings.of(t.norm));
  return ((parts[k] & noun) || parts[k] == 0 || t.capitalised || t.all_caps) && !hyphenated_participle;
}

Tag Tagger::noun_or_verb(const std::vector<Token>& tokens, std::size_t k, const std::vector<Tag>& tags,
                         const std::vector<uint8_t>& parts) const {
  const Grammar& g = grammar_;
  // "a scheme run by the institute": before "by" and its agent, a participle.
  if (k > 0 && k + 2 < tokens.size() && is(g.agent_prepositions, tokens, k + 1) && nounish(tokens, k - 1, tags, parts) &&
      (is(g.determiners, tokens, k + 2) || tokens[k + 2].capitalised) && !tokens[k + 2].number)
    return Tag::verb;
  // "was first run by …", "is now run by …": a participle between a form of "be" and "by".
  if (k + 1 < tokens.size() && is(g.agent_prepositions, tokens, k + 1)) {
    std::size_t b = k;
    while (b > 0 && b + 3 > k && (is(g.determiners, tokens, b - 1) || words_.in_class(tokens[b - 1].norm, "ADV"))) --b;
    if (b > 0 && words_.in_class(tokens[b - 1].norm, "BE")) return Tag::verb;
  }
  if (k > 0) {
    std::size_t p = k - 1;
    // (Not "was first run by": an ordinal after an auxiliary is an adverb.)
    bool after_auxiliary = p > 0 && auxiliary(tokens[p - 1].norm);
    if ((is(g.articles, tokens, p) || is(g.possessive_pronouns, tokens, p) || is(g.determiners, tokens, p)) &&
        !is(g.complementizers, tokens, p) && !after_auxiliary)
      return Tag::noun;
    if (is(g.modal_verbs, tokens, p) || is(g.do_auxiliaries, tokens, p) || is(g.subject_pronouns, tokens, p)) return Tag::verb;
    // "depended on sponsors", "a call for plans": after a preposition (not the "to" of an
    // infinitive), the noun.
    if (is(g.prepositions, tokens, p) && !is(g.infinitive_markers, tokens, p) && !after_auxiliary) return Tag::noun;
    // "called on the government to double the budget": "to" and an object after it.
    if (is(g.infinitive_markers, tokens, p) && k + 1 < tokens.size() &&
        ((is(g.determiners, tokens, k + 1) && !is(g.complementizers, tokens, k + 1)) || is(g.possessive_pronouns, tokens, k + 1) ||
         is(g.object_pronouns, tokens, k + 1)))
      return Tag::verb;
    // "Evaluation still leans on …", "TIPS now funds …".
    if (tags[p] == Tag::adverb || words_.in_class(tokens[p].norm, "ADV")) {
      std::size_t q = p;
      while (q > 0 && (tags[q] == Tag::adverb || words_.in_class(tokens[q].norm, "ADV"))) --q;
      if (q < p && (nounish(tokens, q, tags, parts) || is(g.subject_pronouns, tokens, q)) && !is(g.quantifiers, tokens, p))
        return Tag::verb;
      return Tag::undecided;
    }
    // "weak links with employers": after a word that can only be an adjective, a noun.
    if (parts[p] == adjective && !tokens[p].capitalised) return Tag::noun;
    if (!nounish(tokens, p, tags, parts)) return Tag::undecided;
  } else {
    return Tag::undecided;
  }
  // After a noun.
  std::size_t n = k + 1;
  if (n < tokens.size() && tokens[n].number && !is_year_token(tokens[n])) return Tag::verb;  // "… funds 40 centres"
  if (n >= tokens.size() || !tokens[n].word) {
    // "The ministry funded research institutes.": at the clause's end, after its verb, a noun.
    for (std::size_t b = k - 1; b-- > 0;) {
      if (!tokens[b].word || is(g.complementizers, tokens, b) || is(g.relatives, tokens, b)) break;
      if (tags[b] == Tag::verb || verb_like(tokens, parts, b)) return Tag::noun;
    }
    return Tag::undecided;
  }
  // "fields such as AI": an illustration follows a noun.
  if (g.match(g.illustrations, tokens, n) > 1) return Tag::noun;
  if ((is(g.determiners, tokens, n) && !is(g.complementizers, tokens, n)) || is(g.object_pronouns, tokens, n) ||
      is(g.possessive_pronouns, tokens, n)) {
    // "renamed the growth account the …": a verb's first object, before its second, stays a noun.
    std::size_t start = k;
    while (start > 0 && tokens[start - 1].word && !words_.closed_class(tokens[start - 1].norm) && (parts[start - 1] & (noun | adjective)) &&
           tags[start - 1] != Tag::verb)
      --start;
    if (start >= 2 && is(g.determiners, tokens, start - 1) && verb_like(tokens, parts, start - 2)) return Tag::noun;
    // "a reform plan the ministry announced": a noun phrase and its verb follow, a relative clause.
    std::size_t m = n + 1;
    // (Names count as nouns there: "a design program the Kim Dae-jung government launched".)
    while (m < tokens.size() && m < n + 6 && tokens[m].word && ((parts[m] & (noun | adjective)) || tokens[m].capitalised) &&
           !verb_like(tokens, parts, m))
      ++m;
    if (m > n + 1 && m < tokens.size() && verb_like(tokens, parts, m)) return Tag::noun;
    return Tag::verb;
  }
  if (finite_verb(tokens, parts, n)) return Tag::noun;
  // "its smart factory support centre": before the head noun of a programme, body or event it
  // modifies that head.
  if (is(g.programme_heads, tokens, n) || is(g.organisation_heads, tokens, n) || is(g.event_heads, tokens, n)) return Tag::noun;
  if ((tags.size() > n && words_.in_class(tokens[n].norm, "ADV")) || adverb_word(tokens[n], parts[n])) {
    std::size_t m = n;
    while (m < tokens.size() && (words_.in_class(tokens[m].norm, "ADV") || adverb_word(tokens[m], parts[m]))) ++m;
    // "institutes now publish", "institutes often struggle to …"
    if (m < tokens.size() && (finite_verb(tokens, parts, m) || ((parts[m] & verb) && !is(g.prepositions, tokens, m)))) return Tag::noun;
    return Tag::verb;                                                   // "the method fits poorly"
  }
  if (finite_verb_follows(tokens, parts, k)) return Tag::noun;
  // Before a noun or a modifier it may be one of a compound ("a senior research fellow"), unless
  // it is a verb of the lexicon's classes ("the programme lacks qualified trainers").
  bool relation_verb = words_.verb_class_word(tokens[k].norm);
  // A past form that is no noun ("the project funded sensors") is the clause's verb when the
  // clause has no other, as below; "a state funded scheme" has one after it.
  bool past_form = grammar_.past_endings.of(tokens[k].norm) && !(parts[k] & noun);
  bool before_particle = is(g.prepositions, tokens, n) || is(g.verb_particles, tokens, n) || is(g.infinitive_markers, tokens, n);
  if (!before_particle && !relation_verb && !past_form) return Tag::undecided;
  // (For such a past form only its own clause counts: "Managed by A, the project funded …".)
  bool own_clause_only = past_form && !before_particle && !relation_verb;
  // No other verb in the clause: this word is its verb, unless it sits in a prepositional phrase
  // ("problems of research funds in regions" is a heading without a verb).
  // A verb earlier in the sentence: the clause has its verb, and before a preposition this is a
  // noun ("entered Korean policy debates in the 2000s", "…, a 30 percent rise in productivity").
  bool clause_start = false;
  for (std::size_t b = k; b-- > 0;) {
    const Token& t = tokens[b];
    // ("argued that the regions lack …": a clause of its own starts after "that".)
    if (is(g.complementizers, tokens, b) || is(g.relatives, tokens, b)) break;
    if (verb_like(tokens, parts, b) || tags[b] == Tag::verb) return Tag::noun;
    if (!t.word && !t.number && t.norm != "-" && t.norm != "&" && t.norm != ")" && t.norm != "(") clause_start = true;
    if (is(g.relatives, tokens, b) || is(g.complementizers, tokens, b) || is(g.clause_conjunctions, tokens, b)) clause_start = true;
    if (clause_start && own_clause_only) break;
    bool inside_name = b > 0 && tokens[b - 1].capitalised && b + 1 < tokens.size() && tokens[b + 1].capitalised;
    bool preposition = is(g.prepositions, tokens, b) || is(g.extending_prepositions, tokens, b);
    if (!clause_start && preposition && !inside_name) return Tag::undecided;
  }
  return Tag::verb;
}

std::vector<Tag> Tagger::tag(const std::vector<Token>& tokens) const {
  std::vector<Tag> tags(tokens.size(), Tag::undecided);
  std::vector<uint8_t> parts(tokens.size(), 0);
  for (std::size_t k = 0; k < tokens.size(); ++k) parts[k] = readings(tokens[k]);
  const Grammar& g = grammar_;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (!t.word) continue;
    if (adverb_word(t, parts[k])) {
      tags[k] = Tag::adverb;
      continue;
    }
    if (is(g.complementizers, tokens, k) && k > 0 && k + 1 < tokens.size()) {
      const Token& next = tokens[k + 1];
      bool opens = (is(g.determiners, tokens, k + 1) && !is(g.complementizers, tokens, k + 1)) || is(g.subject_pronouns, tokens, k + 1) ||
                   (next.number && !is_year_token(next)) || (next.capitalised && !words_.closed_class(next.norm)) ||
                   ((parts[k + 1] & verb) && g.gerund_endings.of(next.norm));
      // "signals that researchers propose …", "statistics that public institutes now publish": a
      // noun phrase without a determiner, then a verb.
      bool clause = false;
      if (!opens && nounish(tokens, k - 1, tags, parts)) {
        std::size_t m = k + 1;
        while (m < tokens.size() && m < k + 5 && tokens[m].word && (parts[m] & (noun | adjective)) && !finite_verb(tokens, parts, m)) ++m;
        while (m < tokens.size() && m > k + 1 && adverb_word(tokens[m], parts[m])) ++m;
        clause = m > k + 1 && m < tokens.size() && finite_verb(tokens, parts, m);
      }
      if (opens || clause) tags[k] = Tag::clause_that;
      continue;
    }
    // Gerunds are left to the chunker ("the closing remarks", "by adopting …"), but one after a
    // word that can only be an adjective is a noun: "weak monitoring", "slow hiring".
    if (g.gerund_endings.of(t.norm)) {
      if ((parts[k] & noun) && k > 0 && parts[k - 1] == adjective && !t.capitalised) tags[k] = Tag::noun;
      // "the training of engineers", "their funding stopped": after an article or a possessive,
      // a gerund that ends the phrase is its noun.
      bool opener = k > 0 && (is(g.articles, tokens, k - 1) || is(g.possessive_pronouns, tokens, k - 1));
      bool ends = k + 1 >= tokens.size() || !tokens[k + 1].word || is(g.prepositions, tokens, k + 1) ||
                  is(g.extending_prepositions, tokens, k + 1) || finite_verb(tokens, parts, k + 1);
      if ((parts[k] & noun) && opener && ends && !t.capitalised) tags[k] = Tag::noun;
      continue;
    }
    if ((parts[k] & noun) && (parts[k] & verb) && !t.capitalised) {
      tags[k] = noun_or_verb(tokens, k, tags, parts);
      continue;
    }
    // A past form the verb lists lack and WordNet knows only as a verb or an adjective
    // ("funded", "piloted"): the same rules may find it the clause's verb; otherwise the chunker
    // decides as before.
    if (!t.capitalised && (parts[k] & verb) && g.past_endings.of(t.norm) && !words_.is_verb_word(t.norm) &&
        !words_.verb_class_word(t.norm) && noun_or_verb(tokens, k, tags, parts) == Tag::verb)
      tags[k] = Tag::verb;
  }
  return tags;
}

}  // namespace policygraph::ingest
