// The Boost.Graph adjacency list behind PolicyGraph. Only graph/ algorithms include this header:
// vertex i is nodes[i], edge e carries the index of its Edge in edges.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/model.hpp"

namespace policygraph::detail {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

struct EdgeSlot {
  std::size_t index = 0;  ///< position in Topology::edges
};

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, EdgeSlot>;
using Vertex = BoostGraph::vertex_descriptor;

struct Topology {
  BoostGraph graph;
  std::deque<Node> nodes;  // deque: references stay valid while nodes are added
  std::deque<Edge> edges;
  std::vector<Document> documents;
  PackStamp pack;
  std::unordered_map<std::string, Vertex, StringHash, std::equal_to<>> node_index;
  std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> edge_index;
  std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> document_index;

  /// Returns the vertex of a node id, if the node exists.
  const Vertex* vertex(std::string_view id) const {
    auto found = node_index.find(id);
    return found == node_index.end() ? nullptr : &found->second;
  }
};

/// Returns the key of the edge index: source, relation and target joined by a unit separator.
std::string edge_key(std::string_view source, Relation relation, std::string_view target);

}  // namespace policygraph::detail
