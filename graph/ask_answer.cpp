// Answering a question once read: runs its readings' queries, retrying a NAME without its date, and
// shapes the answer as the form asks (one relation, one side of the NAME, a count, changes of a mode).
#include <algorithm>
#include <cctype>
#include <optional>

#include "graph/ask.hpp"
#include "graph/ask_forms.hpp"

namespace policygraph {
namespace {

using ask_detail::FormDefinition;
using ask_detail::Side;

std::string label_of(const Node& node) { return one_line(node.label.empty() ? node.id : node.label); }

std::string quoted(std::string_view text) { return "'" + one_line(text) + "'"; }

int column_of(const Answer& answer, std::string_view name) {
  for (std::size_t c = 0; c < answer.columns.size(); ++c)
    if (answer.columns[c].name == name) return static_cast<int>(c);
  return -1;
}

// The labels of a list, for summaries: "a; b; c and 4 more".
std::string labels_text(const std::vector<const Node*>& nodes, std::size_t shown = 6) {
  std::string out;
  for (std::size_t i = 0; i < nodes.size() && i < shown; ++i) out += (i ? "; " : "") + label_of(*nodes[i]);
  if (nodes.size() > shown) out += " and " + std::to_string(nodes.size() - shown) + " more";
  return out;
}

// The distinct nodes of a column, in the order of the rows.
std::vector<const Node*> nodes_in(const Answer& answer, std::string_view name) {
  std::vector<const Node*> out;
  int c = column_of(answer, name);
  if (c < 0) return out;
  for (const AnswerRow& row : answer.rows)
    for (const Node* node : row.cells[static_cast<std::size_t>(c)].nodes)
      if (node && std::find(out.begin(), out.end(), node) == out.end()) out.push_back(node);
  return out;
}

// Keeps the rows whose text column holds the value; says what is missing when none does.
void keep_rows(Answer& answer, std::string_view column, std::string_view value, const std::string& missing) {
  int c = column_of(answer, column);
  if (c < 0) return;
  std::erase_if(answer.rows, [&](const AnswerRow& row) { return row.cells[static_cast<std::size_t>(c)].display() != value; });
  if (answer.rows.empty()) throw NoAnswer(missing);
}

// What a relation says of the NAME, for the summary of a neighbours answer of one relation.
std::string relation_summary(const Node& subject, Relation relation, Side side, const std::vector<const Node*>& others) {
  std::string name = label_of(subject);
  std::string list = labels_text(others);
  bool into = side == Side::into;
  switch (relation) {
    case Relation::presented_at: return into ? "Presented at " + name + ": " + list + "." : name + " presented at " + list + ".";
    case Relation::hosted: return into ? name + " was hosted by " + list + "." : name + " hosted " + list + ".";
    case Relation::led_by: return into ? name + " leads " + list + "." : name + " is led by " + list + ".";
    case Relation::part_of: return into ? "Parts of " + name + ": " + list + "." : name + " is part of " + list + ".";
    case Relation::affiliated_with: return into ? "Affiliated with " + name + ": " + list + "." : name + " is affiliated with " + list + ".";
    default: return name + " " + std::string(to_string(relation)) + " " + list + ".";
  }
}

// Neighbours of one relation: only the edges pointing the way the question asks.
void shape_neighbours(Answer& answer, const FormDefinition& definition) {
  if (definition.relations.empty() || answer.subjects.empty()) return;
  Relation relation = *definition.relations.begin();
  const Node& subject = *answer.subjects.front();
  if (definition.side != Side::both) {
    std::string missing = "nothing is recorded that " +
                          std::string(definition.side == Side::into ? "points to " : "is pointed to by ") + label_of(subject) +
                          " (" + subject.id + ") by '" + std::string(to_string(relation)) + "'";
    keep_rows(answer, "direction", definition.side == Side::into ? "in" : "out", missing);
  }
  answer.summary = relation_summary(subject, relation, definition.side, nodes_in(answer, "node"));
}

// "Which programmes were renamed?": the evolved_into edges of one mode, earliest year first.
Answer list_changes(const QueryEngine& engine, const std::string& mode) {
  std::vector<const Edge*> edges;
  for (const Edge* edge : engine.edges_of(Relation::evolved_into)) {
    auto found = edge->attributes.find("mode");
    if (found != edge->attributes.end() && found->second == mode) edges.push_back(edge);
  }
  std::string shown = mode == "followed_by" ? "followed by another" : mode;
  if (edges.empty()) throw NoAnswer("nothing is recorded as " + shown);
  const PolicyGraph& graph = engine.graph();
  auto label = [&](const std::string& id) -> const std::string& { return graph.node(id)->label; };
  std::sort(edges.begin(), edges.end(), [&](const Edge* a, const Edge* b) {
    int year_a = a->year.value_or(9999), year_b = b->year.value_or(9999);
    return std::tie(year_a, label(a->source), a->source, a->target) < std::tie(year_b, label(b->source), b->source, b->target);
  });
  Answer answer;
  answer.query = "changes";
  answer.arguments = {mode};
  answer.columns = {{"from", ColumnType::node}, {"mode", ColumnType::text}, {"to", ColumnType::node}, {"year", ColumnType::number}};
  std::vector<std::string> pairs;
  for (const Edge* edge : edges) {
    const Node* from = graph.node(edge->source);
    const Node* to = graph.node(edge->target);
    answer.rows.push_back({{Cell::of_node(from), Cell::of_text(mode), Cell::of_node(to),
                            Cell::of_number(edge->year ? std::optional<long long>(*edge->year) : std::nullopt)},
                           edge->evidence});
    if (pairs.size() < 6) pairs.push_back(label_of(*from) + " \u2192 " + label_of(*to));
  }
  std::string heading = shown;
  heading.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(heading.front())));
  answer.summary = heading + " (" + std::to_string(edges.size()) + "): " +
                   [&] {
                     std::string out;
                     for (std::size_t i = 0; i < pairs.size(); ++i) out += (i ? "; " : "") + pairs[i];
                     return out;
                   }() +
                   (edges.size() > pairs.size() ? " and " + std::to_string(edges.size() - pairs.size()) + " more." : ".");
  return answer;
}

