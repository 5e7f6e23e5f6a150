// Shared parts of the Python bindings (module _core of the package policygraph): the graph a
// Python object holds, the locking rule that lets the GIL go, and conversions to Python values.
#pragma once

#include <pybind11/pybind11.h>

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <vector>

#include "graph/curation.hpp"
#include "graph/policy_graph.hpp"
#include "graph/query.hpp"

namespace policygraph::python {

namespace py = pybind11;

/// One correction laid over the graph and how it fared, as `curate list` reports it.
struct CorrectionReport {
  std::size_t line = 0;
  std::string description;
  std::string status;  ///< "applied", "unchanged" or "no longer applies"
  std::string message;
};

/// The state behind a Python Graph: the graph as extracted (what save writes), the corrections
/// file laid over it, and the corrected view every query and export reads, as the CLI does.
/// Locking rule: the mutex is only ever waited for with the GIL released (lock_without_gil), so a
/// thread that holds it may take the GIL back to build Python values without a deadlock.
class GraphState {
 public:
  PolicyGraph extracted;
  std::optional<Corrections> corrections;  ///< none when corrections are off or there is no file
  PolicyGraph view;                        ///< extracted with the corrections laid over it
  std::vector<CorrectionReport> outcomes;
  mutable std::shared_mutex mutex;

  /// Rebuilds the view from the extracted graph and the corrections (under the unique lock).
  void refresh();
  /// Returns the query engine of the view, built on first use (under a shared or unique lock).
  const QueryEngine& engine() const;

 private:
  mutable std::mutex engine_mutex_;
  mutable std::unique_ptr<QueryEngine> engine_;
};

/// Takes a lock on a mutex with the GIL released while waiting for it.
template <class Lock>
Lock lock_without_gil(std::shared_mutex& mutex) {
  py::gil_scoped_release release;
  return Lock(mutex);
}

/// Python values of the model: dicts with the fields of the snapshot (docs/snapshot.md).
py::dict evidence_dict(const Evidence& evidence);
py::list evidence_list(const std::vector<Evidence>& evidence);
py::dict node_ref(const Node& node);  ///< id, kind and label
py::dict node_dict(const Node& node);
py::dict edge_dict(const Edge& edge);
py::dict document_dict(const Document& document);

/// Registers the exception hierarchy and the translation of policygraph::Error into it.
void init_errors(py::module_& module);
/// Registers Graph: snapshots (load, save, text), ingest, corrections, nodes, edges, documents.
void init_graph(py::module_& module);
/// Adds the queries and `ask` to Graph, and the question forms.
void init_queries(py::module_& module);
/// Adds export to Graph, and the list of formats.
void init_exports(py::module_& module);

}  // namespace policygraph::python
