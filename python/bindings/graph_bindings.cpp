// Graph for Python: snapshots (load, save, text), corrections laid over them as the CLI lays them,
// ingest of files, folders and strings with the GIL released, and the graph's nodes, edges and
// documents as plain values.
#include <pybind11/stl.h>

#include <map>

#include "graph/error.hpp"
#include "graph/name_index.hpp"
#include "graph/stats.hpp"
#include "graph/store.hpp"
#include "ingest/pack.hpp"
#include "ingest/pipeline.hpp"
#include "python/bindings/bindings.hpp"

namespace policygraph::python {

namespace {

using SharedLock = std::shared_lock<std::shared_mutex>;
using UniqueLock = std::unique_lock<std::shared_mutex>;

// Extractors by pack folder: compiling a pack's rules is the slow part of a small ingest, and an
// Extractor is thread-safe, so one serves every graph of the process.
std::shared_ptr<const ingest::Extractor> extractor_for(const std::string& pack_dir) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const ingest::Extractor>> extractors;
  std::filesystem::path folder = pack_dir.empty() ? ingest::default_pack_dir() : std::filesystem::path(pack_dir);
  std::error_code error;
  std::filesystem::path key = std::filesystem::weakly_canonical(folder, error);
  if (error) key = folder;
  std::lock_guard<std::mutex> lock(mutex);
  auto found = extractors.find(key.string());
  if (found != extractors.end()) return found->second;
  auto extractor = std::make_shared<const ingest::Extractor>(ingest::load_pack(folder));
  extractors.emplace(key.string(), extractor);
  return extractor;
}

std::string_view status_name(ingest::DocumentOutcome::Status status) {
  switch (status) {
    case ingest::DocumentOutcome::Status::added: return "added";
    case ingest::DocumentOutcome::Status::replaced: return "replaced";
    case ingest::DocumentOutcome::Status::unchanged: return "unchanged";
    case ingest::DocumentOutcome::Status::duplicate: return "duplicate";
    case ingest::DocumentOutcome::Status::failed: return "failed";
  }
  return "failed";
}

py::dict report_dict(const ingest::IngestReport& report) {
  py::list documents;
  for (const ingest::DocumentOutcome& outcome : report.documents) {
    py::dict item;
    item["path"] = outcome.path;
    item["id"] = outcome.id;
    item["status"] = std::string(status_name(outcome.status));
    item["bytes"] = outcome.bytes;
    item["sentences"] = outcome.sentences;
    item["facts"] = outcome.facts;
    item["sha256"] = outcome.sha256;
    item["duplicate_of"] = outcome.duplicate_of;
    item["error"] = outcome.error;
    item["warnings"] = outcome.warnings;
    item["unresolved"] = outcome.unresolved;
    documents.append(item);
  }
  py::dict out;
  out["documents"] = documents;
  out["skipped"] = report.skipped;
  out["added"] = report.added;
  out["replaced"] = report.replaced;
  out["unchanged"] = report.unchanged;
  out["duplicates"] = report.duplicates;
  out["failed"] = report.failed;
  out["bytes"] = report.bytes;
  return out;
}

ingest::IngestOptions ingest_options(unsigned jobs, bool inference, std::size_t max_document_bytes) {
  if (jobs > 1024) throw UsageError("jobs: " + std::to_string(jobs) + " is more than 1024");
  ingest::IngestOptions options;
  options.jobs = jobs;
  options.inference = inference;
  if (max_document_bytes) options.max_document_bytes = max_document_bytes;
  return options;
}

// Opens the corrections file to lay over a snapshot: `explicit_path` when given (it must exist, as
// with --corrections), else corrections.json beside the snapshot when there is one.
std::optional<Corrections> open_corrections(const std::string& snapshot_path, const std::string& explicit_path) {
  std::filesystem::path path = explicit_path.empty()
                                   ? std::filesystem::path(snapshot_path).parent_path() / "corrections.json"
                                   : std::filesystem::path(explicit_path);
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    if (!explicit_path.empty()) throw InputError(path.string() + ": no such corrections file");
    return std::nullopt;
  }
  return load_corrections(path);
}

