// The chunker: one left-to-right pass over a sentence's tokens. Fixed spans first (pack names,
// dates, lexicon phrases, titled people), then capitalised names and lower-case noun phrases
// with "of"/"for" extensions, then lists. Verbs are told from nouns by the lexicon and by the
// word that follows (an "-ed" or "-ing" word before a noun modifies it).
#include "ingest/chunker.hpp"

#include <algorithm>

#include "ingest/dates.hpp"

namespace policygraph::ingest {
namespace {

bool ends_with(const std::string& text, const char* suffix) {
  std::size_t n = std::char_traits<char>::length(suffix);
  return text.size() > n && text.compare(text.size() - n, n, suffix) == 0;
}

std::string lower(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

// The text of tokens [first, last) as a label shows it: no line breaks, no-break spaces or
// invisible characters; hyphenations at line ends joined (the tokens' offsets are untouched).
std::string span_label(const std::vector<Token>& tokens, std::size_t first, std::size_t last, std::string_view text) {
  return display_text(text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin));
}

bool has_tag(const std::vector<std::string>& tags, const char* tag) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

std::string type_of(NodeKind kind) {
  switch (kind) {
    case NodeKind::administration: return "ADMIN";
    case NodeKind::organisation: return "ORG";
    default: return "PROG";
  }
}

bool is_plural(const std::string& head) {
  return head.size() > 3 && head.back() == 's' && !ends_with(head, "ss") && !ends_with(head, "us") && !ends_with(head, "is");
}

}  // namespace

Chunker::Chunker(const Pack& pack, const Gazetteer& gazetteer, const SymbolTable& symbols)
    : lexicon_(pack.lexicon), gazetteer_(gazetteer), symbols_(symbols) {
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
  static const std::pair<List, const char*> names[] = {
      {determiners, "determiners"}, {prepositions, "prepositions"}, {conjunctions, "conjunctions"}, {pronouns, "pronouns"},
      {relatives, "relatives"}, {programme_heads, "programme_heads"}, {organisation_heads, "organisation_heads"},
      {event_heads, "event_heads"}, {administration_heads, "administration_heads"}, {nounable, "nounable"},
      {drop_modifiers, "drop_modifiers"}, {definite_modifiers, "definite_modifiers"}, {person_titles, "person_titles"},
      {person_roles, "person_roles"}, {expletive_cues, "expletive_cues"}};
  for (const auto& [bit, name] : names)
    for (const std::string& word : pack.lexicon.list(name)) masks_[word] |= 1u << bit;
  for (const List bit : {prepositions, conjunctions, pronouns, relatives, determiners})
    for (const std::string& word : pack.lexicon.list(names[bit].second)) masks_[word] |= 1u << closed;
  for (const char* word : {"of", "for", "not", "to", "than"}) masks_[word] |= 1u << closed;
  for (const auto& [cls, words] : pack.lexicon.classes) {
    if (pack.lexicon.has("verb_classes", lower(cls))) verb_tags_.insert(cls);
    if (pack.lexicon.has("noun_classes", lower(cls))) noun_tags_.insert(cls);
  }
  for (auto& [first, list] : phrases_)
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  if (pack.morphology) add_open_class_verbs(*pack.morphology);
}

// Verbs beyond the hand lists: every form of a WordNet verb that WordNet knows as nothing else
// ("unveils", "repackaged", "prioritises", "overseen") is a verb. A form that may also be a noun
// or an adjective ("funds", "advanced") is left to the lists and to context; gerunds too, since
// they head noun phrases ("the building of …").
void Chunker::add_open_class_verbs(const Morphology& morphology) {
  for (const std::string& lemma : morphology.words().lemmas_of(verb)) {
    if (lemma.find(' ') != std::string::npos) continue;
    std::vector<std::string> forms = morphology.verb_forms(lemma, &morphology.class_skipped_suffixes());
    forms.push_back(lemma);
    for (const std::string& form : forms) {
      if (form.size() < 4 || masks_.count(form) || verb_words_.count(form)) continue;
      if (morphology.parts(form) == verb) verb_words_[form] = true;
    }
  }
}

bool Chunker::is_verb_word(const std::string& norm) const { return verb_words_.count(norm) > 0; }

bool Chunker::closed_class(const std::string& norm) const { return in(closed, norm); }

bool Chunker::in_class(const std::string& norm, std::string_view cls) const {
  for (const std::string& tag : symbols_.word_tags(norm))
    if (tag == cls) return true;
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
  if (n.size() > 4 && ends_with(n, "ly") && !in(nounable, n) && n != "family" && n != "supply" &&
      n != "assembly" && n != "july" && n != "italy" && n != "monopoly")
    return false;
  auto next_is_noun = [&] {
    if (i + 1 >= tokens.size() || !tokens[i + 1].word) return false;
    const std::string& m = tokens[i + 1].norm;
    if (closed_class(m) || is_year_token(tokens[i + 1])) return false;
    if (has_tag(symbols_.word_tags(m), "ADV")) return false;
    return !is_verb_word(m) || in(nounable, m);
  };
  if (is_verb_word(n)) {
    if (!inside_np || !in(nounable, n)) return false;
    // "the head of", "export support": a noun; but "…, lead the" is a verb.
    if (i + 1 < tokens.size() && (in(determiners, tokens[i + 1].norm) || in(pronouns, tokens[i + 1].norm)))
      return false;
    return true;
  }
  if ((ends_with(n, "ed") || ends_with(n, "ing")) && n.find('-') == std::string::npos && !in(nounable, n) &&
      !in(event_heads, n) && !in(programme_heads, n) && !in(organisation_heads, n)) {
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
    for (const std::string& norm : norms) *phrase += (phrase->empty() ? "" : " ") + norm;
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
    bool possessive = ends_with(n, "'s") && !tokens[k].capitalised;
    if (in(determiners, n) || in(drop_modifiers, n) || possessive ||
        (lexicon_.has("quantity_nouns", n) && k + 1 < last && tokens[k + 1].norm == "of") || (n == "of" && k > first && lexicon_.has("quantity_nouns", tokens[k - 1].norm))) {
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
  if (t.word && !item.verb && (ends_with(t.norm, "ed") || ends_with(t.norm, "es")) && !t.capitalised &&
      !closed_class(t.norm) && t.norm.find('-') == std::string::npos)
    item.verb = ends_with(t.norm, "ed");
  return item;
}

std::vector<Item> Chunker::chunk(const std::vector<Token>& tokens, std::string_view text,
                                 std::optional<int> document_year) const {
  std::vector<Item> items;
  std::vector<GazetteerMatch> names = gazetteer_.find(tokens);
  auto heads_any_name = [&](const std::string& n) {
    return in(programme_heads, n) || in(organisation_heads, n) || in(event_heads, n);
  };
  auto closed_class = [this](const std::string& norm) { return this->closed_class(norm); };
  std::vector<DateMention> dates = scan_dates(tokens, text, lexicon_, document_year);
  // A programme's name inside a longer capitalised name ("Technopark Policy Forum") is part of it.
  std::erase_if(names, [&](const GazetteerMatch& m) {
    if (m.entries.front()->kind != NodeKind::programme || m.last >= tokens.size()) return false;
    const Token& next = tokens[m.last];
    bool version = next.number && !is_year_token(next);  // "Korean New Deal 2.0"
    // "Regional Innovation System & Education": "&" and a capital continue the name.
    if (next.norm == "&" && m.last + 1 < tokens.size() && tokens[m.last + 1].capitalised) return true;
    if (!version && (!next.word || !(next.capitalised || next.all_caps) || closed_class(next.norm))) return false;
    for (const GazetteerMatch& other : names)
      if (other.first == m.last) return false;
    return true;
  });
  // "Special Act on the International Science and Business Belt", "Center for Creative Economy
  // Research": a programme's name after "of", "on" or "for" and a capitalised head is inside a
  // longer name.
  std::erase_if(names, [&](const GazetteerMatch& m) {
    if (m.entries.front()->kind != NodeKind::programme || m.first < 2) return false;
    std::size_t k = m.first - 1;
    if (tokens[k].norm == "the" && k > 0) --k;
    if (tokens[k].norm != "of" && tokens[k].norm != "on" && tokens[k].norm != "for") return false;
    if (k == 0) return false;
    const Token& head = tokens[k - 1];
    return head.word && head.capitalised && !closed_class(head.norm) && heads_any_name(head.norm);
  });
  std::vector<int> name_at(tokens.size(), -1), date_at(tokens.size(), -1);
  for (std::size_t k = 0; k < names.size(); ++k) name_at[names[k].first] = static_cast<int>(k);
  for (std::size_t k = 0; k < dates.size(); ++k)
    if (name_at[dates[k].first_token] < 0) date_at[dates[k].first_token] = static_cast<int>(k);
  std::vector<char> covered(tokens.size() + 1, 0);
  for (const GazetteerMatch& m : names)
    for (std::size_t k = m.first; k < m.last; ++k) covered[k] = 1;
  auto fixed_start = [&](std::size_t k) { return k < tokens.size() && (name_at[k] >= 0 || date_at[k] >= 0); };
  const auto& titles = lexicon_.list("person_titles");
  const auto& roles = lexicon_.list("person_roles");
  auto heads_any = [&](const std::string& n) {
    return in(programme_heads, n) || in(organisation_heads, n) || in(event_heads, n) ||
           in(administration_heads, n);
  };
  // "Jae-in", "Geun-hye": a capital, a hyphen, a lower-case syllable ("Wide-Area" is not a name).
  auto korean_given_name = [&](const Token& t) {
    std::size_t dash = t.norm.find('-');
    if (!t.capitalised || dash == std::string::npos || dash + 1 >= t.norm.size() || t.norm.find('-', dash + 1) != std::string::npos)
      return false;
    std::string_view surface = t.surface(text);
    std::size_t at = surface.find('-');
    return at != std::string_view::npos && at + 1 < surface.size() && surface[at + 1] >= 'a' && surface[at + 1] <= 'z';
  };
  // A family name may be a head noun too ("Park Sung-jin"): before a given name it is a name.
  auto name_like = [&](std::size_t k) {
    const Token& t = tokens[k];
    bool family_name = t.norm.find('-') == std::string::npos &&
                       ((k + 1 < tokens.size() && korean_given_name(tokens[k + 1])) || (k > 0 && korean_given_name(tokens[k - 1])));
    return t.word && (t.capitalised || t.all_caps) && !t.number && !closed_class(t.norm) && (!heads_any(t.norm) || family_name) &&
           !fixed_start(k) && !covered[k];
  };

  // The end of a run of capitalised words joined by "of", "for", "and", "&", "on", "of the".
  auto proper_run = [&](std::size_t i) -> std::size_t {
    const Token& t = tokens[i];
    bool leading_year = is_year_token(t) && i + 1 < tokens.size() && tokens[i + 1].capitalised;
    if (!t.word || !(t.capitalised || t.all_caps || leading_year) || closed_class(t.norm) || fixed_start(i) || covered[i])
      return i;
    if (is_verb_word(t.norm) && i == 0) return i;
    std::size_t j = i;
    std::size_t last_capital = i;
    bool after_of = false;
    auto capital_word = [&](std::size_t k) {
      return k < tokens.size() && tokens[k].word && (tokens[k].capitalised || tokens[k].all_caps) && !closed_class(tokens[k].norm) &&
             !fixed_start(k) && !covered[k];
    };
    // "Ministry of Trade, Industry and Energy", "Special Act on Local Autonomy, Decentralization and
    // Balanced Regional Development": after "of", "for" or "on", a comma list of capitalised words
    // that ends in "and" plus a capitalised word is inside the name.
    auto name_list_follows = [&](std::size_t comma) {
      std::size_t k = comma + 1;
      for (int items = 0; items < 6; ++items) {
        if (!capital_word(k)) return false;
        while (capital_word(k)) ++k;
        if (k < tokens.size() && tokens[k].norm == ",") {
          ++k;
          continue;
        }
        return k + 1 < tokens.size() && tokens[k].norm == "and" && capital_word(k + 1);
      }
      return false;
    };
    while (j < tokens.size()) {
      // "the Incheon FEZ", "the Daegu Creative Economy Innovation Center": capitals before a
      // programme's or an organisation's pack name make a longer name of their own.
      if (j > i && j == last_capital + 1 && name_at[j] >= 0 && !titles.count(tokens[i].norm) && !roles.count(tokens[i].norm) &&
          names[static_cast<std::size_t>(name_at[j])].entries.front()->kind != NodeKind::administration &&
          !is_verb_word(tokens[j - 1].norm)) {
        j = names[static_cast<std::size_t>(name_at[j])].last;
        last_capital = j - 1;
        continue;
      }
      if (fixed_start(j) || covered[j]) break;
      const Token& u = tokens[j];
      bool capital = u.word && (u.capitalised || u.all_caps || (u.number && (j > i || leading_year))) && (!closed_class(u.norm) || j == i);
      if (capital) {
        last_capital = j;
        ++j;
        // "KRCF's member institutes": a possessive ends the name.
        if (ends_with(u.norm, "'s") && j > i + 0) break;
        continue;
      }
      if (u.norm == "of" || u.norm == "for" || u.norm == "on") after_of = true;
      if (u.norm == "," && after_of && name_list_follows(j)) {
        ++j;
        continue;
      }
      // "Special Act on the International Science and Business Belt": "of the", "on the", "for the".
      bool job_title = in(person_titles, tokens[i].norm) || in(person_roles, tokens[i].norm);
      bool of_the = !job_title && (u.norm == "of" || u.norm == "on" || u.norm == "for") && j + 2 < tokens.size() && tokens[j + 1].norm == "the" &&
                    tokens[j + 2].word && tokens[j + 2].capitalised && !closed_class(tokens[j + 2].norm) && !covered[j + 2];
      if (of_the) {
        j += 2;
        continue;
      }
      // "KASI and Jung Mi-ra": "and" before a person's name ends the name; so does "and" after a
      // head noun ("Green Zones and Port Zones" are two names).
      if (u.norm == "and" && j + 2 < tokens.size() && tokens[j + 1].capitalised && korean_given_name(tokens[j + 2])) break;
      if (u.norm == "and" && j > i && heads_any_name(tokens[j - 1].norm) && is_plural(tokens[j - 1].norm)) break;
      if (u.norm == "and" && j + 1 < tokens.size() && titles.count(tokens[j + 1].norm)) break;
      bool connector = (u.norm == "of" || u.norm == "for" || u.norm == "and" || u.norm == "&" || u.norm == "on") &&
                       j + 1 < tokens.size() && tokens[j + 1].word && (tokens[j + 1].capitalised || tokens[j + 1].all_caps) &&
                       !fixed_start(j + 1) && !covered[j + 1];
      if (!connector) break;
      ++j;
    }
    return last_capital + 1;
  };

  // A verb form: a word of the verb list or of a verbal class.
  auto verbal = [&](std::size_t at) {
    if (is_verb_word(tokens[at].norm)) return true;
    for (const std::string& tag : symbols_.word_tags(tokens[at].norm))
      if (tag.front() != '\'' && verb_tag(tag)) return true;
    return false;
  };
  // "argued that the office must …": "that" after a verb starts a clause; it is not a determiner.
  auto complementizer = [&](std::size_t k) {
    if (k == 0 || tokens[k].norm != "that" || k + 1 >= tokens.size() || !tokens[k + 1].word) return false;
    const std::string& before = tokens[k - 1].norm;
    if (verbal(k - 1)) return true;
    // "He reported that the centres …": a past-tense word before "that" and a determiner or a name.
    if (before.size() > 4 && ends_with(before, "ed") && !tokens[k - 1].capitalised &&
        (in(determiners, tokens[k + 1].norm) || tokens[k + 1].capitalised))
      return true;
    // "the conference that KAIST organised": "that" between a noun and a name is a relative.
    if (tokens[k + 1].capitalised && tokens[k - 1].word && !tokens[k - 1].capitalised && !closed_class(before)) return true;
    // "She warned, however, that …", "that A, that B, and that C": after a comma or a conjunction,
    // "that" continues a reporting verb's clauses.
    if (before == "," || before == "and" || before == "or" || before == "but") {
      for (std::size_t back = k - 1; back-- > 0 && back + 6 >= k;)
        if (verbal(back)) return true;
      for (std::size_t back = k - 1; back-- > 1;)
        if (tokens[back].norm == "that" && verbal(back - 1)) return true;
    }
    return false;
  };

  // "made basic science and the attraction of researchers central goals": after a plural noun, a
  // phrase headed by a goal noun is the object's complement, not part of it.
  auto complement_starts = [&](std::size_t k) {
    if (k == 0 || k + 1 >= tokens.size()) return false;
    const std::string& before = tokens[k - 1].norm;
    bool plural_before = before.size() > 3 && before.back() == 's' && !ends_with(before, "ss");
    auto goal_like = [&](const std::string& w) { return in_class(w, "GOAL_NOUN") || in_class(w, "PRIORITY_NOUN"); };
    return plural_before && !goal_like(before) && !goal_like(tokens[k].norm) && goal_like(tokens[k + 1].norm);
  };

  std::size_t i = 0;
  while (i < tokens.size()) {
    const Token& t = tokens[i];
    if (complementizer(i)) {
      items.push_back(word_item(tokens, i, text));
      ++i;
      continue;
    }
    // "Minutes of the 7th meeting …", "Record of the …": a record that opens a line is about the
    // meeting after it, which is the mention.
    if (i == 0 && i + 2 < tokens.size() && tokens[i + 1].norm == "of" && lexicon_.has("record_nouns", t.norm)) {
      items.push_back(word_item(tokens, i, text));
      items.push_back(word_item(tokens, i + 1, text));
      i += 2;
      continue;
    }
    // Pack names, with the determiners before them ("in the People's Government").
    std::size_t name_start = i;
    while (name_start < tokens.size() && in(determiners, tokens[name_start].norm) && name_at[name_start] < 0 &&
           date_at[name_start] < 0)
      ++name_start;
    // "a new Regional Innovation System project": one or two plain modifiers before a pack name.
    if (name_start > i && name_start < tokens.size() && name_at[name_start] < 0) {
      std::size_t k = name_start;
      while (k < name_start + 2 && k < tokens.size() && tokens[k].word && !tokens[k].capitalised && !closed_class(tokens[k].norm) &&
             !is_verb_word(tokens[k].norm) && !tokens[k].number && name_at[k] < 0 && date_at[k] < 0)
        ++k;
      if (k > name_start && k < tokens.size() && name_at[k] >= 0) name_start = k;
    }
    if (name_start < tokens.size() && name_at[name_start] >= 0) {
      const GazetteerMatch& m = names[static_cast<std::size_t>(name_at[name_start])];
      Item item;
      item.first = i;
      item.last = m.last;
      item.candidates = m.entries;
      item.type = type_of(m.entries.front()->kind);
      std::size_t end = m.last;
      // "the regional strategic industry programme": the head noun belongs to the name.
      if (item.type == "PROG" && end < tokens.size() && !tokens[end].capitalised &&
          in(programme_heads, tokens[end].norm) && !fixed_start(end))
        ++end;
      item.last = end;
      item.label = span_label(tokens, m.first, m.last, text);
      item.head = tokens[end - 1].norm;
      item.proper = true;
      finish(item);
      items.push_back(std::move(item));
      i = end;
      continue;
    }
    // Dates and years.
    if (date_at[i] >= 0) {
      const DateMention& d = dates[static_cast<std::size_t>(date_at[i])];
      Item item;
      item.first = d.first_token;
      item.last = d.last_token;
      item.type = "DATE";
      item.date = d.date;
      item.year_given = d.year_given;
      finish(item);
      items.push_back(std::move(item));
      i = d.last_token;
      continue;
    }
    bool year_in_name = is_year_token(t) && i + 1 < tokens.size() && tokens[i + 1].word && tokens[i + 1].capitalised &&
                        !closed_class(tokens[i + 1].norm) && !fixed_start(i + 1) && !lexicon_.months.count(tokens[i + 1].norm) &&
                        i > 0 && in(determiners, tokens[i - 1].norm);
    if (is_year_token(t) && !year_in_name) {
      Item item;
      item.first = i;
      item.last = i + 1;
      item.type = "YEAR";
      item.date = Date{std::stoi(t.norm), 0, 0};
      finish(item);
      items.push_back(std::move(item));
      ++i;
      continue;
    }
    // Lexicon phrases ("put more focus on", "in charge of", "the need to").
    std::string phrase;
    if (std::size_t length = phrase_at(tokens, i, &phrase)) {
      Item item;
      item.first = i;
      item.last = i + length;
      item.head = phrase;
      item.tags = symbols_.word_tags(phrase);
      item.symbol = symbols_.symbol(item.tags);
      // "the opening talk" after a determiner is a noun, though its class is verbal.
      bool after_determiner = i > 0 && in(determiners, tokens[i - 1].norm);
      for (const std::string& tag : item.tags)
        if (verb_tag(tag) && !after_determiner) item.verb = true;
      items.push_back(std::move(item));
      i += length;
      continue;
    }
    // Parenthesised acronyms and Korean names belong to the item before them.
    if (t.norm == "(" && !items.empty() && !items.back().type.empty() && i + 2 < tokens.size()) {
      std::size_t close = i + 1;
      while (close < tokens.size() && close < i + 8 && tokens[close].norm != ")") ++close;
      if (close < tokens.size() && tokens[close].norm == ")" && close > i + 1) {
        bool acronym = close == i + 2 && tokens[i + 1].all_caps;
        // "the First Five-Year Plan (2004-2008)": the years of a named thing.
        bool period = items.back().proper || !items.back().candidates.empty();
        for (std::size_t k = i + 1; k < close && period; ++k)
          period = tokens[k].surface(text).find_first_not_of("0123456789-\xE2\x80\x93") == std::string_view::npos;
        acronym = acronym || period;
        // "TIPS (Tech Incubator Program for Startups)": an acronym and its expansion are one mention.
        const Item& before = items.back();
        bool expansion = before.last - before.first == 1 && tokens[before.first].all_caps && close - i >= 3;
        for (std::size_t k = i + 1; k < close && expansion; ++k)
          expansion = !tokens[k].word || tokens[k].capitalised || closed_class(tokens[k].norm);
        if (expansion) {
          std::size_t head_at = close - 1;
          for (std::size_t k = i + 1; k + 1 < close; ++k)
            if (tokens[k + 1].norm == "of" || tokens[k + 1].norm == "for" || tokens[k + 1].norm == "on") {
              head_at = k;
              break;
            }
          if (in(programme_heads, tokens[head_at].norm))
            items.back().type = "PROG";
          else if (in(organisation_heads, tokens[head_at].norm))
            items.back().type = "ORG";
        }
        acronym = acronym || expansion;
        bool hangul = true;
        for (std::size_t k = i + 1; k < close; ++k) hangul = hangul && (tokens[k].hangul || !tokens[k].word);
        bool same_name = name_at[i + 1] >= 0 && !items.back().candidates.empty() &&
                         names[static_cast<std::size_t>(name_at[i + 1])].last == close &&
                         names[static_cast<std::size_t>(name_at[i + 1])].entries.front() == items.back().candidates.front();
        if (acronym || hangul || same_name) {
          items.back().last = close + 1;
          finish(items.back());
          i = close + 1;
          // "the Creative Economy (창조경제) initiative": the head noun after the alias completes the
          // name; "the New University for Regional Innovation (NURI) project" is a project.
          if ((items.back().type == "PROG" || ((items.back().type == "ORG" || items.back().type == "NP") && acronym)) && i < tokens.size() &&
              !tokens[i].capitalised && in(programme_heads, tokens[i].norm) && !fixed_start(i)) {
            items.back().last = ++i;
            items.back().head = tokens[i - 1].norm;
            if (items.back().type != "PROG") {
              items.back().type = "PROG";
              finish(items.back());
            }
          }
          continue;
        }
      }
    }
    // People: a title and a name ("Dr. Kim Sung-ho", "Minister Choi"), or a Korean-style name
    // ("Jeong-hoon Kang"), or a capitalised name followed by ", the head of …".
    {
      std::size_t j = i;
      std::string role;
      if (t.word && t.capitalised && titles.count(t.norm)) {
        j = i + 1;
        if (j < tokens.size() && tokens[j].norm == ".") ++j;
        // Titles of several words: "Deputy Director", "Director General", "Senior Research Fellow".
        std::string title = t.norm;
        while (j < tokens.size() && tokens[j].capitalised && titles.count(title + " " + tokens[j].norm)) title += " " + tokens[j++].norm;
        role = span_label(tokens, i, j, text);
      }
      std::size_t name_start = j;
      std::size_t k = j;
      // A name is not made of titles and roles ("Deputy Director" alone is no one).
      while (k < tokens.size() && k < name_start + 3 && name_like(k) && !titles.count(tokens[k].norm) && !roles.count(tokens[k].norm)) ++k;
      std::size_t length = k - name_start;
      bool korean = false;
      for (std::size_t m = name_start; m < k; ++m) korean = korean || korean_given_name(tokens[m]);
      bool apposition = k + 2 < tokens.size() && tokens[k].norm == "," &&
                        (roles.count(tokens[k + 1].norm) ||
                         (in(determiners, tokens[k + 1].norm) && roles.count(tokens[k + 2].norm)));
      bool titled = !role.empty() && length >= 1;
      bool named = length >= 2 && length <= 3 && (korean || apposition);
      if (titled || named) {
        Item item;
        item.first = i;
        item.last = k;
        item.type = "PERSON";
        item.label = span_label(tokens, name_start, k, text);
        item.head = tokens[k - 1].norm;
        item.role = role;
        item.proper = true;
        finish(item);
        items.push_back(std::move(item));
        i = k;
        continue;
      }
    }
    // Pronouns; "it was claimed that", "it is necessary to" are not about anything.
    bool expletive = t.norm == "it" && i + 2 < tokens.size() && has_tag(symbols_.word_tags(tokens[i + 1].norm), "BE") &&
                     (has_tag(symbols_.word_tags(tokens[i + 2].norm), "SAY") ||
                      has_tag(symbols_.word_tags(tokens[i + 2].norm), "ARGUE") || in(expletive_cues, tokens[i + 2].norm));
    if (!expletive && !t.all_caps && (t.norm == "it" || t.norm == "they" || t.norm == "them" || t.norm == "he" || t.norm == "she" ||
        ((t.norm == "this" || t.norm == "that") && i + 1 < tokens.size() &&
         (is_verb_word(tokens[i + 1].norm) || has_tag(symbols_.word_tags(tokens[i + 1].norm), "ADV")) &&
         !in(nounable, tokens[i + 1].norm) && !heads_any(tokens[i + 1].norm)))) {
      Item item;
      item.first = i;
      item.last = i + 1;
      item.type = "PRON";
      item.head = t.norm;
      item.plural = t.norm != "it" && t.norm != "this" && t.norm != "that";
      finish(item);
      items.push_back(std::move(item));
      ++i;
      continue;
    }
    // Capitalised names ("Office of Entrepreneurship and Innovation Studies", "Creative Economy
    // Innovation Centers"), after any determiners. A lone capital at the start of a sentence is
    // only a capital.
    {
      std::size_t start = i;
      while (start < tokens.size() && (in(determiners, tokens[start].norm) || (tokens[start].number && !is_year_token(tokens[start]))) &&
             !fixed_start(start))
        ++start;
      // "a new Regional Innovation System project": one or two lower-case modifiers after a
      // determiner do not keep the name from being one.
      if (start > i && start < tokens.size()) {
        std::size_t k = start;
        while (k < start + 2 && k < tokens.size() && tokens[k].word && !tokens[k].capitalised && !closed_class(tokens[k].norm) &&
               !is_verb_word(tokens[k].norm) && !tokens[k].number)
          ++k;
        if (k > start && k < tokens.size() && tokens[k].capitalised && !closed_class(tokens[k].norm) && !fixed_start(k) &&
            proper_run(k) > k + 1)
          start = k;
      }
      std::size_t end = start < tokens.size() ? proper_run(start) : start;
      // "the Regional Innovation Center programme": a lower-case head after a name completes it.
      bool extended_by_head = false;
      // (Not after a lone capital at the start of a sentence: "Regional industry promotion …".)
      if (end > start && end < tokens.size() && tokens[end].word && !tokens[end].capitalised && !fixed_start(end) &&
          !(start == 0 && end == 1) &&
          (in(programme_heads, tokens[end].norm) || in(event_heads, tokens[end].norm))) {
        ++end;
        extended_by_head = true;
      }
      const Token* first = start < tokens.size() ? &tokens[start] : nullptr;
      bool sentence_initial_single = start == 0 && end == start + 1;
      bool title_word = first && titles.count(first->norm) > 0 && end == start + 1;
      // "R&D-oriented regional industry", "Korean government": one capital before lower-case
      // nouns modifies them.
      bool modifier = !extended_by_head && end == start + 1 && !ends_with(tokens[start].norm, "'s") && end < tokens.size() &&
                      tokens[end].word && !tokens[end].capitalised &&
                      !tokens[end].all_caps && nominal(tokens, end, true) && !is_verb_word(tokens[end].norm);
      if (end > start && !sentence_initial_single && !title_word && !modifier) {
        Item item;
        item.first = i;
        item.last = end;
        item.proper = true;
        item.label = span_label(tokens, start, end, text);
        bool possessive = ends_with(tokens[end - 1].norm, "'s");
        if (possessive)
          for (const char* mark : {"'s", "\xE2\x80\x99s", "\xE2\x80\xB2s", "\xC2\xB4s"})
            if (ends_with(item.label, mark)) item.label.resize(item.label.size() - std::char_traits<char>::length(mark));
        std::size_t head_at = end - 1;
        while (head_at > start && tokens[head_at].number) --head_at;  // "Vision 2030", "Deal 2.0"
        item.head = tokens[head_at].norm;
        if (possessive && ends_with(item.head, "'s")) item.head.resize(item.head.size() - 2);
        for (std::size_t k = start; k + 1 < end && !extended_by_head; ++k)
          if ((tokens[k + 1].norm == "of" || tokens[k + 1].norm == "for" || tokens[k + 1].norm == "on") && heads_any(tokens[k].norm)) {
            item.head = tokens[k].norm;
            break;
          }
        // "Director-General for Academic Research Policy", "Senior Research Fellow": a job title.
        bool job_title = titles.count(tokens[start].norm) || roles.count(tokens[start].norm);
        if (job_title)
          item.type = "NP";
        // "Korea AeroSpace Administration", "Rural Development Administration": a name of three
        // words or more headed "Administration" that is not a pack's administration is an agency.
        else if ((in(organisation_heads, item.head) && (!in(administration_heads, item.head) || (head_at >= start + 2 && head_at + 1 == end))) ||
                 (head_at > start && in(organisation_heads, tokens[head_at - 1].norm + " " + item.head)))
          item.type = "ORG";  // "Ulsan Metropolitan City": a two-word head names a body too
        else if (in(event_heads, item.head))
          item.type = "EVENT";
        else if (in(programme_heads, item.head))
          item.type = "PROG";
        else
          item.type = "NP";
        // A longer name around a pack name takes that name's kind ("the Incheon FEZ" is a programme).
        if (item.type == "NP" && !job_title)
          for (std::size_t k = start; k < end; ++k)
            if (name_at[k] >= 0) {
              NodeKind kind = names[static_cast<std::size_t>(name_at[k])].entries.front()->kind;
              if (kind == NodeKind::programme) item.type = "PROG";
              if (kind == NodeKind::organisation) item.type = "ORG";
              break;
            }
        item.plural = is_plural(item.head);
        finish(item);
        items.push_back(std::move(item));
        i = end;
        continue;
      }
    }
    // "the government's", "the programme's": a definite description in the possessive is a
    // mention of its own, before the noun it qualifies ("the government's stated aims").
    if (i + 1 < tokens.size() && (tokens[i].norm == "the" || tokens[i].norm == "this" || tokens[i].norm == "that") &&
        ends_with(tokens[i + 1].norm, "'s") && !tokens[i + 1].capitalised && !covered[i + 1]) {
      std::string head = tokens[i + 1].norm.substr(0, tokens[i + 1].norm.size() - 2);
      std::string type = in(administration_heads, head) ? "ADMIN"
                         : in(programme_heads, head)      ? "PROG"
                         : in(organisation_heads, head)   ? "ORG"
                         : in(event_heads, head)          ? "EVENT"
                                                                      : "";
      if (!type.empty()) {
        Item item;
        item.first = i;
        item.last = i + 2;
        item.head = head;
        item.label = head;
        item.type = type;
        item.definite = true;
        finish(item);
        items.push_back(std::move(item));
        i += 2;
        continue;
      }
    }
    // "followed up with", "set out": a particle after a verb is a word, not a noun.
    if (i > 0 && lexicon_.has("verb_particles", t.norm) && (is_verb_word(tokens[i - 1].norm) || (!items.empty() && items.back().verb))) {
      items.push_back(word_item(tokens, i, text));
      ++i;
      continue;
    }
    // "The programme is run by …": a verb-or-noun word between a form of "be" and "by" is a participle.
    bool verb_class_word = false;
    for (const std::string& tag : symbols_.word_tags(tokens[i].norm))
      if (tag.front() != '\'' && verb_tag(tag)) verb_class_word = true;
    if (i > 0 && i + 1 < tokens.size() && !tokens[i].capitalised && in(nounable, tokens[i].norm) && verb_class_word &&
        (tokens[i + 1].norm == "by" || has_tag(symbols_.word_tags(tokens[i - 1].norm), "BE") ||
         has_tag(symbols_.word_tags(tokens[i - 1].norm), "HAVE"))) {
      items.push_back(word_item(tokens, i, text));
      items.back().verb = true;
      ++i;
      continue;
    }
    // "The Smart Harbour programme forms the digital pillar …": a verb-or-noun word after a mention
    // and before a determiner is the verb.
    if (!items.empty() && !items.back().type.empty() && items.back().type != "YEAR" && items.back().type != "DATE" &&
        i + 1 < tokens.size() && !tokens[i].capitalised && ends_with(tokens[i].norm, "s") &&
        (tokens[i + 1].norm == "the" || tokens[i + 1].norm == "a" || tokens[i + 1].norm == "an" || tokens[i + 1].norm == "its" ||
         tokens[i + 1].norm == "their")) {
      std::string stem = tokens[i].norm.substr(0, tokens[i].norm.size() - 1);
      bool verb_class = false;
      for (const std::string& word : {tokens[i].norm, stem}) {
        verb_class = verb_class || is_verb_word(word);
        for (const std::string& tag : symbols_.word_tags(word))
          if (tag.front() != '\'' && verb_tag(tag)) verb_class = true;
      }
      if (verb_class) {
        items.push_back(word_item(tokens, i, text));
        items.back().verb = true;
        ++i;
        continue;
      }
    }
    // "The former hands half the budget to …", "the latter was managed by …": a pronoun-like
    // description of its own, unless a noun it qualifies follows ("the former minister").
    if (t.norm == "the" && i + 1 < tokens.size() && (tokens[i + 1].norm == "former" || tokens[i + 1].norm == "latter") &&
        (i + 2 >= tokens.size() || !tokens[i + 2].word || tokens[i + 2].capitalised || !nominal(tokens, i + 2, true) ||
         !(heads_any(tokens[i + 2].norm) || titles.count(tokens[i + 2].norm) || roles.count(tokens[i + 2].norm)))) {
      Item item;
      item.first = i;
      item.last = i + 2;
      item.head = tokens[i + 1].norm;
      item.label = span_label(tokens, i, i + 2, text);
      item.type = "NP";
      finish(item);
      items.push_back(std::move(item));
      i += 2;
      continue;
    }
    // Lower-case noun phrases.
    {
      std::size_t j = i;
      bool definite = false;
      while (j < tokens.size() &&
             (in(determiners, tokens[j].norm) || (ends_with(tokens[j].norm, "'s") && !tokens[j].capitalised)) &&
             !fixed_start(j)) {
        const std::string& d = tokens[j].norm;
        if (d == "the" || d == "this" || d == "that" || d == "these" || d == "those" || d == "its" || d == "their" || d == "such")
          definite = true;
        ++j;
        // "the 17th and final centre", "the third and last zone": ordinals belong to the determiners.
        auto ordinal = [&](std::size_t k) {
          const std::string& n = tokens[k].norm;
          return n.size() >= 3 && n[0] >= '0' && n[0] <= '9' &&
                 (ends_with(n, "st") || ends_with(n, "nd") || ends_with(n, "rd") || ends_with(n, "th"));
        };
        while (j < tokens.size() && ordinal(j)) ++j;
        // "the 2005 act", "the 2018 plan": a year names which one; the description stays definite.
        if (definite && j + 1 < tokens.size() && is_year_token(tokens[j]) && tokens[j + 1].word && !tokens[j + 1].capitalised &&
            !closed_class(tokens[j + 1].norm))
          ++j;
        // "a series of venture funds", "a number of zones": the things, not the series.
        if (j + 2 < tokens.size() && lexicon_.has("quantity_nouns", tokens[j].norm) && tokens[j + 1].norm == "of" &&
            tokens[j + 2].word && !tokens[j + 2].capitalised)
          j += 2;
        if (j + 1 < tokens.size() && j > i && (ordinal(j - 1) || in(determiners, tokens[j - 1].norm)) &&
            (tokens[j].norm == "and" || tokens[j].norm == "or") &&
            (in(definite_modifiers, tokens[j + 1].norm) || in(determiners, tokens[j + 1].norm)))
          ++j;
      }
      std::size_t content = j;
      // "The idea of a … system (RIS) entered …": an -ed word right after a noun phrase is its verb.
      if (j == i && !items.empty() && (!items.back().type.empty() || items.back().head == ")") && ends_with(tokens[j].norm, "ed") &&
          !in(nounable, tokens[j].norm) && tokens[j].norm.find('-') == std::string::npos) {
        items.push_back(word_item(tokens, i, text));
        items.back().verb = true;
        ++i;
        continue;
      }
      bool apposition = items.size() >= 2 && items.back().type.empty() && items.back().head == "," &&
                        items[items.size() - 2].type == "PERSON";
      bool object_position = apposition || (j == i && i > 0 && tokens[i - 1].word && tokens[i - 1].norm != "to" &&
                             (is_verb_word(tokens[i - 1].norm) || in(prepositions, tokens[i - 1].norm) ||
                              tokens[i - 1].norm == "of" || tokens[i - 1].norm == "for"));
      while (j < tokens.size() && !fixed_start(j) && !covered[j] && nominal(tokens, j, j > i || object_position)) {
        // A capitalised name inside starts its own item ("the Korea Institute …" is taken above).
        if (j > content && (tokens[j].capitalised || tokens[j].all_caps) && !tokens[j - 1].capitalised) break;
        // "a separate scheme run by the ministry": a participle before "by" ends the phrase.
        if (j > content && j + 1 < tokens.size() && tokens[j + 1].norm == "by") {
          bool participle = false;
          for (const std::string& tag : symbols_.word_tags(tokens[j].norm))
            if (tag.front() != '\'' && verb_tag(tag)) participle = true;
          if (participle) break;
        }
        if (j > content + 1 && complement_starts(j)) break;
        // "Provinces need to sign …", "the ministry plans to expand …": a verb before "to".
        if (j > content && in(nounable, tokens[j].norm) && is_verb_word(tokens[j].norm) && j + 1 < tokens.size() &&
            tokens[j + 1].norm == "to")
          break;
        // "The package rests on", "the programme suffers from": an -s word after a singular noun
        // and before a preposition or determiner is the verb.
        const std::string& w = tokens[j].norm;
        if (j > content && w.size() > 3 && w.back() == 's' && !ends_with(w, "ss") && tokens[j - 1].norm.back() != 's' &&
            j + 1 < tokens.size() && (in(prepositions, tokens[j + 1].norm) || in(determiners, tokens[j + 1].norm)) &&
            !in(programme_heads, w) && !in(event_heads, w) && !in(organisation_heads, w) &&
            !heads_any(w.substr(0, w.size() - 1)))
          break;
        ++j;
      }
      if (j > content) {
        std::size_t head_index = j - 1;
        std::string head = tokens[head_index].norm;
        // "pilot project for an innovation cluster", "policy for nurturing local industry".
        for (int extension = 0; extension < 2 && j + 1 < tokens.size(); ++extension) {
          const std::string& prep = tokens[j].norm;
          // Relational nouns keep their "of" phrase apart: "three problems of the certification
          // system" names the system the problems belong to.
          bool relational = false;
          for (const std::string& tag : symbols_.word_tags(head))
            if (tag == "PROBLEM_NOUN" || tag == "OUTCOME_NOUN" || tag == "GOAL_NOUN" || tag == "PART_NOUN" ||
                tag == "PRIORITY_NOUN" || tag == "RECOMMEND_NOUN")
              relational = true;
          // "links with universities", "dependence on partner firms": a noun that takes a
          // complement keeps it (the lexicon's `complement_heads`).
          bool complement = lexicon_.has("complement_heads", head) &&
                            (prep == "with" || prep == "between" || prep == "among" || prep == "on" || prep == "into" || prep == "in");
          if (((prep != "of" && prep != "for") && !complement) || roles.count(head) || titles.count(head) || relational) break;
          std::size_t k = j + 1;
          while (k < tokens.size() && in(determiners, tokens[k].norm)) ++k;
          std::size_t m = k;
          if (m < tokens.size() && prep == "for" && ends_with(tokens[m].norm, "ing") && nominal(tokens, m + 1, true)) ++m;
          while (m < tokens.size() && !fixed_start(m) && !covered[m] && nominal(tokens, m, true) &&
                 !(tokens[m].capitalised && m > k) && !(m > k + 1 && complement_starts(m)))
            ++m;
          // A capitalised name or a known acronym after "of" is a mention of its own ("the
          // research centres of IBS").
          if (m == k || (m > k && tokens[k].capitalised && !tokens[k].all_caps) || (tokens[k].all_caps && (name_at[k] >= 0 || m == k + 1)))
            break;
          j = m;
        }
        Item item;
        item.first = i;
        item.last = j;
        item.head = head;
        if (head_index > content) item.head_phrase = tokens[head_index - 1].norm + " " + head;
        item.label = clean_label(tokens, i, j, text);
        item.plural = is_plural(head);
        std::size_t modifiers = 0;
        for (std::size_t k = content; k < head_index; ++k)
          if (!in(drop_modifiers, tokens[k].norm) && !in(definite_modifiers, tokens[k].norm))
            ++modifiers;
        bool bare = definite && modifiers == 0 && j == head_index + 1;
        if (in(administration_heads, head) && bare) {
          item.type = "ADMIN";
          item.definite = true;
        } else if (in(event_heads, head)) {
          item.type = "EVENT";
          item.definite = bare;
        } else if (in(programme_heads, head)) {
          item.type = "PROG";
          item.definite = bare;
        } else if (in(organisation_heads, head) && bare) {
          item.type = "ORG";
          item.definite = true;
        } else if (in(organisation_heads, head) && (tokens[i].norm == "the" || tokens[i].norm == "its" || tokens[i].norm == "their") &&
                   !in(administration_heads, head) && j == head_index + 1) {
          item.type = "ORG";  // "the evaluation team", "the steering committee": a body named by its description
        } else {
          item.type = "NP";
        }
        finish(item);
        items.push_back(std::move(item));
        i = j;
        continue;
      }
    }
    items.push_back(word_item(tokens, i, text));
    ++i;
  }

  // "The Civilian Government of Kim Young-sam": a name and its leader are one mention.
  for (std::size_t k = 0; k + 2 < items.size(); ++k) {
    Item& a = items[k];
    const Item& b = items[k + 2];
    if (a.type == "ADMIN" && b.type == "ADMIN" && items[k + 1].type.empty() && items[k + 1].head == "of" &&
        !a.candidates.empty() && !b.candidates.empty() && a.candidates.front()->id == b.candidates.front()->id) {
      a.last = b.last;
      items.erase(items.begin() + static_cast<long>(k) + 1, items.begin() + static_cast<long>(k) + 3);
    }
  }

  // "a full ministry, the Ministry of SMEs and Startups": an indefinite description followed by a
  // name is that name.
  for (std::size_t k = 0; k + 2 < items.size(); ++k) {
    Item& a = items[k];
    Item& b = items[k + 2];
    bool indefinite = (a.type == "NP" || a.type == "ORG" || a.type == "PROG") && !a.proper && a.candidates.empty() &&
                      (tokens[a.first].norm == "a" || tokens[a.first].norm == "an");
    bool named = (b.type == "ORG" || b.type == "PROG") && (b.proper || !b.candidates.empty());
    if (indefinite && named && items[k + 1].type.empty() && items[k + 1].head == "," &&
        (k + 3 >= items.size() || !items[k + 3].verb)) {
      b.first = a.first;
      items.erase(items.begin() + static_cast<long>(k), items.begin() + static_cast<long>(k) + 2);
    }
  }

  // "former Research Fellow", "acting Director": a modifier alone before a job title belongs to it.
  for (std::size_t k = 0; k + 1 < items.size(); ++k) {
    Item& a = items[k];
    const Item& b = items[k + 1];
    if (a.type != "NP" || a.proper || b.type != "NP" || !(titles.count(tokens[b.first].norm) || roles.count(tokens[b.first].norm)))
      continue;
    bool modifiers_only = true;
    for (std::size_t t = a.first; t < a.last; ++t)
      modifiers_only = modifiers_only && (in(drop_modifiers, tokens[t].norm) || in(definite_modifiers, tokens[t].norm));
    if (!modifiers_only) continue;
    Item merged = b;
    merged.first = a.first;
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(k));
    items[k] = std::move(merged);
  }
  // Lists: "A, B, and C" / "A and B" of the same kind of thing.
  auto entity_like = [](const Item& item) {
    return item.type == "ADMIN" || item.type == "ORG" || item.type == "PROG" || item.type == "NP" || item.type == "PERSON" ||
           item.type == "EVENT";
  };
  auto compatible = [](const Item& a, const Item& b) {
    auto group = [](const std::string& type) { return type == "NP" || type == "PROG" ? std::string("PROG") : type; };
    return group(a.type) == group(b.type);
  };
  auto substantial = [&](const Item& item) {
    return !item.candidates.empty() || item.proper || item.last - item.first >= 2;
  };
  std::vector<Item> out;
  for (std::size_t k = 0; k < items.size();) {
    if (!entity_like(items[k]) || items[k].definite) {
      out.push_back(std::move(items[k]));
      ++k;
      continue;
    }
    std::vector<std::size_t> members{k};
    std::size_t m = k + 1;
    bool commas = false, closed = false;
    while (m + 1 < items.size()) {
      const std::string& a = items[m].head;
      bool comma = items[m].type.empty() && a == ",";
      bool conjunction = items[m].type.empty() && (a == "and" || a == "or");
      if (comma && m + 2 < items.size() && items[m + 1].type.empty() && (items[m + 1].head == "and" || items[m + 1].head == "or") &&
          entity_like(items[m + 2]) && compatible(items[k], items[m + 2])) {
        members.push_back(m + 2);
        m += 3;
        closed = true;
        break;
      }
      if ((comma || conjunction) && entity_like(items[m + 1]) && compatible(items[k], items[m + 1]) && !items[m + 1].definite) {
        members.push_back(m + 1);
        m += 2;
        if (comma) commas = true;
        // "A, B and C" where "B and C" is already one name list: the list closes with it.
        if (conjunction || (comma && !items[m - 1].members.empty())) {
          closed = true;
          break;
        }
        continue;
      }
      break;
    }
    bool preceded_by_between = !out.empty() && out.back().type.empty() && out.back().head == "between";
    // "…, and the Regional Innovation Councils were replaced": the last "member" is a new subject.
    if (members.size() >= 2 && m < items.size() && items[m].verb && items[members.back() - 1].type.empty() &&
        (items[members.back() - 1].head == "and" || items[members.back() - 1].head == "or") &&
        members.back() >= 2 && items[members.back() - 2].type.empty() && items[members.back() - 2].head == ",") {
      members.pop_back();
      m -= 3;
      closed = false;
    }
    // "In the presentation, the progress and …": a fronted adjunct, not the first of a list.
    // "on two pillars, the Digital New Deal and …": a description, then the names it stands for.
    bool described = !items[k].proper && items[k].candidates.empty() && members.size() >= 2 &&
                     (items[members[1]].proper || !items[members[1]].candidates.empty());
    bool fronted_adjunct = !out.empty() && (out.size() <= 2 || described) && out.back().type.empty() &&
                           in(prepositions, out.back().head) && members.size() >= 2 && items[k + 1].type.empty() &&
                           items[k + 1].head == ",";
    if (fronted_adjunct) {
      out.push_back(std::move(items[k]));
      ++k;
      continue;
    }
    bool valid = members.size() >= 2 && closed && !preceded_by_between;
    if (valid && !commas) valid = substantial(items[members[0]]) && substantial(items[members[1]]);
    if (!valid) {
      out.push_back(std::move(items[k]));
      ++k;
      continue;
    }
    Item list;
    list.first = items[members.front()].first;
    list.last = items[members.back()].last;
    list.type = items[members.back()].type;
    for (std::size_t member : members)
      if (items[member].type == "PROG") list.type = "PROG";
    list.head = items[members.back()].head;
    list.label = items[members.front()].label;
    list.plural = true;
    for (std::size_t member : members) {
      if (items[member].members.empty()) list.members.push_back(items[member]);
      else list.members.insert(list.members.end(), items[member].members.begin(), items[member].members.end());
    }
    finish(list);
    out.push_back(std::move(list));
    k = m;
  }
  return out;
}

}  // namespace policygraph::ingest
