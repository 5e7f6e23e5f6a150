// Base forms and inflections (morphology.hpp). Analysis tries the word, then WordNet's irregular
// forms, then every suffix rule whose candidate WordNet knows; a collocation is analysed by its
// head: the first word of a verb ("rolled out"), the last of a noun ("science parks").
#include "ingest/morphology.hpp"

#include <algorithm>
#include <set>

#include "graph/error.hpp"
#include "ingest/pack.hpp"

namespace policygraph::ingest {
namespace {

std::vector<Morphology::Rule> read_rules(const Lexicon& lexicon, const std::string& name) {
  std::vector<Morphology::Rule> rules;
  for (const std::string& entry : lexicon.list(name)) {
    std::size_t arrow = entry.find('>');
    if (arrow == std::string::npos || arrow == 0)
      throw InputError("lexicon list '" + name + "': '" + entry + "' is not SUFFIX>ENDING");
    rules.push_back({entry.substr(0, arrow), entry.substr(arrow + 1)});
  }
  // Longer suffixes first, so that "ies>y" is tried before "s>"; the set's order breaks ties.
  std::stable_sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) { return a.suffix.size() > b.suffix.size(); });
  return rules;
}

void add(std::vector<std::string>& out, std::string word) {
  if (std::find(out.begin(), out.end(), word) == out.end()) out.push_back(std::move(word));
}

}  // namespace

Morphology::Morphology(const WordNet& words, const Lexicon& lexicon)
    : Morphology(words, read_rules(lexicon, "verb_suffixes"), read_rules(lexicon, "noun_suffixes"),
                 read_rules(lexicon, "adjective_suffixes")) {
  const std::set<std::string>& prefixes = lexicon.list("verb_prefixes");
  prefixes_.assign(prefixes.begin(), prefixes.end());
  const std::set<std::string>& skipped = lexicon.list("class_skipped_suffixes");
  class_skipped_.assign(skipped.begin(), skipped.end());
}

Morphology::Morphology(const WordNet& words, std::vector<Rule> verb_rules, std::vector<Rule> noun_rules,
                       std::vector<Rule> adjective_rules)
    : words_(words), verb_rules_(std::move(verb_rules)), noun_rules_(std::move(noun_rules)), adjective_rules_(std::move(adjective_rules)) {}

const std::vector<Morphology::Rule>& Morphology::rules(PartOfSpeech part) const {
  static const std::vector<Rule> none;
  switch (part) {
    case verb: return verb_rules_;
    case noun: return noun_rules_;
    case adjective: return adjective_rules_;
    default: return none;
  }
}

std::vector<std::string> Morphology::bases(std::string_view form, PartOfSpeech part) const {
  std::vector<std::string> out;
  if (form.empty()) return out;
  // A collocation: inflect its head word, keep the rest ("rolled out" → "roll out"); WordNet
  // is asked about the whole, not the head alone.
  std::size_t space = form.find(' ');
  if (space != std::string_view::npos && part != adverb) {
    bool head_first = part == verb;
    std::size_t split = head_first ? space : form.rfind(' ');
    std::string_view head = head_first ? form.substr(0, split) : form.substr(split + 1);
    std::string_view rest = head_first ? form.substr(split) : form.substr(0, split + 1);
    if (words_.has(form, part)) add(out, std::string(form));
    for (const std::string& base : candidates(head, part)) {
      std::string whole = head_first ? base + std::string(rest) : std::string(rest) + base;
      if (words_.has(whole, part)) add(out, std::move(whole));
    }
    return out;
  }
  for (std::string& base : candidates(form, part))
    if (words_.has(base, part)) add(out, std::move(base));
  // A verb made with a prefix the pack lists ("repackaged" → "re" + "package"), when WordNet
  // lacks the whole.
  if (out.empty() && part == verb) {
    for (const std::string& prefix : prefixes_) {
      if (form.size() < prefix.size() + 3 || !form.starts_with(prefix)) continue;
      for (const std::string& base : bases(form.substr(prefix.size()), verb)) add(out, prefix + base);
    }
  }
  return out;
}

