// Queries and `ask` for Python: each answer is the CLI's Answer as plain values (columns, rows
// with typed cells and their evidence) with the JSON `query --format json` prints beside it.
#include <pybind11/stl.h>

#include <sstream>

#include "graph/ask.hpp"
#include "graph/subgraph.hpp"
#include "python/bindings/bindings.hpp"

namespace policygraph::python {

namespace {

std::string_view column_type_name(ColumnType type) {
  switch (type) {
    case ColumnType::text: return "text";
    case ColumnType::number: return "number";
    case ColumnType::node: return "node";
    case ColumnType::nodes: return "nodes";
  }
  return "text";
}

py::object cell_value(const Cell& cell, ColumnType type) {
  if (type == ColumnType::nodes) {
    py::list nodes;
    for (const Node* node : cell.nodes) nodes.append(node_ref(*node));
    return nodes;
  }
  if (type == ColumnType::node) return cell.nodes.empty() ? py::object(py::none()) : py::object(node_ref(*cell.nodes.front()));
  if (cell.number) return py::int_(*cell.number);
  if (cell.text) return py::str(*cell.text);
  if (!cell.nodes.empty()) return node_ref(*cell.nodes.front());
  return py::none();
}

py::dict answer_dict(const Answer& answer, const std::string& json) {
  py::dict out;
  out["query"] = answer.query;
  out["arguments"] = answer.arguments;
  out["question"] = answer.question;
  py::list subjects;
  for (const Node* node : answer.subjects) subjects.append(node_ref(*node));
  out["subjects"] = subjects;
  out["summary"] = answer.summary;
  py::list columns;
  for (const Column& column : answer.columns) columns.append(py::make_tuple(column.name, std::string(column_type_name(column.type))));
  out["columns"] = columns;
  py::list rows;
  for (const AnswerRow& row : answer.rows) {
    py::list cells;
    for (std::size_t i = 0; i < answer.columns.size(); ++i)
      cells.append(i < row.cells.size() ? cell_value(row.cells[i], answer.columns[i].type) : py::object(py::none()));
    py::dict item;
    item["cells"] = cells;
    item["evidence"] = evidence_list(row.evidence);
    rows.append(item);
  }
  out["rows"] = rows;
  out["json"] = json;
  return out;
}

// Runs a query on the view under the shared lock, with the GIL released while it runs, and turns
// the answer into Python values while the graph it points into cannot change.
py::dict answer_locked(GraphState& state, const std::function<Answer(const QueryEngine&)>& compute) {
  auto lock = lock_without_gil<std::shared_lock<std::shared_mutex>>(state.mutex);
  std::optional<Answer> answer;
  std::string json;
  {
    py::gil_scoped_release release;
    answer = compute(state.engine());
    std::ostringstream out;
    write_answer_json(state.view, *answer, out);
    json = out.str();
  }
  return answer_dict(*answer, json);
}

LineageDirection parse_direction(const std::string& direction) {
  if (direction == "both") return LineageDirection::both;
  if (direction == "forward") return LineageDirection::forward;
  if (direction == "backward") return LineageDirection::backward;
  throw UsageError("direction: '" + direction + "' is not one of both, forward, backward");
}

}  // namespace

void init_queries(py::module_& module) {
  auto graph = py::reinterpret_borrow<py::class_<GraphState, std::shared_ptr<GraphState>>>(module.attr("Graph"));
  graph.def("query", [](GraphState& state, const std::string& kind, const std::vector<std::string>& arguments,
                        std::optional<int> from_year, std::optional<int> to_year, int depth, const std::string& relations,
                        const std::string& direction, std::size_t limit, bool summary) {
    std::optional<QueryKind> parsed = parse_query_kind(kind);
    if (!parsed) throw UsageError("unknown query '" + kind + "'");
    if (depth < 1 || depth > 100) throw UsageError("depth: " + std::to_string(depth) + " is not in 1 to 100");
    QueryRequest request;
    request.kind = *parsed;
    request.arguments = arguments;
    request.from_year = from_year;
    request.to_year = to_year;
    request.depth = depth;
    request.relations = parse_relation_list(relations);
    request.direction = parse_direction(direction);
    request.limit = limit;
    request.summary = summary;
    return answer_locked(state, [&](const QueryEngine& engine) { return run_query(engine, request); });
  }, py::arg("kind"), py::arg("arguments"), py::arg("from_year") = py::none(), py::arg("to_year") = py::none(),
     py::arg("depth") = 1, py::arg("relations") = "", py::arg("direction") = "both", py::arg("limit") = 0,
     py::arg("summary") = false);

  graph.def("ask", [](GraphState& state, const std::string& question) {
    return answer_locked(state, [&](const QueryEngine& engine) { return ask(engine, question); });
  }, py::arg("question"));

  module.def("question_forms", [] {
    py::list out;
    for (const QuestionForm& form : question_forms()) {
      py::dict item;
      item["query"] = form.query;
      item["example"] = form.example;
      item["pattern"] = form.pattern;
      out.append(item);
    }
    return out;
  });
  module.def("query_kinds", [] {
    py::list out;
    for (QueryKind kind : {QueryKind::who_introduced, QueryKind::evolution, QueryKind::timeline, QueryKind::programmes_of,
                           QueryKind::problems, QueryKind::outcomes, QueryKind::recommendations, QueryKind::neighbours,
                           QueryKind::path, QueryKind::search, QueryKind::match, QueryKind::continuity})
      out.append(std::string(to_string(kind)));
    return out;
  });
}

}  // namespace policygraph::python
