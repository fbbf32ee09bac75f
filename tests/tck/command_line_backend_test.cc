// Tests of reading kg's JSON results back for the command-line TCK backend:
// integers stay apart from floats, nodes, relationships and paths are told
// from maps by their members, the special floats and "stats" are read, and
// errors give their category.
#include <string>

#include "gtest/gtest.h"
#include "tests/tck/backend.h"

namespace kg::tck {
namespace {

std::string OnlyCell(const std::string& json, bool sorted = false) {
  absl::StatusOr<QueryRun> run = ParseJsonResult(json);
  EXPECT_TRUE(run.ok()) << run.status();
  if (!run.ok()) return "";
  const ActualTable& table = sorted ? run->sorted_cells : run->cells;
  EXPECT_EQ(table.rows.size(), 1u);
  if (table.rows.size() != 1 || table.rows[0].size() != 1) return "";
  return table.rows[0][0];
}

std::string Row(const std::string& cell) {
  return "{\"columns\": [\"c\"], \"rows\": [\n[" + cell + "]\n]}\n";
}

TEST(ParseJsonResultTest, IntegersAndFloatsStayApart) {
  EXPECT_EQ(OnlyCell(Row("1")), "1");
  EXPECT_EQ(OnlyCell(Row("1.0")), "1.0");
  EXPECT_EQ(OnlyCell(Row("-0.0")), "0.0");
  EXPECT_EQ(OnlyCell(Row("{\"$float\":\"NaN\"}")), "NaN");
  EXPECT_EQ(OnlyCell(Row("{\"$float\":\"-Infinity\"}")), "-Infinity");
}

TEST(ParseJsonResultTest, TemporalValuesReadAsTheTextTheTckCompares) {
  EXPECT_EQ(OnlyCell(Row("{\"$date\":\"2015-07-21\"}")), "'2015-07-21'");
  EXPECT_EQ(OnlyCell(Row("[{\"$duration\":\"PT1H\"}]")), "['PT1H']");
  // Another member makes it a map.
  EXPECT_EQ(OnlyCell(Row("{\"$date\":\"2015-07-21\",\"x\":1}")),
            "{`$date`: '2015-07-21', x: 1}");
}

TEST(ParseJsonResultTest, LongFloatsKeepEveryDigit) {
  EXPECT_EQ(OnlyCell(Row("1.2635418652381264e305")), "1.2635418652381264e+305");
}

TEST(ParseJsonResultTest, NodesRelationshipsAndPathsByTheirMembers) {
  const std::string node =
      "{\"id\":3,\"labels\":[\"B\",\"A\"],\"properties\":{\"x\":1}}";
  const std::string other = "{\"id\":4,\"labels\":[],\"properties\":{}}";
  const std::string rel =
      "{\"id\":0,\"type\":\"T\",\"start\":4,\"end\":3,\"properties\":{}}";
  EXPECT_EQ(OnlyCell(Row(node)), "(:A:B {x: 1})");
  EXPECT_EQ(OnlyCell(Row(rel)), "[:T]");
  // The relationship starts at the second node: it points backwards.
  EXPECT_EQ(OnlyCell(Row("{\"nodes\":[" + node + "," + other +
                         "],\"relationships\":[" + rel + "]}")),
            "<(:A:B {x: 1})<-[:T]-()>");
  // A map with other members stays a map.
  EXPECT_EQ(OnlyCell(Row("{\"labels\":[1],\"id\":2}")), "{id: 2, labels: [1]}");
}

TEST(ParseJsonResultTest, SortedCellsCompareListsAsMultisets) {
  EXPECT_EQ(OnlyCell(Row("[2,1]")), "[2, 1]");
  EXPECT_EQ(OnlyCell(Row("[2,1]"), /*sorted=*/true), "[1, 2]");
}

TEST(ParseJsonResultTest, StatsBecomeSideEffects) {
  absl::StatusOr<QueryRun> run = ParseJsonResult(
      "{\"columns\": [], \"rows\": [], \"stats\": {\"nodes_created\": 2, "
      "\"properties_removed\": 1}}");
  ASSERT_TRUE(run.ok()) << run.status();
  EXPECT_EQ(run->side_effects.nodes_created, 2);
  EXPECT_EQ(run->side_effects.properties_removed, 1);
  EXPECT_EQ(run->side_effects.labels_added, 0);
  EXPECT_FALSE(ParseJsonResult("{\"columns\": [], \"rows\": [], \"stats\": "
                               "{\"nodes_made\": 2}}")
                   .ok());
}

TEST(ParseJsonResultTest, ErrorsGiveCodeCategoryAndTimeout) {
  absl::StatusOr<QueryRun> run = ParseJsonResult(
      "{\"error\":{\"code\":\"Neo.ClientError.Statement.SyntaxError\","
      "\"category\":\"VariableAlreadyBound\",\"message\":\"1:8: x\","
      "\"line\":1,\"column\":8}}");
  ASSERT_TRUE(run.ok()) << run.status();
  EXPECT_FALSE(run->status.ok());
  EXPECT_EQ(run->category, "VariableAlreadyBound");
  EXPECT_FALSE(run->timed_out);
  run = ParseJsonResult(
      "{\"error\":{\"code\":\"Neo.ClientError.Transaction."
      "TransactionTimedOut\",\"message\":\"m\",\"line\":null,"
      "\"column\":null}}");
  ASSERT_TRUE(run.ok());
  EXPECT_FALSE(run->category.has_value());
  EXPECT_TRUE(run->timed_out);
}

TEST(ParseJsonResultTest, TextThatIsNoResultFails) {
  EXPECT_FALSE(ParseJsonResult("").ok());
  EXPECT_FALSE(ParseJsonResult("kg: error: boom").ok());
  EXPECT_FALSE(ParseJsonResult("{\"columns\": [1], \"rows\": []}").ok());
  EXPECT_FALSE(ParseJsonResult("{\"columns\": [], \"rows\": [1]}").ok());
}

}  // namespace
}  // namespace kg::tck
