// The triple-pattern language: a tokenizer, a parser that resolves named constants, and a
// backtracking join over the graph's adjacency and relation index.
#include "graph/match.hpp"

#include <algorithm>
#include <climits>
#include <functional>

#include "graph/error.hpp"
#include "graph/subgraph.hpp"
#include "graph/topology.hpp"

namespace policygraph {
namespace {

struct Token {
  enum class Type { word, string, dot, op, open, close };
  Type type = Type::word;
  std::string text;
  std::size_t position = 0;
};

[[noreturn]] void fail(std::size_t position, const std::string& message) {
  throw UsageError("match: byte " + std::to_string(position) + ": " + one_line(message));
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_operator_char(char c) { return c == '<' || c == '>' || c == '=' || c == '!'; }

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (is_space(c)) {
      ++i;
    } else if (c == '"') {
      std::size_t start = i++;
      std::string value;
      while (i < text.size() && text[i] != '"') {
        if (text[i] == '\\' && i + 1 < text.size()) ++i;
        value += text[i++];
      }
      if (i >= text.size()) fail(start, "unterminated quoted name");
      ++i;
      tokens.push_back({Token::Type::string, std::move(value), start});
    } else if (c == '(' || c == ')') {
      tokens.push_back({c == '(' ? Token::Type::open : Token::Type::close, std::string(1, c), i++});
    } else if (is_operator_char(c)) {
      std::size_t start = i;
      while (i < text.size() && is_operator_char(text[i])) ++i;
      tokens.push_back({Token::Type::op, std::string(text.substr(start, i - start)), start});
    } else {
      std::size_t start = i;
      while (i < text.size() && !is_space(text[i]) && text[i] != '"' && text[i] != '(' && text[i] != ')' && !is_operator_char(text[i])) ++i;
      std::string word(text.substr(start, i - start));
      // "?q ." and "?q." both end a clause; names with a final dot need quotes.
      bool dot = word.size() > 1 && word.back() == '.';
      if (dot) word.pop_back();
      if (word == ".")
        tokens.push_back({Token::Type::dot, word, start});
      else
        tokens.push_back({Token::Type::word, word, start});
      if (dot) tokens.push_back({Token::Type::dot, ".", i - 1});
    }
  }
  return tokens;
}

bool valid_variable(std::string_view name) {
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front()))) return false;
  return std::all_of(name.begin(), name.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

std::string kind_list() {
  std::string out;
  for (NodeKind kind : all_node_kinds()) out += (out.empty() ? "" : ", ") + std::string(to_string(kind));
  return out;
}

std::string relation_list() {
  std::string out;
  for (Relation relation : all_relations()) out += (out.empty() ? "" : ", ") + std::string(to_string(relation));
  return out;
}

class Parser {
 public:
  Parser(const QueryEngine& engine, std::string_view text) : engine_(engine), tokens_(tokenize(text)), end_(text.size()) {}

  Pattern parse() {
    while (pos_ < tokens_.size()) {
      if (peek().type == Token::Type::dot) {
        ++pos_;
        continue;
      }
      if (peek().type == Token::Type::word && upper(peek().text) == "FILTER") {
        parse_filter();
      } else {
        parse_clause();
      }
      if (pos_ < tokens_.size() && peek().type != Token::Type::dot && !(peek().type == Token::Type::word && upper(peek().text) == "FILTER"))
        fail(peek().position, "expected '.' between clauses, got '" + peek().text + "'");
    }
    if (pattern_.triples.empty()) fail(end_, "a pattern needs at least one triple such as '?a introduced ?p'");
    for (const std::string& variable : pattern_.variables) {
      bool used = std::any_of(pattern_.triples.begin(), pattern_.triples.end(), [&](const TriplePattern& t) {
        return t.subject.variable == variable || t.object.variable == variable;
      });
      if (!used) fail(end_, "?" + variable + " appears in no triple");
    }
    return std::move(pattern_);
  }

 private:
  static std::string upper(std::string text) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
  }
  const Token& peek() const { return tokens_[pos_]; }
  const Token& next(const char* expected) {
    if (pos_ >= tokens_.size()) fail(end_, std::string("expected ") + expected + ", got the end of the pattern");
    return tokens_[pos_++];
  }

  std::size_t variable_index(const std::string& name, std::size_t position) {
    if (!valid_variable(name)) fail(position, "bad variable name '?" + name + "' (letters, digits and _)");
    auto found = std::find(pattern_.variables.begin(), pattern_.variables.end(), name);
    if (found != pattern_.variables.end()) return static_cast<std::size_t>(found - pattern_.variables.begin());
    pattern_.variables.push_back(name);
    pattern_.kinds.emplace_back();
    return pattern_.variables.size() - 1;
  }

  void constrain(std::size_t variable, std::string_view kind_name, std::size_t position) {
    auto kind = parse_node_kind(kind_name);
    if (!kind) fail(position, "unknown kind '" + std::string(kind_name) + "' (kinds: " + kind_list() + ")");
    auto& slot = pattern_.kinds[variable];
    if (slot && *slot != *kind)
      fail(position, "?" + pattern_.variables[variable] + " cannot be both " + std::string(to_string(*slot)) + " and " +
                         std::string(to_string(*kind)));
    slot = kind;
  }

  PatternTerm parse_term() {
    const Token& token = next("a ?variable or a name");
    if (token.type == Token::Type::string) return {"", &engine_.resolve(token.text)};
    if (token.type != Token::Type::word) fail(token.position, "expected a ?variable or a name, got '" + token.text + "'");
    if (token.text.front() != '?') return {"", &engine_.resolve(token.text)};
    std::string name = token.text.substr(1);
    std::string kind;
    if (auto colon = name.find(':'); colon != std::string::npos) {
      kind = name.substr(colon + 1);
      name.resize(colon);
    }
    std::size_t variable = variable_index(name, token.position);
    if (!kind.empty() || token.text.back() == ':') constrain(variable, kind, token.position);
    return {name, nullptr};
  }

  void parse_clause() {
    PatternTerm subject = parse_term();
    const Token& middle = next("a relation or kind:KIND");
    if (middle.type != Token::Type::word) fail(middle.position, "expected a relation, got '" + middle.text + "'");
    if (middle.text.rfind("kind:", 0) == 0 || middle.text == "kind") {
      if (subject.variable.empty()) fail(middle.position, "kind: constrains a ?variable, not a name");
      std::string kind = middle.text == "kind" ? next("a kind").text : middle.text.substr(5);
      constrain(variable_index(subject.variable, middle.position), kind, middle.position);
      return;
    }
    auto relation = parse_relation(middle.text);
    if (!relation) fail(middle.position, "unknown relation '" + middle.text + "' (relations: " + relation_list() + ")");
    PatternTerm object = parse_term();
    pattern_.triples.push_back({std::move(subject), *relation, std::move(object)});
  }

  void parse_filter() {
    ++pos_;  // FILTER
    bool parenthesised = pos_ < tokens_.size() && peek().type == Token::Type::open;
    if (parenthesised) ++pos_;
    const Token& what = next("'year'");
    if (what.type != Token::Type::word || what.text != "year") fail(what.position, "FILTER supports 'year', got '" + what.text + "'");
    YearFilter filter;
    if (pos_ < tokens_.size() && peek().type == Token::Type::open) {
      ++pos_;
      const Token& variable = next("a ?variable");
      if (variable.type != Token::Type::word || variable.text.front() != '?')
        fail(variable.position, "year(...) takes a ?variable, got '" + variable.text + "'");
      filter.variable = variable.text.substr(1);
      variable_index(filter.variable, variable.position);
      if (next("')'").type != Token::Type::close) fail(tokens_[pos_ - 1].position, "expected ')'");
    }
    const Token& op = next("a comparison");
    static const std::pair<std::string_view, YearFilter::Op> ops[] = {
        {"=", YearFilter::Op::equal},         {"==", YearFilter::Op::equal}, {"!=", YearFilter::Op::not_equal},
        {"<", YearFilter::Op::less},          {"<=", YearFilter::Op::less_equal}, {">", YearFilter::Op::greater},
        {">=", YearFilter::Op::greater_equal}};
    auto found = std::find_if(std::begin(ops), std::end(ops), [&](const auto& o) { return o.first == op.text; });
    if (op.type != Token::Type::op || found == std::end(ops)) fail(op.position, "expected one of = != < <= > >=, got '" + op.text + "'");
    filter.op = found->second;
    const Token& number = next("a year");
    auto date = Date::parse(number.text);
    if (number.type != Token::Type::word || !date || date->precision() != Date::Precision::year)
      fail(number.position, "expected a year such as 2008, got '" + number.text + "'");
    filter.year = date->year;
    if (parenthesised && next("')'").type != Token::Type::close) fail(tokens_[pos_ - 1].position, "expected ')'");
    pattern_.filters.push_back(std::move(filter));
  }

  const QueryEngine& engine_;
  std::vector<Token> tokens_;
  std::size_t end_;
  std::size_t pos_ = 0;
  Pattern pattern_;
};