std::vector<std::string> Morphology::candidates(std::string_view form, PartOfSpeech part) const {
  std::vector<std::string> out;
  add(out, std::string(form));
  for (const std::string& base : words_.irregular(form, part)) add(out, base);
  for (const Rule& rule : rules(part)) {
    if (form.size() <= rule.suffix.size() || !form.ends_with(rule.suffix)) continue;
    std::string candidate(form.substr(0, form.size() - rule.suffix.size()));
    candidate += rule.ending;
    if (candidate.size() >= 2) add(out, std::move(candidate));
  }
  return out;
}

uint8_t Morphology::parts(std::string_view form) const {
  return parts_memo_.get(form, [&](std::string_view word) {
    uint8_t bits = 0;
    for (PartOfSpeech part : {noun, verb, adjective, adverb})
      if (part == adverb ? words_.has(word, adverb) : can_be(word, part)) bits |= part;
    return bits;
  });
}

bool Morphology::inflected_verb(std::string_view form) const {
  if (words_.has(form, verb)) return false;
  return can_be(form, verb);
}

unsigned Morphology::frequency(std::string_view form, PartOfSpeech part) const {
  unsigned best = 0;
  for (const std::string& base : bases(form, part)) best = std::max<unsigned>(best, words_.count(base, part));
  return best;
}

std::vector<std::string> Morphology::inflect(std::string_view word, PartOfSpeech part, const std::vector<std::string>* skipped) const {
  std::vector<std::string> out;
  auto allowed = [&](const std::string& form) {
    return !skipped || std::none_of(skipped->begin(), skipped->end(), [&](const std::string& suffix) { return form.ends_with(suffix); });
  };
  auto slot = [](const std::string& suffix) { return suffix.back(); };
  const std::vector<std::string>& irregular = words_.irregular_forms(word, part);
  for (const std::string& form : irregular)
    if (allowed(form)) add(out, form);
  // The rules read backwards. Rules whose suffixes end in the same letter make one form ("s",
  // "es", "ies": the third person); of those, the rule with the longest ending the word has wins
  // ("study" → "studies" by "ies>y", "launch" → "launches" by "ches>ch"). A word with irregular
  // forms of a slot gets no regular one there ("led", not "leaded"). A regular form no text has
  // ("beginned" beside "began") may remain: classes are matched against the words of a text.
  std::vector<char> slots;
  for (const Rule& rule : rules(part))
    if (std::find(slots.begin(), slots.end(), slot(rule.suffix)) == slots.end()) slots.push_back(slot(rule.suffix));
  for (char letter : slots) {
    const Rule* best = nullptr;
    for (const Rule& rule : rules(part)) {
      if (slot(rule.suffix) != letter || !allowed(rule.suffix)) continue;
      if (!word.ends_with(rule.ending) || word.size() <= rule.ending.size()) continue;
      if (!best || rule.ending.size() > best->ending.size()) best = &rule;
    }
    if (!best) continue;
    bool covered = std::any_of(irregular.begin(), irregular.end(), [&](const std::string& form) { return form.back() == letter; });
    if (covered) continue;
    std::string form(word.substr(0, word.size() - best->ending.size()));
    form += best->suffix;
    if (form != word) add(out, std::move(form));
  }
  return out;
}

std::vector<std::string> Morphology::verb_forms(std::string_view base, const std::vector<std::string>* skipped) const {
  std::size_t space = base.find(' ');
  std::string_view head = base.substr(0, space);
  std::string rest = space == std::string_view::npos ? std::string() : std::string(base.substr(space));
  std::vector<std::string> out;
  for (const std::string& form : inflect(head, verb, skipped)) add(out, form + rest);
  return out;
}

std::vector<std::string> Morphology::noun_forms(std::string_view base) const {
  std::size_t space = base.rfind(' ');
  std::string_view head = space == std::string_view::npos ? base : base.substr(space + 1);
  std::string rest = space == std::string_view::npos ? std::string() : std::string(base.substr(0, space + 1));
  std::vector<std::string> out;
  for (const std::string& form : inflect(head, noun, nullptr)) add(out, rest + form);
  return out;
}

}  // namespace policygraph::ingest
