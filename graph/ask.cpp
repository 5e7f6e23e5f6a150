// Question forms: a small pattern language over words (literal alternatives, verb and noun classes
// from a lexicon, NAME spans, years) and the table of forms, tried in order.
#include "graph/ask.hpp"

#include <algorithm>
#include <map>

namespace policygraph {
namespace {

// Word classes. Entries may be several words ("set up", "pointed out"); verbs in every form a
// question uses them in, since questions are matched word for word.
const std::map<std::string, std::vector<std::string>, std::less<>>& lexicon() {
  static const std::map<std::string, std::vector<std::string>, std::less<>> classes{
      {"INTRODUCE",
       {"introduce", "introduced", "introduces", "launch", "launched", "launches", "start", "started", "starts", "create",
        "created", "creates", "set up", "sets up", "begin", "began", "begun", "begins", "initiate", "initiated", "initiates",
        "establish", "established", "establishes", "found", "founded", "adopt", "adopted", "put forward", "inaugurate",
        "inaugurated", "unveil", "unveiled", "roll out", "rolled out", "bring in", "brought in"}},
      {"ADMINISTRATION",
       {"administration", "administrations", "government", "governments", "regime", "regimes", "president", "presidents",
        "presidency"}},
      {"PROGRAMME",
       {"programme", "programmes", "program", "programs", "policy", "policies", "project", "projects", "plan", "plans",
        "initiative", "initiatives", "scheme", "schemes", "law", "laws", "strategy", "strategies", "measure", "measures"}},
      {"BE", {"is", "are", "was", "were", "has been", "have been", "had been"}},
      {"DO", {"do", "does", "did"}},
      {"BECOME",
       {"become", "became", "becomes", "turn into", "turned into", "turns into", "evolve into", "evolved into", "evolves into",
        "change into", "changed into", "change to", "changed to", "develop into", "developed into", "grow into", "grew into"}},
      {"CHANGED",
       {"converted", "expanded", "changed", "turned", "transformed", "renamed", "developed", "reorganised", "reorganized",
        "merged", "evolved", "extended"}},
      {"FOLLOW", {"replaced", "followed", "succeeded", "superseded", "came after", "comes after", "come after"}},
      {"PRECEDE", {"preceded", "precedes", "came before", "comes before", "come before", "went before"}},
      {"REPLACE", {"replace", "succeed", "follow", "supersede"}},
      {"EVOLVE", {"evolve", "evolved", "change", "changed", "develop", "developed"}},
      {"PROBLEM",
       {"problem", "problems", "issue", "issues", "weakness", "weaknesses", "criticism", "criticisms", "limitation",
        "limitations", "shortcoming", "shortcomings", "concern", "concerns", "flaw", "flaws", "difficulty", "difficulties"}},
      {"RAISED",
       {"raised", "pointed out", "identified", "found", "noted", "mentioned", "reported", "discussed", "cited", "highlighted",
        "brought up", "made"}},
      {"ABOUT", {"about", "with", "for", "of", "in", "regarding", "concerning", "on", "facing"}},
      {"HAVE", {"have", "has", "had", "face", "faced", "suffer", "suffered", "encounter", "encountered"}},
      {"OUTCOME",
       {"outcome", "outcomes", "result", "results", "achievement", "achievements", "effect", "effects", "impact", "impacts",
        "accomplishment", "accomplishments"}},
      {"ACHIEVED", {"achieved", "produced", "delivered", "obtained", "seen", "reported", "made", "brought about"}},
      {"OUTCOME_OF", {"of", "from", "for", "by", "under", "with", "in"}},
      {"ACHIEVE",
       {"achieve", "accomplish", "result in", "lead to", "produce", "deliver", "bring about", "yield"}},
      {"HAVE_OUTCOME", {"have", "has", "had", "achieve", "produce", "bring", "deliver", "yield"}},
      {"RECOMMENDATION", {"recommendation", "recommendations", "suggestion", "suggestions", "proposal", "proposals"}},
      {"RECOMMENDED", {"recommended", "suggested", "proposed", "advised", "made", "given", "offered", "put forward"}},
      {"RECOMMEND", {"recommend", "suggest", "propose", "advise"}},
      {"RECOMMENDATION_ABOUT", {"about", "for", "on", "regarding", "concerning", "of", "at", "by", "in"}},
      {"EMPHASISE",
       {"emphasise", "emphasize", "focus on", "prioritise", "prioritize", "stress", "concentrate on", "highlight"}},
      {"RELATED", {"related", "connected", "linked", "tied"}},
      {"BEFORE", {"before", "originally", "previously", "formerly", "at first"}},
      {"FIND", {"find", "search", "search for", "look up", "look for"}},
  };
  return classes;
}

enum class YearRole { none, range, exact, from, to };

struct FormDefinition {
  QuestionForm form;
  QueryKind kind;
  LineageDirection direction = LineageDirection::both;
  YearRole years = YearRole::none;
  std::vector<QueryKind> fallbacks;
};

FormDefinition define(const char* pattern, const char* example, QueryKind kind, LineageDirection direction = LineageDirection::both,
                      YearRole years = YearRole::none, std::vector<QueryKind> fallbacks = {}) {
  return {{pattern, example, std::string(to_string(kind))}, kind, direction, years, std::move(fallbacks)};
}

// Tried in order: the forms with years before those with a NAME in the same place, the general
// "what is NAME" last.
const std::vector<FormDefinition>& definitions() {
  using K = QueryKind;
  using D = LineageDirection;
  static const std::vector<FormDefinition> forms{
      define("which|what @ADMINISTRATION @INTRODUCE NAME", "Which administration introduced the regional strategic industry?",
             K::who_introduced),
      define("under|during|in|by which|what @ADMINISTRATION @BE NAME first? @INTRODUCE",
             "Under which government was the Technopark programme launched?", K::who_introduced),
      define("which|what @ADMINISTRATION @BE NAME first? @INTRODUCE by|under|in|during",
             "Which administration was Brain Korea 21 started under?", K::who_introduced),
      define("who first? @INTRODUCE NAME", "Who launched the Technopark programme?", K::who_introduced),
      define("who @BE NAME first? @INTRODUCE by", "Who was the regional strategic industry set up by?", K::who_introduced),
      define("by whom @BE NAME first? @INTRODUCE", "By whom was the regional strategic industry created?", K::who_introduced),
      define("when @BE NAME first? @INTRODUCE", "When was the regional strategic industry introduced?", K::who_introduced),
      define("when @DO NAME @INTRODUCE", "When did the regional strategic industry start?", K::who_introduced),
      define("in? what|which year @BE NAME first? @INTRODUCE", "In what year was Brain Korea 21 launched?", K::who_introduced),

      define("what|which @PROGRAMME? @BE @INTRODUCE between YEAR and YEAR2", "What was introduced between 2003 and 2008?",
             K::timeline, D::both, YearRole::range),
      define("what|which @PROGRAMME? @BE @INTRODUCE from YEAR to|until YEAR2", "Which policies were launched from 2008 to 2013?",
             K::timeline, D::both, YearRole::range),
      define("what|which @PROGRAMME? @BE @INTRODUCE in YEAR", "What was introduced in 2004?", K::timeline, D::both, YearRole::exact),
      define("what|which @PROGRAMME? @BE @INTRODUCE after|since YEAR", "What was introduced after 2013?", K::timeline, D::both,
             YearRole::from),
      define("what|which @PROGRAMME? @BE @INTRODUCE before|until YEAR", "What was introduced before 2003?", K::timeline, D::both,
             YearRole::to),
      define("what happened between YEAR and YEAR2", "What happened between 1998 and 2008?", K::timeline, D::both, YearRole::range),
      define("what happened in YEAR", "What happened in 2008?", K::timeline, D::both, YearRole::exact),
      define("show|give|print? me? the? timeline", "Show the timeline", K::timeline),

      define("what|which @PROGRAMME? @DO NAME @INTRODUCE", "What did the Lee Myung-bak administration introduce?", K::programmes_of),
      define("what|which @PROGRAMME? @BE @INTRODUCE by|under|during|in NAME", "What was launched under the Participation Government?",
             K::programmes_of),
      define("what @DO NAME @EMPHASISE", "What did the Participation Government focus on?", K::programmes_of),
      define("what|which @BE NAME 's @PROGRAMME", "What were the People's Government's policies?", K::programmes_of),
      define("what|which @BE the @PROGRAMME of NAME", "What were the programmes of the Lee Myung-bak administration?",
             K::programmes_of),

      define("what @DO NAME @BECOME", "What did the regional strategic industry become?", K::evolution, D::forward),
      define("what @BE NAME @CHANGED into|to", "What was the regional strategic industry converted into?", K::evolution, D::forward),
      define("what @BE NAME replaced|succeeded|followed|superseded by", "What was the 21st Century Frontier programme replaced by?",
             K::evolution, D::forward),
      define("what @FOLLOW NAME", "What came after the regional strategic industry?", K::evolution, D::forward),
      define("what|who @BE the successor|successors of NAME", "What is the successor of the regional strategic industry?",
             K::evolution, D::forward),
      define("what happened to NAME 's @PROGRAMME under|during|in|with NAME2",
             "What happened to the Participatory Government's programmes under Lee Myung-bak?", K::continuity),
      define("what happened to the? @PROGRAMME of NAME under|during|in|with NAME2",
             "What happened to the programmes of the People's Government under Roh Moo-hyun?", K::continuity),
      define("what @DO NAME2 do with NAME 's @PROGRAMME", "What did the Lee Myung-bak administration do with Roh Moo-hyun's policies?",
             K::continuity),
      define("what happened to NAME 's @PROGRAMME", "What happened to the Park Geun-hye administration's programmes?", K::continuity),
      define("what happened to the? @PROGRAMME of NAME", "What happened to the policies of the Moon Jae-in administration?",
             K::continuity),
      define("what changed|happened|continued at|with|after each|every change of @ADMINISTRATION",
             "What changed at each change of government?", K::continuity),
      define("what happened to NAME", "What happened to the regional strategic industry?", K::evolution, D::forward,
             YearRole::none, {K::outcomes}),
      define("what @PRECEDE NAME", "What came before R&D-oriented regional industry?", K::evolution, D::backward),
      define("what @DO NAME @REPLACE", "What did the Global Frontier programme replace?", K::evolution, D::backward),
      define("where @DO NAME come from", "Where did the regional strategic industry come from?", K::evolution, D::backward),
      define("what @BE NAME called|named @BEFORE", "What was R&D-oriented regional industry called before?", K::evolution,
             D::backward),
      define("what @BE NAME @BEFORE", "What was R&D-oriented regional industry before?", K::evolution, D::backward),
      define("what @BE NAME @CHANGED from", "What was the regional strategic industry expanded from?", K::evolution, D::backward),
      define("what|who @BE the predecessor|predecessors|origin|origins of NAME", "What was the predecessor of the regional strategic industry?",
             K::evolution, D::backward),
      define("how @DO|has|have NAME @EVOLVE", "How did the regional strategic industry evolve?", K::evolution),
      define("what @BE the history|lineage|evolution|development of NAME", "What is the history of the regional strategic industry?",
             K::evolution),

      define("what|which @PROBLEM @BE there? @RAISED? @ABOUT NAME", "What problems were raised about the regional strategic industry?",
             K::problems),
      define("what|which @BE the? @PROBLEM @ABOUT NAME", "What were the weaknesses of the regional strategic industry?", K::problems),
      define("what|which @PROBLEM @DO NAME @HAVE", "What problems did the regional strategic industry face?", K::problems),
      define("what went wrong with|in NAME", "What went wrong with the regional strategic industry?", K::problems),

      define("what|which @OUTCOME @BE there? @ACHIEVED? @OUTCOME_OF NAME", "What results were achieved by the Technopark programme?",
             K::outcomes),
      define("what|which @BE the? @OUTCOME @OUTCOME_OF NAME", "What were the outcomes of the regional strategic industry?", K::outcomes),
      define("what @DO NAME @ACHIEVE", "What did the regional strategic industry achieve?", K::outcomes),
      define("what|which @OUTCOME @DO NAME @HAVE_OUTCOME", "What effects did the Technopark programme have?", K::outcomes),

      define("what|which @RECOMMENDATION @BE @RECOMMENDED? @RECOMMENDATION_ABOUT NAME",
             "What recommendations were made about the regional strategic industry?", K::recommendations),
      define("what|which @BE the? @RECOMMENDATION @RECOMMENDATION_ABOUT NAME", "What were the recommendations of the seminar?",
             K::recommendations),
      define("what @BE @RECOMMENDED @RECOMMENDATION_ABOUT NAME", "What was recommended for the regional strategic industry?",
             K::recommendations),
      define("what @DO NAME @RECOMMEND", "What did STEPI recommend?", K::recommendations),
      define("what|which @RECOMMENDATION @BE @RECOMMENDED?", "What recommendations were made?", K::recommendations),
      define("what|which @BE the? @RECOMMENDATION", "What are the recommendations?", K::recommendations),
      define("what @BE recommended", "What was recommended?", K::recommendations),

      define("how @BE NAME @RELATED to|with NAME2", "How is the Participation Government related to R&D-oriented regional industry?",
             K::path),
      define("what links|connects|relates NAME and|to|with NAME2", "What links the People's Government and the regional strategic industry?",
             K::path),
      define("how @DO NAME and NAME2 relate|connect", "How do KIAT and the regional strategic industry connect?", K::path),

      define("what|who @BE @RELATED to NAME", "What is connected to the regional strategic industry?", K::neighbours),
      define("tell me about NAME", "Tell me about the regional strategic industry", K::neighbours),
      define("what do we know about NAME", "What do we know about KIAT?", K::neighbours),
      define("@FIND NAME", "Find regional industry", K::search),
      define("what|who @BE NAME", "What is the regional strategic industry?", K::neighbours),
  };
  return forms;
}

// ---- the pattern language

struct Element {
  enum class Type { words, name, name2, year, year2 };
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

struct Captures {
  std::pair<std::size_t, std::size_t> name{0, 0}, name2{0, 0};  // word ranges
  std::string year, year2;
};

bool match_from(const std::vector<Element>& elements, std::size_t e, const std::vector<Word>& words, std::size_t w, Captures& captures) {
  if (e == elements.size()) return w == words.size();
  const Element& element = elements[e];
  switch (element.type) {
    case Element::Type::words:
      for (const auto& alternative : element.alternatives) {
        if (w + alternative.size() > words.size()) continue;
        bool fits = true;
        for (std::size_t k = 0; k < alternative.size() && fits; ++k) fits = words[w + k].text == alternative[k];
        if (fits && match_from(elements, e + 1, words, w + alternative.size(), captures)) return true;
      }
      return element.optional && match_from(elements, e + 1, words, w, captures);
    case Element::Type::name:
    case Element::Type::name2:
      // Shortest span first, so that "how is A related to B" stops A at "related".
      for (std::size_t end = w + 1; end <= words.size(); ++end) {
        (element.type == Element::Type::name ? captures.name : captures.name2) = {w, end};
        if (match_from(elements, e + 1, words, end, captures)) return true;
      }
      return false;
    case Element::Type::year:
    case Element::Type::year2:
      if (w >= words.size() || !is_year(words[w].text)) return false;
      (element.type == Element::Type::year ? captures.year : captures.year2) = words[w].text;
      return match_from(elements, e + 1, words, w + 1, captures);
  }
  return false;
}

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

}  // namespace

const std::vector<QuestionForm>& question_forms() {
  static const std::vector<QuestionForm> forms = [] {
    std::vector<QuestionForm> out;
    for (const FormDefinition& definition : definitions()) out.push_back(definition.form);
    return out;
  }();
  return forms;
}

std::optional<Interpretation> interpret_question(std::string_view question) {
  static const std::vector<std::vector<Element>> compiled = [] {
    std::vector<std::vector<Element>> out;
    for (const FormDefinition& definition : definitions()) out.push_back(compile(definition.form.pattern));
    return out;
  }();
  std::vector<Word> words = words_of(question);
  if (words.empty() || words.size() > max_question_words) return std::nullopt;
  for (std::size_t f = 0; f < compiled.size(); ++f) {
    Captures captures;
    if (!match_from(compiled[f], 0, words, 0, captures)) continue;
    const FormDefinition& definition = definitions()[f];
    QueryRequest request;
    request.kind = definition.kind;
    request.direction = definition.direction;
    if (captures.name.second > captures.name.first) {
      std::string name = span_text(question, words, captures.name);
      if (!is_name(name)) continue;
      request.arguments.push_back(std::move(name));
    }
    if (captures.name2.second > captures.name2.first) {
      std::string name = span_text(question, words, captures.name2);
      if (!is_name(name)) continue;
      request.arguments.push_back(std::move(name));
    }
    int year = captures.year.empty() ? 0 : std::stoi(captures.year);
    switch (definition.years) {
      case YearRole::none: break;
      case YearRole::range:
        request.from_year = year;
        request.to_year = std::stoi(captures.year2);
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
    interpretation.requests.push_back(request);
    for (QueryKind fallback : definition.fallbacks) {
      QueryRequest other = request;
      other.kind = fallback;
      interpretation.requests.push_back(std::move(other));
    }
    return interpretation;
  }
  return std::nullopt;
}

namespace {
std::string unrecognised_message(std::string_view question) {
  std::string message = "cannot read the question '" + one_line(question) + "'; questions of these forms are understood:";
  for (const QuestionForm& form : question_forms()) message += "\n  " + form.example;
  return message;
}
}  // namespace

UnrecognisedQuestion::UnrecognisedQuestion(std::string_view question) : NoAnswer(unrecognised_message(question)) {}

Answer ask(const QueryEngine& engine, std::string_view question) {
  auto interpretation = interpret_question(question);
  if (!interpretation) throw UnrecognisedQuestion(question);
  std::optional<NoAnswer> first_miss;
  for (const QueryRequest& request : interpretation->requests) {
    try {
      Answer answer = run_query(engine, request);
      answer.question = std::string(question);
      return answer;
    } catch (const UnknownName&) {
      throw;
    } catch (const NoAnswer& miss) {
      if (!first_miss) first_miss = miss;
    }
  }
  throw NoAnswer(*first_miss);
}

}  // namespace policygraph
