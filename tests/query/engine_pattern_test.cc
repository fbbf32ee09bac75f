// Patterns beyond one hop: variable length, named paths, shortest paths,
// pattern predicates, pattern comprehensions and EXISTS.
#include "tests/query/engine_test_util.h"

namespace kg::query {
namespace {

// a -> b -> c -> d, and a shortcut a -> c.
class PatternTest : public EngineTest {
 protected:
  void SetUp() override {
    Run("CREATE (a:N {name: 'a'})-[:T]->(b:N {name: 'b'})-[:T]->"
        "(c:N {name: 'c'})-[:T]->(d:N {name: 'd'}), (a)-[:T]->(c)");
  }
};

TEST_F(PatternTest, VariableLengthFollowsTrails) {
  EXPECT_EQ(Q("MATCH ({name: 'a'})-[:T*]->(x) RETURN x.name"),
            (Lines{"'b'", "'c'", "'c'", "'d'", "'d'"}));
  EXPECT_EQ(Q("MATCH ({name: 'a'})-[*2]->(x) RETURN x.name"),
            (Lines{"'c'", "'d'"}));
  EXPECT_EQ(Q("MATCH ({name: 'a'})-[*0..1]->(x) RETURN x.name"),
            (Lines{"'a'", "'b'", "'c'"}));
  EXPECT_EQ(Q("MATCH ({name: 'd'})<-[r*..5]-(x {name: 'a'}) "
              "RETURN size(r)"),
            (Lines{"2", "3"}));
  EXPECT_EQ(Q("MATCH ({name: 'b'})-[*1..]-(x {name: 'b'}) RETURN count(*)"),
            Lines{"2"});
}

// The planner starts at the labelled end and walks the pattern backwards;
// the list and the path still read left to right.
TEST_F(PatternTest, VariableLengthListsKeepPatternOrderWhenWalkedBackwards) {
  Run("CREATE (:Start)-[:S {n: 1}]->()-[:S {n: 2}]->(:End)");
  EXPECT_EQ(Q("MATCH p = (a)-[r:S*2]->(b:End) "
              "RETURN [x IN r | x.n], [x IN relationships(p) | x.n]"),
            Lines{"[1, 2] | [1, 2]"});
}

TEST_F(PatternTest, NamedPathsHoldNodesAndRelationships) {
  EXPECT_EQ(Q("MATCH p = ({name: 'a'})-->({name: 'b'}) RETURN p"),
            Lines{"<(:N {name: 'a'})-[:T]->(:N {name: 'b'})>"});
  EXPECT_EQ(Q("MATCH p = ({name: 'd'})<-[*2]-(x) "
              "RETURN length(p), [n IN nodes(p) | n.name]"),
            (Lines{"2 | ['d', 'c', 'a']", "2 | ['d', 'c', 'b']"}));
}

TEST_F(PatternTest, ShortestPathsByBreadthFirstSearch) {
  EXPECT_EQ(Q("MATCH (a {name: 'a'}), (d {name: 'd'}), "
              "p = shortestPath((a)-[*]->(d)) RETURN length(p)"),
            Lines{"2"});
  EXPECT_EQ(Q("MATCH (b {name: 'b'}), (d {name: 'd'}), "
              "p = allShortestPaths((b)-[*]-(d)) "
              "RETURN [n IN nodes(p) | n.name]"),
            Lines{"['b', 'c', 'd']"});
}

TEST_F(PatternTest, PatternPredicatesAndComprehensions) {
  EXPECT_EQ(Q("MATCH (n:N) WHERE NOT (n)-->() RETURN n.name"), Lines{"'d'"});
  EXPECT_EQ(Q("MATCH (n:N) WHERE exists((n)-->({name: 'c'})) "
              "RETURN n.name"),
            (Lines{"'a'", "'b'"}));
  EXPECT_EQ(Q("MATCH (n {name: 'a'}) "
              "RETURN [(n)-->(m) WHERE m.name > 'b' | m.name]"),
            Lines{"['c']"});
  EXPECT_EQ(Q("MATCH (n) WHERE EXISTS { (n)-->(m) WHERE m.name = 'd' } "
              "RETURN n.name"),
            Lines{"'c'"});
  EXPECT_EQ(Error("MATCH (n) WHERE (n)-->(x) RETURN n"), "UndefinedVariable");
  EXPECT_EQ(Q("MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WITH count(m) AS c "
              "WHERE c > 1 RETURN c } RETURN n.name"),
            Lines{"'a'"});
  EXPECT_EQ(Error("MATCH (n) WHERE EXISTS { MATCH (n) SET n.x = 1 } RETURN n"),
            "InvalidClauseComposition");
}

TEST_F(PatternTest, RelationshipsAreUniqueWithinOneMatch) {
  EXPECT_EQ(Q("MATCH (x)-[r1]-(y)-[r2]-(x) RETURN count(*)"), Lines{"0"});
  EXPECT_EQ(Q("MATCH (x)-->(y) MATCH (y)<--(x) RETURN count(*)"), Lines{"4"});
}

TEST_F(PatternTest, QueryOptionsStopLongQueries) {
  QueryOptions options;
  options.max_rows = 2;
  EXPECT_EQ(engine_.Execute("MATCH (n) RETURN n", options).status().code(),
            absl::StatusCode::kResourceExhausted);
  std::atomic<bool> cancel{true};
  options = QueryOptions();
  options.cancel = &cancel;
  EXPECT_EQ(engine_.Execute("MATCH (n) RETURN n", options).status().code(),
            absl::StatusCode::kCancelled);
  options = QueryOptions();
  options.timeout = absl::Nanoseconds(1);
  EXPECT_EQ(engine_.Execute("UNWIND range(1, 1000000) AS x RETURN x", options)
                .status()
                .code(),
            absl::StatusCode::kDeadlineExceeded);
}

}  // namespace
}  // namespace kg::query
