// EXPLAIN and PROFILE: which operators the planner picks, as plan text.
#include "gmock/gmock.h"
#include "re2/re2.h"
#include "tests/query/engine_test_util.h"

namespace kg::query {
namespace {

using ::testing::HasSubstr;

class PlanTest : public EngineTest {
 protected:
  void SetUp() override {
    Run("CREATE (:Agency {name: 'NASA'})<-[:WORKS_FOR]-(:Person {name: 'Ann'}),"
        " (:Agency {name: 'ESA'}), (:Mission {name: 'Apollo'})");
  }
  // The plan's operators, without the estimates (EstimatesFollowTheData
  // checks those).
  std::string Explain(std::string_view q, const QueryOptions& o = {}) {
    std::string plan = ExplainWithEstimates(q, o);
    RE2::GlobalReplace(&plan, R"(  \(est=[^)]*\))", "");
    return plan;
  }
  std::string ExplainWithEstimates(std::string_view q,
                                   const QueryOptions& o = {}) {
    QueryResult r = Run(std::string("EXPLAIN ") + std::string(q), o);
    EXPECT_TRUE(r.rows.empty());
    return r.plan;
  }
};

TEST_F(PlanTest, EqualityOnNameSeeksTheIndex) {
  EXPECT_EQ(Explain("MATCH (n:Agency {name: 'NASA'}) RETURN n"),
            "Projection $1\n"
            "  IndexSeek (n:Agency {name: 'NASA'})\n"
            "    Argument\n");
  QueryOptions o;
  o.parameters["x"] = Value::String("ESA");
  EXPECT_EQ(Explain("MATCH (n:Agency) WHERE n.name = $x RETURN n", o),
            "Projection $1\n"
            "  Filter n.name = $x\n"
            "    IndexSeek (n:Agency {name: $x})\n"
            "      Argument\n");
}

TEST_F(PlanTest, StartsWithOnNameSeeksARangeOfTheIndex) {
  EXPECT_EQ(Explain("MATCH (n:Agency) WHERE n.name STARTS WITH 'NA' "
                    "RETURN n.name ORDER BY n.name LIMIT 1"),
            "Limit\n"
            "  Sort ASC\n"
            "    Projection $1\n"
            "      Filter n.name STARTS WITH 'NA'\n"
            "        IndexPrefixSeek (n:Agency {name STARTS WITH 'NA'})\n"
            "          Argument\n");
  // An equality is still preferred, and a prefix written first is no seek.
  EXPECT_THAT(Explain("MATCH (n:Agency) WHERE n.name STARTS WITH 'N' AND "
                      "n.name = 'NASA' RETURN n"),
              HasSubstr("IndexSeek (n:Agency {name: 'NASA'})"));
  EXPECT_THAT(Explain("MATCH (n:Agency) WHERE 'NASA' STARTS WITH n.name "
                      "RETURN n"),
              HasSubstr("LabelScan (n:Agency)"));
}

TEST_F(PlanTest, PrefixSeekAnswersAsTheScanDoes) {
  Run("CREATE (:Agency {name: 'NASDA'}), (:Agency {name: 42}), "
      "(:Agency {name: 'nasa'})");
  for (const char* prefix : {"'NAS'", "''", "'NASDAQ'", "'n'", "42", "null"}) {
    std::string seek =
        absl::StrCat("MATCH (n:Agency) WHERE n.name STARTS WITH ", prefix,
                     " RETURN n.name AS name ORDER BY name");
    std::string scan = absl::StrCat(
        "MATCH (n:Agency) WITH n, n.name AS name WHERE name STARTS WITH ",
        prefix, " RETURN name ORDER BY name");
    EXPECT_EQ(Q(seek, true), Q(scan, true)) << prefix;
  }
  EXPECT_EQ(Q("MATCH (n:Agency) WHERE n.name STARTS WITH 'NAS' "
              "RETURN n.name ORDER BY n.name",
              true),
            Lines({"'NASA'", "'NASDA'"}));
}

TEST_F(PlanTest, SeeksWithValuesFromEarlierVariables) {
  EXPECT_EQ(Explain("MATCH (m:Mission), (a:Agency {name: m.name}) RETURN a"),
            "Projection $2\n"
            "  IndexSeek (a:Agency {name: m.name})\n"
            "    LabelScan (m:Mission)\n"
            "      Argument\n");
}

TEST_F(PlanTest, LabelScanElseAllNodes) {
  EXPECT_EQ(Explain("MATCH (n:Mission) RETURN n"),
            "Projection $1\n  LabelScan (n:Mission)\n    Argument\n");
  EXPECT_EQ(Explain("MATCH (n) WHERE n.x = 1 RETURN n"),
            "Projection $1\n  Filter n.x = 1\n    AllNodesScan (n)\n"
            "      Argument\n");
}

TEST_F(PlanTest, ExpandsFromTheSelectiveEndAlongAdjacency) {
  EXPECT_EQ(Explain("MATCH (p:Person)-[:WORKS_FOR]->(a:Agency {name: 'NASA'}) "
                    "RETURN p.name"),
            "Projection $3\n"
            "  Expand (a)<-[:WORKS_FOR]-(p)\n"
            "    IndexSeek (a:Agency {name: 'NASA'})\n"
            "      Argument\n");
}

TEST_F(PlanTest, ProfileRunsAndCountsRows) {
  QueryResult r = Run("PROFILE MATCH (n:Agency) RETURN n.name");
  EXPECT_EQ(r.rows.size(), 2u);
  EXPECT_NE(r.plan.find("LabelScan (n:Agency)  (est=2, rows=2, time="),
            std::string::npos)
      << r.plan;
}

// EXPLAIN gives each step of a MATCH the rows the statistics predict: a
// label scan its label's nodes, an expansion the average degree along its
// type from that label, a count one row; PROFILE prints the actual rows
// beside them.
TEST_F(PlanTest, EstimatesFollowTheData) {
  Run("UNWIND range(1, 8) AS i CREATE (:Person {name: 'P' + i})"
      "-[:WORKS_FOR]->(:Agency {name: 'A' + i})");
  // 9 people, 10 agencies, 9 WORKS_FOR: one per person.
  std::string plan = ExplainWithEstimates(
      "MATCH (p:Person)-[:WORKS_FOR]->(a:Agency) RETURN count(*)");
  for (const char* line :
       {"  (est=1)\n  Aggregate keys: aggregates: $",
        "  (est=1)\n    Expand (p)-[:WORKS_FOR]->(a)  (est=9)\n"
        "      LabelScan (p:Person)  (est=9)\n        Argument  (est=1)\n"}) {
    EXPECT_THAT(plan, HasSubstr(line));
  }
  Run("UNWIND range(1, 27) AS i CREATE (:Person {name: 'Q' + i})");
  EXPECT_THAT(ExplainWithEstimates("MATCH (p:Person) RETURN p"),
              HasSubstr("LabelScan (p:Person)  (est=36)"));
  // Now the agencies are fewer: the plan starts from them.
  QueryResult r =
      Run("PROFILE MATCH (p:Person)-[:WORKS_FOR]->(a:Agency) RETURN count(*)");
  EXPECT_THAT(r.plan, HasSubstr("Expand (a)<-[:WORKS_FOR]-(p)  (est=9, rows=9, "
                                "time="));
  EXPECT_THAT(r.plan, HasSubstr("LabelScan (a:Agency)  (est=10, rows=10, "
                                "time="));
}

TEST_F(PlanTest, ExplainDoesNotWrite) {
  QueryResult r = Run("EXPLAIN CREATE (:New)");
  EXPECT_EQ(r.plan, "Create\n  Argument  (est=1)\n");
  EXPECT_EQ(graph_.node_count(), 4u);
}

}  // namespace
}  // namespace kg::query
