// A Graph is a Boost.Graph: the concepts hold, and BGL's algorithms run on it
// where it lies.
#include "graph/graph_bgl.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/graph_concepts.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <limits>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace kg {
namespace {

using ::testing::ElementsAre;

BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<Graph>));
BOOST_CONCEPT_ASSERT((boost::BidirectionalGraphConcept<Graph>));
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<Graph>));

// 0 -> 1 -> 2 -> 3, a shortcut 0 -> 3 that weighs more than the path, a
// cycle 2 -> 1, node 4 deleted and node 5 on its own with a self-loop.
class GraphBglTest : public ::testing::Test {
 protected:
  GraphBglTest() : next_(g_.InternType("NEXT")), w_(g_.InternKey("w")) {
    for (int i = 0; i < 6; ++i) g_.AddNode();
    Link(0, 1, 1);
    Link(1, 2, 2);
    Link(2, 3, 1);
    Link(0, 3, 10);
    Link(2, 1, 1);
    Link(5, 5, 1);
    EXPECT_TRUE(g_.DeleteNode(NodeId{4}).ok());
  }

  void Link(uint64_t a, uint64_t b, double weight) {
    RelId r = *g_.AddRelationship(NodeId{a}, NodeId{b}, next_);
    EXPECT_TRUE(g_.SetProperty(r, w_, Value::Float(weight)).ok());
  }

  Graph g_;
  TypeId next_;
  KeyId w_;
};

TEST_F(GraphBglTest, OutAndInEdgesWalkTheAdjacencyWithBothEnds) {
  std::vector<uint64_t> out, in;
  auto [o, oend] = out_edges(2, g_);
  for (; o != oend; ++o) {
    EXPECT_EQ(source(*o, g_), 2u);
    out.push_back(target(*o, g_));
  }
  auto [i, iend] = in_edges(1, g_);
  for (; i != iend; ++i) {
    EXPECT_EQ(target(*i, g_), 1u);
    in.push_back(source(*i, g_));
  }
  EXPECT_THAT(out, ElementsAre(3, 1));
  EXPECT_THAT(in, ElementsAre(0, 2));
  EXPECT_EQ(out_degree(5, g_), 1u);
  EXPECT_EQ(in_degree(5, g_), 1u);
  EXPECT_EQ(num_vertices(g_), 6u);  // the deleted node stays a vertex
}

TEST_F(GraphBglTest, BreadthFirstSearchCountsHops) {
  std::vector<int> hops(num_vertices(g_), -1);
  hops[0] = 0;
  boost::breadth_first_search(
      g_, uint64_t{0},
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(
          boost::make_iterator_property_map(hops.begin(),
                                            get(boost::vertex_index, g_)),
          boost::on_tree_edge()))));
  EXPECT_THAT(hops, ElementsAre(0, 1, 2, 1, -1, -1));
}

TEST_F(GraphBglTest, DijkstraReadsWeightsFromARelationshipProperty) {
  auto weight = boost::make_function_property_map<KgEdge, double>(
      [this](const KgEdge& e) { return g_.Property(e.rel, w_)->AsFloat(); });
  std::vector<double> dist(num_vertices(g_));
  std::vector<uint64_t> pred(num_vertices(g_));
  boost::dijkstra_shortest_paths(
      g_, uint64_t{0},
      boost::weight_map(weight)
          .distance_map(boost::make_iterator_property_map(
              dist.begin(), get(boost::vertex_index, g_)))
          .predecessor_map(boost::make_iterator_property_map(
              pred.begin(), get(boost::vertex_index, g_))));
  EXPECT_DOUBLE_EQ(dist[3], 4.0);  // 0 -> 1 -> 2 -> 3, not the shortcut
  EXPECT_EQ(pred[3], 2u);
  EXPECT_EQ(pred[2], 1u);
  EXPECT_EQ(dist[5], std::numeric_limits<double>::max());
}

TEST_F(GraphBglTest, StrongComponentsFindTheCycle) {
  std::vector<int> comp(num_vertices(g_));
  int n = boost::strong_components(
      g_, boost::make_iterator_property_map(comp.begin(),
                                            get(boost::vertex_index, g_)));
  EXPECT_EQ(n, 5);  // {0}, {1, 2}, {3}, {4}, {5}
  EXPECT_EQ(comp[1], comp[2]);
  EXPECT_NE(comp[0], comp[1]);
  EXPECT_NE(comp[3], comp[1]);
}

}  // namespace
}  // namespace kg
