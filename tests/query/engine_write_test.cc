// Writes end to end: CREATE, SET, REMOVE, DELETE, MERGE, their side-effect
// counts as the TCK counts them, and the rollback of a failing statement.
#include "tests/query/engine_test_util.h"

namespace kg::query {
namespace {

using WriteTest = EngineTest;

SideEffects Effects(int64_t nodes, int64_t rels, int64_t labels,
                    int64_t props) {
  SideEffects e;
  e.nodes_created = nodes;
  e.relationships_created = rels;
  e.labels_added = labels;
  e.properties_set = props;
  return e;
}

TEST_F(WriteTest, CreateCountsDistinctNewLabels) {
  QueryResult r = Run("CREATE (:A {x: 1}), (:A:B)-[:T {w: 2}]->()");
  EXPECT_EQ(r.side_effects, Effects(3, 1, 2, 2));
  EXPECT_TRUE(r.rows.empty());
  EXPECT_EQ(Q("MATCH (a:A)-[t:T]->(b) RETURN a, t, b"),
            Lines{"(:A:B) | [:T {w: 2}] | ()"});
}

TEST_F(WriteTest, OverwritingAPropertyCountsASetAndARemoval) {
  Run("CREATE (:N {num: 42})");
  QueryResult r = Run("MATCH (n:N) SET n.num = 43 RETURN n.num");
  EXPECT_EQ(r.side_effects.properties_set, 1);
  EXPECT_EQ(r.side_effects.properties_removed, 1);
  EXPECT_EQ(Rows(graph_, r), Lines{"43"});
  // The same value again changes nothing.
  r = Run("MATCH (n:N) SET n.num = 43");
  EXPECT_EQ(r.side_effects, SideEffects());
}

TEST_F(WriteTest, SideEffectsAreTheNetChangeOfTheStatement) {
  Run("CREATE ()");
  EXPECT_EQ(Run("MATCH () CREATE (n) DELETE n").side_effects, SideEffects());
  QueryResult r =
      Run("CREATE (a {numbers: [1]}) SET a.numbers = a.numbers + 2");
  EXPECT_EQ(r.side_effects, Effects(1, 0, 0, 1));
  EXPECT_EQ(Error("MERGE (n {x: null})"), "MergeReadOwnWrites");
  QueryOptions o;
  o.parameters["p"] = Value::Map({});
  EXPECT_EQ(Error("MERGE (n $p)", o), "InvalidParameterUse");
}

TEST_F(WriteTest, SetMapReplacesAndPlusEqualsMerges) {
  Run("CREATE (:X {name: 'A', name2: 'B'})");
  EXPECT_EQ(Q("MATCH (n:X) SET n += {name2: 'C', extra: 1} RETURN n"),
            Lines{"(:X {name: 'A', name2: 'C', extra: 1})"});
  QueryResult r = Run("MATCH (n:X) SET n = {name: 'B'} RETURN n");
  EXPECT_EQ(Rows(graph_, r), Lines{"(:X {name: 'B'})"});
  EXPECT_EQ(r.side_effects.properties_removed, 3);
  EXPECT_EQ(r.side_effects.properties_set, 1);
}

TEST_F(WriteTest, RemoveLabelsAndProperties) {
  Run("CREATE (:A:B {x: 1, y: 2})");
  QueryResult r = Run("MATCH (n:A) REMOVE n:B, n.x RETURN n");
  EXPECT_EQ(Rows(graph_, r), Lines{"(:A {y: 2})"});
  EXPECT_EQ(r.side_effects.labels_removed, 1);
  EXPECT_EQ(r.side_effects.properties_removed, 1);
}

TEST_F(WriteTest, DeleteConnectedNodeFailsAndLeavesTheGraphAlone) {
  Run("CREATE (:A {x: 1})-[:T]->(:B)");
  std::string before = CanonicalDump(graph_);
  EXPECT_EQ(Error("MATCH (n) SET n.y = 5 WITH n DELETE n"),
            "DeleteConnectedNode");
  EXPECT_EQ(CanonicalDump(graph_), before);
  QueryResult r = Run("MATCH (n:A) DETACH DELETE n");
  EXPECT_EQ(r.side_effects.nodes_deleted, 1);
  EXPECT_EQ(r.side_effects.relationships_deleted, 1);
  EXPECT_EQ(r.side_effects.properties_removed, 1);
  EXPECT_EQ(Q("MATCH (n) RETURN labels(n)"), Lines{"['B']"});
}

TEST_F(WriteTest, FailingStatementRollsBackCreates) {
  EXPECT_EQ(Error("UNWIND [1, 2, 0] AS x CREATE (:N {v: 1 / x})"),
            "DivisionByZero");
  EXPECT_EQ(graph_.node_count(), 0u);
}

// RETURN runs after every MERGE row (the clause is eager), so both rows of
// the node merged twice see ON MATCH's property.
TEST_F(WriteTest, MergeMatchesOrCreatesOncePerDistinctRow) {
  QueryResult r =
      Run("UNWIND [1, 1, 2] AS x MERGE (n:N {v: x}) ON CREATE SET n.new = true "
          "ON MATCH SET n.seen = true RETURN n.v, n.new, n.seen");
  EXPECT_EQ(Rows(graph_, r),
            (Lines{"1 | true | true", "1 | true | true", "2 | true | null"}));
  EXPECT_EQ(r.side_effects.nodes_created, 2);
  Run("MATCH (a:N {v: 1}), (b:N {v: 2}) MERGE (a)-[:R]->(b)");
  r = Run("MATCH (a:N {v: 1}), (b:N {v: 2}) MERGE (a)-[:R]->(b)");
  EXPECT_EQ(r.side_effects, SideEffects());
  EXPECT_EQ(Q("MATCH ()-[r:R]->() RETURN count(r)"), Lines{"1"});
}

TEST_F(WriteTest, LimitZeroStillPerformsTheWrites) {
  QueryResult r = Run("UNWIND range(1, 5) AS i CREATE (n:N) RETURN n LIMIT 0");
  EXPECT_TRUE(r.rows.empty());
  EXPECT_EQ(r.side_effects.nodes_created, 5);
}

TEST_F(WriteTest, CreateErrorsAreSemantic) {
  EXPECT_EQ(Error("CREATE (a)-[:A|B]->(b)"), "NoSingleRelationshipType");
  EXPECT_EQ(Error("CREATE (a)-[:A]-(b)"), "RequiresDirectedRelationship");
  EXPECT_EQ(Error("CREATE (a)-[:A*2]->(b)"), "CreatingVarLength");
  EXPECT_EQ(Error("MATCH (a) CREATE (a)"), "VariableAlreadyBound");
  EXPECT_EQ(Error("MATCH (n) DELETE n:Person"), "InvalidDelete");
}

}  // namespace
}  // namespace kg::query
