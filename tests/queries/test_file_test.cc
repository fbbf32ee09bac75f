// Tests of the .test file reader: setup blocks, cases with tables, ordering,
// params and errors; malformed files name the line at fault.
#include "tests/queries/test_file.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/tck/result_match.h"

namespace kg::query_tests {
namespace {

using ::testing::ElementsAre;

constexpr char kFile[] = R"(# Agencies.
setup:
CREATE (:Agency {name: 'NASA'}),
       (:Agency {name: 'ESA'})

query: names in order
MATCH (a:Agency)
RETURN a.name AS name ORDER BY name
----
-- ordered
| name   |
| 'ESA'  |
| 'NASA' |

query: a parameter
params: {n: 'ESA'}
MATCH (a:Agency {name: $n}) RETURN a
----
| a                       |
| (:Agency {name: 'ESA'}) |

query: writes return nothing
CREATE (:Agency {name: 'JAXA'})
----
empty

query: an undefined variable
RETURN x
----
error: UndefinedVariable
> 1:8: x is not defined
> RETURN x
>        ^
)";

TEST(TestFileTest, ReadsSetupAndCases) {
  auto cases = ReadTestFile(kFile, "demo.test", "/none");
  ASSERT_TRUE(cases.ok()) << cases.status();
  ASSERT_EQ(cases->size(), 4u);
  const Case& ordered = (*cases)[0];
  EXPECT_EQ(ordered.line, 6);
  EXPECT_EQ(ordered.title, "names in order");
  EXPECT_THAT(ordered.setup, ElementsAre("CREATE (:Agency {name: 'NASA'}),\n"
                                         "       (:Agency {name: 'ESA'})"));
  EXPECT_EQ(ordered.statement,
            "MATCH (a:Agency)\nRETURN a.name AS name ORDER BY name");
  EXPECT_TRUE(ordered.expect.ordered);
  EXPECT_THAT(ordered.expect.table,
              ElementsAre(ElementsAre("name"), ElementsAre("'ESA'"),
                          ElementsAre("'NASA'")));

  EXPECT_EQ((*cases)[1].params, "{n: 'ESA'}");
  EXPECT_EQ((*cases)[1].statement, "MATCH (a:Agency {name: $n}) RETURN a");
  EXPECT_FALSE((*cases)[1].expect.ordered);
  EXPECT_TRUE((*cases)[2].expect.empty);

  const Expectation& error = (*cases)[3].expect;
  EXPECT_TRUE(error.error);
  EXPECT_EQ(error.category, "UndefinedVariable");
  EXPECT_THAT(error.error_text,
              ElementsAre("1:8: x is not defined", "RETURN x", "       ^"));
}

TEST(TestFileTest, MalformedFilesNameTheLine) {
  const struct {
    const char* text;
    const char* message;
  } kCases[] = {
      {"MATCH (n) RETURN n\n",
       "demo.test:1: expected fixture:, setup:, query: or a # comment"},
      {"query: t\nRETURN 1\n",
       "demo.test:3: expected ---- before a blank line"},
      {"query: t\nRETURN 1", "demo.test:1: no ---- after query"},
      {"query: t\nRETURN 1\n----\n| x |\nerror: UnexpectedSyntax\n",
       "demo.test:1: expect exactly one of: a table, `empty`, `error: "
       "<Category>` (with optional `> ` lines)"},
      {"query: t\nRETURN 1\n----\nrows\n",
       "demo.test:4: unexpected line in an expectation: rows"},
      {"fixture: nowhere\n", "demo.test:1: no fixture /none/nowhere.cypher"},
  };
  for (const auto& c : kCases) {
    auto cases = ReadTestFile(c.text, "demo.test", "/none");
    ASSERT_FALSE(cases.ok()) << c.text;
    EXPECT_EQ(std::string(cases.status().message()), c.message);
  }
}

TEST(TestFileTest, FixturesLoadFromTheFixturesFolder) {
  auto cases = ReadTestFile(
      "fixture: space\nquery: t\nRETURN 1 AS x\n----\n"
      "| x |\n| 1 |\n",
      "demo.test",
      std::filesystem::path(KG_SOURCE_DIR) / "tests" / "queries" / "fixtures");
  ASSERT_TRUE(cases.ok()) << cases.status();
  ASSERT_EQ((*cases)[0].setup.size(), 1u);
  EXPECT_TRUE(absl::StartsWith((*cases)[0].setup[0], "CREATE"));
  EXPECT_NE((*cases)[0].setup[0].back(), ';');
}

// Every committed .test file reads, and its expected tables are in valid
// TCK notation, whatever the engine answers.
TEST(TestFileTest, EveryCommittedFileReadsAndItsTablesParse) {
  const std::filesystem::path dir =
      std::filesystem::path(KG_SOURCE_DIR) / "tests" / "queries";
  size_t files = 0, cases = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".test") continue;
    ++files;
    auto read =
        ReadTestFile(ReadWholeFile(entry.path()),
                     entry.path().filename().string(), dir / "fixtures");
    ASSERT_TRUE(read.ok()) << read.status();
    for (const Case& c : *read) {
      ++cases;
      if (c.expect.table.empty()) continue;
      auto table = tck::ParseExpectedTable(c.expect.table);
      EXPECT_TRUE(table.ok())
          << c.file << ":" << c.line << " " << table.status();
    }
  }
  EXPECT_GE(files, 3u);
  EXPECT_GE(cases, 15u);
}

}  // namespace
}  // namespace kg::query_tests
