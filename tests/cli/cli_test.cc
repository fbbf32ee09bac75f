// End-to-end tests of the kg executable: real binary, real files.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/cli/kg_binary_test.h"
#include "tests/cli/run_process.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using ::kg::testing::ProcessResult;
using ::kg::testing::RunProcess;
using ::testing::HasSubstr;
using ::testing::StartsWith;

const std::string kSyntaxErrorTag =
    "kg: error: [Neo.ClientError.Statement.SyntaxError: UnexpectedSyntax] ";

class CliTest : public ::kg::testing::KgBinaryTest {
 protected:
  // A small graph imported from CSV into small.kg.
  void ImportSmall() {
    Write("n.csv",
          "id:ID,:LABEL,name,born:int\n"
          "a,Person;Astronaut,Anna Kikina,1984\n"
          "b,Organization;Agency,Roscosmos,\n");
    Write("r.csv", ":START_ID,:END_ID,:TYPE,title\na,b,WORKS_FOR,cosmonaut\n");
    ProcessResult r = Kg({"import", "--nodes", Path("n.csv"), "--relationships",
                          Path("r.csv"), "-o", Path("small.kg")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
};

TEST_F(CliTest, HelpListsEverySubcommand) {
  ProcessResult r = Kg({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* cmd :
       {"build", "import", "export", "stats", "query", "run", "repl"}) {
    EXPECT_THAT(r.out, HasSubstr(cmd));
  }
}

TEST_F(CliTest, EachSubcommandHasHelp) {
  for (const char* cmd :
       {"build", "import", "export", "stats", "query", "run", "repl"}) {
    ProcessResult r = Kg({cmd, "--help"});
    EXPECT_EQ(r.exit_code, 0) << cmd;
    EXPECT_THAT(r.out, HasSubstr("Usage")) << cmd;
  }
}

TEST_F(CliTest, UnknownSubcommandIsAUsageError) {
  ProcessResult r = Kg({"frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "kg: error: unknown command 'frobnicate'\n");
  EXPECT_EQ(r.out, "");
}

TEST_F(CliTest, MisspeltSubcommandGetsASuggestion) {
  ProcessResult r = Kg({"stast", "-g", "x.kg"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "kg: error: unknown command 'stast'; did you mean 'stats'?\n");
}

TEST_F(CliTest, MissingRequiredOptionIsAUsageError) {
  ProcessResult r = Kg({"build", "corpus"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "kg: error: --out is required\n"
            "Run 'kg build --help' for more information.\n");
}

TEST_F(CliTest, MissingSnapshotNamesThePath) {
  ProcessResult r = Kg({"stats", "-g", Path("missing.kg")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, StartsWith("kg: error: "));
  EXPECT_THAT(r.err, HasSubstr("missing.kg"));
  EXPECT_EQ(r.out, "");
}

TEST_F(CliTest, ForeignFileIsRefusedAsSnapshot) {
  Write("notes.kg", "just some text, not a graph\n");
  ProcessResult r = Kg({"stats", "-g", Path("notes.kg")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("not a kg snapshot"));
}

TEST_F(CliTest, ImportThenStatsCountsLabelsTypesAndKeys) {
  ImportSmall();
  ProcessResult r = Kg({"stats", "-g", Path("small.kg")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("nodes          2\n"));
  EXPECT_THAT(r.out, HasSubstr("relationships  1\n"));
  EXPECT_THAT(r.out, HasSubstr("Agency"));
  EXPECT_THAT(r.out, HasSubstr("born (1), id (1), name (1)"));
  EXPECT_THAT(r.out, HasSubstr("WORKS_FOR"));
  EXPECT_THAT(r.out, HasSubstr("title (1)"));

  r = Kg({"stats", "-g", Path("small.kg"), "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\"nodes\": 2"));
  EXPECT_THAT(r.out, HasSubstr("\"WORKS_FOR\""));
}

TEST_F(CliTest, BadCsvRowNamesFileAndLine) {
  Write("n.csv", "id:ID,born:int\na,1\nb,notanumber\n");
  ProcessResult r =
      Kg({"import", "--nodes", Path("n.csv"), "-o", Path("x.kg")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("n.csv:3:"));
  EXPECT_FALSE(fs::exists(Path("x.kg")));

  r = Kg({"import", "--nodes", Path("n.csv"), "-o", Path("x.kg"),
          "--skip-bad-rows"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("n.csv:3:"));
  EXPECT_THAT(r.err, HasSubstr("skipped 1 bad rows"));
  EXPECT_TRUE(fs::exists(Path("x.kg")));
}

TEST_F(CliTest, ExportJsonFollowsTheSchemaForm) {
  ImportSmall();
  ProcessResult r = Kg({"export", "-g", Path("small.kg"), "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "{\"nodes\": [\n"
            "{\"id\":0,\"labels\":[\"Person\",\"Astronaut\"],\"properties\":"
            "{\"born\":1984,\"id\":\"a\",\"name\":\"Anna Kikina\"}},\n"
            "{\"id\":1,\"labels\":[\"Organization\",\"Agency\"],"
            "\"properties\":{\"id\":\"b\",\"name\":\"Roscosmos\"}}\n"
            "],\n"
            "\"relationships\": [\n"
            "{\"id\":0,\"type\":\"WORKS_FOR\",\"start\":0,\"end\":1,"
            "\"properties\":{\"title\":\"cosmonaut\"}}\n"
            "]}\n");
}

TEST_F(CliTest, CsvAndJsonExportsImportBackToTheSameGraph) {
  ImportSmall();
  ProcessResult before =
      Kg({"export", "-g", Path("small.kg"), "--format", "jsonl"});
  ASSERT_EQ(before.exit_code, 0) << before.err;

  ProcessResult r = Kg({"export", "-g", Path("small.kg"), "--format",
                        "neo4j-csv", "-o", Path("csv")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> args = {"import", "-o", Path("again.kg")};
  for (const auto& e : fs::directory_iterator(dir_ / "csv")) {
    std::string name = e.path().filename().string();
    if (name.starts_with("nodes"))
      args.insert(args.end(), {"--nodes", e.path().string()});
    if (name.starts_with("relationships")) {
      args.insert(args.end(), {"--relationships", e.path().string()});
    }
  }
  r = Kg(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ProcessResult after =
      Kg({"export", "-g", Path("again.kg"), "--format", "jsonl"});
  EXPECT_EQ(after.out, before.out);

  Write("g.jsonl", before.out);
  r = Kg({"import", "--json", Path("g.jsonl"), "-o", Path("fromjson.kg")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  after = Kg({"export", "-g", Path("fromjson.kg"), "--format", "jsonl"});
  EXPECT_EQ(after.out, before.out);
}

TEST_F(CliTest, ExportToFileWritesNothingOnStdout) {
  ImportSmall();
  ProcessResult r = Kg({"export", "-g", Path("small.kg"), "--format", "dot",
                        "-o", Path("g.dot")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(Read("g.dot"), HasSubstr("digraph kg {"));
}

TEST_F(CliTest, UnknownExportFormatIsRefused) {
  ImportSmall();
  ProcessResult r = Kg({"export", "-g", Path("small.kg"), "--format", "xml"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_THAT(r.err, HasSubstr("xml"));
}

TEST_F(CliTest, BuildReadsTheSampleCorpusIntoAGraphOfEntities) {
  ProcessResult r = Kg({"build", std::string(KG_SOURCE_DIR) + "/corpus", "-o",
                        Path("space.kg")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // corpus/gold/ holds the annotations, corpus/queries/ example queries:
  // listed as skipped, not read.
  EXPECT_THAT(r.err, HasSubstr("gold/README.md: not a text document (.md)"));
  EXPECT_THAT(r.err,
              HasSubstr("queries/01_meetings.cypher: not a text document"));
  // Every text below corpus/: the five samples and corpus/dev/.
  int texts = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(
           std::string(KG_SOURCE_DIR) + "/corpus")) {
    texts += e.is_regular_file() && e.path().extension() == ".txt";
  }
  ASSERT_GT(texts, 5);
  EXPECT_THAT(r.err,
              HasSubstr(absl::StrCat("read ", texts, " documents, skipped ")));
  EXPECT_THAT(r.err, HasSubstr("relationships per type:"));
  r = Kg({"query", "-g", Path("space.kg"), "--format", "csv",
          "MATCH (d:Document) WITH count(d) AS docs "
          "MATCH (p:Person)-[:WORKS_FOR]->(o:Organization {name: 'Roscosmos'}) "
          "RETURN docs, count(DISTINCT p) > 1 AS people"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, absl::StrCat("docs,people\n", texts, ",true\n"));
}

TEST_F(CliTest, BuildSkipsBinaryAndEmptyFilesWithAReason) {
  fs::create_directories(dir_ / "in");
  Write("in/a.txt", "Title\nbody\n");
  Write("in/b.txt", std::string("\0\1\2", 3));
  Write("in/c.txt", "");
  ProcessResult r = Kg({"build", Path("in"), "-o", Path("x.kg")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("b.txt: binary file"));
  EXPECT_THAT(r.err, HasSubstr("c.txt: empty file"));
  EXPECT_THAT(r.err, HasSubstr("read 1 documents, skipped 2"));
}

TEST_F(CliTest, BuildThatReadsNoDocumentFails) {
  fs::create_directories(dir_ / "in");
  Write("in/c.txt", "");
  ProcessResult r = Kg({"build", Path("in"), "-o", Path("x.kg")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("kg: error: no document read (1 skipped): "
                               "nothing written to "));
  EXPECT_FALSE(fs::exists(Path("x.kg")));
  fs::create_directories(dir_ / "none");
  r = Kg({"build", Path("none"), "-o", Path("x.kg")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(fs::exists(Path("x.kg")));
}

TEST_F(CliTest, QueryPrintsJsonInTheSchemaForm) {
  ProcessResult r =
      Kg({"query", "--format", "json", "RETURN 1 AS i, 1.0 AS f, 'a' AS s"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(
      r.out,
      "{\"columns\": [\"i\",\"f\",\"s\"], \"rows\": [\n[1,1.0,\"a\"]\n]}\n");
}

TEST_F(CliTest, QueryJsonSaysWhatAStatementChanged) {
  ProcessResult r = Kg({"query", "--format", "json",
                        "CREATE (a:A {x: 1})-[:T]->(b) SET b.y = 2 "
                        "REMOVE a:A DELETE a"});
  ASSERT_NE(r.exit_code, 0);  // a still has a relationship
  r = Kg({"query", "--format", "json",
          "CREATE (a:A:B {x: 1})-[:T]->(b) RETURN count(*) AS n"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "{\"columns\": [\"n\"], \"rows\": [\n[1]\n], \"stats\": "
            "{\"nodes_created\": 2, \"relationships_created\": 1, "
            "\"labels_added\": 2, \"properties_set\": 1}}\n");
}

TEST_F(CliTest, QueryOnASnapshotReturnsNodes) {
  ImportSmall();
  ProcessResult r = Kg({"query", "-g", Path("small.kg"), "--format", "table",
                        "MATCH (p:Person)-[w:WORKS_FOR]->(a:Agency) "
                        "RETURN p, w.title AS title, a.name"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(
      r.out,
      StartsWith(
          "+----------------------------------------------------------------+"
          "-------------+-------------+\n"
          "| p                                                              |"
          " title       | a.name      |\n"
          "+----------------------------------------------------------------+"
          "-------------+-------------+\n"
          "| (:Person:Astronaut {born: 1984, id: 'a', name: 'Anna Kikina'}) |"
          " 'cosmonaut' | 'Roscosmos' |\n"));
  EXPECT_THAT(r.out, HasSubstr("\n1 row ("));
}

TEST_F(CliTest, QueryParametersAreCypherValues) {
  ProcessResult r = Kg({"query", "--format", "csv", "-p", "name='NASA'", "-p",
                        "n=[1, 2]", "RETURN $name AS name, size($n) AS n"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "name,n\nNASA,2\n");
  r = Kg({"query", "-p", "name=NASA", "RETURN $name"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("strings need quotes"));
  // Temporal values as their functions.
  r = Kg({"query", "--format", "csv", "-p", "d=date('2023-01-01')", "-p",
          "t=duration('P1D')", "RETURN $d + $t AS next, $d.year AS year"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "next,year\n2023-01-02,2023\n");
}

TEST_F(CliTest, CsvResultsEndLinesWithLfLikeTheNeo4jExport) {
  ProcessResult r =
      Kg({"query", "--format", "csv", "UNWIND ['a', 'b\\nc'] AS s RETURN s"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "s\na\n\"b\nc\"\n");
}

TEST_F(CliTest, QuerySyntaxErrorShowsTheLineAndACaret) {
  ProcessResult r = Kg({"query", "MATCH (n:Agency RETURN n"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err,
              StartsWith("kg: error: [Neo.ClientError.Statement.SyntaxError: "
                         "UnexpectedSyntax] query:1:17: syntax error: "));
  EXPECT_THAT(r.err, HasSubstr("\n  MATCH (n:Agency RETURN n\n"
                               "                  ^\n"));
}

TEST_F(CliTest, QueryFileErrorNamesFileLineAndColumn) {
  Write("q.cypher",
        "// three statements\n"
        "RETURN 1 AS one;\n"
        "RETURN 2 AS two;\n"
        "  RETURN 3 +;\n");
  ProcessResult r = Kg({"query", "--format", "jsonl", "-f", Path("q.cypher")});
  EXPECT_EQ(r.exit_code, 1);
  // The error takes the failed statement's place in the JSON output.
  EXPECT_EQ(r.out,
            "{\"one\":1}\n{\"two\":2}\n"
            "{\"error\":{\"code\":\"Neo.ClientError.Statement.SyntaxError\","
            "\"category\":\"UnexpectedSyntax\",\"message\":\"4:13: syntax "
            "error: expected an expression but found end of input\","
            "\"line\":4,\"column\":13}}\n");
  EXPECT_THAT(r.err,
              StartsWith(kSyntaxErrorTag + Path("q.cypher") + ":4:13: "));
  EXPECT_THAT(r.err, HasSubstr("\n    RETURN 3 +;\n              ^\n"));
}

TEST_F(CliTest, QueryWritesPersistOnlyWithWrite) {
  ImportSmall();
  ProcessResult r = Kg({"query", "-g", Path("small.kg"), "--format", "json",
                        "CREATE (:Country {name: 'Japan'})"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = Kg({"query", "-g", Path("small.kg"), "--format", "csv",
          "MATCH (c:Country) RETURN count(c) AS c"});
  EXPECT_EQ(r.out, "c\n0\n");
  r = Kg({"query", "-g", Path("small.kg"), "--write", "--format", "table",
          "CREATE (:Country {name: 'Japan'})"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, StartsWith("0 rows; created 1 node, added 1 label, set 1 "
                                "property ("));
  r = Kg({"query", "-g", Path("small.kg"), "--format", "csv",
          "MATCH (c:Country) RETURN c.name AS name"});
  EXPECT_EQ(r.out, "name\nJapan\n");
}

TEST_F(CliTest, RunPrintsEachResultUnderItsStatement) {
  Write("s.cypher",
        "CREATE (:Agency {name: 'NASA'});\n"
        "MATCH (a:Agency) RETURN a.name;\n");
  ProcessResult r = Kg({"run", Path("s.cypher"), "--format", "table"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, StartsWith("// " + Path("s.cypher") +
                                ":1\n"
                                "CREATE (:Agency {name: 'NASA'});\n"
                                "0 rows; created 1 node, added 1 label, set 1 "
                                "property ("));
  EXPECT_THAT(r.out, HasSubstr("\n\n// " + Path("s.cypher") +
                               ":2\n"
                               "MATCH (a:Agency) RETURN a.name;\n"
                               "+--------+\n| a.name |\n+--------+\n"
                               "| 'NASA' |\n+--------+\n1 row ("));
}

TEST_F(CliTest, RunReportsAnErrorInTheThirdStatementAtItsLineAndColumn) {
  Write("s.cypher",
        "RETURN 1 AS a;\n"
        "RETURN 2 AS b;\n"
        "/* the third one is broken */ RETURN [1, 2\n"
        "  AS c;\n"
        "RETURN 4 AS d;\n");
  ProcessResult r = Kg({"run", Path("s.cypher"), "--format", "jsonl"});
  EXPECT_EQ(r.exit_code, 1);
  const std::string error =
      "{\"error\":{\"code\":\"Neo.ClientError.Statement.SyntaxError\","
      "\"category\":\"UnexpectedSyntax\",\"message\":\"4:3: syntax error: "
      "expected ']' but found 'AS'\",\"line\":4,\"column\":3}}\n";
  EXPECT_EQ(r.out, "{\"a\":1}\n{\"b\":2}\n" + error);
  EXPECT_THAT(r.err, StartsWith(kSyntaxErrorTag + Path("s.cypher") + ":4:3: "));
  EXPECT_THAT(r.err, HasSubstr("\n    AS c;\n    ^\n"));

  r = Kg({"run", Path("s.cypher"), "--format", "jsonl", "--continue-on-error"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "{\"a\":1}\n{\"b\":2}\n" + error + "{\"d\":4}\n");
}

TEST_F(CliTest, ErrorsCarryTheirNeo4jCodeAndTckCategory) {
  ProcessResult r = Kg({"query", "MATCH (a)\nCREATE (a:L)"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, StartsWith("kg: error: [Neo.ClientError.Statement."
                                "SyntaxError: VariableAlreadyBound] query:2:9: "
                                "semantic error: variable 'a' is already "
                                "declared\n"));
  r = Kg({"query", "RETURN 1 / 0"});
  EXPECT_THAT(r.err, StartsWith("kg: error: [Neo.ClientError.Statement."
                                "ArgumentError: DivisionByZero] query: "));
  r = Kg({"query", "--format", "json", "RETURN $x"});
  EXPECT_EQ(r.out,
            "{\"error\":{\"code\":\"Neo.ClientError.Statement."
            "ParameterMissing\",\"category\":\"MissingParameter\",\"message\":"
            "\"1:8: semantic error: missing parameter $x\",\"line\":1,"
            "\"column\":8}}\n");
  r = Kg({"query", "--format", "json", "--timeout", "0.1",
          "RETURN size(reduce(s = '', x IN range(1, 10000000) | s + 'x'))"});
  EXPECT_EQ(r.out,
            "{\"error\":{\"code\":\"Neo.ClientError.Transaction."
            "TransactionTimedOut\",\"message\":\"query timed out\","
            "\"line\":null,\"column\":null}}\n");
}

TEST_F(CliTest, QueryFormatDotDrawsWhatTheResultHolds) {
  ImportSmall();
  ProcessResult r = Kg({"query", "-g", Path("small.kg"), "--format", "dot",
                        "MATCH p = (:Person)-[:WORKS_FOR]->() RETURN p"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\"n0\" [label=\"Anna Kikina\""));
  EXPECT_THAT(r.out, HasSubstr("\"n1\" [label=\"Roscosmos\""));
  EXPECT_THAT(r.out, HasSubstr("\"n0\" -> \"n1\" [label=\"WORKS_FOR\"];"));
  if (fs::exists("/usr/bin/dot")) {
    Write("p.dot", r.out);
    ProcessResult d = RunProcess(
        {"/usr/bin/dot", "-Tsvg", Path("p.dot"), "-o", Path("p.svg")});
    EXPECT_EQ(d.exit_code, 0) << d.err;
  }
  // A relationship alone brings its two ends.
  r = Kg({"query", "-g", Path("small.kg"), "--format", "dot",
          "MATCH ()-[w]->() RETURN w"});
  EXPECT_THAT(r.out, HasSubstr("of 2 nodes and 1 relationship"));
  r = Kg({"query", "--format", "dot", "RETURN 1 AS one"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("this result holds none"));
}

}  // namespace
}  // namespace kg
