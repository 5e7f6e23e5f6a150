// The policy graph: nodes and edges of the ontology with their evidence, an id index and the
// documents they cite. Adding what exists merges into it, so extraction results can be poured in
// from any number of documents. Boost.Graph holds the topology behind this interface.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.hpp"

namespace policygraph {

namespace detail {
struct Topology;
}

class PolicyGraph {
 public:
  PolicyGraph();
  ~PolicyGraph();
  PolicyGraph(const PolicyGraph& other);
  PolicyGraph& operator=(const PolicyGraph& other);
  PolicyGraph(PolicyGraph&&) noexcept;
  PolicyGraph& operator=(PolicyGraph&&) noexcept;

  /// Adds a node, or merges it into the node with the same id: aliases, missing attributes and
  /// evidence are added. Throws GraphError when the id is empty or names another kind.
  const Node& add_node(Node node);
  /// Adds an edge, or merges it into the edge with the same source, relation and target: evidence
  /// and missing attributes are added, the earliest year is kept. Throws GraphError when an
  /// endpoint is missing.
  const Edge& add_edge(Edge edge);
  /// Adds a document, replacing the entry with the same id.
  void add_document(Document document);

  /// Sets an attribute of a node; throws GraphError when the node does not exist.
  void set_node_attribute(std::string_view id, const std::string& key, const std::string& value);
  /// Sets the label of a node, keeping the old label as an alias.
  void set_node_label(std::string_view id, const std::string& label);

  /// Sets the year of an edge (none: no year); throws GraphError when the edge does not exist.
  void set_edge_year(std::string_view source, Relation relation, std::string_view target, std::optional<int> year);
  /// Sets an attribute of an edge; throws GraphError when the edge does not exist.
  void set_edge_attribute(std::string_view source, Relation relation, std::string_view target, const std::string& key,
                          const std::string& value);

  /// Returns the node with that id, or nullptr.
  const Node* node(std::string_view id) const;
  /// Returns the edge source -relation-> target, or nullptr.
  const Edge* edge(std::string_view source, Relation relation, std::string_view target) const;
  /// Returns the document with that id, or nullptr.
  const Document* document(std::string_view id) const;

  /// Returns every node, ordered by id.
  std::vector<const Node*> nodes() const;
  /// Returns every edge, ordered by source, relation, target.
  std::vector<const Edge*> edges() const;
  /// Returns every document, ordered by id.
  std::vector<const Document*> documents() const;
  /// Returns the edges leaving a node, ordered by relation, target.
  std::vector<const Edge*> out_edges(std::string_view id) const;
  /// Returns the edges entering a node, ordered by relation, source.
  std::vector<const Edge*> in_edges(std::string_view id) const;

  std::size_t node_count() const;
  std::size_t edge_count() const;
  std::size_t document_count() const;

  /// Adds every node, edge and document of another graph, merging as add_node and add_edge do
  /// except where the two disagree: a node's label is the longer one (of equal lengths, the one
  /// first in byte order), the other becoming an alias, and an attribute both give keeps the value
  /// first in byte order. So the result is the same whatever order graphs are merged in
  /// (docs/snapshot.md#canonical-merge).
  void merge(const PolicyGraph& other);
  /// Removes a document and every piece of evidence citing it; nodes and edges left without
  /// evidence go too, and so do edges whose endpoint went.
  void remove_document(std::string_view id);
  /// Removes several documents in one pass, as remove_document does each.
  void remove_documents(const std::vector<std::string>& ids);

  /// Returns the pack the graph was extracted with (empty when not known).
  const PackStamp& pack() const;
  /// Records the pack the graph was extracted with.
  void set_pack(PackStamp pack);

  /// Returns the Boost.Graph view used by graph algorithms in graph/ (see graph/topology.hpp).
  const detail::Topology& topology() const;

 private:
  Edge& mutable_edge(std::string_view source, Relation relation, std::string_view target);

  std::unique_ptr<detail::Topology> topology_;
};

}  // namespace policygraph
