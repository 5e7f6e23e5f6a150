// Reading questions: a small pattern language over words (literal alternatives, word classes,
// NAME spans, years), matched exactly and then with misspelt grammar words tolerated, and the
// diagnosis of a question no form fits (how far it was understood, the closest forms).
#include "graph/ask.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "graph/ask_forms.hpp"

namespace policygraph {
namespace {

using ask_detail::definitions;
using ask_detail::FormDefinition;
using ask_detail::lexicon;
using ask_detail::YearRole;

// ---- the pattern language

struct Element {
  enum class Type { words, name, name2, year, year2, rest, mode };
  Type type = Type::words;
  std::vector<std::vector<std::string>> alternatives;  // each a sequence of words
  bool optional = false;
};

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find(separator, start);
    std::string part(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (!part.empty()) out.push_back(std::move(part));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

std::vector<Element> compile(std::string_view pattern) {
  std::vector<Element> elements;
  for (std::string item : split(pattern, ' ')) {
    Element element;
    if (item.back() == '?') {
      element.optional = true;
      item.pop_back();
    }
    if (item == "NAME") {
      element.type = Element::Type::name;
    } else if (item == "NAME2") {
      element.type = Element::Type::name2;
    } else if (item == "YEAR") {
      element.type = Element::Type::year;
    } else if (item == "YEAR2") {
      element.type = Element::Type::year2;
    } else if (item == "REST") {
      element.type = Element::Type::rest;
    } else if (item == "MODE") {
      element.type = Element::Type::mode;
    } else {
      for (const std::string& alternative : split(item, '|')) {
        if (alternative.front() == '@') {
          for (const std::string& entry : lexicon().at(alternative.substr(1))) element.alternatives.push_back(split(entry, ' '));
        } else {
          element.alternatives.push_back({alternative});
        }
      }
    }
    elements.push_back(std::move(element));
  }
  return elements;
}

struct Word {
  std::string text;       // lower case, outer punctuation removed
  std::size_t begin = 0;  // span in the question, for NAMEs
  std::size_t end = 0;
};

constexpr std::string_view outer_marks[] = {"?", "!", ".", ",", ";", ":", "\"", "'", "(", ")",
                                            "\u201c", "\u201d", "\u2018", "\u2019"};

// Returns the length of a punctuation mark starting at `at`, or 0.
std::size_t mark_at(std::string_view text, std::size_t at) {
  for (std::string_view mark : outer_marks)
    if (text.compare(at, mark.size(), mark) == 0) return mark.size();
  return 0;
}

// Returns the length of a punctuation mark ending at `end` (after `begin`), or 0.
std::size_t mark_before(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::string_view mark : outer_marks)
    if (end - begin >= mark.size() && text.compare(end - mark.size(), mark.size(), mark) == 0) return mark.size();
  return 0;
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Returns the length of an opening double quote at `at` and where its closing quote starts.
std::size_t quoted_span(std::string_view text, std::size_t at, std::size_t* close, std::size_t* close_length) {
  std::size_t open = text.compare(at, 1, "\"") == 0 ? 1 : text.compare(at, 3, "\u201c") == 0 ? 3 : 0;
  if (!open) return 0;
  std::size_t straight = text.find('"', at + open);
  std::size_t curly = text.find("\u201d", at + open);
  *close = std::min(straight, curly);
  if (*close == std::string_view::npos) return 0;
  *close_length = *close == curly ? 3 : 1;
  return open;
}

// Splits a question into words. A double-quoted span is one word (so a NAME may contain "and"),
// and a possessive "'s" is a word of its own.
std::vector<Word> words_of(std::string_view question) {
  std::vector<Word> words;
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  std::size_t i = 0;
  while (i < question.size()) {
    if (is_space(question[i])) {
      ++i;
      continue;
    }
    std::size_t close = 0, close_length = 0;
    if (std::size_t open = quoted_span(question, i, &close, &close_length)) {
      if (close > i + open) words.push_back({lower_ascii(question.substr(i + open, close - i - open)), i + open, close});
      i = close + close_length;
      continue;
    }
    std::size_t begin = i;
    while (i < question.size() && !is_space(question[i])) ++i;
    std::size_t end = i;
    while (std::size_t length = begin < end ? mark_at(question, begin) : 0) begin += length;
    while (std::size_t length = begin < end ? mark_before(question, begin, end) : 0) end -= length;
    if (begin >= end) continue;
    std::string text = lower_ascii(question.substr(begin, end - begin));
    std::size_t possessive = 0;
    for (std::string_view mark : {std::string_view("'s"), std::string_view("\u2019s")})
      if (text.size() > mark.size() && text.compare(text.size() - mark.size(), mark.size(), mark) == 0) possessive = mark.size();
    if (possessive) {
      words.push_back({text.substr(0, text.size() - possessive), begin, end - possessive});
      words.push_back({"'s", end - possessive, end});
    } else {
      words.push_back({std::move(text), begin, end});
    }
  }
  return words;
}

bool is_year(std::string_view word) {
  return word.size() == 4 && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}



// ---- misspelt words

// The optimal string alignment distance (Levenshtein with adjacent transpositions, "whcih" is one
// edit from "which"), over bytes: the grammar's words are ASCII.
int transposition_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

// Every word the grammar knows: a word of it is never read as another.
const std::set<std::string, std::less<>>& vocabulary() {
  static const std::set<std::string, std::less<>> words = [] {
    std::set<std::string, std::less<>> out;
    for (const auto& [name, entries] : lexicon())
      for (const std::string& entry : entries)
        for (std::string& word : split(entry, ' ')) out.insert(std::move(word));
    for (const auto& [word, mode] : ask_detail::mode_words()) out.insert(word);
    for (const FormDefinition& definition : definitions())
      for (const std::string& item : split(definition.form.pattern, ' '))
        for (std::string& alternative : split(item, '|'))
          if (alternative.front() != '@' && !std::isupper(static_cast<unsigned char>(alternative.front()))) {
            if (alternative.back() == '?') alternative.pop_back();
            out.insert(std::move(alternative));
          }
    return out;
  }();
  return words;
}

// A question word may be read as a grammar word it is close to: one edit from four letters, two
// from eight; never a word of the grammar itself, never a word with digits (names, years).
bool close_enough(std::string_view written, std::string_view grammar) {
  if (written.size() < 4 || grammar.size() < 4) return false;
  if (std::any_of(written.begin(), written.end(), [](char c) { return (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80; }))
    return false;
  int bound = grammar.size() >= 8 ? 2 : 1;
  if (written.size() + bound < grammar.size() || grammar.size() + bound < written.size()) return false;
  if (vocabulary().count(written)) return false;
  return transposition_distance(written, grammar) <= bound;
}

// ---- matching

bool is_article(std::string_view word) { return word == "the" || word == "a" || word == "an"; }

struct Captures {
  std::pair<std::size_t, std::size_t> name{0, 0}, name2{0, 0};  // word ranges
  std::string year, year2, mode;
};

// One attempt to read the words as one form. `tolerant` lets grammar words be misspelt; the
// corrections of the current path are kept, and `reached` is how many words the furthest path
// matched with grammar words (for the diagnosis of a question no form fits).
struct Matcher {
  Matcher(const std::vector<Element>& form, const std::vector<Word>& question, bool tolerate = false)
      : elements(form), words(question), tolerant(tolerate) {}

  const std::vector<Element>& elements;
  const std::vector<Word>& words;
  bool tolerant = false;
  Captures captures;
  std::vector<std::pair<std::size_t, std::string>> corrections;
  std::size_t reached = 0;

  bool fits(std::size_t w, const std::string& grammar) {
    if (words[w].text == grammar) return true;
    if (!tolerant || !close_enough(words[w].text, grammar)) return false;
    corrections.emplace_back(w, grammar);
    return true;
  }

  bool match(std::size_t e, std::size_t w) {
    if (e == elements.size()) return w == words.size();
    const Element& element = elements[e];
    switch (element.type) {
      case Element::Type::words:
        for (const auto& alternative : element.alternatives) {
          if (w + alternative.size() > words.size()) continue;
          std::size_t before = corrections.size();
          bool ok = true;
          for (std::size_t k = 0; k < alternative.size() && ok; ++k) ok = fits(w + k, alternative[k]);
          if (ok) {
            reached = std::max(reached, w + alternative.size());
            if (match(e + 1, w + alternative.size())) return true;
          }
          corrections.resize(before);
        }
        return element.optional && match(e + 1, w);
      case Element::Type::name:
      case Element::Type::name2: {
        // Shortest span first, so that "how is A related to B" stops A at "related"; but longest
        // first before REST, which would take any tail ("Did X replace the frontier programme?").
        bool longest = e + 1 < elements.size() && elements[e + 1].type == Element::Type::rest;
        for (std::size_t k = 0; w + k < words.size(); ++k) {
          std::size_t end = longest ? words.size() - k : w + 1 + k;
          if (end == w + 1 && is_article(words[w].text)) continue;  // "Who introduced the?" names nothing
          (element.type == Element::Type::name ? captures.name : captures.name2) = {w, end};
          if (match(e + 1, end)) return true;
        }
        return false;
      }
      case Element::Type::rest:
        if (element.optional && match(e + 1, w)) return true;
        for (std::size_t end = w + 1; end <= words.size(); ++end)
          if (match(e + 1, end)) return true;
        return false;
      case Element::Type::mode:
        for (const auto& [word, mode] : ask_detail::mode_words()) {
          if (w >= words.size()) break;
          std::size_t before = corrections.size();
          if (fits(w, word)) {
            captures.mode = mode;
            reached = std::max(reached, w + 1);
            if (match(e + 1, w + 1)) return true;
          }
          corrections.resize(before);
        }
        return false;
      case Element::Type::year:
      case Element::Type::year2:
        if (w >= words.size() || !is_year(words[w].text)) return false;
        (element.type == Element::Type::year ? captures.year : captures.year2) = words[w].text;
        reached = std::max(reached, w + 1);
        return match(e + 1, w + 1);
    }
    return false;
  }
};

std::string span_text(std::string_view question, const std::vector<Word>& words, std::pair<std::size_t, std::size_t> range) {
  return std::string(question.substr(words[range.first].begin, words[range.second - 1].end - words[range.first].begin));
}

// A NAME must name something: not nothing, and not an article alone ("Who introduced the?").
bool is_name(std::string_view text) {
  std::string form = normalise_name(text);
  return !form.empty() && form != "the" && form != "a" && form != "an";
}

// Questions longer than this are not questions this reader was made for; it also bounds the
// backtracking over two NAME spans.
constexpr std::size_t max_question_words = 60;

const std::vector<std::vector<Element>>& compiled_forms() {
  static const std::vector<std::vector<Element>> compiled = [] {
    std::vector<std::vector<Element>> out;
    for (const FormDefinition& definition : definitions()) out.push_back(compile(definition.form.pattern));
    return out;
  }();
  return compiled;
}

// Builds the interpretation of a matched form, or nothing when a NAME names nothing.
std::optional<Interpretation> interpretation_of(std::size_t f, const Matcher& matcher, std::string_view question) {
  const FormDefinition& definition = definitions()[f];
  const std::vector<Word>& words = matcher.words;
  QueryRequest request;
  request.kind = definition.kind;
  request.direction = definition.direction;
  for (auto range : {matcher.captures.name, matcher.captures.name2}) {
    if (range.second <= range.first) continue;
    std::string name = span_text(question, words, range);
    if (!is_name(name)) return std::nullopt;
    if (range == matcher.captures.name || !definition.first_name_only) request.arguments.push_back(std::move(name));
  }
  if (!definition.relations.empty()) request.relations = definition.relations;
  int year = matcher.captures.year.empty() ? 0 : std::stoi(matcher.captures.year);
  switch (definition.years) {
    case YearRole::none: break;
    case YearRole::range:
      request.from_year = year;
      request.to_year = std::stoi(matcher.captures.year2);
      break;
    case YearRole::exact:
      request.from_year = year;
      request.to_year = year;
      break;
    case YearRole::from: request.from_year = year; break;
    case YearRole::to: request.to_year = year; break;
  }
  Interpretation interpretation;
  interpretation.form = &question_forms()[f];
  interpretation.mode = matcher.captures.mode;
  interpretation.requests.push_back(request);
  for (QueryKind fallback : definition.fallbacks) {
    QueryRequest other = request;
    other.kind = fallback;
    interpretation.requests.push_back(std::move(other));
  }
  for (const auto& [w, grammar] : matcher.corrections) interpretation.corrections.push_back({words[w].text, grammar});
  return interpretation;
}

// Reads the words as the first form that fits exactly, then as the form that fits with the fewest
// corrected words (the earlier form on a tie), when that is another reading.
std::vector<Interpretation> read_words(const std::vector<Word>& words, std::string_view question) {
  std::vector<Interpretation> out;
  const auto& compiled = compiled_forms();
  for (std::size_t f = 0; f < compiled.size() && out.empty(); ++f) {
    Matcher matcher(compiled[f], words);
    if (!matcher.match(0, 0)) continue;
    if (auto interpretation = interpretation_of(f, matcher, question)) out.push_back(std::move(*interpretation));
  }
  std::optional<Interpretation> best;
  for (std::size_t f = 0; f < compiled.size(); ++f) {
    Matcher matcher(compiled[f], words, true);
    if (!matcher.match(0, 0) || matcher.corrections.empty()) continue;
    if (best && best->corrections.size() <= matcher.corrections.size()) continue;
    if (auto interpretation = interpretation_of(f, matcher, question)) best = std::move(interpretation);
  }
  // "What are the problms of X?" fits "what is NAME" exactly, with a NAME that holds a misspelt
  // word of the grammar: the corrected reading is kept as the next one to try.
  if (best) out.push_back(std::move(*best));
  return out;
}

// How many words at the end of a question say when ("in 2021", "in July 2015", "during 2008"):
// a question about a programme "in 2021" is read as the question without it.
std::size_t time_phrase_length(const std::vector<Word>& words) {
  if (words.size() < 3) return 0;
  std::size_t n = words.size();
  const auto& months = lexicon().at("MONTH");
  auto is_month = [&](const std::string& word) { return std::find(months.begin(), months.end(), word) != months.end(); };
  auto is_preposition = [](const std::string& word) { return word == "in" || word == "during" || word == "by" || word == "around"; };
  if (is_year(words[n - 1].text)) {
    std::size_t length = 1;
    if (is_month(words[n - 1 - length].text)) ++length;
    if (n > length + 1 && is_preposition(words[n - 1 - length].text)) return length + 1;
    return 0;
  }
  return 0;
}

// ---- a question no form fits

std::string words_text(std::string_view question, const std::vector<Word>& words, std::size_t from, std::size_t to) {
  if (from >= to) return "";
  return one_line(span_text(question, words, {from, to}));
}

std::pair<std::string, std::vector<const QuestionForm*>> diagnose(std::string_view question) {
  std::vector<Word> words = words_of(question);
  if (words.empty()) return {"cannot read an empty question; try: " + question_forms().front().example, {&question_forms().front()}};
  if (words.size() > max_question_words)
    return {"cannot read the question: it has " + std::to_string(words.size()) + " words, more than " +
                std::to_string(max_question_words) + "; ask one thing at a time",
            {}};
  // Each form scores how many words its grammar words reached, then how many of the question's
  // words its pattern uses.
  std::set<std::string> question_words;
  for (const Word& word : words) question_words.insert(word.text);
  struct Score {
    std::size_t reached;
    std::size_t shared;
    std::size_t form;
  };
  std::vector<Score> scores;
  const auto& compiled = compiled_forms();
  std::size_t furthest = 0;
  for (std::size_t f = 0; f < compiled.size(); ++f) {
    Matcher matcher(compiled[f], words, true);
    matcher.match(0, 0);
    std::set<std::string> shared;
    for (const Element& element : compiled[f])
      for (const auto& alternative : element.alternatives)
        for (const std::string& word : alternative)
          if (question_words.count(word)) shared.insert(word);
    scores.push_back({matcher.reached, shared.size(), f});
    furthest = std::max(furthest, matcher.reached);
  }
  std::stable_sort(scores.begin(), scores.end(), [](const Score& a, const Score& b) {
    return std::tie(b.reached, b.shared) < std::tie(a.reached, a.shared);
  });
  std::vector<const QuestionForm*> closest;
  for (const Score& score : scores) {
    if (closest.size() == 3) break;
    closest.push_back(&question_forms()[score.form]);
  }
  std::string message = "cannot read the question '" + one_line(question) + "': ";
  if (furthest == 0)
    message += "no form of question begins with '" + words.front().text + "'";
  else
    message += "understood '" + words_text(question, words, 0, furthest) + "' but not what follows ('" +
               words_text(question, words, furthest, words.size()) + "')";
  message += "; the closest forms of question are:";
  for (const QuestionForm* form : closest) message += "\n  " + form->example;
  message += "\n(ask --forms lists all " + std::to_string(question_forms().size()) + ")";
  return {message, closest};
}

}  // namespace

const std::vector<QuestionForm>& question_forms() {
  static const std::vector<QuestionForm> forms = [] {
    std::vector<QuestionForm> out;
    for (const FormDefinition& definition : definitions()) out.push_back(definition.form);
    return out;
  }();
  return forms;
}

std::vector<Interpretation> ask_detail::readings(std::string_view question) {
  std::vector<Word> words = words_of(question);
  if (words.empty() || words.size() > max_question_words) return {};
  std::vector<Interpretation> out = read_words(words, question);
  // "What did the Korean New Deal become in 2021?": the question without its time phrase.
  if (std::size_t length = time_phrase_length(words)) {
    std::string set_aside = words_text(question, words, words.size() - length, words.size());
    words.resize(words.size() - length);
    for (Interpretation& interpretation : read_words(words, question)) {
      interpretation.set_aside = set_aside;
      out.push_back(std::move(interpretation));
    }
  }
  return out;
}

std::optional<Interpretation> interpret_question(std::string_view question) {
  std::vector<Interpretation> all = ask_detail::readings(question);
  if (all.empty()) return std::nullopt;
  return std::move(all.front());
}

UnrecognisedQuestion::UnrecognisedQuestion(std::string_view question) : UnrecognisedQuestion(diagnose(question)) {}

UnrecognisedQuestion::UnrecognisedQuestion(std::pair<std::string, std::vector<const QuestionForm*>> diagnosis)
    : NoAnswer(std::move(diagnosis.first)), closest_(std::move(diagnosis.second)) {}

}  // namespace policygraph
