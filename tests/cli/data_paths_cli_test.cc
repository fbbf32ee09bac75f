// Paths on which data used to be lost or changed without a word: exports
// that kg's own import misread, writes that a shell or script dropped, and
// scripts cut short by one bad statement.
#include <filesystem>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/cli/kg_binary_test.h"
#include "tests/cli/run_process.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using ::kg::testing::ProcessResult;
using ::testing::HasSubstr;
using ::testing::StartsWith;

class DataPathsTest : public ::kg::testing::KgBinaryTest {
 protected:
  // `kg import` of every CSV file kg export wrote into `folder`.
  ProcessResult ImportCsvFolder(const std::string& folder,
                                const std::string& out) {
    std::vector<std::string> args = {"import", "-o", Path(out)};
    std::vector<std::string> nodes, rels;
    for (const auto& e : fs::directory_iterator(dir_ / folder)) {
      std::string name = e.path().filename().string();
      if (name.starts_with("nodes")) nodes.push_back(e.path().string());
      if (name.starts_with("relationships")) rels.push_back(e.path().string());
    }
    std::sort(nodes.begin(), nodes.end());
    std::sort(rels.begin(), rels.end());
    for (const auto& n : nodes) args.insert(args.end(), {"--nodes", n});
    for (const auto& r : rels) args.insert(args.end(), {"--relationships", r});
    return Kg(args);
  }
};

TEST_F(DataPathsTest, ImportReadsTheArrayDelimiterExportChose) {
  // A list element holds ';', so the export picks another delimiter.
  Write("g.jsonl",
        "{\"kind\": \"node\", \"id\": 0, \"labels\": [\"Organization\", "
        "\"Agency\"], \"properties\": {\"aliases\": [\"a;b\", \"c\"], "
        "\"name\": \"NASA\"}}\n");
  ProcessResult r =
      Kg({"import", "--json", Path("g.jsonl"), "-o", Path("g.kg")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = Kg({"export", "-g", Path("g.kg"), "--format", "neo4j-csv", "-o",
          Path("csv")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(Read("csv/import.txt"), HasSubstr("--array-delimiter='|'"));
  r = ImportCsvFolder("csv", "again.kg");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = Kg({"query", "-g", Path("again.kg"), "--format", "csv",
          "MATCH (n:Agency) RETURN labels(n) AS l, n.aliases AS a"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "l,a\n\"['Organization', 'Agency']\",\"['a;b', 'c']\"\n");
}

TEST_F(DataPathsTest, WriteCreatesAMissingSnapshot) {
  Write("s.cypher", "CREATE (:Agency {name: 'ESA'});\n");
  ProcessResult r =
      Kg({"run", "-g", Path("new.kg"), "--write", Path("s.cypher")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = Kg({"query", "-g", Path("new.kg"), "--format", "csv",
          "MATCH (a:Agency) RETURN a.name AS name"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "name\nESA\n");
  r = Kg({"query", "-g", Path("empty.kg"), "--write", "RETURN 1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(Path("empty.kg")));
  // Without --write a missing snapshot is still an error: a misspelt path
  // must not read as an empty graph.
  r = Kg({"query", "-g", Path("missing.kg"), "RETURN 1"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(fs::exists(Path("missing.kg")));
}

TEST_F(DataPathsTest, ContinueOnErrorRunsTheStatementsAfterALexicalError) {
  Write("s.cypher", "RETURN 1 AS a; RETURN $; RETURN 2 AS b;\n");
  ProcessResult r =
      Kg({"run", "--continue-on-error", "--format", "csv", Path("s.cypher")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "a\n1\nb\n2\n");
  EXPECT_THAT(r.err, StartsWith("kg: error: "));
  EXPECT_THAT(r.err, HasSubstr("s.cypher:1:23: "));
  // With --write, what comes after the bad line is still written.
  Write("w.cypher",
        "CREATE (:A);\nCREATE (:B {name: '\xff'});\nCREATE (:C);\n");
  r = Kg({"run", "-g", Path("w.kg"), "--write", "--continue-on-error",
          Path("w.cypher")});
  EXPECT_EQ(r.exit_code, 1);
  r = Kg({"query", "-g", Path("w.kg"), "--format", "csv",
          "MATCH (n) RETURN labels(n)[0] AS l ORDER BY l"});
  EXPECT_EQ(r.out, "l\nA\nC\n");
}

TEST_F(DataPathsTest, PipedShellRecoversAfterALexicalError) {
  ProcessResult r = Kg({"repl", "--format", "csv"},
                       "RETURN 'open;\n:param x 5\nRETURN $x AS x;\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "x\n5\n");
  EXPECT_THAT(r.err, HasSubstr("unterminated string"));
}

}  // namespace
}  // namespace kg