bool compare(int value, YearFilter::Op op, int year) {
  switch (op) {
    case YearFilter::Op::equal: return value == year;
    case YearFilter::Op::not_equal: return value != year;
    case YearFilter::Op::less: return value < year;
    case YearFilter::Op::less_equal: return value <= year;
    case YearFilter::Op::greater: return value > year;
    case YearFilter::Op::greater_equal: return value >= year;
  }
  return false;
}

// A node's time is a span of years; the filter holds when some year of the span satisfies it.
bool span_satisfies(const YearSpan& span, YearFilter::Op op, int year) {
  switch (op) {
    case YearFilter::Op::equal: return span.first <= year && year <= span.last;
    case YearFilter::Op::not_equal: return !(span.first == year && span.last == year);
    case YearFilter::Op::less:
    case YearFilter::Op::less_equal: return compare(span.first, op, year);
    case YearFilter::Op::greater:
    case YearFilter::Op::greater_equal: return compare(span.last, op, year);
  }
  return false;
}

class Matcher {
 public:
  Matcher(const QueryEngine& engine, const Pattern& pattern, std::size_t limit)
      : engine_(engine), topology_(engine.graph().topology()), pattern_(pattern), limit_(limit),
        values_(pattern.variables.size(), nullptr), edges_(pattern.triples.size(), nullptr) {
    plan();
  }

