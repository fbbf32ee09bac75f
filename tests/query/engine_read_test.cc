// Read queries end to end: MATCH, WHERE, RETURN, WITH, UNWIND, ORDER BY,
// SKIP/LIMIT, aggregation, OPTIONAL MATCH and UNION, on small graphs made
// with CREATE.
#include "tests/query/engine_test_util.h"

namespace kg::query {
namespace {

class ReadTest : public EngineTest {
 protected:
  void SetUp() override {
    Run("CREATE (nasa:Agency {name: 'NASA', founded: 1958}),"
        " (esa:Agency {name: 'ESA', founded: 1975}),"
        " (a:Person {name: 'Ann', age: 40}), (b:Person {name: 'Bob', age: 30}),"
        " (a)-[:WORKS_FOR {since: 2001}]->(nasa),"
        " (b)-[:WORKS_FOR {since: 2010}]->(esa), (a)-[:KNOWS]->(b)");
  }
};

TEST_F(ReadTest, MatchesByLabelAndProperty) {
  EXPECT_EQ(Q("MATCH (n:Agency {name: 'NASA'}) RETURN n.founded"),
            Lines{"1958"});
  EXPECT_EQ(Q("MATCH (n:Person) RETURN n.name"), (Lines{"'Ann'", "'Bob'"}));
  EXPECT_EQ(Q("MATCH (n) RETURN count(*)"), Lines{"4"});
}

TEST_F(ReadTest, ExpandsInEveryDirection) {
  EXPECT_EQ(Q("MATCH (p)-[:WORKS_FOR]->(a) RETURN p.name, a.name"),
            (Lines{"'Ann' | 'NASA'", "'Bob' | 'ESA'"}));
  EXPECT_EQ(Q("MATCH (a:Agency)<-[r]-(p) RETURN a.name, type(r)"),
            (Lines{"'ESA' | 'WORKS_FOR'", "'NASA' | 'WORKS_FOR'"}));
  EXPECT_EQ(Q("MATCH (:Person {name: 'Bob'})-[:KNOWS]-(x) RETURN x.name"),
            Lines{"'Ann'"});
  EXPECT_EQ(Q("MATCH (a)-->(b)-->(c) RETURN a.name, c.name"),
            Lines{"'Ann' | 'ESA'"});
}

TEST_F(ReadTest, WhereFiltersWithThreeValuedLogic) {
  EXPECT_EQ(Q("MATCH (n:Person) WHERE n.age > 35 RETURN n.name"),
            Lines{"'Ann'"});
  EXPECT_EQ(Q("MATCH (n) WHERE n.age IS NULL RETURN n.name"),
            (Lines{"'ESA'", "'NASA'"}));
  EXPECT_EQ(Q("MATCH (n) WHERE n.name STARTS WITH 'N' OR n.age < 35 "
              "RETURN n.name"),
            (Lines{"'Bob'", "'NASA'"}));
  EXPECT_EQ(Q("MATCH (n) WHERE n.name =~ 'E.A' RETURN n.name"), Lines{"'ESA'"});
}

TEST_F(ReadTest, OrdersSkipsAndLimits) {
  EXPECT_EQ(
      Q("MATCH (n) RETURN n.name ORDER BY n.name DESC SKIP 1 LIMIT 2", true),
      (Lines{"'ESA'", "'Bob'"}));
  EXPECT_EQ(Q("MATCH (n) WITH n ORDER BY n.founded LIMIT 1 RETURN n.name"),
            Lines{"'NASA'"});
}

TEST_F(ReadTest, TopKUnderALimitKeepsTheStableOrderOfTies) {
  // ORDER BY ... LIMIT keeps only the first rows as they come; ties keep
  // their input order, as the full sort does, whatever the limit.
  const char* q =
      "UNWIND range(1, 30) AS i WITH i, i % 3 AS k "
      "RETURN k, i ORDER BY k DESC SKIP 2 LIMIT ";
  std::vector<std::string> all = Q(std::string(q) + "100000", true);
  ASSERT_EQ(all.size(), 28u);
  EXPECT_EQ(all[0], "2 | 8");
  for (int limit : {1, 3, 9, 10, 11, 28}) {
    std::vector<std::string> top =
        Q(std::string(q) + std::to_string(limit), true);
    EXPECT_EQ(top, std::vector<std::string>(all.begin(), all.begin() + limit))
        << limit;
  }
  EXPECT_EQ(Q("UNWIND [2, null, 1] AS x RETURN x ORDER BY x LIMIT 2", true),
            (Lines{"1", "2"}));
}

TEST_F(ReadTest, AggregatesGroupByTheOtherColumns) {
  EXPECT_EQ(Q("MATCH (n) RETURN labels(n)[0] AS l, count(*) AS c, "
              "collect(n.name) AS names ORDER BY l",
              true),
            (Lines{"'Agency' | 2 | ['NASA', 'ESA']",
                   "'Person' | 2 | ['Ann', 'Bob']"}));
  EXPECT_EQ(Q("MATCH (n:Person) RETURN avg(n.age), min(n.age), max(n.age), "
              "sum(n.age)"),
            Lines{"35.0 | 30 | 40 | 70"});
  EXPECT_EQ(Q("MATCH (n:Nothing) RETURN count(n), sum(n.x), collect(n)"),
            Lines{"0 | 0 | []"});
  EXPECT_EQ(Q("UNWIND [1, 1, 2, null] AS x RETURN count(DISTINCT x)"),
            Lines{"2"});
  EXPECT_EQ(Q("MATCH (n:Person) RETURN n.name, count(*) + 1 AS c"),
            (Lines{"'Ann' | 2", "'Bob' | 2"}));
}

TEST_F(ReadTest, OptionalMatchFillsNulls) {
  EXPECT_EQ(Q("MATCH (a:Agency) OPTIONAL MATCH (a)-[:KNOWS]->(x) "
              "RETURN a.name, x"),
            (Lines{"'ESA' | null", "'NASA' | null"}));
  EXPECT_EQ(Q("MATCH (p:Person) OPTIONAL MATCH (p)-[:KNOWS]->(x) "
              "RETURN p.name, x.name"),
            (Lines{"'Ann' | 'Bob'", "'Bob' | null"}));
}

TEST_F(ReadTest, UnionRemovesDuplicatesUnionAllKeepsThem) {
  EXPECT_EQ(Q("RETURN 1 AS x UNION RETURN 1 AS x"), Lines{"1"});
  EXPECT_EQ(Q("RETURN 1 AS x UNION ALL RETURN 1 AS x"), (Lines{"1", "1"}));
}

TEST_F(ReadTest, UnwindAndWithChains) {
  EXPECT_EQ(
      Q("UNWIND [3, 1, 2] AS x WITH x WHERE x > 1 RETURN x ORDER BY x", true),
      (Lines{"2", "3"}));
  EXPECT_EQ(Q("WITH 1 AS a, 2 AS b RETURN a + b AS s"), Lines{"3"});
  EXPECT_EQ(Q("MATCH (n:Person) WITH count(*) AS c RETURN c"), Lines{"2"});
}

TEST_F(ReadTest, DistinctAndReturnStar) {
  EXPECT_EQ(Q("MATCH (n)-->() RETURN DISTINCT n.name"),
            (Lines{"'Ann'", "'Bob'"}));
  QueryResult r =
      Run("MATCH (a:Agency {name: 'ESA'}) WITH a, 1 AS one "
          "RETURN *");
  EXPECT_EQ(r.columns, (std::vector<std::string>{"a", "one"}));
}

TEST_F(ReadTest, ReadOnlyStatementsInternNothing) {
  size_t keys = graph_.key_count();
  EXPECT_EQ(Q("MATCH (n {nosuchkey: 1}) RETURN n.otherkey"), Lines{});
  EXPECT_EQ(Q("WITH {fresh: 1} AS m RETURN m.fresh, m {.fresh}"),
            Lines{"1 | {fresh: 1}"});
  EXPECT_EQ(graph_.key_count(), keys);
  EXPECT_EQ(Q("MATCH (n:Agency {name: 'ESA'}) SET n += {brandnew: 2} "
              "RETURN n.brandnew"),
            Lines{"2"});
}

TEST_F(ReadTest, ColumnNamesAreTheExpressionText) {
  QueryResult r = Run("MATCH (n:Person) RETURN n.name, n.age AS age LIMIT 1");
  EXPECT_EQ(r.columns, (std::vector<std::string>{"n.name", "age"}));
}

}  // namespace
}  // namespace kg::query
