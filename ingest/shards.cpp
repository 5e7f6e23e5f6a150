// Merge of shard snapshots: choosing one version of each document, then one canonical merge and the
// whole-graph steps ingest runs after its own merge (finish_graph), never a copy of them.
#include "ingest/shards.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "graph/error.hpp"
#include "ingest/pipeline.hpp"

namespace policygraph::ingest {
namespace {

struct Version {
  std::size_t shard = 0;
  const Document* document = nullptr;
};

// The order of versions of one document: the highest revision, then the larger digest, then the
// first path. A total order, so the winner does not depend on the order of the shards.
bool better_version(const Document& a, const Document& b) {
  if (a.revision != b.revision) return a.revision > b.revision;
  if (a.sha256 != b.sha256) return a.sha256 > b.sha256;
  return a.path < b.path;
}

std::string short_digest(const std::string& sha256) { return sha256.substr(0, 12); }

void check_pack(const Shard& shard, const PackStamp& stamp, std::vector<std::string>& warnings) {
  const PackStamp& made = shard.graph.pack();
  if (made.empty()) {
    warnings.push_back(shard.name + ": records no pack (not made by ingest); merged as made with pack '" + stamp.name + "'");
    return;
  }
  if (made.name != stamp.name)
    throw InputError(shard.name + ": made with pack '" + made.name + "', not '" + stamp.name +
                     "' (the pack of this merge; --pack chooses another)");
  if (made.sha256 != stamp.sha256)
    throw InputError(shard.name + ": made with another version of pack '" + stamp.name + "' (sha256 " +
                     short_digest(made.sha256) + "…, this merge's is " + short_digest(stamp.sha256) +
                     "…); ingest the shard again, or merge with the pack it was made with");
}

}  // namespace

PolicyGraph merge_shards(std::vector<Shard> shards, const Pack& pack, MergeReport* report) {
  MergeReport local;
  MergeReport& out = report ? *report : local;
  PackStamp stamp{pack.name, pack.sha256};
  for (const Shard& shard : shards) check_pack(shard, stamp, out.warnings);

  // Every version of every document id, then the winner of each.
  std::map<std::string, std::vector<Version>> versions;
  for (std::size_t s = 0; s < shards.size(); ++s)
    for (const Document* document : shards[s].graph.documents()) versions[document->id].push_back({s, document});
  std::map<std::string, Version> winner;
  for (auto& [id, list] : versions) {
    Version best = list.front();
    for (const Version& v : list) {
      // Two files under one id: ingest would have given the second another id (the digest of its
      // path), which a shard could not know; the same bytes under both paths are one document.
      if (v.document->path != best.document->path &&
          std::any_of(list.begin(), list.end(), [&](const Version& w) { return w.document->sha256 != v.document->sha256; }))
        throw InputError(shards[best.shard].name + ", " + shards[v.shard].name + ": both hold a document '" + id +
                         "', from different files (" + best.document->path + ", " + v.document->path +
                         "): files of the same name belong in one shard (docs/scale.md#splitting-a-corpus)");
      if (better_version(*v.document, *best.document)) best = v;
    }
    for (const Version& v : list) {
      if (v.document->revision == best.document->revision && v.document->sha256 != best.document->sha256)
        out.warnings.push_back(shards[v.shard].name + ": document '" + id + "' differs from the one in " +
                               shards[best.shard].name + " at the same revision " + std::to_string(v.document->revision) +
                               "; kept sha256 " + short_digest(best.document->sha256) +
                               "… (the larger); ingest the right version again into one shard to choose");
      if (v.document->sha256 != best.document->sha256) ++out.replaced;
    }
    winner.emplace(id, best);
  }
  // The same bytes under two ids (a copy under another name): the first path keeps them, as ingest
  // keeps the first of its inputs (a folder's files are read in byte order of their paths).
  std::map<std::string, const Document*> first_of_content;
  for (auto& [id, v] : winner) {
    if (v.document->sha256.empty()) continue;
    auto [at, added] = first_of_content.emplace(v.document->sha256, v.document);
    if (!added && v.document->path < at->second->path) at->second = v.document;
  }
  std::set<std::string> dropped;
  for (auto& [id, v] : winner)
    if (!v.document->sha256.empty() && first_of_content.at(v.document->sha256) != v.document) {
      dropped.insert(id);
      ++out.duplicates;
    }

  // Each shard loses the versions that lost and the copies, then all are merged into one graph.
  std::vector<Document> kept;
  for (auto& [id, v] : winner)
    if (!dropped.count(id)) kept.push_back(*v.document);
  std::vector<std::vector<std::string>> gone(shards.size());
  for (auto& [id, list] : versions)
    for (const Version& v : list)
      if (dropped.count(id) || v.document->sha256 != winner.at(id).document->sha256) gone[v.shard].push_back(id);
  PolicyGraph merged;
  for (std::size_t s = 0; s < shards.size(); ++s) {
    PolicyGraph graph = std::move(shards[s].graph);  // freed once merged
    if (!gone[s].empty()) graph.remove_documents(gone[s]);
    merged.merge(graph);
  }
  for (Document& document : kept) merged.add_document(std::move(document));
  finish_graph(merged, pack, true);
  out.documents = merged.document_count();
  return merged;
}

}  // namespace policygraph::ingest
