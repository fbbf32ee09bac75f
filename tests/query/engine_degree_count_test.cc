// Counting one hop per node (`MATCH (a)-[:T]->(b:L) WITH a, count(*)`) is
// read from adjacency by DegreeCount, with the answers of expanding a row per
// relationship and grouping them.
#include "tests/query/engine_test_util.h"

namespace kg::query {
namespace {

class DegreeCountTest : public EngineTest {
 protected:
  // People mentioned in documents (a hub and small ones), meetings with a
  // self-loop and a pair both ways, an unlabelled node, and a relationship
  // deleted again.
  void SetUp() override {
    Run("UNWIND range(0, 19) AS i CREATE (:Person {name: 'p' + i})");
    Run("UNWIND range(0, 3) AS i CREATE (:Document {name: 'd' + i})");
    Run("CREATE ({name: 'x'})");
    Run("MATCH (p:Person), (d:Document) WHERE toInteger(substring(p.name, 1)) "
        "% 4 = toInteger(substring(d.name, 1)) OR d.name = 'd0' "
        "CREATE (p)-[:MENTIONED_IN]->(d)");
    Run("MATCH (d:Document {name: 'd1'}) SET d:Archive");
    Run("UNWIND [[0, 1], [1, 0], [2, 2], [3, 4], [5, 5], [6, 7]] AS m "
        "MATCH (a:Person {name: 'p' + m[0]}), (b:Person {name: 'p' + m[1]}) "
        "CREATE (a)-[:MET_WITH]->(b)");
    Run("MATCH (x {name: 'x'}), (p:Person {name: 'p9'}) "
        "CREATE (x)-[:MET_WITH]->(p), (p)-[:MENTIONED_IN]->(x)");
    Run("MATCH (:Person {name: 'p6'})-[r:MET_WITH]->() DELETE r");
  }
  std::string Plan(std::string_view q) {
    return Run(std::string("EXPLAIN ") + std::string(q)).plan;
  }
};

// Each pattern, counted by DegreeCount and (with a WHERE that keeps every
// row, which the rewrite does not take) by expanding and grouping.
TEST_F(DegreeCountTest, CountsEqualExpandingAndGroupingInEveryShape) {
  const std::vector<std::string> patterns = {
      "(a)-[:MENTIONED_IN]->(b:Document)",
      "(a)-[:MENTIONED_IN]->(b)",
      "(a:Person)-[:MENTIONED_IN]->(b:Document)",
      "(b:Document)<-[:MENTIONED_IN]-(a)",
      "(a:Document)<-[:MENTIONED_IN]-(b)",
      "(a:Document)<-[:MENTIONED_IN]-(b:Person)",
      "(a)-[:MENTIONED_IN]->(b:Archive:Document)",
      "(a)-[:MET_WITH]-(b)",
      "(a:Person)-[:MET_WITH]-(b:Person)",
      "(a)-[:MET_WITH|MENTIONED_IN]->(b)",
      "(a)-->(b)",
      "(a)--(b)",
      "(a)<--(b:Person)",
      "(a)-[:NO_SUCH_TYPE]->(b)",
      "(a)-[:MENTIONED_IN]->(b:NoSuchLabel)",
  };
  const std::vector<std::string> counts = {"count(*)", "count(r)", "count(b)"};
  for (const std::string& pattern : patterns) {
    for (const std::string& count : counts) {
      std::string with_rel = pattern;
      size_t open = with_rel.find('[');
      if (open != std::string::npos) {
        with_rel.insert(open + 1, "r");
      } else {
        size_t dash = with_rel.find("--");
        with_rel.replace(dash, 2, "-[r]-");
      }
      std::string tail =
          " WITH a, " + count + " AS n RETURN a.name AS name, n ORDER BY name";
      std::string fast = "MATCH " + with_rel + tail;
      std::string slow = "MATCH " + with_rel + " WHERE true" + tail;
      EXPECT_NE(Plan(fast).find("DegreeCount"), std::string::npos) << fast;
      EXPECT_EQ(Plan(slow).find("DegreeCount"), std::string::npos) << slow;
      EXPECT_EQ(Q(fast, true), Q(slow, true)) << fast;
    }
  }
}

TEST_F(DegreeCountTest, TheGroupedNodeKeepsItsNameAndFeedsLaterClauses) {
  EXPECT_EQ(Q("MATCH (p:Person)-[:MENTIONED_IN]->(:Document) "
              "WITH p AS who, count(*) AS mentions WHERE mentions > 1 "
              "RETURN count(who) AS n, sum(mentions) AS total"),
            Lines({"15 | 30"}));
  EXPECT_EQ(Q("MATCH (e)-[:MENTIONED_IN]->(:Document) WITH e, count(*) AS m "
              "ORDER BY m DESC, e.name ASC LIMIT 3 RETURN e.name, m",
              true),
            Lines({"'p1' | 2", "'p10' | 2", "'p11' | 2"}));
}

TEST_F(DegreeCountTest, OtherAggregationsAndShapesAreNotRewritten) {
  for (const char* q : {
           "MATCH (a)-[:MET_WITH]->(b) WITH a, count(DISTINCT b) AS n "
           "RETURN n",
           "MATCH (a)-[:MET_WITH]->(b) WITH a, b, count(*) AS n RETURN n",
           "MATCH (a)-[:MET_WITH]->(b) WITH a.name AS k, count(*) AS n "
           "RETURN n",
           "MATCH (a)-[:MET_WITH]->(a) WITH a, count(*) AS n RETURN n",
           "MATCH (a)-[:MET_WITH*1..2]->(b) WITH a, count(*) AS n RETURN n",
           "MATCH (a {name: 'p0'})-[:MET_WITH]->(b) WITH a, count(*) AS n "
           "RETURN n",
           "MATCH (a)-[:MET_WITH]->(b) WITH a, sum(1) AS n RETURN n",
           "OPTIONAL MATCH (a)-[:MET_WITH]->(b) WITH a, count(*) AS n "
           "RETURN n",
       }) {
    EXPECT_EQ(Plan(q).find("DegreeCount"), std::string::npos) << q;
  }
}

// Counting the nodes of each label (`MATCH (n) UNWIND labels(n) AS l RETURN
// l, count(*)`) is read from the label index by LabelCount, with the answer
// and the order of the row-by-row plan: labels met first come first, a label
// left on no node (removed, or on a deleted node) does not appear.
TEST_F(DegreeCountTest, LabelCountsEqualGroupingEveryNodesLabels) {
  Run("CREATE (:Temp:Person {name: 't'})");
  Run("MATCH (n:Temp) REMOVE n:Temp");
  Run("CREATE (:Gone {name: 'g'})");
  Run("MATCH (n:Gone) DELETE n");
  Run("MATCH (d:Document {name: 'd2'}) SET d:Archive:Draft");
  for (const char* tail :
       {"RETURN label, count(*) AS n",
        "RETURN label, count(*) AS n ORDER BY n DESC, label",
        "RETURN count(label) AS n, label", "RETURN label, count(n) AS c",
        "WITH label, count(*) AS c WHERE c > 1 RETURN label, c"}) {
    std::string fast =
        std::string("MATCH (n) UNWIND labels(n) AS label ") + tail;
    std::string slow =
        std::string("MATCH (n) WHERE true UNWIND labels(n) AS label ") + tail;
    EXPECT_NE(Plan(fast).find("LabelCount"), std::string::npos) << fast;
    EXPECT_EQ(Plan(slow).find("LabelCount"), std::string::npos) << slow;
    EXPECT_EQ(Q(fast, true), Q(slow, true)) << fast;
  }
  EXPECT_EQ(
      Q("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*)", true),
      Lines(
          {"'Person' | 21", "'Document' | 4", "'Archive' | 2", "'Draft' | 1"}));
  // Other shapes group row by row.
  for (const char* q : {
           "MATCH (n:Person) UNWIND labels(n) AS l RETURN l, count(*)",
           "MATCH (n {name: 'p1'}) UNWIND labels(n) AS l RETURN l, count(*)",
           "MATCH (n) UNWIND labels(n) AS l RETURN l, count(DISTINCT n)",
           "MATCH (n) UNWIND labels(n) AS l RETURN l, sum(1)",
           "MATCH (n) UNWIND keys(n) AS l RETURN l, count(*)",
           "MATCH (n) UNWIND labels(n) AS l RETURN l, n.name, count(*)",
           "OPTIONAL MATCH (n) UNWIND labels(n) AS l RETURN l, count(*)",
       }) {
    EXPECT_EQ(Plan(q).find("LabelCount"), std::string::npos) << q;
  }
}

}  // namespace
}  // namespace kg::query
