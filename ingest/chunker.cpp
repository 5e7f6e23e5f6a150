// The chunker: one left-to-right pass over a sentence's tokens. Fixed spans first (pack names,
// dates, lexicon phrases, titled people), then capitalised names and lower-case noun phrases
// with "of"/"for" extensions, then lists. Verbs are told from nouns by the lexicon and by the
// word that follows (an "-ed" or "-ing" word before a noun modifies it).
//
// This file holds what the chunker knows of single words and the order of the steps; the steps
// are in chunk_names.cpp (names and people), chunk_phrases.cpp (noun phrases, pronouns, verbs
// told from nouns) and chunk_lists.cpp (joins and lists). Every word they test is a named list of
// the pack (grammar.hpp).
#include "ingest/chunker.hpp"

#include <algorithm>

#include "ingest/chunk_scan.hpp"
#include "ingest/dates.hpp"

namespace policygraph::ingest {
namespace {

std::string lower(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

bool has_tag(const std::vector<std::string>& tags, const char* tag) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

}  // namespace

Chunker::Chunker(const Pack& pack, const Gazetteer& gazetteer, const SymbolTable& symbols, const Grammar& grammar)
    : lexicon_(pack.lexicon), gazetteer_(gazetteer), symbols_(symbols), grammar_(grammar),
      tagger_(*this, grammar, pack.morphology.get()) {
  for (const auto& [cls, words] : pack.lexicon.classes) {
    bool verbal = pack.lexicon.has("verb_classes", lower(cls));
    for (const std::string& word : words) {
      std::vector<Token> tokens = tokenize(word);
      if (tokens.size() >= 2) {
        std::vector<std::string> norms;
        for (const Token& t : tokens) norms.push_back(t.norm);
        auto& list = phrases_[norms.front()];
        if (std::find(list.begin(), list.end(), norms) == list.end()) list.push_back(norms);
      } else if (tokens.size() == 1 && verbal && cls != "ADV") {
        verb_words_[tokens[0].norm] = true;
      }
    }
  }
  for (const std::string& word : pack.lexicon.list("verbs")) verb_words_[word] = true;
  for (const char* name : {"prepositions", "conjunctions", "pronouns", "relatives", "determiners", "function_words"})
    for (const std::string& word : pack.lexicon.list(name)) closed_words_.insert(word);
  for (const auto& [cls, words] : pack.lexicon.classes) {
    if (pack.lexicon.has("verb_classes", lower(cls))) verb_tags_.insert(cls);
    if (pack.lexicon.has("noun_classes", lower(cls))) noun_tags_.insert(cls);
    if (grammar_.class_in(grammar_.relational_noun_classes, cls)) relational_tags_.insert(cls);
    if (grammar_.class_in(grammar_.goal_noun_classes, cls)) goal_tags_.insert(cls);
    if (grammar_.class_in(grammar_.reporting_classes, cls)) reporting_tags_.insert(cls);
  }
  for (auto& [first, list] : phrases_)
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  morphology_ = pack.morphology;
  if (pack.morphology) add_open_class_verbs(*pack.morphology);
}

// Verbs beyond the hand lists: every form of a WordNet verb that WordNet knows as nothing else
// ("unveils", "repackaged", "prioritises", "overseen") is a verb. A form that may also be a noun
// or an adjective ("funds", "advanced") is left to the lists and to context; gerunds too, since
// they head noun phrases ("the building of …"). Words of the chunker's own lists stay theirs.
void Chunker::add_open_class_verbs(const Morphology& morphology) {
  const Grammar& g = grammar_;
  auto listed = [&](const std::string& word) {
    if (closed_words_.count(word)) return true;
    for (Grammar::List list : {g.programme_heads, g.organisation_heads, g.event_heads, g.administration_heads, g.nounable,
                               g.drop_modifiers, g.definite_modifiers, g.person_titles, g.person_roles, g.expletive_cues})
      if (g.is(list, word)) return true;
    return false;
  };
  for (const std::string& lemma : morphology.words().lemmas_of(verb)) {
    if (lemma.find(' ') != std::string::npos) continue;
    std::vector<std::string> forms = morphology.verb_forms(lemma, &morphology.class_skipped_suffixes());
    forms.push_back(lemma);
    for (const std::string& form : forms) {
      if (form.size() < 4 || listed(form) || verb_words_.count(form)) continue;
      if (morphology.parts(form) == verb) verb_words_[form] = true;
    }
  }
}

bool Chunker::is_verb_word(const std::string& norm) const { return verb_words_.count(norm) > 0; }

bool Chunker::closed_class(const std::string& norm) const { return closed_words_.count(norm) > 0; }

bool Chunker::in_class(const std::string& norm, std::string_view cls) const {
  for (const std::string& tag : symbols_.word_tags(norm))
    if (tag == cls) return true;
  return false;
}

bool Chunker::verb_class_word(const std::string& norm) const {
  for (const std::string& tag : symbols_.word_tags(norm))
    if (tag.front() != '\'' && verb_tag(tag)) return true;
  return false;
}

bool Chunker::nominal(const std::vector<Token>& tokens, std::size_t i, bool inside_np) const {
  if (i >= tokens.size() || !tokens[i].word) return false;
  const Token& t = tokens[i];
  const std::string& n = t.norm;
  if (is_year_token(t)) return false;
  if (t.number) return true;
  if (closed_class(n)) return false;
  const auto& tags = symbols_.word_tags(n);
  if (has_tag(tags, "ADV")) return false;
  if (n.size() > 4 && grammar_.adverb_endings.of(n) && !is(grammar_.nounable, n) && !is(grammar_.not_adverbs, n)) return false;
  auto next_is_noun = [&] {
    if (i + 1 >= tokens.size() || !tokens[i + 1].word) return false;
    const std::string& m = tokens[i + 1].norm;
    if (closed_class(m) || is_year_token(tokens[i + 1])) return false;
    if (has_tag(symbols_.word_tags(m), "ADV")) return false;
    return !is_verb_word(m) || is(grammar_.nounable, m);
  };
  bool after_verb_opener = i > 0 && is(grammar_.modal_verbs, tokens[i - 1].norm);
  // "presidents should serve terms": after a modal, a word that can be a verb is the verb.
  if (after_verb_opener && morphology_ && morphology_->words().has(n, verb)) return false;
  if (is_verb_word(n)) {
    // "its institutes", "the launches": after an article or a possessive, a verb form that is a
    // noun too is the noun.
    bool after_noun_opener = i > 0 && (is(grammar_.articles, tokens[i - 1].norm) || is(grammar_.possessive_pronouns, tokens[i - 1].norm));
    // So is one inside a noun phrase before "of" ("the member institutes of the council").
    bool before_genitive = inside_np && i + 1 < tokens.size() && is(grammar_.genitive_prepositions, tokens[i + 1].norm) &&
                           i > 0 && tokens[i - 1].word && !closed_class(tokens[i - 1].norm);
    bool noun_too = (after_noun_opener || before_genitive) && morphology_ && (morphology_->parts(n) & noun);
    if (!inside_np || (!is(grammar_.nounable, n) && !noun_too)) return false;
    // "the head of", "export support": a noun; but "…, lead the" is a verb.
    if (i + 1 < tokens.size() && (is(grammar_.determiners, tokens[i + 1].norm) || is(grammar_.pronouns, tokens[i + 1].norm)))
      return false;
    return true;
  }
  if ((grammar_.past_endings.of(n) || grammar_.gerund_endings.of(n)) && n.find('-') == std::string::npos &&
      !is(grammar_.nounable, n) && !is(grammar_.event_heads, n) && !is(grammar_.programme_heads, n) &&
      !is(grammar_.organisation_heads, n)) {
    // A participle or gerund belongs to a noun phrase only when a noun follows it ("a meeting",
    // "a briefing" are nouns of their own).
    return next_is_noun();
  }
  return true;
}

std::size_t Chunker::phrase_at(const std::vector<Token>& tokens, std::size_t i, std::string* phrase) const {
  auto found = phrases_.find(tokens[i].norm);
  if (found == phrases_.end()) return 0;
  for (const auto& norms : found->second) {
    if (i + norms.size() > tokens.size()) continue;
    bool all = true;
    for (std::size_t k = 0; k < norms.size() && all; ++k) all = tokens[i + k].norm == norms[k];
    if (!all) continue;
    phrase->clear();
    for (std::size_t n = 0; n < norms.size(); ++n) *phrase += (n == 0 ? "" : " ") + norms[n];
    return norms.size();
  }
  return 0;
}

std::string Chunker::clean_label(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                                 std::string_view text) const {
  // Leading determiners, lower-case possessives ("each region's") and evaluative modifiers go.
  std::size_t start = first;
  for (std::size_t k = first; k < last; ++k) {
    const std::string& n = tokens[k].norm;
    bool possessive = grammar_.possessive_endings.of(n) && !tokens[k].capitalised;
    bool quantity = is(grammar_.quantity_nouns, n) && k + 1 < last && is(grammar_.genitive_prepositions, tokens[k + 1].norm);
    bool after_quantity = is(grammar_.genitive_prepositions, n) && k > first && is(grammar_.quantity_nouns, tokens[k - 1].norm);
    if (is(grammar_.determiners, n) || is(grammar_.drop_modifiers, n) || possessive || quantity || after_quantity) {
      start = k + 1;
      continue;
    }
    break;
  }
  if (start >= last) start = first;
  // "R&D-oriented" stays as written; the rest is the source text between the tokens.
  return span_label(tokens, start, last, text);
}

void Chunker::finish(Item& item) const {
  // A mention carries the noun classes of its head ("multiple problems" is a PROBLEM_NOUN), never
  // its verb classes: "Institute" must not read as the verb "institute". The classes of the last
  // two words ("central goal") and of the head ("goal") together, when the alphabet has that
  // combination; else those of the two words, else those of the head.
  auto with_classes = [&](std::initializer_list<const std::string*> sources) {
    std::vector<std::string> tags;
    if (item.type.empty()) return tags;
    tags.push_back(item.type);
    for (const std::string* words : sources)
      for (const std::string& tag : symbols_.word_tags(*words))
        if (tag.front() != '\'' && noun_tag(tag)) tags.push_back(tag);
    if (item.proper || !item.candidates.empty()) tags.push_back("PROPER");
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    return tags;
  };
  std::vector<std::string> tags = with_classes({&item.head, &item.head_phrase});
  if (!symbols_.has(tags)) tags = with_classes({&item.head_phrase});
  std::size_t bare = (item.proper || !item.candidates.empty()) ? 2 : 1;  // the type, and PROPER
  if (!symbols_.has(tags) || tags.size() == bare) tags = with_classes({&item.head});
  item.tags = tags;
  item.symbol = symbols_.symbol(tags);
}

Item Chunker::word_item(const std::vector<Token>& tokens, std::size_t i, std::string_view) const {
  Item item;
  item.first = i;
  item.last = i + 1;
  const Token& t = tokens[i];
  item.head = t.norm;
  const auto& tags = symbols_.word_tags(t.norm);
  if (!tags.empty()) {
    item.tags = tags;
  } else {
    item.tags = {t.word ? "WORD" : "PUNCT"};
  }
  item.symbol = symbols_.symbol(item.tags);
  for (const std::string& tag : item.tags)
    if (verb_tag(tag)) item.verb = true;
  if (t.word && is_verb_word(t.norm)) item.verb = true;
  // An unknown lower-case word in the past form is a verb ("it repackaged …").
  if (t.word && !item.verb && grammar_.past_endings.of(t.norm) && !t.capitalised && !closed_class(t.norm) &&
      t.norm.find('-') == std::string::npos)
    item.verb = true;
  return item;
}

std::vector<Item> Chunker::chunk(const std::vector<Token>& tokens, std::string_view text,
                                 std::optional<int> document_year) const {
  Scan scan(*this, tokens, text, document_year);
  std::size_t i = 0;
  while (i < tokens.size()) {
    // Each step takes one kind of item at token i and moves i past it, or leaves i alone.
    if (scan.complementizer(i)) {
      scan.items.push_back(word_item(tokens, i, text));
      ++i;
      continue;
    }
    if (scan.record_opening(i) || scan.pack_name(i) || scan.date(i) || scan.year(i) || scan.lexicon_phrase(i) ||
        scan.parenthesis(i) || scan.person(i) || scan.pronoun(i) || scan.proper_name(i) || scan.possessive_description(i) ||
        scan.particle(i) || scan.participle(i) || scan.verb_after_mention(i) || scan.former_or_latter(i) ||
        scan.noun_phrase(i))
      continue;
    scan.items.push_back(scan.tagged_word(i));
    ++i;
  }
  scan.join_leaders();
  scan.join_named_descriptions();
  scan.type_named_by_apposition();
  scan.split_acronym_roles();
  scan.join_title_modifiers();
  return scan.lists();
}

}  // namespace policygraph::ingest
