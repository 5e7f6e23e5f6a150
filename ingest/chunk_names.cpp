// Steps of the chunker for names: pack names with their determiners and head nouns, parenthesised
// acronyms and aliases, people (titled, Korean-style, or named before their role), capitalised
// names joined by "of", "for", "and", and a government named with its leader.
#include <algorithm>

#include "ingest/chunk_scan.hpp"

namespace policygraph::ingest {
namespace {

std::string type_of(NodeKind kind) {
  switch (kind) {
    case NodeKind::administration: return "ADMIN";
    case NodeKind::organisation: return "ORG";
    default: return "PROG";
  }
}

}  // namespace

Chunker::Scan::Scan(const Chunker& chunker, const std::vector<Token>& tokens_, std::string_view text_,
                    std::optional<int> document_year)
    : c(chunker), g(chunker.grammar_), tokens(tokens_), text(text_) {
  names = c.gazetteer_.find(tokens);
  dates = scan_dates(tokens, text, c.lexicon_, document_year);
  // A programme's name inside a longer capitalised name ("Technopark Policy Forum") is part of it.
  std::erase_if(names, [&](const GazetteerMatch& m) {
    if (m.entries.front()->kind != NodeKind::programme || m.last >= tokens.size()) return false;
    const Token& next = tokens[m.last];
    bool version = next.number && !is_year_token(next);  // "Korean New Deal 2.0"
    // "Regional Innovation System & Education": "&" and a capital continue the name.
    if (next.norm == "&" && m.last + 1 < tokens.size() && tokens[m.last + 1].capitalised) return true;
    if (!version && (!next.word || !(next.capitalised || next.all_caps) || c.closed_class(next.norm))) return false;
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
    if (is(g.definite_articles, k)) --k;  // k >= 1 here
    if (!is(g.name_prepositions, k)) return false;
    if (k == 0) return false;
    const Token& head = tokens[k - 1];
    if (head.word && head.capitalised && !c.closed_class(head.norm) && heads_any_name(head.norm)) return true;
    // "Special Act on the Promotion of Daedeok Innopolis": further back in the same name, a
    // capitalised head before a name preposition.
    for (std::size_t b = k - 1, steps = 0; b > 0 && steps < 8; --b, ++steps) {
      const Token& t = tokens[b - 1];
      bool inside = t.word && (t.capitalised || is(g.name_connectors, b - 1) || is(g.definite_articles, b - 1));
      if (!inside) break;
      if (t.capitalised && heads_any_name(t.norm) && is(g.name_prepositions, b)) return true;
    }
    return false;
  });
  name_at.assign(tokens.size(), -1);
  date_at.assign(tokens.size(), -1);
  for (std::size_t k = 0; k < names.size(); ++k) name_at[names[k].first] = static_cast<int>(k);
  for (std::size_t k = 0; k < dates.size(); ++k)
    if (name_at[dates[k].first_token] < 0) date_at[dates[k].first_token] = static_cast<int>(k);
  covered.assign(tokens.size() + 1, 0);
  tags = c.tagger_.tag(tokens);
  for (const GazetteerMatch& m : names)
    for (std::size_t k = m.first; k < m.last; ++k) covered[k] = 1;
}

bool Chunker::Scan::heads_any_name(const std::string& word) const {
  return g.is(g.programme_heads, word) || g.is(g.organisation_heads, word) || g.is(g.event_heads, word);
}

bool Chunker::Scan::heads_any(const std::string& word) const {
  return heads_any_name(word) || g.is(g.administration_heads, word);
}

bool Chunker::Scan::korean_given_name(const Token& t) const {
  std::size_t dash = t.norm.find('-');
  if (!t.capitalised || dash == std::string::npos || dash + 1 >= t.norm.size() || t.norm.find('-', dash + 1) != std::string::npos)
    return false;
  std::string_view surface = t.surface(text);
  std::size_t at = surface.find('-');
  if (at == std::string_view::npos || at + 1 >= surface.size() || surface[at + 1] < 'a' || surface[at + 1] > 'z') return false;
  // "Start-up", "Follow-up": an English word (WordNet knows it, with or without the hyphen).
  if (c.morphology_) {
    std::string joined = t.norm.substr(0, dash) + t.norm.substr(dash + 1);
    if (c.morphology_->parts(t.norm) != 0 || c.morphology_->parts(joined) != 0) return false;
  }
  return true;
}

// A family name may be a head noun too ("Park Sung-jin"): before a given name it is a name.
bool Chunker::Scan::name_like(std::size_t k) const {
  const Token& t = tokens[k];
  bool family_name = t.norm.find('-') == std::string::npos &&
                     ((k + 1 < tokens.size() && korean_given_name(tokens[k + 1])) || (k > 0 && korean_given_name(tokens[k - 1])));
  return t.word && (t.capitalised || t.all_caps) && !t.number && !c.closed_class(t.norm) && (!heads_any(t.norm) || family_name) &&
         !fixed_start(k) && !covered[k];
}

std::size_t Chunker::Scan::proper_run(std::size_t i) const {
  const Token& t = tokens[i];
  bool leading_year = is_year_token(t) && i + 1 < tokens.size() && tokens[i + 1].capitalised;
  // ("Four Major Rivers …": a capitalised number word inside a sentence may begin a name.)
  bool number_word = i > 0 && t.capitalised && is(g.quantifiers, i) && i + 1 < tokens.size() && tokens[i + 1].capitalised &&
                     !c.closed_class(tokens[i + 1].norm);
  if (!t.word || !(t.capitalised || t.all_caps || leading_year) || (c.closed_class(t.norm) && !number_word) || fixed_start(i) ||
      covered[i])
    return i;
  // (A verb that opens a sentence or a list item after its lead-in is no name: "- Launched …".)
  if (c.is_verb_word(t.norm) && (i == 0 || tokens[i - 1].norm == ":")) return i;
  std::size_t j = i;
  std::size_t last_capital = i;
  bool after_of = false;
  auto capital_word = [&](std::size_t k) {
    return k < tokens.size() && tokens[k].word && (tokens[k].capitalised || tokens[k].all_caps) && !c.closed_class(tokens[k].norm) &&
           !fixed_start(k) && !covered[k];
  };
  // "Ministry of Trade, Industry and Energy", "Special Act on Local Autonomy, Decentralization and
  // Balanced Regional Development": after "of", "for" or "on", a comma list of capitalised words
  // that ends in "and" plus a capitalised word is inside the name.
  auto name_list_follows = [&](std::size_t comma) {
    std::size_t k = comma + 1;
    for (int count = 0; count < 6; ++count) {
      if (!capital_word(k)) return false;
      while (capital_word(k)) ++k;
      if (k < tokens.size() && tokens[k].norm == ",") {
        ++k;
        continue;
      }
      return k + 1 < tokens.size() && is(g.additive_conjunctions, k) && capital_word(k + 1);
    }
    return false;
  };
  // The run of capitalised words and connectors from k ends in a head noun of a programme, an
  // organisation or an event: "… Science and Technology Forum", "… Competitiveness Strategy".
  auto run_ends_in_head = [&](std::size_t k) {
    std::size_t last = k;
    while (k < tokens.size()) {
      if (capital_word(k)) {
        last = k++;
        continue;
      }
      if (k + 1 < tokens.size() && (g.is(g.name_connectors, tokens[k].norm) || tokens[k].norm == ",") && capital_word(k + 1)) {
        ++k;
        continue;
      }
      break;
    }
    // ("Leaders in Industry-University Cooperation (LINC)": an acronym after it names it too.)
    bool acronym = k + 2 < tokens.size() && tokens[k].norm == "(" && tokens[k + 1].all_caps && tokens[k + 2].norm == ")";
    return (heads_any_name(tokens[last].norm) || acronym) && !g.possessive_endings.of(tokens[last].norm);
  };
  bool job_title = title_or_role(tokens[i].norm);
  // "the Materials, Parts and Equipment Competitiveness Strategy": after "the", single
  // capitalised words listed before a name that ends in a head are part of it.
  bool listed_name = i > 0 && is(g.definite_articles, i - 1) && i + 2 < tokens.size() && tokens[i + 1].norm == "," &&
                     capital_word(i + 2) && run_ends_in_head(i + 2);
  while (j < tokens.size()) {
    // "the Incheon FEZ", "the Daegu Creative Economy Innovation Center": capitals before a
    // programme's or an organisation's pack name make a longer name of their own.
    if (j > i && j == last_capital + 1 && name_at[j] >= 0 && !job_title &&
        names[static_cast<std::size_t>(name_at[j])].entries.front()->kind != NodeKind::administration &&
        !c.is_verb_word(tokens[j - 1].norm)) {
      j = names[static_cast<std::size_t>(name_at[j])].last;
      last_capital = j - 1;
      continue;
    }
    if (fixed_start(j) || covered[j]) break;
    const Token& u = tokens[j];
    // "First Vice Minister of Trade, Industry and Energy Jeon Sang-ho": a person's name ends a
    // title run.
    if (j > i && j + 1 < tokens.size() && u.capitalised && korean_given_name(tokens[j + 1])) break;
    // ("Broadband IT Korea Vision 2007": an acronym spelt like a closed-class word is a capital.)
    bool acronym_word = u.all_caps && u.norm.size() >= 2 && j > i && j + 1 < tokens.size() && tokens[j + 1].capitalised;
    bool capital = u.word && (u.capitalised || u.all_caps || (u.number && (j > i || leading_year))) &&
                   (!c.closed_class(u.norm) || j == i || acronym_word);
    if (capital) {
      last_capital = j;
      ++j;
      // "KRCF's member institutes": a possessive ends the name; but inside an "of" phrase, before
      // more capitals that end in a head, it is part of it ("Federation of Women's Science and
      // Technology Associations").
      if (g.possessive_endings.of(u.norm) && !(after_of && capital_word(j) && run_ends_in_head(j))) break;
      continue;
    }
    // "Association of Young Farmers' Digital Cooperatives": the plural possessive, likewise.
    // ("The 2022 Regulation-Free Zone Operators' Workshop": without "of", when the head follows.)
    if (u.norm == "'" && j > i && tokens[j - 1].capitalised && g.plural(tokens[j - 1].norm) && capital_word(j + 1) &&
        (after_of ? run_ends_in_head(j + 1) : heads_any_name(tokens[j + 1].norm))) {
      ++j;
      continue;
    }
    if (listed_name && u.norm == "," && capital_word(j + 1)) {
      ++j;
      continue;
    }
    // "Women in Science and Technology Forum": a title preposition between capitalised words,
    // when the name it makes ends in a head and the part before it does not.
    // Inside an "of"/"for" phrase of a name, a title of several words joined by "and" or commas
    // after it is part of the name too: "Basic Plan for Women in Science and Technology".
    auto joined_title = [&](std::size_t k) {
      for (; k < tokens.size() && (capital_word(k) || tokens[k].norm == ","); ++k)
        if (k + 1 < tokens.size() && g.is(g.additive_conjunctions, tokens[k + 1].norm) && capital_word(k + 2)) return true;
      return false;
    };
    if (g.is(g.title_prepositions, u.norm) && j > i && capital_word(j + 1) && !heads_any(tokens[j - 1].norm) &&
        !c.lexicon_.months.count(tokens[j + 1].norm) && (run_ends_in_head(j + 1) || (after_of && joined_title(j + 1)))) {
      ++j;
      continue;
    }
    bool preposition = g.is(g.name_prepositions, u.norm);
    if (preposition) after_of = true;
    if (u.norm == "," && after_of && name_list_follows(j)) {
      ++j;
      continue;
    }
    // "Special Act on the International Science and Business Belt": "of the", "on the", "for the".
    bool of_the = !job_title && preposition && j + 2 < tokens.size() && is(g.definite_articles, j + 1) && tokens[j + 2].word &&
                  tokens[j + 2].capitalised && !c.closed_class(tokens[j + 2].norm) && !covered[j + 2];
    if (of_the) {
      j += 2;
      continue;
    }
    // "Special Act on Strengthening and Protecting the Competitiveness of …": inside an "of"/"on"
    // phrase, "the" between capitalised words.
    if (!job_title && after_of && is(g.definite_articles, j) && j > i && tokens[j - 1].capitalised && capital_word(j + 1)) {
      ++j;
      continue;
    }
    // "KASI and Jung Mi-ra": "and" before a person's name ends the name; so does "and" after a
    // head noun ("Green Zones and Port Zones" are two names), or before a title.
    if (g.is(g.additive_conjunctions, u.norm)) {
      if (j + 2 < tokens.size() && tokens[j + 1].capitalised && korean_given_name(tokens[j + 2])) break;
      if (j > i && heads_any_name(tokens[j - 1].norm) && g.plural(tokens[j - 1].norm)) break;
      if (is(g.person_titles, j + 1)) break;
    }
    bool connector = g.is(g.name_connectors, u.norm) && j + 1 < tokens.size() && tokens[j + 1].word &&
                     (tokens[j + 1].capitalised || tokens[j + 1].all_caps) && !fixed_start(j + 1) && !covered[j + 1];
    if (!connector) break;
    ++j;
  }
  return last_capital + 1;
}

// Pack names, with the determiners before them ("in the People's Government").
bool Chunker::Scan::pack_name(std::size_t& i) {
  std::size_t name_start = i;
  while (name_start < tokens.size() && is(g.determiners, name_start) && !opens_clause(name_start) && name_at[name_start] < 0 &&
         date_at[name_start] < 0)
    ++name_start;
  // "a new Regional Innovation System project": one or two plain modifiers before a pack name.
  if (name_start > i && name_start < tokens.size() && name_at[name_start] < 0) {
    std::size_t k = name_start;
    while (k < name_start + 2 && k < tokens.size() && tokens[k].word && !tokens[k].capitalised && !c.closed_class(tokens[k].norm) &&
           !c.is_verb_word(tokens[k].norm) && !tokens[k].number && name_at[k] < 0 && date_at[k] < 0)
      ++k;
    if (k > name_start && k < tokens.size() && name_at[k] >= 0) name_start = k;
  }
  if (name_start >= tokens.size() || name_at[name_start] < 0) return false;
  const GazetteerMatch& m = names[static_cast<std::size_t>(name_at[name_start])];
  Item item;
  item.first = i;
  item.candidates = m.entries;
  item.type = type_of(m.entries.front()->kind);
  std::size_t end = m.last;
  // "the regional strategic industry programme": the head noun belongs to the name.
  if (item.type == "PROG" && end < tokens.size() && !tokens[end].capitalised && is(g.programme_heads, end) && !fixed_start(end))
    ++end;
  // "its smart factory support centre": a programme's name with lower-case nouns and another head
  // after it names a thing of its own, of that head's kind.
  else if (item.type == "PROG" && end < tokens.size() && !tokens[end].capitalised) {
    std::size_t k = end;
    while (k < end + 2 && k < tokens.size() && tokens[k].word && !tokens[k].capitalised && !fixed_start(k) && tags[k] != Tag::verb &&
           nominal(k, true) && !heads_any_name(tokens[k].norm))
      ++k;
    if (k > end && k < tokens.size() && !tokens[k].capitalised && !fixed_start(k) &&
        (is(g.programme_heads, k) || is(g.organisation_heads, k))) {
      item.first = i;
      item.last = k + 1;
      item.candidates.clear();
      item.type = is(g.programme_heads, k) ? "PROG" : "ORG";
      item.head = tokens[k].norm;
      item.label = c.clean_label(tokens, i, k + 1, text);
      item.proper = false;
      return take(std::move(item), i, k + 1);
    }
  }
  item.last = end;
  item.label = span_label(tokens, m.first, m.last, text);
  item.head = tokens[end - 1].norm;
  item.proper = true;
  return take(std::move(item), i, end);
}

// Parenthesised acronyms and Korean names belong to the item before them.
bool Chunker::Scan::parenthesis(std::size_t& i) {
  if (tokens[i].norm != "(" || items.empty() || items.back().type.empty() || i + 2 >= tokens.size()) return false;
  std::size_t close = i + 1;
  while (close < tokens.size() && close < i + 8 && tokens[close].norm != ")") ++close;
  if (close >= tokens.size() || tokens[close].norm != ")" || close <= i + 1) return false;
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
    expansion = !tokens[k].word || tokens[k].capitalised || c.closed_class(tokens[k].norm);
  if (expansion) {
    std::size_t head_at = close - 1;
    for (std::size_t k = i + 1; k + 1 < close; ++k)
      if (is(g.name_prepositions, k + 1)) {
        head_at = k;
        break;
      }
    if (is(g.programme_heads, head_at))
      items.back().type = "PROG";
    else if (is(g.organisation_heads, head_at))
      items.back().type = "ORG";
  }
  acronym = acronym || expansion;
  bool hangul = true;
  for (std::size_t k = i + 1; k < close; ++k) hangul = hangul && (tokens[k].hangul || !tokens[k].word);
  bool same_name = name_at[i + 1] >= 0 && !items.back().candidates.empty() &&
                   names[static_cast<std::size_t>(name_at[i + 1])].last == close &&
                   names[static_cast<std::size_t>(name_at[i + 1])].entries.front() == items.back().candidates.front();
  if (!acronym && !hangul && !same_name) return false;
  items.back().last = close + 1;
  c.finish(items.back());
  i = close + 1;
  // "the Creative Economy (창조경제) initiative": the head noun after the alias completes the
  // name; "the New University for Regional Innovation (NURI) project" is a project.
  // ("the Korea Autonomous Surface Ship (KASS) Project": a capitalised head word as well.)
  if ((items.back().type == "PROG" || ((items.back().type == "ORG" || items.back().type == "NP") && acronym)) && i < tokens.size() &&
      (!tokens[i].capitalised || (acronym && i + 1 < tokens.size() && !tokens[i + 1].capitalised)) && is(g.programme_heads, i) &&
      !fixed_start(i)) {
    items.back().last = ++i;
    items.back().head = tokens[i - 1].norm;
    if (items.back().type != "PROG") {
      items.back().type = "PROG";
      c.finish(items.back());
    }
  }
  return true;
}

// People: a title and a name ("Dr. Kim Sung-ho", "Minister Choi"), or a Korean-style name
// ("Jeong-hoon Kang"), or a capitalised name followed by ", the head of …".
bool Chunker::Scan::person(std::size_t& i) {
  const Token& t = tokens[i];
  std::size_t j = i;
  std::string role;
  if (t.word && t.capitalised && g.is(g.person_titles, t.norm)) {
    j = i + 1;
    if (j < tokens.size() && tokens[j].norm == ".") ++j;
    // Titles of several words: "Deputy Director", "Director General", "Senior Research Fellow".
    std::string title = t.norm;
    while (j < tokens.size() && tokens[j].capitalised && g.is(g.person_titles, title + " " + tokens[j].norm)) title += " " + tokens[j++].norm;
    role = span_label(tokens, i, j, text);
  }
  std::size_t name_start = j;
  std::size_t k = j;
  // A name is not made of titles and roles ("Deputy Director" alone is no one).
  while (k < tokens.size() && k < name_start + 3 && name_like(k) && !title_or_role(tokens[k].norm)) ++k;
  std::size_t length = k - name_start;
  bool korean = false;
  for (std::size_t m = name_start; m < k; ++m) korean = korean || korean_given_name(tokens[m]);
  bool apposition = k + 2 < tokens.size() && tokens[k].norm == "," &&
                    (is(g.person_roles, k + 1) || (is(g.determiners, k + 1) && is(g.person_roles, k + 2)));
  bool titled = !role.empty() && length >= 1;
  bool named = length >= 2 && length <= 3 && (korean || apposition);
  if (!titled && !named) return false;
  Item item;
  item.first = i;
  item.last = k;
  item.type = "PERSON";
  item.label = span_label(tokens, name_start, k, text);
  item.head = tokens[k - 1].norm;
  item.role = role;
  item.proper = true;
  return take(std::move(item), i, k);
}

// Capitalised names ("Office of Entrepreneurship and Innovation Studies", "Creative Economy
// Innovation Centers"), after any determiners. A lone capital at the start of a sentence is
// only a capital.
bool Chunker::Scan::proper_name(std::size_t& i) {
  std::size_t start = i;
  // (A capitalised number word inside a sentence, before a capitalised word, begins the name:
  // "the Four Major Rivers Restoration Project".)
  auto named_number = [&](std::size_t k) {
    return k > 0 && tokens[k].capitalised && !tokens[k].number && is(g.quantifiers, k) && k + 1 < tokens.size() &&
           tokens[k + 1].capitalised && !c.closed_class(tokens[k + 1].norm);
  };
  while (start < tokens.size() && ((is(g.determiners, start) && !opens_clause(start)) || (tokens[start].number && !is_year_token(tokens[start]))) &&
         !fixed_start(start) && !named_number(start))
    ++start;
  // "a new Regional Innovation System project": one or two lower-case modifiers after a
  // determiner do not keep the name from being one.
  if (start > i && start < tokens.size()) {
    std::size_t k = start;
    while (k < start + 2 && k < tokens.size() && tokens[k].word && !tokens[k].capitalised && !c.closed_class(tokens[k].norm) &&
           !c.is_verb_word(tokens[k].norm) && !tokens[k].number)
      ++k;
    if (k > start && k < tokens.size() && tokens[k].capitalised && !c.closed_class(tokens[k].norm) && !fixed_start(k) &&
        proper_run(k) > k + 1)
      start = k;
  }
  std::size_t end = start < tokens.size() ? proper_run(start) : start;
  // "the Regional Innovation Center programme": a lower-case head after a name completes it.
  bool extended_by_head = false;
  // (Not after a lone capital at the start of a sentence: "Regional industry promotion …".)
  if (end > start && end < tokens.size() && tokens[end].word && !tokens[end].capitalised && !fixed_start(end) &&
      !(start == 0 && end == 1) && (is(g.programme_heads, end) || is(g.event_heads, end)) &&
      // (Not when a noun follows the head: "Korean policy debates" are debates.)
      !(end + 1 < tokens.size() && tokens[end + 1].word && !tokens[end + 1].capitalised &&
        (tags[end + 1] == Tag::noun || (c.morphology_ && c.morphology_->parts(tokens[end + 1].norm) == noun)) &&
        !is(g.programme_heads, end + 1) && !is(g.event_heads, end + 1) && !is(g.organisation_heads, end + 1))) {
    ++end;
    extended_by_head = true;
  }
  const Token* first = start < tokens.size() ? &tokens[start] : nullptr;
  // (An acronym is a name wherever it stands: "BRIDGE was later expanded …".)
  // ("DAPA's Defense Export Support Program": so is an acronym's possessive.)
  auto acronym_possessive = [&](std::size_t k) {
    std::string_view mark = g.possessive_endings.which(tokens[k].norm);
    if (mark.empty()) return false;
    std::string_view stem = std::string_view(text).substr(tokens[k].begin, tokens[k].end - tokens[k].begin - mark.size());
    return stem.size() >= 2 && std::all_of(stem.begin(), stem.end(), [](char ch) { return (ch >= 'A' && ch <= 'Z') || ch == '&'; });
  };
  bool sentence_initial_single = start == 0 && end == start + 1 && !tokens[start].all_caps && !acronym_possessive(start);
  bool title_word = first && g.is(g.person_titles, first->norm) && end == start + 1;
  // "R&D-oriented regional industry", "Korean government": one capital before lower-case
  // nouns modifies them.
  bool modifier = !extended_by_head && end == start + 1 && !g.possessive_endings.of(tokens[start].norm) && end < tokens.size() &&
                  tokens[end].word && !tokens[end].capitalised && !tokens[end].all_caps && nominal(end, true) &&
                  !c.is_verb_word(tokens[end].norm);
  if (end <= start || sentence_initial_single || title_word || modifier) return false;
  Item item;
  item.first = i;
  item.last = end;
  item.proper = true;
  item.label = span_label(tokens, start, end, text);
  bool possessive = g.possessive_endings.of(tokens[end - 1].norm);
  if (possessive)
    if (std::string_view mark = g.possessive_endings.which(item.label); !mark.empty()) item.label.resize(item.label.size() - mark.size());
  std::size_t head_at = end - 1;
  while (head_at > start && tokens[head_at].number) --head_at;  // "Vision 2030", "Deal 2.0"
  item.head = tokens[head_at].norm;
  if (possessive) item.head.resize(item.head.size() - g.possessive_endings.which(item.head).size());
  for (std::size_t k = start; k + 1 < end && !extended_by_head; ++k)
    if (is(g.name_prepositions, k + 1) && heads_any(tokens[k].norm)) {
      item.head = tokens[k].norm;
      break;
    }
  // "Director-General for Academic Research Policy", "Senior Research Fellow": a job title.
  bool job_title = title_or_role(tokens[start].norm);
  item.type = "NP";  // a job title is a plain noun phrase whatever its head
  if (!job_title) {
    // "Korea AeroSpace Administration", "Rural Development Administration": a name of three
    // words or more headed "Administration" that is not a pack's administration is an agency.
    if ((word_is(g.organisation_heads, item.head) &&
         (!word_is(g.administration_heads, item.head) || (head_at >= start + 2 && head_at + 1 == end))) ||
        (head_at > start && word_is(g.organisation_heads, tokens[head_at - 1].norm + " " + item.head)))
      item.type = "ORG";  // "Ulsan Metropolitan City": a two-word head names a body too
    else if (word_is(g.event_heads, item.head))
      item.type = "EVENT";
    else if (word_is(g.programme_heads, item.head))
      item.type = "PROG";
  }
  // "DAPA's …", "KISTEP's …": an acronym that owns something is a body.
  if (end == start + 1 && acronym_possessive(start) && item.type == "NP") item.type = "ORG";
  // A longer name around a pack name takes that name's kind ("the Incheon FEZ" is a programme).
  if (item.type == "NP" && !job_title)
    for (std::size_t k = start; k < end; ++k)
      if (name_at[k] >= 0) {
        NodeKind kind = names[static_cast<std::size_t>(name_at[k])].entries.front()->kind;
        if (kind == NodeKind::programme) item.type = "PROG";
        if (kind == NodeKind::organisation) item.type = "ORG";
        break;
      }
  item.plural = g.plural(item.head);
  return take(std::move(item), i, end);
}

// "The Civilian Government of Kim Young-sam": a name and its leader are one mention; so are
// "President Moon Jae-in" and "Moon Jae-in's Administration".
void Chunker::Scan::join_leaders() {
  for (std::size_t k = 0; k + 1 < items.size();) {
    Item& a = items[k];
    Item& b = items[k + 1];
    // (The title may have its determiners: "declared by the President Moon Jae-in".)
    bool title_only = a.type == "NP" && tokens[a.last - 1].capitalised && is(g.person_titles, a.last - 1);
    for (std::size_t t = a.first; title_only && t + 1 < a.last; ++t) title_only = is(g.determiners, t);
    bool title_then_leader = b.type == "ADMIN" && !b.candidates.empty() && title_only;
    bool leader_then_head = a.type == "ADMIN" && !a.candidates.empty() && g.possessive_endings.of(tokens[a.last - 1].norm) &&
                            (b.type == "NP" || b.type == "ADMIN") && word_is(g.administration_heads, tokens[b.first].norm);
    if (!title_then_leader && !leader_then_head) {
      ++k;
      continue;
    }
    Item merged = title_then_leader ? b : a;
    merged.first = a.first;
    merged.last = b.last;
    c.finish(merged);
    items.erase(items.begin() + static_cast<long>(k));
    items[k] = std::move(merged);  // (and the merged item may take the next one too)
  }
  for (std::size_t k = 0; k + 2 < items.size(); ++k) {
    Item& a = items[k];
    const Item& b = items[k + 2];
    if (a.type == "ADMIN" && b.type == "ADMIN" && items[k + 1].type.empty() && g.is(g.genitive_prepositions, items[k + 1].head) &&
        !a.candidates.empty() && !b.candidates.empty() && a.candidates.front()->id == b.candidates.front()->id) {
      a.last = b.last;
      items.erase(items.begin() + static_cast<long>(k) + 1, items.begin() + static_cast<long>(k) + 3);
    }
  }
}

}  // namespace policygraph::ingest
