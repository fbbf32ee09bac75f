// The order of a MATCH's hops: chosen from the graph's statistics, so that a
// rare relationship closing a cycle is checked before a hub is expanded
// twice, with the same answers as any other order.
#include "tests/query/engine_test_util.h"

namespace kg::query {
namespace {

class JoinOrderTest : public EngineTest {
 protected:
  // One hub document mentioning 60 people, five small documents mentioning
  // one each, and a few meetings between the people.
  void SetUp() override {
    Run("UNWIND range(0, 59) AS i CREATE (:Person {name: 'p' + i})");
    Run("CREATE (:Document {name: 'hub'})");
    Run("MATCH (p:Person), (d:Document {name: 'hub'}) "
        "CREATE (p)-[:MENTIONED_IN]->(d)");
    Run("UNWIND range(0, 4) AS i MATCH (p:Person {name: 'p' + i}) "
        "CREATE (p)-[:MENTIONED_IN]->(:Document {name: 'doc' + i})");
    Run("UNWIND [[0, 1], [1, 2], [2, 3], [3, 3], [4, 0]] AS m "
        "MATCH (a:Person {name: 'p' + m[0]}), (b:Person {name: 'p' + m[1]}) "
        "CREATE (a)-[:MET_WITH]->(b)");
  }
  std::string Plan(std::string_view q) {
    return Run(std::string("EXPLAIN ") + std::string(q)).plan;
  }
};

constexpr std::string_view kCoMentionedWhoMet =
    "MATCH (p1:Person)-[:MENTIONED_IN]->(d:Document)<-[:MENTIONED_IN]-"
    "(p2:Person), (p1)-[:MET_WITH]->(p2) RETURN count(*) AS n";

TEST_F(JoinOrderTest, ARareRelationshipClosingACycleComesBeforeTheHub) {
  std::string plan = Plan(kCoMentionedWhoMet);
  // The meetings are expanded before the second document hop, which only
  // checks (ExpandInto): no document is expanded to people twice.
  size_t met = plan.find("-[:MET_WITH]->");
  size_t into = plan.find("ExpandInto");
  ASSERT_NE(met, std::string::npos) << plan;
  ASSERT_NE(into, std::string::npos) << plan;
  EXPECT_LT(into, met) << plan;  // printed above: runs after
  size_t from_d = plan.find("Expand (d)");
  if (from_d != std::string::npos) {
    EXPECT_EQ(plan.find("Expand (d)", from_d + 1), std::string::npos) << plan;
  }
}

TEST_F(JoinOrderTest, AnyOrderGivesTheSameAnswer) {
  // Four meetings between different people, all in the hub document, and
  // p3 meeting himself, which relationship uniqueness still allows (the
  // two MENTIONED_IN hops are the same relationship, so it is not).
  EXPECT_EQ(Q(kCoMentionedWhoMet), Lines({"4"}));
  EXPECT_EQ(Q("MATCH (p1:Person)-[:MET_WITH]->(p2:Person) "
              "MATCH (p1)-[:MENTIONED_IN]->(d:Document)<-[:MENTIONED_IN]-(p2) "
              "RETURN count(*) AS n"),
            Lines({"4"}));
}

TEST_F(JoinOrderTest, ExpandIntoWalksTheShorterSideInEveryDirection) {
  Run("MATCH (p:Person {name: 'p7'}), (d:Document {name: 'hub'}) "
      "CREATE (d)-[:CITES]->(p), (d)-[:CITES]->(d)");
  // From the hub (61 relationships) or from p7 (2): the same relationships.
  for (std::string_view q :
       {"MATCH (d:Document {name: 'hub'}), (p:Person {name: 'p7'}) "
        "MATCH (d)-[r]->(p) RETURN type(r)",
        "MATCH (d:Document {name: 'hub'}), (p:Person {name: 'p7'}) "
        "MATCH (p)<-[r]-(d) RETURN type(r)"}) {
    EXPECT_EQ(Q(q), Lines({"'CITES'"})) << q;
  }
  EXPECT_EQ(Q("MATCH (d:Document {name: 'hub'}), (p:Person {name: 'p7'}) "
              "MATCH (d)-[r]-(p) RETURN type(r)"),
            Lines({"'CITES'", "'MENTIONED_IN'"}));
  EXPECT_EQ(Q("MATCH (d:Document {name: 'hub'}) MATCH (d)-[r]-(d) "
              "RETURN type(r)"),
            Lines({"'CITES'"}));
}

}  // namespace
}  // namespace kg::query
