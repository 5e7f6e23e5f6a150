// The "json" export: the snapshot itself, for programs that read policygraph's own format.
#include <ostream>

#include "export/exporter.hpp"
#include "graph/store.hpp"

namespace policygraph::exporting {

void write_snapshot_json(const PolicyGraph& graph, std::ostream& out, const ExportOptions&) { write_snapshot(graph, out); }

}  // namespace policygraph::exporting
