// Error tables: each bad query and the exact "line:col: message" it gets,
// with the TCK category attached as a payload; plus the payload helpers.
#include <string>

#include "gtest/gtest.h"
#include "query/parser.h"
#include "tests/query/span_printer.h"

namespace kg::query {
namespace {

struct ErrorCase {
  const char* query;
  const char* message;
  const char* category;
};

template <size_t N>
void CheckErrors(const ErrorCase (&cases)[N]) {
  for (const ErrorCase& c : cases) {
    auto result = Parse(c.query);
    ASSERT_FALSE(result.ok()) << "query: " << c.query;
    EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(result.status().message(), c.message) << "query: " << c.query;
    EXPECT_EQ(GetCategory(result.status()).value_or("none"), c.category)
        << "query: " << c.query;
  }
}

TEST(ParserErrorTest, UnexpectedTokensSayWhatWasExpected) {
  static const ErrorCase kCases[] = {
      {"MATCH (n RETURN n",
       "1:10: syntax error: expected ')' but found 'RETURN'",
       "UnexpectedSyntax"},
      {"MATCH (n) RETURN n)",
       "1:19: syntax error: expected end of input but found ')'",
       "UnexpectedSyntax"},
      {"RETURN 1 2", "1:10: syntax error: expected end of input but found '2'",
       "UnexpectedSyntax"},
      {"RETURN 1 +",
       "1:11: syntax error: expected an expression but found end of input",
       "UnexpectedSyntax"},
      {"MATCH (n)\nRETURN n.x +\n  AND",
       "3:3: syntax error: expected an expression but found 'AND'",
       "UnexpectedSyntax"},
      {"",
       "1:1: syntax error: expected a clause such as MATCH, CREATE or "
       "RETURN but found end of input",
       "UnexpectedSyntax"},
      {"SKIP 1",
       "1:1: syntax error: expected a clause such as MATCH, CREATE or "
       "RETURN but found 'SKIP'",
       "UnexpectedSyntax"},
      {"RETURN a IS 1", "1:13: syntax error: expected NULL but found '1'",
       "UnexpectedSyntax"},
      {"MATCH (n) RETURN CASE WHEN n THEN 1",
       "1:36: syntax error: expected END but found end of input",
       "UnexpectedSyntax"},
      {"MERGE (n) ON DELETE SET n.x = 1",
       "1:14: syntax error: expected CREATE or MATCH but found 'DELETE'",
       "UnexpectedSyntax"},
      {"MATCH (n) SET n + 1",
       "1:17: syntax error: expected '=', '+=' or ':' but found '+'",
       "UnexpectedSyntax"},
      {"MATCH (n) SET 1 = 2",
       "1:15: syntax error: expected a property, a variable or labels to set",
       "UnexpectedSyntax"},
      {"MATCH (n) REMOVE n",
       "1:18: syntax error: expected a property or labels to remove",
       "UnexpectedSyntax"},
      {"RETURN [, ]", "1:9: syntax error: expected an expression but found ','",
       "UnexpectedSyntax"},
      {"RETURN [[[]] AS literal",
       "1:14: syntax error: expected ']' but found 'AS'", "UnexpectedSyntax"},
      {"RETURN {k1.k: 1}", "1:11: syntax error: expected ':' but found '.'",
       "UnexpectedSyntax"},
      {"RETURN {1B2c3e67:1}",
       "1:9: syntax error: expected a property key name but found "
       "'1B2c3e67'",
       "UnexpectedSyntax"},
      {"MATCH (return) RETURN 1",
       "1:8: syntax error: expected a variable name but found 'return'",
       "UnexpectedSyntax"},
      {"RETURN 1 = NOT 2",
       "1:12: syntax error: NOT cannot stand here without parentheses",
       "UnexpectedSyntax"},
  };
  CheckErrors(kCases);
}

TEST(ParserErrorTest, PatternsAreExpressionsOnlyInWhere) {
  static const ErrorCase kCases[] = {
      {"MATCH (n) RETURN (n)-[]->()",
       "1:18: syntax error: a pattern can only be used as a predicate in "
       "WHERE; use a pattern comprehension [(a)-->(b) | b] or EXISTS { } "
       "elsewhere",
       "UnexpectedSyntax"},
      {"MATCH (a) RETURN size((a)-->())",
       "1:23: syntax error: a pattern can only be used as a predicate in "
       "WHERE; use a pattern comprehension [(a)-->(b) | b] or EXISTS { } "
       "elsewhere",
       "UnexpectedSyntax"},
  };
  CheckErrors(kCases);
}

TEST(ParserErrorTest, LexicalErrorsKeepTheirPositionAndCategory) {
  static const ErrorCase kCases[] = {
      {"RETURN 'abc", "1:8: syntax error: unterminated string literal",
       "UnexpectedSyntax"},
      {"RETURN \"abc\\q\"", "1:12: syntax error: invalid escape sequence '\\q'",
       "UnexpectedSyntax"},
      {"RETURN '\\uH'", "1:9: syntax error: invalid Unicode escape '\\uH'",
       "InvalidUnicodeLiteral"},
      {"RETURN 9223372h54775808",
       "1:8: syntax error: invalid number literal '9223372h54775808'",
       "InvalidNumberLiteral"},
      {"RETURN 0x", "1:8: syntax error: invalid number literal '0x'",
       "InvalidNumberLiteral"},
      {"RETURN 9223372#54775808",
       "1:15: syntax error: unexpected character '#'", "UnexpectedSyntax"},
      {"RETURN 42 — 41",
       "1:11: syntax error: unexpected character '—' (U+2014)",
       "InvalidUnicodeCharacter"},
      {"RETURN 1.34E999",
       "1:8: syntax error: floating point literal is too large: 1.34E999",
       "FloatingPointOverflow"},
      {"RETURN 1 /* never closed", "1:10: syntax error: unterminated comment",
       "UnexpectedSyntax"},
      {"MATCH (`abc) RETURN 1", "1:8: syntax error: unterminated quoted name",
       "UnexpectedSyntax"},
      {"RETURN 'é', \xFF", "1:13: syntax error: invalid UTF-8 byte 0xFF",
       "InvalidUnicodeCharacter"},
  };
  CheckErrors(kCases);
}

TEST(ParserErrorTest, IntegerOverflowDependsOnTheSign) {
  static const ErrorCase kCases[] = {
      {"RETURN 9223372036854775808",
       "1:8: syntax error: integer is too large: 9223372036854775808",
       "IntegerOverflow"},
      {"RETURN -9223372036854775809",
       "1:8: syntax error: integer is too large: -9223372036854775809",
       "IntegerOverflow"},
      {"RETURN 0x8000000000000000",
       "1:8: syntax error: integer is too large: 0x8000000000000000",
       "IntegerOverflow"},
      {"RETURN -0o1000000000000000000001",
       "1:8: syntax error: integer is too large: -0o1000000000000000000001",
       "IntegerOverflow"},
      {"RETURN 1 - 9223372036854775808",
       "1:12: syntax error: integer is too large: 9223372036854775808",
       "IntegerOverflow"},
      {"MATCH ()-[*99999999999999999999]-() RETURN 1",
       "1:12: syntax error: integer is too large: 99999999999999999999",
       "IntegerOverflow"},
  };
  CheckErrors(kCases);
}

TEST(ParserErrorTest, RelationshipPatternMistakes) {
  static const ErrorCase kCases[] = {
      {"MATCH (a)-[:LIKES..]->(c) RETURN c",
       "1:18: syntax error: a variable-length range needs a '*' before it",
       "InvalidRelationshipPattern"},
      {"MATCH (a)-[:LIKES*-2]->(c) RETURN c",
       "1:19: syntax error: a variable-length bound cannot be negative",
       "InvalidRelationshipPattern"},
      {"MATCH (a)-[r]>(b) RETURN a",
       "1:14: syntax error: expected '-' but found '>'", "UnexpectedSyntax"},
      {"MATCH (a)--> RETURN a",
       "1:14: syntax error: expected '(' but found 'RETURN'",
       "UnexpectedSyntax"},
  };
  CheckErrors(kCases);
}

TEST(ParserErrorTest, YieldStarOnlyInAStandaloneCall) {
  static const ErrorCase kCases[] = {
      {"CALL p() YIELD * RETURN x",
       "1:1: syntax error: YIELD * is only allowed in a CALL standing alone",
       "UnexpectedSyntax"},
  };
  CheckErrors(kCases);
  EXPECT_TRUE(Parse("CALL p() YIELD *").ok());
}

TEST(ParserErrorTest, DepthLimitIsReportedWithPosition) {
  const std::string deep_list(kMaxNestingDepth + 10, '[');
  auto result = Parse("RETURN " + deep_list);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(GetCategory(result.status()).value_or(""), "NestingTooDeep");
  const std::optional<SourceSpan> span = GetSpan(result.status());
  ASSERT_TRUE(span.has_value());
  EXPECT_EQ(span->line, 1u);
  EXPECT_GT(span->column, 8u + kMaxNestingDepth / 2);
  EXPECT_NE(std::string(result.status().message())
                .find("nesting too deep (the limit is 256 levels)"),
            std::string::npos);
  // The limit is generous enough for what people write.
  EXPECT_TRUE(
      Parse("RETURN " + std::string(40, '[') + std::string(40, ']')).ok());
}

TEST(ParserErrorTest, PayloadsRoundTrip) {
  absl::Status status =
      SyntaxError(SourceSpan{12, 3, 2, 5}, ErrorCategory::kIntegerOverflow,
                  "integer is too large: 9e99");
  EXPECT_EQ(status.message(), "2:5: syntax error: integer is too large: 9e99");
  EXPECT_EQ(GetSpan(status), (SourceSpan{12, 3, 2, 5}));
  EXPECT_EQ(GetCategory(status), "IntegerOverflow");
  EXPECT_EQ(GetSpan(absl::InternalError("x")), std::nullopt);
  EXPECT_EQ(GetCategory(absl::InternalError("x")), std::nullopt);

  absl::Status other = absl::InvalidArgumentError("undefined variable x");
  AttachSpan(other, SourceSpan{0, 1, 1, 1});
  AttachCategory(other, "UndefinedVariable");
  EXPECT_EQ(GetSpan(other), (SourceSpan{0, 1, 1, 1}));
  EXPECT_EQ(GetCategory(other), "UndefinedVariable");
  absl::Status ok;
  AttachSpan(ok, SourceSpan{});
  EXPECT_TRUE(ok.ok());
}

}  // namespace
}  // namespace kg::query
