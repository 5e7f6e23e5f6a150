// The rows of the report's table of programmes, read through the query layer so that the page says
// what `policygraph query` says: who introduced each programme and when, what it became and came
// from, its problems, outcomes and recommendations, each with the evidence that states it.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "export/html_report.hpp"
#include "export/text_escape.hpp"
#include "graph/query.hpp"

namespace policygraph::exporting {
namespace {

std::string label_of(const PolicyGraph& graph, const std::string& id) {
  const Node* node = graph.node(id);
  return node ? node->label : id;
}

// "expanded, 2004": the mode and year of an evolution, as the diagrams label the edge.
std::string evolution_detail(const Edge& edge) {
  std::string detail;
  if (auto mode = edge.attributes.find("mode"); mode != edge.attributes.end()) detail = mode->second;
  if (edge.year) detail += (detail.empty() ? "" : ", ") + std::to_string(*edge.year);
  return detail;
}

std::vector<ReportFact> evolutions(const PolicyGraph& graph, const Node& programme, bool outgoing) {
  std::vector<const Edge*> edges;
  for (const Edge* edge : outgoing ? graph.out_edges(programme.id) : graph.in_edges(programme.id))
    if (edge->relation == Relation::evolved_into) edges.push_back(edge);
  auto other = [&](const Edge* edge) { return outgoing ? edge->target : edge->source; };
  // Undated evolutions after dated ones; then by the other programme's label and id.
  std::sort(edges.begin(), edges.end(), [&](const Edge* a, const Edge* b) {
    return std::make_tuple(!a->year, a->year.value_or(0), label_of(graph, other(a)), other(a)) <
           std::make_tuple(!b->year, b->year.value_or(0), label_of(graph, other(b)), other(b));
  });
  std::vector<ReportFact> facts;
  for (const Edge* edge : edges) facts.push_back({label_of(graph, other(edge)), evolution_detail(*edge), edge->evidence});
  return facts;
}

std::vector<ReportFact> items_of(const std::vector<Finding>& findings, bool name_subject) {
  std::vector<ReportFact> facts;
  for (const Finding& finding : findings)
    facts.push_back({finding.item->label, name_subject ? "from " + finding.subject->label : "", finding.edge->evidence});
  return facts;
}

// Recommendations hang off events, people and organisations. As `query recommendations NAME`
// does (graph/query.cpp), a programme with none of its own gets those of the documents that
// discuss it: the documents citing the programme or one of its problems.
class RecommendationIndex {
 public:
  explicit RecommendationIndex(const QueryEngine& engine) : engine_(engine) {
    for (const Edge* edge : engine.edges_of(Relation::recommends))
      for (const Evidence& e : edge->evidence) by_document_[e.document].insert(edge);
  }

  std::vector<Finding> about(const Node& programme, bool& by_document) const {
    by_document = false;
    std::vector<Finding> findings = engine_.findings(programme, Relation::recommends);
    if (!findings.empty()) return findings;
    std::set<std::string> documents;
    for (const Evidence& e : programme.evidence) documents.insert(e.document);
    for (const Finding& problem : engine_.findings(programme, Relation::has_problem))
      for (const Evidence& e : problem.edge->evidence) documents.insert(e.document);
    std::set<const Edge*> edges;
    for (const std::string& document : documents)
      if (auto found = by_document_.find(document); found != by_document_.end()) edges.insert(found->second.begin(), found->second.end());
    const PolicyGraph& graph = engine_.graph();
    for (const Edge* edge : edges) findings.push_back({graph.node(edge->source), graph.node(edge->target), edge});
    std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
      return std::tie(a.subject->label, a.subject->id, a.item->label, a.item->id) <
             std::tie(b.subject->label, b.subject->id, b.item->label, b.item->id);
    });
    by_document = !findings.empty();
    return findings;
  }

 private:
  const QueryEngine& engine_;
  std::map<std::string, std::set<const Edge*>> by_document_;
};

}  // namespace

std::vector<const Node*> administrations_by_term(const PolicyGraph& graph) {
  std::vector<const Node*> out;
  for (const Node* node : graph.nodes())
    if (node->kind == NodeKind::administration) out.push_back(node);
  auto key = [](const Node* node) {
    auto start = node->date_attribute("start");
    return std::make_tuple(!start, start.value_or(Date{}), node->label, node->id);
  };
  std::stable_sort(out.begin(), out.end(), [&](const Node* a, const Node* b) { return key(a) < key(b); });
  return out;
}

std::vector<ProgrammeRow> programme_rows(const PolicyGraph& graph) {
  QueryEngine engine(graph);
  RecommendationIndex recommendations(engine);
  std::vector<ProgrammeRow> rows;
  for (const Node* programme : engine.nodes_of(NodeKind::programme)) {
    ProgrammeRow row;
    row.programme = programme;
    for (const Introduction& introduction : engine.who_introduced(*programme)) {
      row.administrations.push_back(introduction.administration);
      std::string detail = introduction.when;
      row.introduced_by.push_back({introduction.administration->label, detail, introduction.edge->evidence});
    }
    // The column shows the year the texts give; a term only when no text gives one.
    if (!row.introduced_by.empty()) row.when = row.introduced_by.front().detail;
    for (ReportFact& fact : row.introduced_by)
      if (fact.detail == row.when && row.introduced_by.size() == 1) fact.detail.clear();
    if (auto years = covered_years(graph, *programme)) {
      row.first_year = years->first;
      row.last_year = years->last;
    }
    row.became = evolutions(graph, *programme, true);
    row.came_from = evolutions(graph, *programme, false);
    row.problems = items_of(engine.findings(*programme, Relation::has_problem), false);
    row.outcomes = items_of(engine.findings(*programme, Relation::resulted_in), false);
    row.recommendations = items_of(recommendations.about(*programme, row.recommendations_by_document), true);
    rows.push_back(std::move(row));
  }
  // By name as a reader scans it: ASCII case folded ("R&D …" among the r's), then by id.
  auto folded = [](std::string name) {
    for (char& c : name) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    return name;
  };
  std::vector<std::pair<std::string, ProgrammeRow>> keyed;
  for (ProgrammeRow& row : rows) keyed.emplace_back(folded(row.programme->label), std::move(row));
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first, a.second.programme->id) < std::tie(b.first, b.second.programme->id);
  });
  rows.clear();
  for (auto& [key, row] : keyed) rows.push_back(std::move(row));
  return rows;
}

}  // namespace policygraph::exporting
