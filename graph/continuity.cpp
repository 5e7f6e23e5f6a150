// Continuity: each change of government, the outgoing administration's programmes, and the fact
// that says what became of each under the next one. An evolution belongs to a change when its year
// falls in the incoming term, or, without a year, when the incoming administration introduced its
// successor; a programme continues when the incoming administration introduced it again or a fact
// about it is dated in the incoming term or later; otherwise nothing later is recorded (which is not
// the same as ended: the texts may simply not say).
#include "graph/continuity.hpp"

#include <algorithm>
#include <climits>
#include <map>

#include "graph/error.hpp"

namespace policygraph {
namespace {

struct Term {
  int first = 0;
  int last = INT_MAX;
};

std::optional<Term> term_of(const Node& administration) {
  auto start = administration.date_attribute("start");
  if (!start) return std::nullopt;
  Term term{start->year, INT_MAX};
  if (auto end = administration.date_attribute("end")) term.last = end->year;
  return term;
}

// The year an administration's term starts, by its full date, for ordering.
std::string start_key(const Node& administration) {
  auto found = administration.attributes.find("start");
  return found == administration.attributes.end() ? std::string() : found->second;
}

std::string name_of(const Node& node) { return node.label.empty() ? node.id : node.label; }

std::string mode_of(const Edge& edge) {
  auto mode = edge.attributes.find("mode");
  if (mode == edge.attributes.end() || mode->second.empty()) return "evolved";
  if (mode->second == "followed_by") return "followed by";
  return mode->second;
}

bool introduced_by(const QueryEngine& engine, const Node& programme, const Node& administration, const Edge** edge = nullptr) {
  for (const Introduction& introduction : engine.who_introduced(programme))
    if (introduction.administration == &administration) {
      if (edge) *edge = introduction.edge;
      return true;
    }
  return false;
}

bool in_term(std::optional<int> year, const Term& term) { return year && *year >= term.first && *year <= term.last; }

constexpr std::string_view year_unknown = " (year unknown)";

// The order of continuity_outcomes, with "MODE (year unknown)" just before "no later mention".
std::size_t outcome_rank(const std::string& outcome) {
  const auto& order = continuity_outcomes();
  auto found = std::find(order.begin(), order.end(), outcome);
  if (found != order.end()) return 2 * static_cast<std::size_t>(found - order.begin());
  return 2 * (order.size() - 1) - 1;
}

ContinuityRow fate(const QueryEngine& engine, const Node& programme, const Edge* introduced, const Node& outgoing,
                   const Node& incoming, const Term& incoming_term) {
  const PolicyGraph& graph = engine.graph();
  ContinuityRow row;
  row.programme = &programme;
  row.introduced = introduced;
  // An evolution in the incoming term, or an undated one into something the incoming administration
  // introduced. An undated one into what nobody is recorded introducing is listed as such ("merged
  // (year unknown)": it may have come at this change or a later one); one into what a later
  // administration introduced says the programme lived on (below).
  std::map<std::string, std::vector<const Edge*>> by_mode;
  const Edge* lived_on = nullptr;
  for (const Edge* edge : graph.out_edges(programme.id)) {
    if (edge->relation != Relation::evolved_into) continue;
    if (edge->year) {
      if (in_term(edge->year, incoming_term)) by_mode[mode_of(*edge)].push_back(edge);
      continue;
    }
    std::vector<Introduction> introductions = engine.who_introduced(*graph.node(edge->target));
    bool by_incoming = std::any_of(introductions.begin(), introductions.end(),
                                   [&](const Introduction& i) { return i.administration == &incoming; });
    bool by_later = std::any_of(introductions.begin(), introductions.end(), [&](const Introduction& i) {
      auto term = term_of(*i.administration);
      return term && term->first > incoming_term.first;
    });
    if (by_incoming)
      by_mode[mode_of(*edge)].push_back(edge);
    else if (introductions.empty())
      by_mode[mode_of(*edge) + std::string(year_unknown)].push_back(edge);
    else if (by_later && !lived_on)
      lived_on = edge;
  }
  if (!by_mode.empty()) {
    // Several evolutions of one programme (expanded into A and renamed B): the first in the order of
    // outcomes names the row, all successors are listed.
    std::string first = by_mode.begin()->first;
    for (const auto& [mode, edges] : by_mode)
      if (outcome_rank(mode) < outcome_rank(first)) first = mode;
    row.outcome = first;
    for (const auto& [mode, edges] : by_mode)
      for (const Edge* edge : edges) {
        row.successors.push_back(graph.node(edge->target));
        row.edges.push_back(edge);
        if (edge->year && (!row.year || *edge->year < *row.year)) row.year = edge->year;
      }
    return row;
  }
  // Introduced again by the incoming administration.
  const Edge* again = nullptr;
  if (introduced_by(engine, programme, incoming, &again)) {
    row.outcome = "continued";
    row.edges.push_back(again);
    row.year = again->year;
    return row;
  }
  // A fact dated in the incoming term or after it (an evolution under a later government says the
  // programme lived on until then), the earliest such.
  const Edge* later = nullptr;
  for (const std::vector<const Edge*>& list : {graph.out_edges(programme.id), graph.in_edges(programme.id)})
    for (const Edge* edge : list) {
      if (edge == introduced || !edge->year || *edge->year < incoming_term.first) continue;
      if (edge->relation == Relation::introduced && edge->source == outgoing.id) continue;
      if (!later || *edge->year < *later->year) later = edge;
    }
  if (!later) later = lived_on;
  if (later) {
    row.outcome = "continued";
    row.edges.push_back(later);
    row.year = later->year;
    return row;
  }
  row.outcome = "no later mention";
  row.edges.push_back(introduced);
  return row;
}

Transition transition(const QueryEngine& engine, const Node& outgoing, const Node& incoming) {
  Transition out{&outgoing, &incoming, {}};
  auto incoming_term = term_of(incoming);
  if (!term_of(outgoing) || !incoming_term) return out;
  const PolicyGraph& graph = engine.graph();
  for (const Edge* edge : graph.out_edges(outgoing.id)) {
    if (edge->relation != Relation::introduced) continue;
    const Node* programme = graph.node(edge->target);
    if (!programme || programme->kind != NodeKind::programme) continue;
    out.rows.push_back(fate(engine, *programme, edge, outgoing, incoming, *incoming_term));
  }
  std::sort(out.rows.begin(), out.rows.end(), [](const ContinuityRow& a, const ContinuityRow& b) {
    return std::make_tuple(outcome_rank(a.outcome), name_of(*a.programme), a.programme->id) <
           std::make_tuple(outcome_rank(b.outcome), name_of(*b.programme), b.programme->id);
  });
  return out;
}

std::string year_span(const Node& administration) {
  auto term = term_of(administration);
  if (!term) return "";
  return term->last == INT_MAX ? std::to_string(term->first) + "–" : std::to_string(term->first) + "–" + std::to_string(term->last);
}

// The outcomes a transition's rows have, in their order (the rows are sorted by outcome).
std::vector<std::string> outcomes_of(const Transition& transition) {
  std::vector<std::string> out;
  for (const ContinuityRow& row : transition.rows)
    if (out.empty() || out.back() != row.outcome) out.push_back(row.outcome);
  return out;
}

}  // namespace

const std::vector<std::string>& continuity_outcomes() {
  static const std::vector<std::string> order = {"continued", "expanded",    "renamed",     "reorganised", "converted",
                                                 "merged",    "replaced",    "followed by", "evolved",     "no later mention"};
  return order;
}

std::vector<Transition> continuity(const QueryEngine& engine, const Node* outgoing, const Node* incoming) {
  std::vector<const Node*> administrations;
  for (const Node* node : engine.nodes_of(NodeKind::administration))
    if (term_of(*node)) administrations.push_back(node);
  std::sort(administrations.begin(), administrations.end(),
            [](const Node* a, const Node* b) { return std::make_tuple(start_key(*a), a->id) < std::make_tuple(start_key(*b), b->id); });
  std::vector<Transition> out;
  for (std::size_t i = 0; i + 1 < administrations.size(); ++i) {
    if (outgoing && administrations[i] != outgoing) continue;
    const Node* next = incoming ? incoming : administrations[i + 1];
    out.push_back(transition(engine, *administrations[i], *next));
  }
  return out;
}

Answer answer_continuity(const QueryEngine& engine, const QueryRequest& request) {
  if (request.arguments.size() > 2)
    throw UsageError("continuity: expected at most two administrations (FROM and TO), got " + std::to_string(request.arguments.size()));
  const std::vector<NodeKind> administrations{NodeKind::administration};
  const Node* outgoing = request.arguments.empty() ? nullptr : &engine.resolve(request.arguments[0], administrations);
  const Node* incoming = request.arguments.size() < 2 ? nullptr : &engine.resolve(request.arguments[1], administrations);
  for (const Node* node : {outgoing, incoming})
    if (node && node->kind != NodeKind::administration)
      throw UsageError("continuity: " + name_of(*node) + " (" + node->id + ") is no administration");
  if (outgoing && !term_of(*outgoing)) throw NoAnswer("continuity: the pack gives no term for " + name_of(*outgoing));
  if (outgoing && incoming && start_key(*incoming) <= start_key(*outgoing))
    throw UsageError("continuity: " + name_of(*incoming) + " did not come after " + name_of(*outgoing));
  std::vector<Transition> transitions = continuity(engine, outgoing, incoming);
  if (transitions.empty())
    throw NoAnswer(outgoing ? "continuity: no administration with a term follows " + name_of(*outgoing)
                            : "continuity: fewer than two administrations with a term");
  std::size_t programmes = 0;
  for (const Transition& t : transitions) programmes += t.rows.size();
  if (!programmes) throw NoAnswer("continuity: no programme introduced by the outgoing administration is recorded");

  Answer answer;
  answer.query = "continuity";
  answer.arguments = request.arguments;
  std::vector<std::string> parts;
  for (const Transition& t : transitions) {
    answer.subjects.push_back(t.outgoing);
    std::map<std::string, std::size_t> counts;
    for (const ContinuityRow& row : t.rows) ++counts[row.outcome];
    std::string part = name_of(*t.outgoing) + " \u2192 " + name_of(*t.incoming) + ": ";
    if (t.rows.empty()) part += "no programmes recorded";
    std::string list;
    for (const std::string& outcome : outcomes_of(t))
      list += (list.empty() ? "" : ", ") + std::to_string(counts[outcome]) + " " + outcome;
    parts.push_back(part + list);
  }
  answer.summary = std::to_string(transitions.size()) + (transitions.size() == 1 ? " change of government. " : " changes of government. ");
  for (std::size_t i = 0; i < parts.size(); ++i) answer.summary += (i ? "; " : "") + parts[i];
  answer.summary += ".";

  auto term_cell = [](const Node* node) { return Cell::of_text_or_empty(year_span(*node)); };
  if (request.summary) {
    answer.columns = {{"from", ColumnType::node}, {"to", ColumnType::node},       {"change", ColumnType::text},
                      {"outcome", ColumnType::text}, {"programmes", ColumnType::number}, {"examples", ColumnType::nodes}};
    for (const Transition& t : transitions) {
      std::string change = year_span(*t.outgoing) + " \u2192 " + year_span(*t.incoming);
      for (const std::string& outcome : outcomes_of(t)) {
        std::vector<const Node*> programmes_of_outcome;
        std::vector<Evidence> evidence;
        for (const ContinuityRow& row : t.rows) {
          if (row.outcome != outcome) continue;
          programmes_of_outcome.push_back(row.programme);
          for (const Edge* edge : row.edges) merge_evidence(evidence, edge->evidence);
        }
        if (programmes_of_outcome.empty()) continue;
        long long count = static_cast<long long>(programmes_of_outcome.size());
        if (programmes_of_outcome.size() > 3) programmes_of_outcome.resize(3);
        answer.rows.push_back({{Cell::of_node(t.outgoing), Cell::of_node(t.incoming), Cell::of_text(change), Cell::of_text(outcome),
                                Cell::of_number(count), Cell::of_nodes(programmes_of_outcome)},
                               evidence});
      }
    }
    return answer;
  }
  answer.columns = {{"from", ColumnType::node},     {"from_term", ColumnType::text}, {"to", ColumnType::node},
                    {"programme", ColumnType::node}, {"introduced", ColumnType::number}, {"outcome", ColumnType::text},
                    {"became", ColumnType::nodes},  {"year", ColumnType::number}};
  for (const Transition& t : transitions)
    for (const ContinuityRow& row : t.rows) {
      std::vector<Evidence> evidence;
      for (const Edge* edge : row.edges) merge_evidence(evidence, edge->evidence);
      auto introduced_year = row.introduced && row.introduced->year ? std::optional<long long>(*row.introduced->year) : std::nullopt;
      answer.rows.push_back({{Cell::of_node(t.outgoing), term_cell(t.outgoing), Cell::of_node(t.incoming), Cell::of_node(row.programme),
                              Cell::of_number(introduced_year), Cell::of_text(row.outcome), Cell::of_nodes(row.successors),
                              Cell::of_number(row.year ? std::optional<long long>(*row.year) : std::nullopt)},
                             std::move(evidence)});
    }
  return answer;
}

}  // namespace policygraph