  std::vector<PatternMatch> run() {
    solve(0);
    return std::move(matches_);
  }

 private:
  std::optional<std::size_t> variable_of(const PatternTerm& term) const {
    if (term.variable.empty()) return std::nullopt;
    return static_cast<std::size_t>(std::find(pattern_.variables.begin(), pattern_.variables.end(), term.variable) -
                                     pattern_.variables.begin());
  }

  // Orders the triples so that each one after the first shares a bound variable when it can,
  // preferring triples with constants and then relations with fewer edges.
  void plan() {
    std::vector<char> used(pattern_.triples.size(), 0);
    std::vector<char> bound(pattern_.variables.size(), 0);
    for (std::size_t step = 0; step < pattern_.triples.size(); ++step) {
      std::size_t best = 0;
      std::tuple<int, std::size_t> best_key{INT_MAX, SIZE_MAX};
      for (std::size_t t = 0; t < pattern_.triples.size(); ++t) {
        if (used[t]) continue;
        const TriplePattern& triple = pattern_.triples[t];
        int known = 0;
        for (const PatternTerm* term : {&triple.subject, &triple.object}) {
          auto v = variable_of(*term);
          if (!v || bound[*v]) ++known;
        }
        std::tuple<int, std::size_t> key{-known, engine_.edge_count(triple.relation)};
        if (key < best_key) {
          best_key = key;
          best = t;
        }
      }
      used[best] = 1;
      order_.push_back(best);
      for (const PatternTerm* term : {&pattern_.triples[best].subject, &pattern_.triples[best].object})
        if (auto v = variable_of(*term)) bound[*v] = 1;
    }
  }

  const Node* value_of(const PatternTerm& term) const {
    if (term.node) return term.node;
    return values_[*variable_of(term)];
  }

  bool node_passes(std::size_t variable, const Node& node) const {
    if (pattern_.kinds[variable] && node.kind != *pattern_.kinds[variable]) return false;
    for (const YearFilter& filter : pattern_.filters) {
      if (filter.variable != pattern_.variables[variable]) continue;
      auto span = node_years(engine_.graph(), node);
      if (!span || !span_satisfies(*span, filter.op, filter.year)) return false;
    }
    return true;
  }

  bool edges_pass() const {
    for (const YearFilter& filter : pattern_.filters) {
      if (!filter.variable.empty()) continue;
      bool dated = false;
      for (const Edge* edge : edges_) {
        if (!edge->year) continue;
        dated = true;
        if (!compare(*edge->year, filter.op, filter.year)) return false;
      }
      if (!dated) return false;
    }
    return true;
  }

  bool full() const { return limit_ && matches_.size() >= limit_; }

  // Binds the ends of one candidate edge and goes on to the next triple; undoes the binding after.
  void try_edge(std::size_t k, const TriplePattern& triple, const Edge& edge, const Node& source, const Node& target) {
    std::vector<std::size_t> newly;
    auto bind = [&](const PatternTerm& term, const Node& node) {
      if (term.node) return term.node == &node;
      std::size_t v = *variable_of(term);
      if (values_[v]) return values_[v] == &node;
      if (!node_passes(v, node)) return false;
      values_[v] = &node;
      newly.push_back(v);
      return true;
    };
    if (bind(triple.subject, source) && bind(triple.object, target)) {
      edges_[order_[k]] = &edge;
      solve(k + 1);
      edges_[order_[k]] = nullptr;
    }
    for (std::size_t v : newly) values_[v] = nullptr;
  }