std::shared_ptr<GraphState> load(const std::string& path, bool use_corrections, const std::string& corrections_path) {
  auto state = std::make_shared<GraphState>();
  py::gil_scoped_release release;
  state->extracted = load_snapshot(path);
  if (use_corrections) state->corrections = open_corrections(path, corrections_path);
  state->refresh();
  return state;
}

std::shared_ptr<GraphState> read_text(const std::string& text, const std::string& name) {
  auto state = std::make_shared<GraphState>();
  py::gil_scoped_release release;
  state->extracted = read_snapshot(text, name);
  state->refresh();
  return state;
}

py::dict stats_dict(const PolicyGraph& graph) {
  GraphStats stats = compute_stats(graph);
  py::dict kinds, relations, out;
  for (const auto& [kind, count] : stats.nodes_by_kind) kinds[py::str(std::string(to_string(kind)))] = count;
  for (const auto& [relation, count] : stats.edges_by_relation) relations[py::str(std::string(to_string(relation)))] = count;
  out["documents"] = stats.documents;
  out["nodes"] = stats.nodes;
  out["edges"] = stats.edges;
  out["evidence"] = stats.evidence;
  out["nodes_by_kind"] = kinds;
  out["edges_by_relation"] = relations;
  return out;
}

}  // namespace

void GraphState::refresh() {
  {
    std::lock_guard<std::mutex> lock(engine_mutex_);
    engine_.reset();
  }
  view = extracted;
  outcomes.clear();
  if (!corrections) return;
  for (const CorrectionOutcome& outcome : apply_corrections(view, *corrections))
    outcomes.push_back({outcome.correction->line, one_line(describe(*outcome.correction)),
                        std::string(to_string(outcome.status)), one_line(outcome.message)});
}

const QueryEngine& GraphState::engine() const {
  std::lock_guard<std::mutex> lock(engine_mutex_);
  if (!engine_) engine_ = std::make_unique<QueryEngine>(view);
  return *engine_;
}

