// Tests of the TCK value notation: each form parses to what it says, prints
// back canonically, converts to a parameter Value, and every expected cell
// and parameter of the TCK itself parses.
#include "tests/tck/tck_value.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "tests/tck/canonical.h"
#include "tests/tck/gherkin.h"

namespace kg::tck {
namespace {

std::string Canon(std::string_view text, bool sort_lists = false) {
  auto v = ParseTckValue(text);
  if (!v.ok()) return "ERROR " + std::string(v.status().message());
  return Canonical(*v, sort_lists);
}

TEST(TckValueTest, Scalars) {
  const struct {
    const char* text;
    const char* canonical;
  } kCases[] = {
      {"null", "null"},
      {"true", "true"},
      {" false ", "false"},
      {"42", "42"},
      {"-9223372036854775808", "-9223372036854775808"},
      {"1.0", "1.0"},
      {"-0.0", "0.0"},
      {"1e-5", "1e-05"},
      {".5", "0.5"},
      {"1.2635418652381264e305", "1.2635418652381264e+305"},
      {"NaN", "NaN"},
      {"Inf", "Infinity"},
      {"-Inf", "-Infinity"},
      {"'it\\'s'", "'it\\'s'"},
      {"'a\\\\b'", "'a\\\\b'"},
      {"'\\u00e9'", "'\xc3\xa9'"},
      {"\"double\"", "'double'"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Canon(c.text), c.canonical) << c.text;
  }
}

TEST(TckValueTest, IntegersAndFloatsStayApart) {
  auto one = ParseTckValue("1");
  auto one_float = ParseTckValue("1.0");
  ASSERT_TRUE(one.ok() && one_float.ok());
  EXPECT_EQ(one->kind, TckValue::Kind::kInt);
  EXPECT_EQ(one_float->kind, TckValue::Kind::kFloat);
  EXPECT_NE(Canonical(*one), Canonical(*one_float));
}

TEST(TckValueTest, Containers) {
  EXPECT_EQ(Canon("[]"), "[]");
  EXPECT_EQ(Canon("[1, [2, 'x'], null]"), "[1, [2, 'x'], null]");
  EXPECT_EQ(Canon("{b: 1, a: [true]}"), "{a: [true], b: 1}");
  EXPECT_EQ(Canon("{``: 0, `a b`: 1}"), "{``: 0, `a b`: 1}");
  EXPECT_EQ(Canon("{}"), "{}");
}

TEST(TckValueTest, ListsSortOnlyWhenAsked) {
  EXPECT_EQ(Canon("[3, 1, [2, 0]]"), "[3, 1, [2, 0]]");
  EXPECT_EQ(Canon("[3, 1, [2, 0]]", true), "[1, 3, [0, 2]]");
}

TEST(TckValueTest, GraphElements) {
  EXPECT_EQ(Canon("()"), "()");
  EXPECT_EQ(Canon("(:B:A {name: 'x', age: 1})"), "(:A:B {age: 1, name: 'x'})");
  EXPECT_EQ(Canon("[:T]"), "[:T]");
  EXPECT_EQ(Canon("[:T {k: 1.5}]"), "[:T {k: 1.5}]");
  EXPECT_EQ(Canon("<()>"), "<()>");
  EXPECT_EQ(Canon("<(:A)-[:T]->(:B)<-[:U {k: 1}]-()>"),
            "<(:A)-[:T]->(:B)<-[:U {k: 1}]-()>");
  EXPECT_EQ(Canon("[<(:A)-[:T]->(:B)>, (:C)]"), "[<(:A)-[:T]->(:B)>, (:C)]");
}

TEST(TckValueTest, MalformedCellsAreRefused) {
  for (const char* text :
       {"", "'open", "[1, 2", "{a 1}", "(:A", "1 2", "{a: 1, a: 2}",
        "<(:A)-[:T]-(:B)>", "Info", "x", "99999999999999999999"}) {
    EXPECT_FALSE(ParseTckValue(text).ok()) << text;
  }
}

TEST(TckValueTest, ParametersBecomeValues) {
  auto v = ParseTckValue("{list: [1, 2.5, 'a', null], flag: true}");
  ASSERT_TRUE(v.ok());
  auto value = ToValue(*v);
  ASSERT_TRUE(value.ok()) << value.status();
  EXPECT_EQ(value->ToString(), "{flag: true, list: [1, 2.5, 'a', null]}");
  auto node = ParseTckValue("(:A)");
  ASSERT_TRUE(node.ok());
  EXPECT_FALSE(ToValue(*node).ok());
}

// Every cell of every result table and parameter table of the TCK parses
// (side-effect tables hold names, not values, and are left out).
TEST(TckValueTest, EveryTckCellParses) {
  const char* env = std::getenv("KG_TCK_DIR");
  const std::filesystem::path features =
      std::filesystem::path(env ? env : KG_SOURCE_DIR "/../shared/tck") /
      "features";
  std::error_code error;
  if (!std::filesystem::is_directory(features, error)) {
    GTEST_SKIP() << "no TCK at " << features;
  }
  size_t cells = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(features)) {
    if (entry.path().extension() != ".feature") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    auto scenarios = ReadFeature(text.str());
    ASSERT_TRUE(scenarios.ok()) << entry.path();
    for (const Scenario& s : *scenarios) {
      for (const Step& step : s.steps) {
        const bool result = absl::StartsWith(step.text, "the result should be");
        const bool params = step.text == "parameters are:";
        if (!result && !params) continue;
        for (size_t r = result ? 1 : 0; r < step.table.size(); ++r) {
          for (size_t c = params ? 1 : 0; c < step.table[r].size(); ++c) {
            ++cells;
            EXPECT_TRUE(ParseTckValue(step.table[r][c]).ok())
                << entry.path() << ":" << step.line << " "
                << ParseTckValue(step.table[r][c]).status();
          }
        }
      }
    }
  }
  EXPECT_GT(cells, 5000u);
}

}  // namespace
}  // namespace kg::tck
