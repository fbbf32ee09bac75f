// Tests of result matching against a real small Graph: engine values render
// as the TCK writes them (nodes, relationships, paths by content), rows
// compare as a bag or a sequence, lists optionally as multisets, columns by
// name; and side-effect tables parse.
#include "tests/tck/result_match.h"

#include "gtest/gtest.h"
#include "tests/tck/canonical.h"

namespace kg::tck {
namespace {

class ResultMatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    a_ = graph_.AddNode({graph_.InternLabel("B"), graph_.InternLabel("A")});
    ASSERT_TRUE(
        graph_.SetProperty(a_, graph_.InternKey("name"), Value::String("a"))
            .ok());
    b_ = graph_.AddNode();
    c_ = graph_.AddNode({graph_.InternLabel("C")});
    auto t = graph_.AddRelationship(a_, b_, graph_.InternType("T"));
    auto u = graph_.AddRelationship(c_, b_, graph_.InternType("U"));
    ASSERT_TRUE(t.ok() && u.ok());
    t_ = *t;
    u_ = *u;
    ASSERT_TRUE(
        graph_.SetProperty(u_, graph_.InternKey("w"), Value::Float(0.5)).ok());
  }

  // Matches `rows` (one column per value) against a one-table text.
  std::optional<std::string> Match(const Table& table,
                                   std::vector<std::vector<Value>> rows,
                                   MatchOptions options = {},
                                   std::vector<std::string> columns = {}) {
    auto expected = ParseExpectedTable(table);
    EXPECT_TRUE(expected.ok()) << expected.status();
    query::QueryResult actual;
    actual.columns = columns.empty() ? table.front() : columns;
    actual.rows = std::move(rows);
    return MatchResult(graph_, *expected, actual, options);
  }

  Graph graph_;
  NodeId a_, b_, c_;
  RelId t_, u_;
};

TEST_F(ResultMatchTest, GraphValuesRenderAsTheTckWritesThem) {
  EXPECT_EQ(Canonical(graph_, Value::Node(a_)), "(:A:B {name: 'a'})");
  EXPECT_EQ(Canonical(graph_, Value::Node(b_)), "()");
  EXPECT_EQ(Canonical(graph_, Value::Relationship(u_)), "[:U {w: 0.5}]");
  EXPECT_EQ(Canonical(graph_, Value::Path(PathValue{{a_, b_, c_}, {t_, u_}})),
            "<(:A:B {name: 'a'})-[:T]->()<-[:U {w: 0.5}]-(:C)>");
  EXPECT_EQ(Canonical(graph_, Value::Path(PathValue{{b_}, {}})), "<()>");
  ASSERT_TRUE(graph_.DeleteNode(c_, /*detach=*/true).ok());
  EXPECT_EQ(Canonical(graph_, Value::Node(c_)), "(deleted node 2)");
}

TEST_F(ResultMatchTest, NodesMatchByLabelSetAndProperties) {
  EXPECT_EQ(Match({{"n"}, {"(:A:B {name: 'a'})"}}, {{Value::Node(a_)}}),
            std::nullopt);
  EXPECT_EQ(Match({{"n"}, {"(:B:A {name: 'a'})"}}, {{Value::Node(a_)}}),
            std::nullopt);
  EXPECT_NE(Match({{"n"}, {"(:A {name: 'a'})"}}, {{Value::Node(a_)}}),
            std::nullopt);
  EXPECT_NE(Match({{"n"}, {"(:A:B)"}}, {{Value::Node(a_)}}), std::nullopt);
}

TEST_F(ResultMatchTest, PathsMatchElementWiseWithDirections) {
  const Value path = Value::Path(PathValue{{a_, b_, c_}, {t_, u_}});
  EXPECT_EQ(
      Match({{"p"}, {"<(:A:B {name: 'a'})-[:T]->()<-[:U {w: 0.5}]-(:C)>"}},
            {{path}}),
      std::nullopt);
  EXPECT_NE(
      Match({{"p"}, {"<(:A:B {name: 'a'})-[:T]->()-[:U {w: 0.5}]->(:C)>"}},
            {{path}}),
      std::nullopt);
}