void init_graph(py::module_& module) {
  py::class_<GraphState, std::shared_ptr<GraphState>> graph(module, "Graph");
  graph.def(py::init<>());
  module.def("load", &load, py::arg("path"), py::arg("use_corrections") = true, py::arg("corrections_path") = "");
  module.def("read_snapshot", &read_text, py::arg("text"), py::arg("name"));
  module.def("default_pack_dir", [] { return ingest::default_pack_dir().string(); });

  graph.def("save", [](GraphState& state, const std::string& path) {
    auto lock = lock_without_gil<SharedLock>(state.mutex);
    py::gil_scoped_release release;
    save_snapshot(state.extracted, path);
  });
  graph.def("snapshot_text", [](GraphState& state) {
    auto lock = lock_without_gil<SharedLock>(state.mutex);
    std::string text;
    {
      py::gil_scoped_release release;
      text = snapshot_text(state.extracted);
    }
    return text;
  });
  graph.def("corrections_name", [](GraphState& state) {
    auto lock = lock_without_gil<SharedLock>(state.mutex);
    return state.corrections ? py::object(py::str(state.corrections->name)) : py::object(py::none());
  });
  graph.def("corrections", [](GraphState& state) {
    auto lock = lock_without_gil<SharedLock>(state.mutex);
    py::list out;
    for (const CorrectionReport& report : state.outcomes) {
      py::dict item;
      item["line"] = report.line;
      item["correction"] = report.description;
      item["status"] = report.status;
      item["message"] = report.message;
      out.append(item);
    }
    return out;
  });
  graph.def("set_corrections", [](GraphState& state, const std::string& path) {
    auto lock = lock_without_gil<UniqueLock>(state.mutex);
    py::gil_scoped_release release;
    if (path.empty()) {
      state.corrections.reset();
    } else {
      state.corrections = open_corrections("", path);
    }
    state.refresh();
  }, py::arg("path"));

  graph.def("ingest", [](GraphState& state, const std::vector<std::string>& inputs, const std::string& pack, unsigned jobs,
                         bool inference, std::size_t max_document_bytes) {
    ingest::IngestReport report;
    {
      py::gil_scoped_release release;
      ingest::IngestOptions options = ingest_options(jobs, inference, max_document_bytes);
      auto extractor = extractor_for(pack);
      UniqueLock lock(state.mutex);
      report = ingest::ingest_documents(state.extracted, inputs, *extractor, options);
      state.refresh();
    }
    return report_dict(report);
  }, py::arg("inputs"), py::arg("pack") = "", py::arg("jobs") = 0, py::arg("inference") = true,
     py::arg("max_document_bytes") = 0);

  graph.def("ingest_texts", [](GraphState& state, const std::vector<std::pair<std::string, py::bytes>>& texts,
                               const std::string& pack, unsigned jobs, bool inference, std::size_t max_document_bytes) {
    std::vector<ingest::TextInput> inputs;
    for (const auto& [name, bytes] : texts) inputs.push_back({name, std::string(bytes)});
    ingest::IngestReport report;
    {
      py::gil_scoped_release release;
      ingest::IngestOptions options = ingest_options(jobs, inference, max_document_bytes);
      auto extractor = extractor_for(pack);
      UniqueLock lock(state.mutex);
      report = ingest::ingest_texts(state.extracted, inputs, *extractor, options);
      state.refresh();
    }
    return report_dict(report);
  }, py::arg("texts"), py::arg("pack") = "", py::arg("jobs") = 0, py::arg("inference") = true,
     py::arg("max_document_bytes") = 0);

  graph.def("nodes", [](GraphState& state, const std::string& kind) {
    auto lock = lock_without_gil<SharedLock>(state.mutex);
    std::optional<NodeKind> wanted;
    if (!kind.empty()) {
      wanted = parse_node_kind(kind);
      if (!wanted) throw UsageError("unknown node kind '" + kind + "'");
    }
    py::list out;
    for (const Node* node : state.view.nodes())
      if (!wanted || node->kind == *wanted) out.append(node_dict(*node));
    return out;
  }, py::arg("kind") = "");
  graph.def("edges", [](GraphState& state, const std::string& relation) {
    auto lock = lock_without_gil<SharedLock>(state.mutex);
    std::optional<Relation> wanted;
    if (!relation.empty()) {
      wanted = parse_relation(relation);
      if (!wanted) throw UsageError("unknown relation '" + relation + "'");
    }
    py::list out;
    for (const Edge* edge : state.view.edges())
      if (!wanted || edge->relation == *wanted) out.append(edge_dict(*edge));
    return out;
  }, py::arg("relation") = "");
  graph.def("documents", [](GraphState& state) {
    auto lock = lock_without_gil<SharedLock>(state.mutex);
    py::list out;
    for (const Document* document : state.view.documents()) out.append(document_dict(*document));
    return out;
  });
  graph.def("node", [](GraphState& state, const std::string& name) {
    auto lock = lock_without_gil<SharedLock>(state.mutex);
    const Node* node = nullptr;
    {
      py::gil_scoped_release release;
      node = &state.engine().resolve(name);
    }
    return node_dict(*node);
  }, py::arg("name"));
  graph.def("stats", [](GraphState& state) {
    auto lock = lock_without_gil<SharedLock>(state.mutex);
    return stats_dict(state.view);
  });
  graph.def("counts", [](GraphState& state) {
    auto lock = lock_without_gil<SharedLock>(state.mutex);
    return py::make_tuple(state.view.node_count(), state.view.edge_count(), state.view.document_count());
  });
}

}  // namespace policygraph::python
