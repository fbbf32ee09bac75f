// The table writer, wrapping, and Graphviz rendering of what kg writes.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/display_width.h"
#include "cli/dot_render.h"
#include "cli/result_format.h"
#include "gmock/gmock.h"
#include "graph/export.h"
#include "gtest/gtest.h"
#include "query/engine.h"

namespace kg::cli {
namespace {

using ::testing::HasSubstr;

class TableTest : public ::testing::Test {
 protected:
  // Runs `text` on the fixture graph; the table without its timing.
  std::string Table(const std::string& text) {
    absl::StatusOr<query::QueryResult> r = engine_.Execute(text);
    EXPECT_TRUE(r.ok()) << r.status();
    if (!r.ok()) return "";
    std::ostringstream out;
    EXPECT_TRUE(
        WriteResult(ResultFormat::kTable, graph_, *r, std::nullopt, out).ok());
    return out.str();
  }
  void Run(const std::string& text) {
    absl::StatusOr<query::QueryResult> r = engine_.Execute(text);
    ASSERT_TRUE(r.ok()) << r.status();
  }

  Graph graph_;
  query::Engine engine_{&graph_};
};

TEST_F(TableTest, NodesShowAsCypherShellDoes) {
  Run("CREATE (:Person:Official {name: 'Dmitry Bakanov'})");
  EXPECT_EQ(Table("MATCH (p) RETURN p"),
            "+---------------------------------------------+\n"
            "| p                                           |\n"
            "+---------------------------------------------+\n"
            "| (:Person:Official {name: 'Dmitry Bakanov'}) |\n"
            "+---------------------------------------------+\n"
            "1 row\n");
}

TEST_F(TableTest, CyrillicGuillemetsAndDashesAlign) {
  EXPECT_EQ(Table("UNWIND ['«Роскосмос»', 'a — b', 'NASA'] AS name "
                  "RETURN name, size(name) AS n"),
            "+---------------+----+\n"
            "| name          | n  |\n"
            "+---------------+----+\n"
            "| '«Роскосмос»' | 11 |\n"
            "| 'a — b'       | 5  |\n"
            "| 'NASA'        | 4  |\n"
            "+---------------+----+\n"
            "3 rows\n");
}

TEST_F(TableTest, WideCharactersTakeTwoColumns) {
  EXPECT_EQ(Table("RETURN '宇宙' AS w, 1 AS x"),
            "+--------+---+\n"
            "| w      | x |\n"
            "+--------+---+\n"
            "| '宇宙' | 1 |\n"
            "+--------+---+\n"
            "1 row\n");
}

TEST_F(TableTest, LongValuesWrapThenAreCutWithAMarker) {
  std::string table =
      Table("RETURN reduce(s = '', i IN range(1, 100) | s + 'word ') AS long");
  // 502 columns of text: four lines of at most 80, the last one cut.
  std::istringstream lines(table);
  std::string line;
  int body = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("| ", 0) == 0 && line.find("long") == std::string::npos) {
      ++body;
      EXPECT_LE(DisplayWidth(line), 84u) << line;
    }
  }
  EXPECT_EQ(body, 4) << table;
  EXPECT_THAT(table, HasSubstr("\u2026 |\n"));
}

TEST_F(TableTest, LineBreaksInsideValuesDoNotBreakTheTable) {
  std::string table = Table("RETURN 'a\\nb' AS s");
  for (char c : table.substr(0, table.size() - 1)) {
    if (c == '\r') ADD_FAILURE() << table;
  }
  EXPECT_THAT(table, HasSubstr("| s"));
  EXPECT_EQ(std::count(table.begin(), table.end(), '\n'), 6) << table;
}

TEST_F(TableTest, FooterCountsRowsAndChanges) {
  absl::StatusOr<query::QueryResult> r =
      engine_.Execute("CREATE (:Agency {name: 'NASA'})");
  ASSERT_TRUE(r.ok());
  std::ostringstream out;
  ASSERT_TRUE(WriteResult(ResultFormat::kTable, graph_, *r,
                          absl::Milliseconds(1.25), out)
                  .ok());
  EXPECT_EQ(out.str(),
            "0 rows; created 1 node, added 1 label, set 1 property (1.2 ms)\n");
}

TEST(WrapToWidthTest, BreaksAtSpacesInTheSecondHalf) {
  EXPECT_THAT(WrapToWidth("aaaa bbbb cccc", 9, 5),
              ::testing::ElementsAre("aaaa bbbb", "cccc"));
  EXPECT_THAT(WrapToWidth("abcdefghij", 4, 5),
              ::testing::ElementsAre("abcd", "efgh", "ij"));
  EXPECT_THAT(WrapToWidth("abcdefghij", 4, 2),
              ::testing::ElementsAre("abcd", "efg\u2026"));
}

// Graphviz must accept whatever kg writes, whatever the names hold.
class DotRenderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists("/usr/bin/dot")) {
      GTEST_SKIP() << "Graphviz is not installed";
    }
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("kg_render_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::filesystem::path dir_;
};

TEST_F(DotRenderTest, HostileNamesSurviveGraphviz) {
  Graph graph;
  query::Engine engine(&graph);
  const char* names[] = {
      "say \"hi\"",       "back\\slash\\",     "two\nlines",
      "<b>bold</b> & co", "<<TABLE></TABLE>>", "]; evil -> x [",
      "tab\there",        "\\N \\G \\L",       "Дмитрий «Баканов» — глава"};
  for (const char* name : names) {
    query::QueryOptions options;
    options.parameters["name"] = Value::String(name);
    ASSERT_TRUE(
        engine
            .Execute(
                "CREATE (:`Weird \"Label\"` {name: $name})-[:`T\\\\Y\"PE`]->"
                "(:Person {name: $name})",
                options)
            .ok());
  }
  std::ostringstream dot;
  ASSERT_TRUE(WriteDot(graph, dot).ok());
  for (const char* format : {"svg", "png", "pdf"}) {
    std::string out = (dir_ / (std::string("g.") + format)).string();
    absl::Status s = RenderDot(dot.str(), format, out);
    EXPECT_TRUE(s.ok()) << s << "\n" << dot.str();
    EXPECT_GT(std::filesystem::file_size(out), 100u) << format;
  }
}

TEST_F(DotRenderTest, FileNamesAreNeverSeenByAShell) {
  std::string out = (dir_ / "a b $(touch pwned) 'q\".svg").string();
  absl::Status s = RenderDot("digraph { a -> b }", "svg", out);
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_TRUE(std::filesystem::exists(out));
  EXPECT_FALSE(std::filesystem::exists("pwned"));
  EXPECT_FALSE(std::filesystem::exists(dir_ / "pwned"));
}

TEST_F(DotRenderTest, BadInputAndUnknownFormatsAreErrors) {
  std::string out = (dir_ / "x.svg").string();
  EXPECT_FALSE(RenderDot("digraph { a -> ", "svg", out).ok());
  EXPECT_EQ(RenderDot("digraph {}", "exe", out).code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace kg::cli