TEST_F(ResultMatchTest, IntegerAndFloatCellsDiffer) {
  EXPECT_EQ(Match({{"x"}, {"1"}}, {{Value::Int(1)}}), std::nullopt);
  EXPECT_NE(Match({{"x"}, {"1.0"}}, {{Value::Int(1)}}), std::nullopt);
  EXPECT_NE(Match({{"x"}, {"1"}}, {{Value::Float(1.0)}}), std::nullopt);
  EXPECT_EQ(Match({{"x"}, {"NaN"}}, {{Value::Float(std::nan(""))}}),
            std::nullopt);
  EXPECT_EQ(Match({{"x"}, {"-0.0"}}, {{Value::Float(0.0)}}), std::nullopt);
}

TEST_F(ResultMatchTest, AnyOrderIsABag) {
  const Table table = {{"x"}, {"1"}, {"2"}, {"1"}};
  EXPECT_EQ(Match(table, {{Value::Int(2)}, {Value::Int(1)}, {Value::Int(1)}}),
            std::nullopt);
  // A bag, not a set: the duplicate counts.
  auto diff = Match(table, {{Value::Int(2)}, {Value::Int(1)}, {Value::Int(2)}});
  ASSERT_TRUE(diff.has_value());
  EXPECT_EQ(*diff,
            "rows differ (any order): expected 3 rows, got 3\n"
            "    missing:\n      | 1 |\n"
            "    unexpected:\n      | 2 |\n");
}

TEST_F(ResultMatchTest, InOrderIsASequence) {
  const Table table = {{"x"}, {"1"}, {"2"}};
  MatchOptions in_order;
  in_order.in_order = true;
  EXPECT_EQ(Match(table, {{Value::Int(1)}, {Value::Int(2)}}, in_order),
            std::nullopt);
  EXPECT_NE(Match(table, {{Value::Int(2)}, {Value::Int(1)}}, in_order),
            std::nullopt);
  EXPECT_EQ(Match(table, {{Value::Int(2)}, {Value::Int(1)}}), std::nullopt);
}

TEST_F(ResultMatchTest, ListElementOrderIsIgnoredOnlyWhenAsked) {
  const Value list =
      Value::List({Value::Int(2), Value::List({Value::Int(4), Value::Int(3)}),
                   Value::Int(1)});
  const Table table = {{"l"}, {"[1, 2, [3, 4]]"}};
  EXPECT_NE(Match(table, {{list}}), std::nullopt);
  MatchOptions ignore;
  ignore.ignore_list_order = true;
  EXPECT_EQ(Match(table, {{list}}, ignore), std::nullopt);
  // Multisets: [1, 1, 2] is not [1, 2, 2].
  EXPECT_NE(
      Match({{"l"}, {"[1, 1, 2]"}},
            {{Value::List({Value::Int(2), Value::Int(1), Value::Int(2)})}},
            ignore),
      std::nullopt);
}

TEST_F(ResultMatchTest, ColumnsMatchByName) {
  const Table table = {{"a", "b"}, {"1", "'x'"}};
  EXPECT_EQ(Match(table, {{Value::String("x"), Value::Int(1)}}, {}, {"b", "a"}),
            std::nullopt);
  auto diff =
      Match(table, {{Value::Int(1), Value::String("x")}}, {}, {"a", "c"});
  ASSERT_TRUE(diff.has_value());
  EXPECT_EQ(*diff, "columns differ: expected | a | b |, got | a | c |");
}

TEST_F(ResultMatchTest, ExpectedTablesMustBeRectangular) {
  EXPECT_FALSE(ParseExpectedTable({{"a", "b"}, {"1"}}).ok());
  EXPECT_FALSE(ParseExpectedTable({{"a"}, {"(:A"}}).ok());
}

TEST(SideEffectsTest, ParsesTheTableWithMissingRowsZero) {
  auto effects = ParseSideEffects({{"+nodes", "2"}, {"-properties", "1"}});
  ASSERT_TRUE(effects.ok()) << effects.status();
  query::SideEffects want;
  want.nodes_created = 2;
  want.properties_removed = 1;
  EXPECT_EQ(*effects, want);
  EXPECT_EQ(FormatSideEffects(*effects), "+nodes 2, -properties 1");
  EXPECT_EQ(FormatSideEffects(query::SideEffects{}), "none");
}

TEST(SideEffectsTest, RefusesUnknownNamesAndBadCounts) {
  EXPECT_FALSE(ParseSideEffects({{"+edges", "1"}}).ok());
  EXPECT_FALSE(ParseSideEffects({{"+nodes", "x"}}).ok());
  EXPECT_FALSE(ParseSideEffects({{"+nodes"}}).ok());
}

}  // namespace
}  // namespace kg::tck
