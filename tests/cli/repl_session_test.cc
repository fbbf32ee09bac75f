// The shell's behaviour without a terminal: statements across lines,
// :commands, errors with positions, hints, and completion candidates.
#include "cli/repl_session.h"

#include <sstream>

#include "cli/completion.h"
#include "cli/hints.h"
#include "cli/name_scan.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace kg::cli {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

class ReplSessionTest : public ::testing::Test {
 protected:
  void Feed(const std::string& text) {
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) session_.FeedLine(line);
  }
  // Output so far, then cleared.
  std::string Out() {
    std::string s = out_.str();
    out_.str("");
    return s;
  }
  std::string Err() {
    std::string s = err_.str();
    err_.str("");
    return s;
  }

  std::ostringstream out_, err_;
  ReplSession session_{Graph(), "", "stdin", out_, err_};
};

TEST_F(ReplSessionTest, AStatementRunsWhenItsSemicolonArrives) {
  session_.FeedLine(":timing off");
  session_.FeedLine("RETURN 1");
  EXPECT_TRUE(session_.continuing());
  EXPECT_EQ(Out(), "");
  session_.FeedLine("  AS one; RETURN 2 AS two;");
  EXPECT_FALSE(session_.continuing());
  EXPECT_EQ(Out(),
            "+-----+\n| one |\n+-----+\n| 1   |\n+-----+\n1 row\n"
            "+-----+\n| two |\n+-----+\n| 2   |\n+-----+\n1 row\n");
  EXPECT_EQ(Err(), "");
}

TEST_F(ReplSessionTest, SemicolonsInStringsAndCommentsDoNotEndAStatement) {
  Feed(":format csv\nRETURN 'a;b' AS s // ; not yet\n/* ; */ ;\n");
  EXPECT_EQ(Out(), "s\na;b\n");
  EXPECT_FALSE(session_.continuing());
}

TEST_F(ReplSessionTest, WritesChangeTheGraphAndParamsAreCypherValues) {
  Feed(
      ":format csv\n"
      "CREATE (:Agency {name: 'NASA'}), (:Agency {name: 'Roscosmos'});\n"
      ":param who 'NASA'\n"
      "MATCH (a:Agency {name: $who}) RETURN a.name AS name;\n"
      ":params\n");
  EXPECT_EQ(Out(), "name\nNASA\n$who = 'NASA'\n");
  EXPECT_EQ(Err(),
            "0 rows; created 2 nodes, added 1 label, set 2 properties\n");
  EXPECT_EQ(session_.graph().node_count(), 2u);
}

TEST_F(ReplSessionTest, ErrorsNameTheInputLineAndShowACaret) {
  Feed("RETURN 1 AS one;\n\nRETURN [1,\n  2 AS two;\n");
  EXPECT_EQ(Err(),
            "kg: error: [Neo.ClientError.Statement.SyntaxError: "
            "UnexpectedSyntax] stdin:4:5: syntax error: expected ']' but found "
            "'AS'\n    2 AS two;\n      ^\n");
  EXPECT_TRUE(session_.failed());
}

TEST_F(ReplSessionTest, ShellErrorsNameTheLineWithinTheStatement) {
  session_.set_statement_lines(true);
  Feed(
      "RETURN 1 AS one;\nRETURN 2 AS two;\n\nRETURN 3 AS x; MATCH (n)\n"
      "WHERE n.x = 1\nRETURN n n;\n");
  EXPECT_EQ(
      Err(),
      "kg: error: [Neo.ClientError.Statement.SyntaxError: "
      "UnexpectedSyntax] stdin:3:10: syntax error: expected end of input but "
      "found 'n'\n  RETURN n n\n           ^\n");
}

TEST_F(ReplSessionTest, AMisspeltLabelGetsAHint) {
  Feed(
      "CREATE (:Agency {name: 'NASA'})-[:BASED_IN]->(:Country);\n"
      "MATCH (a:Agncy)-[:BASED_INN]->(c) RETURN a.nmae;\n");
  EXPECT_EQ(
      Err(),
      "hint: label :Agncy is not in the graph; did you mean :Agency?\n"
      "hint: relationship type :BASED_INN is not in the graph; did you "
      "mean :BASED_IN?\n"
      "hint: property key nmae is not in the graph; did you mean name?\n");
}

TEST_F(ReplSessionTest, AMisspeltFunctionGetsAHint) {
  Feed("RETURN toLowr('A');\n");
  EXPECT_THAT(Err(), HasSubstr("hint: there is no function toLowr(); did you "
                               "mean toLower()?\n"));
}

