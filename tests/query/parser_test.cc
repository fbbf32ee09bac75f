// Golden tests for the parser: each row is a query and the S-expression
// Dump() of its AST (the forms are listed in query/ast_dump.cc).
#include "query/parser.h"

#include <string>

#include "gtest/gtest.h"

namespace kg::query {
namespace {

struct GoldenCase {
  const char* query;
  const char* dump;
};

std::string ParseAndDump(const std::string& query) {
  auto statement = Parse(query);
  if (!statement.ok()) return std::string(statement.status().message());
  return ast::Dump(**statement);
}

void CheckGolden(const GoldenCase* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    EXPECT_EQ(ParseAndDump(cases[i].query), cases[i].dump)
        << "query: " << cases[i].query;
  }
}

TEST(ParserTest, BasicMatchReturn) {
  static const GoldenCase kCases[] = {
      {"MATCH (n:A) RETURN n.name",
       "(query (match (pattern (node n (labels A)))) (return (item (prop n "
       "name))))"},
  };
  CheckGolden(kCases, std::size(kCases));
}

}  // namespace
}  // namespace kg::query
