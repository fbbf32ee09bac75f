#include "graph/render.h"

#include "gtest/gtest.h"

namespace kg {
namespace {

TEST(RenderTest, NodesRelationshipsAndPathsAsCypherShellShowsThem) {
  Graph g;
  NodeId a = g.AddNode({g.InternLabel("Person"), g.InternLabel("Official")});
  ASSERT_TRUE(
      g.SetProperty(a, g.name_key(), Value::String("Dmitry Bakanov")).ok());
  ASSERT_TRUE(g.SetProperty(a, g.InternKey("born"), Value::Int(1985)).ok());
  NodeId b = g.AddNode({g.InternLabel("Agency")});
  NodeId c = g.AddNode();
  RelId r = *g.AddRelationship(a, b, g.InternType("WORKS_FOR"));
  RelId s = *g.AddRelationship(c, b, g.InternType("odd type"));
  ASSERT_TRUE(g.SetProperty(c, g.InternKey("x y"), Value::Float(1.0)).ok());

  EXPECT_EQ(RenderNode(g, a),
            "(:Person:Official {born: 1985, name: 'Dmitry Bakanov'})");
  EXPECT_EQ(RenderNode(g, c), "({`x y`: 1.0})");
  EXPECT_EQ(RenderRelationship(g, r), "[:WORKS_FOR]");
  EXPECT_EQ(RenderValue(g, Value::Path(PathValue{{a, b, c}, {r, s}})),
            "(:Person:Official {born: 1985, name: 'Dmitry Bakanov'})"
            "-[:WORKS_FOR]->(:Agency)<-[:`odd type`]-({`x y`: 1.0})");
  EXPECT_EQ(RenderValue(g, Value::List({Value::Node(b), Value::Int(2)})),
            "[(:Agency), 2]");
  ASSERT_TRUE(g.DeleteNode(c, /*detach=*/true).ok());
  EXPECT_EQ(RenderNode(g, c), "()");
  EXPECT_EQ(RenderRelationship(g, s), "[]");
}

}  // namespace
}  // namespace kg
