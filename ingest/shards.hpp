// Merging the snapshots of shards of one corpus (`policygraph merge`): documents that two shards
// hold are resolved by id and SHA-256, the graphs are merged canonically and the whole-graph steps
// of ingest are run again, so that ingest of a corpus and merge of its shards give the same bytes,
// whatever the order and grouping of the shards (docs/scale.md).
#pragma once

#include <string>
#include <vector>

#include "graph/policy_graph.hpp"
#include "ingest/pack.hpp"

namespace policygraph::ingest {

/// One input of a merge: a snapshot and the name it is reported by (its file).
struct Shard {
  std::string name;
  PolicyGraph graph;
};

/// What a merge gave besides the graph.
struct MergeReport {
  std::size_t documents = 0;             ///< documents of the merged graph
  std::size_t replaced = 0;              ///< versions of documents dropped for a higher revision
  std::size_t duplicates = 0;            ///< copies dropped: the same bytes under another path
  std::vector<std::string> warnings;     ///< one line each ("SHARD: …")
};

/// Merges shards extracted with `pack`. For each document id: the version of the highest revision
/// wins (of equal revisions with different bytes, the larger SHA-256, with a warning); of equal
/// bytes under different paths, the first path in byte order. A document with the same bytes as
/// another (under another id) is kept under the first path in byte order. Throws InputError naming
/// the shard when it was made with another pack, and naming both when two shards hold different
/// files under one document id. Consumes the shards to keep memory low.
PolicyGraph merge_shards(std::vector<Shard> shards, const Pack& pack, MergeReport* report = nullptr);

}  // namespace policygraph::ingest
