// Sweeps the openCypher TCK through the parser: every query of every
// scenario (setup queries included, Scenario Outlines expanded from their
// Examples) must parse, except those whose scenario expects a SyntaxError of
// a syntax-level category at compile time, which must be refused with that
// category. Semantic errors (UndefinedVariable, ...) are the binder's to
// find, so those queries must parse. Skipped when the TCK is absent; prints
// its counts and every failure.
#include <iostream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "query/parser.h"
#include "tests/query/tck_reader.h"

namespace kg::query {
namespace {

TEST(TckSweepTest, SyntaxErrorsAreRefusedAndEverythingElseParses) {
  size_t file_count = 0;
  const std::vector<tck::TckQuery> queries = tck::ReadTck(&file_count);
  if (queries.empty()) GTEST_SKIP() << "no TCK at " << tck::TckDir();

  int should_parse = 0, parsed = 0, should_fail = 0, refused = 0;
  int category_matches = 0;
  std::vector<std::string> failures;
  for (const tck::TckQuery& q : queries) {
    auto result = Parse(q.text);
    if (q.category.empty()) {
      ++should_parse;
      if (result.ok()) {
        ++parsed;
      } else {
        failures.push_back("should parse: " + q.where + "\n    " +
                           std::string(result.status().message()) + "\n" +
                           q.text);
      }
    } else {
      ++should_fail;
      if (!result.ok()) {
        ++refused;
        if (GetCategory(result.status()) == q.category) {
          ++category_matches;
        } else {
          failures.push_back("category " +
                             GetCategory(result.status()).value_or("?") +
                             " instead of " + q.category + ": " + q.where +
                             "\n    " + std::string(result.status().message()));
        }
      } else {
        failures.push_back("should fail (" + q.category + "): " + q.where +
                           "\n" + q.text);
      }
    }
  }
  std::cout << "TCK sweep: " << file_count << " feature files, "
            << queries.size() << " queries\n"
            << "  parsed: " << parsed << " of " << should_parse << "\n"
            << "  refused with a syntax error: " << refused << " of "
            << should_fail << " (category as expected: " << category_matches
            << ")\n";
  for (const std::string& f : failures) std::cout << f << "\n";

  ASSERT_GT(should_parse, 1000);
  EXPECT_GE(parsed, should_parse * 99 / 100);
  EXPECT_EQ(refused, should_fail);
  EXPECT_EQ(category_matches, refused);
}

}  // namespace
}  // namespace kg::query
