// Query results as JSON (SCHEMA.md, "The JSON forms").
#include <sstream>

#include "graph/export.h"
#include "gtest/gtest.h"

namespace kg {
namespace {

class ResultJsonTest : public ::testing::Test {
 protected:
  ResultJsonTest() {
    a_ = g_.AddNode({g_.InternLabel("Person"), g_.InternLabel("Official")});
    EXPECT_TRUE(
        g_.SetProperty(a_, g_.name_key(), Value::String("Dmitry Bakanov"))
            .ok());
    b_ = g_.AddNode({g_.InternLabel("Agency")});
    r_ = *g_.AddRelationship(a_, b_, g_.InternType("WORKS_FOR"));
    EXPECT_TRUE(
        g_.SetProperty(r_, g_.InternKey("title"), Value::String("head")).ok());
  }
  Graph g_;
  NodeId a_, b_;
  RelId r_;
};

TEST_F(ResultJsonTest, RowsHoldRecordsAndKeepNumberKinds) {
  std::vector<std::string> columns = {"p", "r", "n"};
  std::vector<std::vector<Value>> rows = {
      {Value::Node(a_), Value::Relationship(r_), Value::Int(1)},
      {Value::Null(), Value::Null(), Value::Float(1.0)},
  };
  std::ostringstream out;
  ASSERT_TRUE(WriteResultJson(g_, columns, rows, out).ok());
  EXPECT_EQ(out.str(),
            "{\"columns\": [\"p\",\"r\",\"n\"], \"rows\": [\n"
            "[{\"id\":0,\"labels\":[\"Person\",\"Official\"],\"properties\":"
            "{\"name\":\"Dmitry Bakanov\"}},{\"id\":0,\"type\":\"WORKS_FOR\","
            "\"start\":0,\"end\":1,\"properties\":{\"title\":\"head\"}},1],\n"
            "[null,null,1.0]\n"
            "]}\n");
}

TEST_F(ResultJsonTest, PathsListsAndMapsNest) {
  Value path = Value::Path(PathValue{{a_, b_}, {r_}});
  ValueMap m;
  m.emplace("who", Value::List({Value::Node(b_)}));
  std::vector<std::string> columns = {"p", "m"};
  std::vector<std::vector<Value>> rows = {{path, Value::Map(m)}};
  std::ostringstream out;
  ASSERT_TRUE(WriteResultJsonLines(g_, columns, rows, out).ok());
  EXPECT_EQ(
      out.str(),
      "{\"p\":{\"nodes\":[{\"id\":0,\"labels\":[\"Person\",\"Official\"],"
      "\"properties\":{\"name\":\"Dmitry Bakanov\"}},{\"id\":1,\"labels\":"
      "[\"Agency\"],\"properties\":{}}],\"relationships\":[{\"id\":0,"
      "\"type\":\"WORKS_FOR\",\"start\":0,\"end\":1,\"properties\":"
      "{\"title\":\"head\"}}]},\"m\":{\"who\":[{\"id\":1,\"labels\":"
      "[\"Agency\"],\"properties\":{}}]}}\n");
}

TEST_F(ResultJsonTest, EmptyResultStillNamesColumns) {
  std::ostringstream out;
  std::vector<std::string> columns = {"x"};
  ASSERT_TRUE(WriteResultJson(g_, columns, {}, out).ok());
  EXPECT_EQ(out.str(), "{\"columns\": [\"x\"], \"rows\": []}\n");
}

TEST_F(ResultJsonTest, DeletedNodeKeepsOnlyItsId) {
  ASSERT_TRUE(g_.DeleteNode(b_, /*detach=*/true).ok());
  std::ostringstream out;
  std::vector<std::string> columns = {"n"};
  std::vector<std::vector<Value>> rows = {{Value::Node(b_)}};
  ASSERT_TRUE(WriteResultJsonLines(g_, columns, rows, out).ok());
  EXPECT_EQ(out.str(), "{\"n\":{\"id\":1,\"labels\":[],\"properties\":{}}}\n");
}

}  // namespace
}  // namespace kg
