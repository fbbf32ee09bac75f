// Tests of the scenario runner's decisions that do not depend on what the
// engine computes: which scenarios are skipped and why, and that an error
// without a TCK category never passes an error step.
#include "tests/tck/scenario_runner.h"

#include "gtest/gtest.h"

namespace kg::tck {
namespace {

Scenario Make(std::vector<std::string> tags, std::vector<Step> steps) {
  Scenario s;
  s.tags = std::move(tags);
  s.steps = std::move(steps);
  return s;
}

Step S(std::string text, std::optional<std::string> doc = std::nullopt) {
  Step step;
  step.keyword = "And";
  step.text = std::move(text);
  step.doc_string = std::move(doc);
  return step;
}

TEST(ScenarioRunnerTest, SkipsTaggedScenarios) {
  const Outcome outcome =
      RunScenario(Make({"skipStyleCheck", "ignore"}, {S("any graph")}), {});
  EXPECT_EQ(outcome.verdict, Verdict::kSkipped);
  EXPECT_EQ(outcome.reason, "tagged @ignore");
}

TEST(ScenarioRunnerTest, SkipsUnsupportedStepsWithTheirName) {
  const Outcome outcome = RunScenario(
      Make({}, {S("any graph"),
                S("there exists a procedure test.my.proc(in :: INTEGER?) :: "
                  "(out :: STRING?):")}),
      {});
  EXPECT_EQ(outcome.verdict, Verdict::kSkipped);
  EXPECT_EQ(outcome.reason,
            "unsupported step: there exists a procedure test.my.proc");
}

TEST(ScenarioRunnerTest, AScenarioWithoutQueriesPasses) {
  EXPECT_EQ(RunScenario(Make({}, {S("an empty graph")}), {}).verdict,
            Verdict::kPassed);
}

TEST(ScenarioRunnerTest, AResultStepBeforeAnyQueryFails) {
  const Outcome outcome = RunScenario(
      Make({}, {S("any graph"), S("the result should be empty")}), {});
  EXPECT_EQ(outcome.verdict, Verdict::kFailed);
  EXPECT_EQ(outcome.reason, "a result step before any query");
}

TEST(ScenarioRunnerTest, AMissingNamedGraphFails) {
  RunConfig config;
  config.graphs_dir = "/nonexistent";
  const Outcome outcome =
      RunScenario(Make({}, {S("the nowhere graph")}), config);
  EXPECT_EQ(outcome.verdict, Verdict::kFailed);
  EXPECT_EQ(outcome.reason,
            "loading graph nowhere failed: NOT_FOUND: no graph file "
            "/nonexistent/nowhere/nowhere.cypher");
}

// A query with an undefined variable must fail in any engine; the error step
// passes only when the Status names a category, and `*` accepts any one.
TEST(ScenarioRunnerTest, AnyCategoryStillNeedsACategory) {
  const Outcome outcome = RunScenario(
      Make({}, {S("any graph"), S("executing query:", "RETURN x"),
                S("a SyntaxError should be raised at compile time: *")}),
      {});
  if (outcome.verdict == Verdict::kFailed) {
    EXPECT_TRUE(outcome.missing_category) << outcome.reason;
    EXPECT_EQ(outcome.reason,
              "expected SyntaxError at compile time: *; got an error without "
              "a category");
  } else {
    EXPECT_EQ(outcome.verdict, Verdict::kPassed);
  }
}

}  // namespace
}  // namespace kg::tck
