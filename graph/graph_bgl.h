// A Graph as a Boost.Graph: graph_traits and the free functions of the
// IncidenceGraph, BidirectionalGraph and VertexListGraph concepts, so that
// BGL's algorithms (breadth_first_search, dijkstra_shortest_paths,
// strong_components, ...) run on kg's graph where it lies, with no copy.
//
//   * A vertex is a raw NodeId (uint64_t). Vertices are every id below
//     node_id_limit(): a deleted node is an isolated vertex, so that the
//     identity vertex_index map stays below num_vertices() as BGL's property
//     maps require.
//   * An edge is a relationship with its two ends; out_edges and in_edges
//     walk Graph::Out and Graph::In in creation order.
//   * get(boost::vertex_index, g) is the identity map; edge weights come from
//     the caller (a property map over KgEdge, e.g. of a relationship
//     property).
#ifndef KG_GRAPH_GRAPH_BGL_H_
#define KG_GRAPH_GRAPH_BGL_H_

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/property_map/property_map.hpp>
#include <cstdint>
#include <utility>

#include "graph/graph.h"

namespace kg {

// A BGL edge: a relationship and its two ends (raw node ids).
struct KgEdge {
  RelId rel{};
  uint64_t source = 0;
  uint64_t target = 0;
  friend bool operator==(const KgEdge& a, const KgEdge& b) {
    return a.rel == b.rel;
  }
  friend bool operator!=(const KgEdge& a, const KgEdge& b) { return !(a == b); }
};

// Walks one node's adjacency as KgEdges: out-edges (`out` true: the entry's
// other end is the target) or in-edges.
class KgEdgeIterator
    : public boost::iterator_facade<
          KgEdgeIterator, KgEdge, boost::random_access_traversal_tag, KgEdge> {
 public:
  KgEdgeIterator() = default;
  KgEdgeIterator(const Adjacent* at, uint64_t node, bool out)
      : at_(at), node_(node), out_(out) {}

 private:
  friend class boost::iterator_core_access;
  KgEdge dereference() const {
    return out_ ? KgEdge{at_->rel, node_, at_->other}
                : KgEdge{at_->rel, at_->other, node_};
  }
  bool equal(const KgEdgeIterator& o) const { return at_ == o.at_; }
  void increment() { ++at_; }
  void decrement() { --at_; }
  void advance(std::ptrdiff_t n) { at_ += n; }
  std::ptrdiff_t distance_to(const KgEdgeIterator& o) const {
    return o.at_ - at_;
  }

  const Adjacent* at_ = nullptr;
  uint64_t node_ = 0;
  bool out_ = true;
};

struct KgTraversal : boost::bidirectional_graph_tag,
                     boost::vertex_list_graph_tag {};

}  // namespace kg

namespace boost {

template <>
struct graph_traits<kg::Graph> {
  using vertex_descriptor = uint64_t;
  using edge_descriptor = kg::KgEdge;
  using directed_category = directed_tag;
  using edge_parallel_category = allow_parallel_edge_tag;
  using traversal_category = kg::KgTraversal;
  using out_edge_iterator = kg::KgEdgeIterator;
  using in_edge_iterator = kg::KgEdgeIterator;
  using vertex_iterator = counting_iterator<uint64_t>;
  using degree_size_type = uint64_t;
  using vertices_size_type = uint64_t;
  using edges_size_type = uint64_t;
  // Not an EdgeListGraph.
  using edge_iterator = void;
  using adjacency_iterator = void;
  static vertex_descriptor null_vertex() { return ~uint64_t{0}; }
};

template <>
struct property_map<kg::Graph, vertex_index_t> {
  using type = typed_identity_property_map<uint64_t>;
  using const_type = type;
};

}  // namespace boost

namespace kg {

// The free functions BGL finds by argument-dependent lookup on kg::Graph.
inline uint64_t source(const KgEdge& e, const Graph&) { return e.source; }
inline uint64_t target(const KgEdge& e, const Graph&) { return e.target; }

inline std::pair<KgEdgeIterator, KgEdgeIterator> out_edges(uint64_t v,
                                                           const Graph& g) {
  absl::Span<const Adjacent> a = g.Out(NodeId{v});
  return {KgEdgeIterator(a.data(), v, true),
          KgEdgeIterator(a.data() + a.size(), v, true)};
}
inline std::pair<KgEdgeIterator, KgEdgeIterator> in_edges(uint64_t v,
                                                          const Graph& g) {
  absl::Span<const Adjacent> a = g.In(NodeId{v});
  return {KgEdgeIterator(a.data(), v, false),
          KgEdgeIterator(a.data() + a.size(), v, false)};
}
inline uint64_t out_degree(uint64_t v, const Graph& g) {
  return g.OutDegree(NodeId{v});
}
inline uint64_t in_degree(uint64_t v, const Graph& g) {
  return g.InDegree(NodeId{v});
}
inline uint64_t degree(uint64_t v, const Graph& g) {
  return out_degree(v, g) + in_degree(v, g);
}

inline std::pair<boost::counting_iterator<uint64_t>,
                 boost::counting_iterator<uint64_t>>
vertices(const Graph& g) {
  return {boost::counting_iterator<uint64_t>(0),
          boost::counting_iterator<uint64_t>(g.node_id_limit())};
}
inline uint64_t num_vertices(const Graph& g) { return g.node_id_limit(); }

inline boost::typed_identity_property_map<uint64_t> get(boost::vertex_index_t,
                                                        const Graph&) {
  return {};
}

}  // namespace kg

#endif  // KG_GRAPH_GRAPH_BGL_H_