TEST_F(ReplSessionTest, CommandsAreCheckedAndSuggested) {
  Feed(":fromat csv\n:format xml\n:timing maybe\n");
  EXPECT_EQ(Err(),
            "kg: error: unknown command :fromat; did you mean :format? (:help "
            "lists them)\n"
            "kg: error: usage: :format table|json|jsonl|csv|dot\n"
            "kg: error: usage: :timing on|off\n");
  Feed(":quit\n");
  EXPECT_TRUE(session_.quit());
}

TEST_F(ReplSessionTest, SchemaListsLabelsTypesPatternsAndKeys) {
  Feed("CREATE (:Person {name: 'A'})-[:WORKS_FOR]->(:Agency {name: 'B'});\n");
  Out();
  Feed(":schema\n");
  EXPECT_EQ(Out(),
            "2 nodes, 1 relationships\n"
            "Labels\n  Agency  1\n  Person  1\n"
            "Relationship types\n  WORKS_FOR  1\n"
            "Patterns (first labels)\n  (:Person)-[:WORKS_FOR]->(:Agency)  1\n"
            "Property keys\n  name\n");
}

TEST_F(ReplSessionTest, EndOfInputRunsAStatementWithoutSemicolon) {
  Feed(":format csv\nRETURN 5 AS five");
  EXPECT_EQ(Out(), "");
  session_.Finish();
  EXPECT_EQ(Out(), "five\n5\n");
}

TEST_F(ReplSessionTest, ClearPendingForgetsTheOpenStatement) {
  Feed(":format csv\nRETURN 1 +\n");
  session_.ClearPending();
  Feed("RETURN 2 AS two;\n");
  EXPECT_EQ(Out(), "two\n2\n");
  EXPECT_EQ(Err(), "");
}

class CompletionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    query::Engine engine(&graph_);
    ASSERT_TRUE(engine
                    .Execute("CREATE (:Agency {name: 'NASA', country: 'US'})"
                             "-[:BASED_IN]->(:Country {name: 'United States'})")
                    .ok());
  }
  std::vector<std::string> Candidates(std::string_view line,
                                      std::string_view pending = "") {
    return Complete(graph_, pending, line).candidates;
  }
  Graph graph_;
};

TEST_F(CompletionTest, LabelsInNodesTypesInRelationships) {
  EXPECT_THAT(Candidates("MATCH (a:A"), ElementsAre("Agency"));
  EXPECT_THAT(Candidates("MATCH (a:"), ElementsAre("Agency", "Country"));
  EXPECT_THAT(Candidates("MATCH (a)-[:B"), ElementsAre("BASED_IN"));
  EXPECT_THAT(Candidates("MATCH (a)-[:", "MATCH (x)\n"),
              ElementsAre("BASED_IN"));
}

TEST_F(CompletionTest, KeysAfterADotKeywordsAndFunctionsElsewhere) {
  EXPECT_THAT(Candidates("RETURN a.c"), ElementsAre("country"));
  EXPECT_THAT(Candidates("MAT"), ElementsAre("MATCH"));
  EXPECT_THAT(Candidates("mat"), ElementsAre("match"));
  EXPECT_THAT(Candidates("RETURN toLo"), ElementsAre("toLower("));
  EXPECT_THAT(Candidates("RETURN "), IsEmpty());
}

TEST_F(CompletionTest, ShellCommandsAndTheirArguments) {
  EXPECT_THAT(Candidates(":sc"), ElementsAre(":schema "));
  EXPECT_THAT(Candidates(":format j"), ElementsAre("json", "jsonl"));
  EXPECT_EQ(CommonPrefix({"json", "jsonl"}), "json");
}

TEST(NameScanTest, FindsLabelsTypesKeysAndFunctions) {
  std::vector<std::string> seen;
  for (const NameRef& r :
       ScanNames("MATCH (a:Agency {name: 'x:y'})-[r:A|B]->(b) // :Not\n"
                 "WHERE b:Country AND size(a.name) > 1 "
                 "RETURN [x IN range(1, 2) | x.k], $p.q")) {
    if (r.kind == NameKind::kWord) continue;
    seen.push_back(std::to_string(static_cast<int>(r.kind)) + r.name);
  }
  EXPECT_THAT(seen, ElementsAre("0Agency", "2name", "1A", "1B", "0Country",
                                "3size", "2name", "3range", "2k", "2q"));
}

}  // namespace
}  // namespace kg::cli
