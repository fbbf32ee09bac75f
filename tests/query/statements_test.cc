#include "query/statements.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query/parser.h"

namespace kg::query {
namespace {

std::vector<std::string> Texts(std::string_view script) {
  std::vector<std::string> out;
  for (const StatementText& s : SplitStatements(script)) {
    out.emplace_back(s.text);
  }
  return out;
}

TEST(SplitStatementsTest, SplitsAtTopLevelSemicolonsOnly) {
  EXPECT_THAT(
      Texts("RETURN 1; RETURN ';' AS s;\nRETURN `a;b`"),
      ::testing::ElementsAre("RETURN 1", "RETURN ';' AS s", "RETURN `a;b`"));
}

TEST(SplitStatementsTest, CommentsAndEmptyStatementsAreDropped) {
  EXPECT_THAT(Texts("// one; two\n;;  /* x; */ RETURN 1 // end;\n;"),
              ::testing::ElementsAre("RETURN 1"));
  EXPECT_THAT(Texts("  \n// nothing\n"), ::testing::IsEmpty());
}

TEST(SplitStatementsTest, RemembersWhereEachStatementStarts) {
  auto s = SplitStatements("RETURN 1;\n\n  MATCH (n)\nRETURN n;");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1].start.line, 3u);
  EXPECT_EQ(s[1].start.column, 3u);
  EXPECT_EQ(s[1].start.offset, 13u);
  EXPECT_EQ(s[1].text, "MATCH (n)\nRETURN n");
}

TEST(SplitStatementsTest, UnterminatedStringEndsAtTheNextSemicolon) {
  EXPECT_THAT(Texts("RETURN 1; RETURN 'open; RETURN 2;\n"),
              ::testing::ElementsAre("RETURN 1", "RETURN 'open", "RETURN 2"));
}

TEST(SplitStatementsTest, LexicalErrorEndsAtTheNextSemicolon) {
  auto s = SplitStatements("RETURN 1 AS a; RETURN $; RETURN 2 AS b;");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[1].text, "RETURN $");
  EXPECT_EQ(s[2].text, "RETURN 2 AS b");
  EXPECT_EQ(s[2].start.offset, 25u);
  EXPECT_EQ(s[2].start.column, 26u);
}

TEST(SplitStatementsTest, InvalidUtf8EndsAtTheNextSemicolon) {
  auto s = SplitStatements("RETURN '\xff';\nRETURN \xfe\xfe;\nRETURN 2;");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].text, "RETURN '\xff'");
  EXPECT_EQ(s[1].text, "RETURN \xfe\xfe");
  EXPECT_EQ(s[2].text, "RETURN 2");
  EXPECT_EQ(s[2].start.line, 3u);
  EXPECT_EQ(s[2].start.column, 1u);
}

TEST(SplitStatementsTest, ErrorInsideAStringKeepsItsSemicolons) {
  EXPECT_THAT(Texts("RETURN 'a\\qb;c' AS x; RETURN 2;"),
              ::testing::ElementsAre("RETURN 'a\\qb;c' AS x", "RETURN 2"));
}

TEST(InScriptTest, ErrorPositionsMoveToScriptCoordinates) {
  auto s = SplitStatements("RETURN 1;\nRETURN 2;\n  RETURN (3;");
  ASSERT_EQ(s.size(), 3u);
  auto parsed = Parse(s[2].text);
  ASSERT_FALSE(parsed.ok());
  absl::Status moved = InScript(parsed.status(), s[2]);
  EXPECT_THAT(std::string(moved.message()), ::testing::StartsWith("3:12: "));
  ASSERT_TRUE(GetSpan(moved).has_value());
  EXPECT_EQ(GetSpan(moved)->line, 3u);
  EXPECT_EQ(GetSpan(moved)->column, 12u);
  EXPECT_EQ(GetCategory(moved), GetCategory(parsed.status()));
}

}  // namespace
}  // namespace kg::query
