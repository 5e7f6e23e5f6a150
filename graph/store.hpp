// The JSON snapshot: the embedded default store of a policy graph (format "policygraph", version 1,
// documented in docs/snapshot.md). Output is canonical, so load → save gives the same bytes.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "graph/files.hpp"  // read_file, write_file_atomically
#include "graph/policy_graph.hpp"

namespace policygraph {

/// The snapshot format version this build writes and the newest it reads.
inline constexpr int snapshot_version = 1;
/// Deepest nesting of arrays and objects a snapshot may have (its schema needs 5).
inline constexpr int snapshot_max_depth = 32;

/// One problem found in a snapshot: where (a byte offset or a JSON path) and what.
struct SnapshotProblem {
  std::string where;
  std::string message;
};

/// Writes the graph as a snapshot: canonical order, two-space indentation, a final newline.
void write_snapshot(const PolicyGraph& graph, std::ostream& out);
/// Returns the snapshot text of a graph.
std::string snapshot_text(const PolicyGraph& graph);
/// Saves the graph to a file with write_file_atomically (graph/files.hpp): a failed or killed save
/// never damages an existing snapshot. Throws OutputError.
void save_snapshot(const PolicyGraph& graph, const std::filesystem::path& path);

/// Parses snapshot text; `name` is used in messages ("NAME: byte N: reason"). Throws InputError
/// on the first problem.
PolicyGraph read_snapshot(std::string_view text, std::string_view name);
/// Loads a snapshot file. Throws InputError naming the file and the byte offset or entry.
PolicyGraph load_snapshot(const std::filesystem::path& path);
/// Checks a snapshot file without stopping at the first problem: syntax, format, version, kinds,
/// relations, duplicate ids, dangling edges, evidence. Returns every problem found (empty when valid).
std::vector<SnapshotProblem> validate_snapshot(const std::filesystem::path& path);

}  // namespace policygraph