  void solve(std::size_t k) {
    if (full()) return;
    if (k == order_.size()) {
      if (edges_pass()) matches_.push_back({values_, edges_});
      return;
    }
    const TriplePattern& triple = pattern_.triples[order_[k]];
    const Node* subject = value_of(triple.subject);
    const Node* object = value_of(triple.object);
    const auto& g = topology_.graph;
    if (subject && object) {
      if (const Edge* edge = engine_.graph().edge(subject->id, triple.relation, object->id)) try_edge(k, triple, *edge, *subject, *object);
    } else if (subject) {
      for (auto [it, end] = boost::out_edges(*topology_.vertex(subject->id), g); it != end && !full(); ++it) {
        const Edge& edge = topology_.edges[g[*it].index];
        if (edge.relation == triple.relation) try_edge(k, triple, edge, *subject, topology_.nodes[boost::target(*it, g)]);
      }
    } else if (object) {
      for (auto [it, end] = boost::in_edges(*topology_.vertex(object->id), g); it != end && !full(); ++it) {
        const Edge& edge = topology_.edges[g[*it].index];
        if (edge.relation == triple.relation) try_edge(k, triple, edge, topology_.nodes[boost::source(*it, g)], *object);
      }
    } else {
      for (const Edge* edge : engine_.edges_of(triple.relation)) {
        if (full()) break;
        try_edge(k, triple, *edge, topology_.nodes[*topology_.vertex(edge->source)], topology_.nodes[*topology_.vertex(edge->target)]);
      }
    }
  }

  const QueryEngine& engine_;
  const detail::Topology& topology_;
  const Pattern& pattern_;
  std::size_t limit_;
  std::vector<std::size_t> order_;
  std::vector<const Node*> values_;
  std::vector<const Edge*> edges_;
  std::vector<PatternMatch> matches_;
};

}  // namespace

Pattern parse_pattern(const QueryEngine& engine, std::string_view text) { return Parser(engine, text).parse(); }

std::vector<PatternMatch> match_pattern(const QueryEngine& engine, const Pattern& pattern, std::size_t limit) {
  std::vector<PatternMatch> matches = Matcher(engine, pattern, limit).run();
  std::sort(matches.begin(), matches.end(), [](const PatternMatch& a, const PatternMatch& b) {
    for (std::size_t i = 0; i < a.values.size(); ++i) {
      if (a.values[i]->label != b.values[i]->label) return a.values[i]->label < b.values[i]->label;
      if (a.values[i]->id != b.values[i]->id) return a.values[i]->id < b.values[i]->id;
    }
    return false;
  });
  return matches;
}

Answer answer_match(const QueryEngine& engine, std::string_view text, std::size_t limit) {
  Pattern pattern = parse_pattern(engine, text);
  std::vector<PatternMatch> matches = match_pattern(engine, pattern, limit);
  if (matches.empty()) throw NoAnswer("nothing in the graph matches the pattern");
  Answer answer;
  answer.query = "match";
  answer.arguments = {std::string(text)};
  for (const TriplePattern& triple : pattern.triples)
    for (const PatternTerm* term : {&triple.subject, &triple.object})
      if (term->node && std::find(answer.subjects.begin(), answer.subjects.end(), term->node) == answer.subjects.end())
        answer.subjects.push_back(term->node);
  for (const std::string& variable : pattern.variables) answer.columns.push_back({variable, ColumnType::node});
  answer.columns.push_back({"year", ColumnType::number});
  for (const PatternMatch& match : matches) {
    AnswerRow row;
    for (const Node* value : match.values) row.cells.push_back(Cell::of_node(value));
    std::optional<long long> year;
    for (const Edge* edge : match.edges) {
      if (edge->year && (!year || *edge->year < *year)) year = *edge->year;
      merge_evidence(row.evidence, edge->evidence);
    }
    row.cells.push_back(Cell::of_number(year));
    answer.rows.push_back(std::move(row));
  }
  std::string first;
  for (std::size_t i = 0; i < pattern.variables.size(); ++i)
    first += (i ? ", ?" : "?") + pattern.variables[i] + " = " + answer.rows.front().cells[i].display();
  if (pattern.variables.empty()) {
    answer.summary = "The pattern holds.";
  } else {
    answer.summary = std::to_string(matches.size()) + (matches.size() == 1 ? " match" : " matches") +
                     (limit && matches.size() >= limit ? " (the first " + std::to_string(limit) + ")" : "") + "; " +
                     (matches.size() == 1 ? "" : "the first: ") + first + ".";
  }
  return answer;
}

}  // namespace policygraph
