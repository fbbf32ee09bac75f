// Tests of the Gherkin reader: structure, outline expansion, doc strings,
// tables and Cucumber's cell escapes; and a sweep that every TCK feature file
// reads.
#include "tests/tck/gherkin.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace kg::tck {
namespace {

using ::testing::ElementsAre;

constexpr char kFeature[] = R"(#
# A licence header.
@featuretag
Feature: Demo - a description
  Some free text about the feature.

  Background:
    Given an empty graph

  @skip
  Scenario: [1] Plain
    And having executed:
      """
      CREATE (:A {name: 'x'})
        # not a comment: doc strings keep every line
      """
    When executing query:
      """
      MATCH (n) RETURN n
      """
    Then the result should be, in any order:
      | n                      |
      # a comment between rows
      | (:A {name: 'x'})       |
    And no side effects

  Scenario Outline: [2] Outline <name>
    When executing query:
      """
      RETURN <expr> AS v
      """
    Then the result should be, in order:
      | v        |
      | <result> |

    Examples:
      | name  | expr  | result |
      | one   | 1     | 1      |
      | two   | 1 + 1 | 2      |

    @extra
    Examples:
      | name  | expr | result |
      | three | 3    | 3      |
)";

TEST(GherkinTest, ReadsScenariosWithTheBackgroundFirst) {
  auto scenarios = ReadFeature(kFeature);
  ASSERT_TRUE(scenarios.ok()) << scenarios.status();
  ASSERT_EQ(scenarios->size(), 4u);
  const Scenario& plain = (*scenarios)[0];
  EXPECT_EQ(plain.feature, "Demo - a description");
  EXPECT_EQ(plain.name, "[1] Plain");
  EXPECT_EQ(plain.line, 11);
  EXPECT_THAT(plain.tags, ElementsAre("featuretag", "skip"));
  ASSERT_EQ(plain.steps.size(), 5u);
  EXPECT_EQ(plain.steps[0].keyword, "Given");
  EXPECT_EQ(plain.steps[0].text, "an empty graph");
  EXPECT_EQ(plain.steps[1].text, "having executed:");
  EXPECT_EQ(plain.steps[1].doc_string,
            "CREATE (:A {name: 'x'})\n  # not a comment: doc strings keep "
            "every line");
  EXPECT_EQ(plain.steps[3].keyword, "Then");
  EXPECT_THAT(plain.steps[3].table,
              ElementsAre(ElementsAre("n"), ElementsAre("(:A {name: 'x'})")));
  EXPECT_EQ(plain.steps[4].text, "no side effects");
  EXPECT_EQ(plain.steps[4].line, 25);
}

TEST(GherkinTest, ExpandsOutlinesOncePerExamplesRow) {
  auto scenarios = ReadFeature(kFeature);
  ASSERT_TRUE(scenarios.ok()) << scenarios.status();
  const Scenario& two = (*scenarios)[2];
  EXPECT_EQ(two.name, "[2] Outline two");
  EXPECT_EQ(two.line, 39);  // its Examples row
  EXPECT_THAT(two.tags, ElementsAre("featuretag"));
  ASSERT_EQ(two.steps.size(), 3u);  // Background, When, Then
  EXPECT_EQ(two.steps[1].doc_string, "RETURN 1 + 1 AS v");
  EXPECT_THAT(two.steps[2].table,
              ElementsAre(ElementsAre("v"), ElementsAre("2")));
  const Scenario& three = (*scenarios)[3];
  EXPECT_EQ(three.name, "[2] Outline three");
  EXPECT_THAT(three.tags, ElementsAre("featuretag", "extra"));
  EXPECT_EQ(three.steps[1].doc_string, "RETURN 3 AS v");
}

TEST(GherkinTest, LeavesUnboundAnglesAlone) {
  auto scenarios = ReadFeature(R"(Feature: F
  Scenario Outline: S
    When executing query:
      """
      MATCH (a)<-[:T]-(b) WHERE a.x <> <v> RETURN a
      """
    Examples:
      | v |
      | 1 |
)");
  ASSERT_TRUE(scenarios.ok()) << scenarios.status();
  EXPECT_EQ((*scenarios)[0].steps[0].doc_string,
            "MATCH (a)<-[:T]-(b) WHERE a.x <> 1 RETURN a");
}

TEST(GherkinTest, CellsUnescapeLikeCucumber) {
  EXPECT_THAT(SplitTableRow(R"(  | a | b\|c | '\'' | 'x\\\\y' | a\nb |  )"),
              ElementsAre("a", "b|c", R"('\'')", R"('x\\y')", "a\nb"));
  EXPECT_THAT(SplitTableRow("| |"), ElementsAre(""));
  EXPECT_TRUE(SplitTableRow("no table").empty());
}

TEST(GherkinTest, RefusesAStepOutsideAScenario) {
  auto scenarios = ReadFeature("Feature: F\n  Given an empty graph\n");
  EXPECT_FALSE(scenarios.ok());
  EXPECT_EQ(scenarios.status().message(), "line 2: a step outside a scenario");
}

TEST(GherkinTest, RefusesAnOutlineWithoutExamples) {
  auto scenarios =
      ReadFeature("Feature: F\n  Scenario Outline: S\n    Given any graph\n");
  EXPECT_FALSE(scenarios.ok());
  EXPECT_EQ(scenarios.status().message(),
            "line 2: Scenario Outline without Examples");
}

TEST(GherkinTest, EveryTckFeatureFileReads) {
  const char* env = std::getenv("KG_TCK_DIR");
  const std::filesystem::path features =
      std::filesystem::path(env ? env : KG_SOURCE_DIR "/../shared/tck") /
      "features";
  std::error_code error;
  if (!std::filesystem::is_directory(features, error)) {
    GTEST_SKIP() << "no TCK at " << features;
  }
  size_t files = 0, scenarios = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(features)) {
    if (entry.path().extension() != ".feature") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    auto read = ReadFeature(text.str());
    ASSERT_TRUE(read.ok()) << entry.path() << ": " << read.status();
    ++files;
    scenarios += read->size();
    for (const Scenario& s : *read) {
      for (const Step& step : s.steps) {
        EXPECT_EQ(step.text.find('<'), std::string::npos)
            << entry.path() << ":" << step.line << " unexpanded: " << step.text;
      }
    }
  }
  EXPECT_GT(files, 200u);
  EXPECT_GT(scenarios, 3000u);
}

}  // namespace
}  // namespace kg::tck