// "How many": the distinct items the answer lists, before its summary.
void add_count(Answer& answer) {
  std::vector<const Node*> items;
  for (const char* column : {"item", "node", "to", "programme", "administration"}) {
    items = nodes_in(answer, column);
    if (!items.empty()) break;
  }
  std::size_t count = items.empty() ? answer.rows.size() : items.size();
  answer.summary = "Count: " + std::to_string(count) + ". " + answer.summary;
}

// The NAME without a date it carries: "the 2022 Graduate Research Policy Forum" → "the Graduate
// Research Policy Forum", "the forum in July 2015" → "the forum". Empty when it carries none.
std::string without_date(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (char c : name) {
    if (c == ' ') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  auto is_year = [](const std::string& w) {
    return w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  auto lower = [](std::string w) {
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
  };
  const auto& months = ask_detail::lexicon().at("MONTH");
  std::vector<std::string> kept;
  bool changed = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    bool year = is_year(words[i]);
    bool month_before_year = i + 1 < words.size() && is_year(words[i + 1]) &&
                             std::find(months.begin(), months.end(), lower(words[i])) != months.end();
    bool preposition = (lower(words[i]) == "in" || lower(words[i]) == "of" || lower(words[i]) == "during") && i + 1 < words.size() &&
                       (is_year(words[i + 1]) || (i + 2 < words.size() && is_year(words[i + 2])));
    if ((year || month_before_year || (preposition && i > 0)) && words.size() > 1) {
      changed = true;
      continue;
    }
    kept.push_back(words[i]);
  }
  if (!changed || kept.empty()) return "";
  std::string out;
  for (const std::string& w : kept) out += (out.empty() ? "" : " ") + w;
  return out;
}

bool is_known(const QueryEngine& engine, std::string_view name) { return !engine.names().lookup(name).empty(); }

// Runs one query; an unknown NAME that carries a date is tried again without it.
Answer run_with_names(const QueryEngine& engine, QueryRequest request, std::vector<WordCorrection>& read_names) {
  try {
    return run_query(engine, request);
  } catch (const UnknownName& unknown) {
    for (std::string& argument : request.arguments) {
      if (argument != unknown.name()) continue;
      std::string shorter = without_date(argument);
      if (shorter.empty() || !is_known(engine, shorter)) throw;
      read_names.push_back({argument, shorter});
      argument = shorter;
      return run_with_names(engine, request, read_names);
    }
    throw;
  }
}

// Answers one reading of a question.
Answer answer_reading(const QueryEngine& engine, const Interpretation& interpretation, std::vector<WordCorrection>& read_names) {
  const FormDefinition& definition =
      ask_detail::definitions()[static_cast<std::size_t>(interpretation.form - question_forms().data())];
  auto shaped = [&]() -> Answer {
    if (definition.changes) return list_changes(engine, interpretation.mode);
    std::optional<NoAnswer> first_miss;
    for (const QueryRequest& request : interpretation.requests) {
      try {
        Answer answer = run_with_names(engine, request, read_names);
        if (!definition.keep_relation.empty()) {
          std::string about = request.arguments.empty() ? std::string("in the years asked") : "for " + quoted(request.arguments.front());
          keep_rows(answer, "relation", definition.keep_relation, "nothing " + definition.keep_relation + " is recorded " + about);
        }
        shape_neighbours(answer, definition);
        return answer;
      } catch (const UnknownName&) {
        throw;
      } catch (const NoAnswer& miss) {
        if (!first_miss) first_miss = miss;
      }
    }
    throw NoAnswer(*first_miss);
  };
  Answer answer = shaped();
  if (definition.count) add_count(answer);
  return answer;
}

}  // namespace

Answer ask(const QueryEngine& engine, std::string_view question) {
  std::vector<Interpretation> readings = ask_detail::readings(question);
  if (readings.empty()) throw UnrecognisedQuestion(question);
  // A reading whose NAME is unknown gives way to the next reading; the first one's error stands
  // when none answers.
  std::optional<UnknownName> first_unknown;
  const Interpretation* chosen = nullptr;
  std::vector<WordCorrection> read_names;
  Answer answer;
  for (const Interpretation& reading : readings) {
    try {
      read_names.clear();
      answer = answer_reading(engine, reading, read_names);
      chosen = &reading;
      break;
    } catch (const UnknownName& unknown) {
      if (!first_unknown) first_unknown = unknown;
    }
  }
  if (!chosen) throw UnknownName(*first_unknown);
  const Interpretation* interpretation = chosen;
  answer.question = std::string(question);
  std::vector<std::string> notes;
  for (const WordCorrection& c : interpretation->corrections) notes.push_back(quoted(c.written) + " as " + quoted(c.read_as));
  for (const WordCorrection& c : read_names) notes.push_back("the name " + quoted(c.written) + " as " + quoted(c.read_as));
  if (!interpretation->set_aside.empty()) notes.push_back("without " + quoted(interpretation->set_aside));
  if (!notes.empty()) {
    std::string text;
    for (std::size_t i = 0; i < notes.size(); ++i) text += (i ? "; " : "") + notes[i];
    answer.summary += " (Question read with " + text + ".)";
  }
  return answer;
}

}  // namespace policygraph
