// Steps of the chunker for everything that is not a name: dates and years, lexicon phrases,
// pronouns, definite descriptions in the possessive, lower-case noun phrases typed by their head
// noun with their "of"/"for" extensions, and the verb-or-noun words told apart by what surrounds
// them ("the programme is run by", "the package rests on").
#include "ingest/chunk_scan.hpp"

namespace policygraph::ingest {

bool Chunker::Scan::in_any(const std::string& word, const std::unordered_set<std::string>& classes) const {
  for (const std::string& tag : c.symbols_.word_tags(word))
    if (classes.count(tag)) return true;
  return false;
}

bool Chunker::Scan::verbal(std::size_t k) const { return c.is_verb_word(tokens[k].norm) || c.verb_class_word(tokens[k].norm); }

bool Chunker::Scan::nominal(std::size_t k, bool inside) const {
  if (k >= tokens.size()) return false;
  switch (tags[k]) {
    case Tag::verb:
    case Tag::adverb:
    case Tag::clause_that: return false;
    case Tag::noun: return tokens[k].word && !c.closed_class(tokens[k].norm);
    case Tag::undecided: break;
  }
  return c.nominal(tokens, k, inside);
}

Item Chunker::Scan::tagged_word(std::size_t k) const {
  Item item = c.word_item(tokens, k, text);
  if (tags[k] == Tag::verb) item.verb = true;
  if (tags[k] == Tag::noun || tags[k] == Tag::adverb || tags[k] == Tag::clause_that) item.verb = false;
  // A WordNet adverb the lexicon's classes lack reads as one in the rules ("was often criticised").
  if (tags[k] == Tag::adverb && item.tags.size() == 1 && item.tags.front() == "WORD") {
    item.tags = {"ADV"};
    item.symbol = c.symbols_.symbol(item.tags);
  }
  return item;
}

// "said from day one that the centres …": "that" before a determiner opens a clause; no phrase's
// determiners run through it.
bool Chunker::Scan::opens_clause(std::size_t k) const {
  return is(g.complementizers, k) && k + 1 < tokens.size() && is(g.determiners, k + 1);
}

bool Chunker::Scan::complementizer(std::size_t k) const {
  if (k < tags.size() && tags[k] == Tag::clause_that) return true;
  if (k == 0 || !is(g.complementizers, k) || k + 1 >= tokens.size() || !tokens[k + 1].word) return false;
  const std::string& before = tokens[k - 1].norm;
  if (verbal(k - 1)) return true;
  // "He reported that the centres …": a past-tense word before "that" and a determiner or a name.
  if (before.size() > 4 && g.past_endings.of(before) && !tokens[k - 1].capitalised &&
      (is(g.determiners, k + 1) || tokens[k + 1].capitalised))
    return true;
  // "the conference that KAIST organised": "that" between a noun and a name is a relative.
  if (tokens[k + 1].capitalised && tokens[k - 1].word && !tokens[k - 1].capitalised && !c.closed_class(before)) return true;
  // "She warned, however, that …", "that A, that B, and that C": after a comma or a conjunction,
  // "that" continues a reporting verb's clauses.
  if (before == "," || g.is(g.coordinators, before) || g.is(g.list_conjunctions, before)) {
    for (std::size_t back = k - 1; back-- > 0 && back + 6 >= k;)
      if (verbal(back)) return true;
    for (std::size_t back = k - 1; back-- > 1;)
      if (is(g.complementizers, back) && verbal(back - 1)) return true;
  }
  return false;
}

bool Chunker::Scan::complement_starts(std::size_t k) const {
  if (k == 0 || k + 1 >= tokens.size()) return false;
  const std::string& before = tokens[k - 1].norm;
  auto goal_like = [&](const std::string& w) { return in_any(w, c.goal_tags_); };
  return g.plural(before) && !goal_like(before) && !goal_like(tokens[k].norm) && goal_like(tokens[k + 1].norm);
}

// "Minutes of the 7th meeting …", "Record of the …": a record that opens a line is about the
// meeting after it, which is the mention.
bool Chunker::Scan::record_opening(std::size_t& i) {
  if (i != 0 || i + 2 >= tokens.size() || !is(g.genitive_prepositions, i + 1) || !is(g.record_nouns, i)) return false;
  items.push_back(c.word_item(tokens, i, text));
  items.push_back(c.word_item(tokens, i + 1, text));
  i += 2;
  return true;
}

bool Chunker::Scan::date(std::size_t& i) {
  if (date_at[i] < 0) return false;
  const DateMention& d = dates[static_cast<std::size_t>(date_at[i])];
  Item item;
  item.first = d.first_token;
  item.last = d.last_token;
  item.type = "DATE";
  item.date = d.date;
  item.year_given = d.year_given;
  return take(std::move(item), i, d.last_token);
}

// A year; not one that opens a name after a determiner ("the 2018 Winter Olympics").
bool Chunker::Scan::year(std::size_t& i) {
  const Token& t = tokens[i];
  if (!is_year_token(t)) return false;
  bool in_name = i + 1 < tokens.size() && tokens[i + 1].word && tokens[i + 1].capitalised && !c.closed_class(tokens[i + 1].norm) &&
                 !fixed_start(i + 1) && !c.lexicon_.months.count(tokens[i + 1].norm) && i > 0 && is(g.determiners, i - 1);
  if (in_name) return false;
  Item item;
  item.first = i;
  item.last = i + 1;
  item.type = "YEAR";
  item.date = Date{std::stoi(t.norm), 0, 0};
  return take(std::move(item), i, i + 1);
}

// Lexicon phrases ("put more focus on", "in charge of", "the need to").
bool Chunker::Scan::lexicon_phrase(std::size_t& i) {
  std::string phrase;
  std::size_t length = c.phrase_at(tokens, i, &phrase);
  if (length == 0) return false;
  Item item;
  item.first = i;
  item.last = i + length;
  item.head = phrase;
  item.tags = c.symbols_.word_tags(phrase);
  item.symbol = c.symbols_.symbol(item.tags);
  // "the opening talk" after a determiner is a noun, though its class is verbal.
  bool after_determiner = i > 0 && is(g.determiners, i - 1);
  for (const std::string& tag : item.tags)
    if (c.verb_tag(tag) && !after_determiner) item.verb = true;
  items.push_back(std::move(item));
  i += length;
  return true;
}

// Pronouns, and a demonstrative standing alone before a verb ("this led to …"); "it was claimed
// that", "it is necessary to" are not about anything.
bool Chunker::Scan::pronoun(std::size_t& i) {
  const Token& t = tokens[i];
  bool expletive = is(g.expletive_pronouns, i) && i + 2 < tokens.size() && tagged(i + 1, "BE") &&
                   (in_any(tokens[i + 2].norm, c.reporting_tags_) || is(g.expletive_cues, i + 2));
  bool referring = is(g.referring_pronouns, i) ||
                   (is(g.demonstratives, i) && i + 1 < tokens.size() && (c.is_verb_word(tokens[i + 1].norm) || tagged(i + 1, "ADV")) &&
                    !is(g.nounable, i + 1) && !heads_any(tokens[i + 1].norm));
  if (expletive || t.all_caps || !referring) return false;
  Item item;
  item.first = i;
  item.last = i + 1;
  item.type = "PRON";
  item.head = t.norm;
  item.plural = !is(g.singular_pronouns, i);
  return take(std::move(item), i, i + 1);
}

// "the government's", "the programme's": a definite description in the possessive is a mention
// of its own, before the noun it qualifies ("the government's stated aims").
bool Chunker::Scan::possessive_description(std::size_t& i) {
  if (i + 1 >= tokens.size() || !is(g.possessor_determiners, i) || tokens[i + 1].capitalised || covered[i + 1]) return false;
  const std::string& word = tokens[i + 1].norm;
  std::string_view mark = g.possessive_endings.which(word);
  if (mark.empty()) return false;
  std::string head = word.substr(0, word.size() - mark.size());
  std::string type = word_is(g.administration_heads, head) ? "ADMIN"
                     : word_is(g.programme_heads, head)    ? "PROG"
                     : word_is(g.organisation_heads, head) ? "ORG"
                     : word_is(g.event_heads, head)        ? "EVENT"
                                                           : "";
  if (type.empty()) return false;
  Item item;
  item.first = i;
  item.last = i + 2;
  item.head = head;
  item.label = head;
  item.type = type;
  item.definite = true;
  return take(std::move(item), i, i + 2);
}

// "followed up with", "set out": a particle after a verb is a word, not a noun.
bool Chunker::Scan::particle(std::size_t& i) {
  if (i == 0 || !is(g.verb_particles, i) || !(c.is_verb_word(tokens[i - 1].norm) || (!items.empty() && items.back().verb)))
    return false;
  items.push_back(c.word_item(tokens, i, text));
  ++i;
  return true;
}

// "The programme is run by …": a verb-or-noun word between a form of "be" and "by" is a participle.
bool Chunker::Scan::participle(std::size_t& i) {
  if (i == 0 || i + 1 >= tokens.size() || tokens[i].capitalised || !is(g.nounable, i) || !c.verb_class_word(tokens[i].norm) ||
      tags[i] == Tag::noun)
    return false;
  if (!is(g.agent_prepositions, i + 1) && !tagged(i - 1, "BE") && !tagged(i - 1, "HAVE")) return false;
  items.push_back(c.word_item(tokens, i, text));
  items.back().verb = true;
  ++i;
  return true;
}

// "The Smart Harbour programme forms the digital pillar …": a verb-or-noun word after a mention
// and before a determiner is the verb.
bool Chunker::Scan::verb_after_mention(std::size_t& i) {
  if (items.empty() || items.back().type.empty() || items.back().type == "YEAR" || items.back().type == "DATE" ||
      i + 1 >= tokens.size() || tokens[i].capitalised || !is(g.phrase_openers, i + 1) || tags[i] == Tag::noun)
    return false;
  const std::string& word = tokens[i].norm;
  std::string_view ending = g.plural_endings.which(word);
  if (ending.empty()) return false;
  std::string stem = word.substr(0, word.size() - ending.size());
  bool verb_class = false;
  for (const std::string& form : {word, stem}) verb_class = verb_class || c.is_verb_word(form) || c.verb_class_word(form);
  if (!verb_class) return false;
  items.push_back(c.word_item(tokens, i, text));
  items.back().verb = true;
  ++i;
  return true;
}

// "The former hands half the budget to …", "the latter was managed by …": a pronoun-like
// description of its own, unless a noun it qualifies follows ("the former minister").
bool Chunker::Scan::former_or_latter(std::size_t& i) {
  if (!is(g.definite_articles, i) || !(is(g.former_words, i + 1) || is(g.latter_words, i + 1))) return false;
  std::size_t after = i + 2;
  bool qualifies = after < tokens.size() && tokens[after].word && !tokens[after].capitalised && nominal(after, true) &&
                   (heads_any(tokens[after].norm) || title_or_role(tokens[after].norm));
  if (qualifies) return false;
  Item item;
  item.first = i;
  item.last = i + 2;
  item.head = tokens[i + 1].norm;
  item.label = span_label(tokens, i, i + 2, text);
  item.type = "NP";
  return take(std::move(item), i, i + 2);
}

std::size_t Chunker::Scan::extend_noun_phrase(std::size_t j, const std::string& head) const {
  // "pilot project for an innovation cluster", "policy for nurturing local industry".
  for (int extension = 0; extension < 2 && j + 1 < tokens.size(); ++extension) {
    const std::string& prep = tokens[j].norm;
    // Relational nouns keep their "of" phrase apart: "three problems of the certification
    // system" names the system the problems belong to.
    bool relational = in_any(head, c.relational_tags_);
    // "links with universities", "dependence on partner firms": a noun that takes a complement
    // keeps it (the lexicon's `complement_heads`).
    bool complement = word_is(g.complement_heads, head) && word_is(g.complement_prepositions, prep);
    if ((!word_is(g.extending_prepositions, prep) && !complement) || title_or_role(head) || relational) break;
    std::size_t k = j + 1;
    while (k < tokens.size() && is(g.determiners, k)) ++k;
    std::size_t m = k;
    if (m < tokens.size() && word_is(g.gerund_prepositions, prep) && g.gerund_endings.of(tokens[m].norm) &&
        nominal(m + 1, true))
      ++m;
    while (m < tokens.size() && !fixed_start(m) && !covered[m] && nominal(m, true) && !(tokens[m].capitalised && m > k) &&
           !(m > k + 1 && complement_starts(m)))
      ++m;
    // A capitalised name or a known acronym after "of" is a mention of its own ("the research
    // centres of IBS").
    // ("a project for the Ulsan hydrogen industry": a capitalised modifier before lower-case nouns
    // is no name of its own.)
    bool capital_modifier = m > k + 1 && !tokens[k + 1].capitalised && name_at[k] < 0;
    if (m == k || (m > k && tokens[k].capitalised && !tokens[k].all_caps && !capital_modifier) ||
        (tokens[k].all_caps && (name_at[k] >= 0 || m == k + 1)))
      break;
    j = m;
  }
  return j;
}

// Lower-case noun phrases, typed by their head noun; a bare definite description ("the
// ministry", "this programme") stands for an earlier mention.
bool Chunker::Scan::noun_phrase(std::size_t& i) {
  std::size_t j = i;
  bool definite = false;
  // "the 17th and final centre", "the third and last zone": ordinals belong to the determiners.
  auto ordinal = [&](std::size_t k) {
    const std::string& n = tokens[k].norm;
    return n.size() >= 3 && n[0] >= '0' && n[0] <= '9' && g.ordinal_endings.of(n);
  };
  while (j < tokens.size() && (is(g.determiners, j) || (g.possessive_endings.of(tokens[j].norm) && !tokens[j].capitalised)) &&
         !fixed_start(j)) {
    if (opens_clause(j)) break;
    if (is(g.definite_determiners, j)) definite = true;
    ++j;
    while (j < tokens.size() && ordinal(j)) ++j;
    // "the 2005 act", "the 2018 plan": a year names which one; the description stays definite.
    if (definite && j + 1 < tokens.size() && is_year_token(tokens[j]) && tokens[j + 1].word && !tokens[j + 1].capitalised &&
        !c.closed_class(tokens[j + 1].norm))
      ++j;
    // "a series of venture funds", "a number of zones": the things, not the series.
    if (j + 2 < tokens.size() && is(g.quantity_nouns, j) && is(g.genitive_prepositions, j + 1) && tokens[j + 2].word &&
        !tokens[j + 2].capitalised)
      j += 2;
    if (j + 1 < tokens.size() && j > i && (ordinal(j - 1) || is(g.determiners, j - 1)) && is(g.list_conjunctions, j) &&
        (is(g.definite_modifiers, j + 1) || is(g.determiners, j + 1)))
      ++j;
  }
  std::size_t content = j;
  // "The idea of a … system (RIS) entered …": an -ed word right after a noun phrase is its verb.
  if (j == i && !items.empty() && (!items.back().type.empty() || items.back().head == ")") && g.past_endings.of(tokens[j].norm) &&
      !is(g.nounable, j) && tokens[j].norm.find('-') == std::string::npos) {
    items.push_back(c.word_item(tokens, i, text));
    items.back().verb = true;
    ++i;
    return true;
  }
  bool apposition = items.size() >= 2 && items.back().type.empty() && items.back().head == "," &&
                    items[items.size() - 2].type == "PERSON";
  bool object_position = apposition || (j == i && i > 0 && tokens[i - 1].word && !is(g.infinitive_markers, i - 1) &&
                                        (c.is_verb_word(tokens[i - 1].norm) || is(g.prepositions, i - 1) ||
                                         is(g.extending_prepositions, i - 1)));
  while (j < tokens.size() && !fixed_start(j) && !covered[j] && nominal(j, j > i || object_position)) {
    // A capitalised name inside starts its own item ("the Korea Institute …" is taken above).
    if (j > content && (tokens[j].capitalised || tokens[j].all_caps) && !tokens[j - 1].capitalised) break;
    // "a separate scheme run by the ministry": a participle before "by" ends the phrase.
    if (j > content && is(g.agent_prepositions, j + 1) && c.verb_class_word(tokens[j].norm)) break;
    if (j > content + 1 && complement_starts(j)) break;
    // "Provinces need to sign …", "the ministry plans to expand …": a verb before "to".
    if (j > content && tags[j] != Tag::noun && is(g.nounable, j) && c.is_verb_word(tokens[j].norm) && is(g.infinitive_markers, j + 1))
      break;
    // "The package rests on", "the programme suffers from": an -s word after a singular noun
    // and before a preposition or determiner is the verb.
    const std::string& w = tokens[j].norm;
    if (j > content && tags[j] != Tag::noun && g.plural(w) && !g.plural_endings.of(tokens[j - 1].norm) &&
        (is(g.prepositions, j + 1) || is(g.determiners, j + 1)) && !heads_any_name(w) &&
        !heads_any(w.substr(0, w.size() - g.plural_endings.which(w).size())) &&
        (!c.morphology_ || c.morphology_->can_be(w, verb)))  // "indicators such as …" is no verb
      break;
    ++j;
  }
  if (j <= content) return false;
  std::size_t head_index = j - 1;
  std::string head = tokens[head_index].norm;
  j = extend_noun_phrase(j, head);
  Item item;
  item.first = i;
  item.last = j;
  item.head = head;
  if (head_index > content) item.head_phrase = tokens[head_index - 1].norm + " " + head;
  item.label = c.clean_label(tokens, i, j, text);
  item.plural = g.plural(head);
  std::size_t modifiers = 0;
  for (std::size_t k = content; k < head_index; ++k)
    if (!is(g.drop_modifiers, k) && !is(g.definite_modifiers, k)) ++modifiers;
  bool bare = definite && modifiers == 0 && j == head_index + 1;
  // "To be fair, …": a lone noun after a form of "be" is said of something; it names no event.
  bool predicate = content == i && j == i + 1 && i > 0 && tagged(i - 1, "BE");
  if (word_is(g.administration_heads, head) && bare) {
    item.type = "ADMIN";
    item.definite = true;
  } else if (word_is(g.event_heads, head) && !predicate) {
    item.type = "EVENT";
    item.definite = bare;
  } else if (word_is(g.programme_heads, head)) {
    item.type = "PROG";
    item.definite = bare;
  } else if (word_is(g.organisation_heads, head) && bare) {
    item.type = "ORG";
    item.definite = true;
  } else if (word_is(g.organisation_heads, head) && (is(g.definite_articles, i) || is(g.possessive_pronouns, i)) &&
             !word_is(g.administration_heads, head) && j == head_index + 1) {
    item.type = "ORG";  // "the evaluation team", "the steering committee": a body named by its description
  } else {
    item.type = "NP";
  }
  return take(std::move(item), i, j);
}

}  // namespace policygraph::ingest
