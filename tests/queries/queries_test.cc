// The declarative query tests: one parameterized gtest case per `query:` of
// every tests/queries/*.test file, run through the engine facade on a fresh
// graph built by the file's fixture and setup statements. A file that does
// not read shows up as one failing case named after it.
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "graph/graph.h"
#include "gtest/gtest.h"
#include "query/engine.h"
#include "query/source_span.h"
#include "tests/queries/test_file.h"
#include "tests/tck/result_match.h"
#include "tests/tck/tck_value.h"

namespace kg::query_tests {
namespace {

namespace fs = std::filesystem;

struct Param {
  Case c;
  std::string read_error;  // the file did not read
};

// gtest prints a failing case's parameter; the place says it all.
void PrintTo(const Param& p, std::ostream* os) {
  *os << p.c.file << ":" << p.c.line;
}

const fs::path& QueriesDir() {
  static const fs::path* const kDir =
      new fs::path(fs::path(KG_SOURCE_DIR) / "tests" / "queries");
  return *kDir;
}

std::vector<Param> AllCases() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(QueriesDir())) {
    if (entry.path().extension() == ".test") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Param> params;
  for (const fs::path& path : files) {
    const std::string name = path.filename().string();
    auto cases =
        ReadTestFile(ReadWholeFile(path), name, QueriesDir() / "fixtures");
    if (!cases.ok()) {
      Param p;
      p.c.file = name;
      p.read_error = cases.status().ToString();
      params.push_back(std::move(p));
      continue;
    }
    for (Case& c : *cases) params.push_back(Param{std::move(c), ""});
  }
  return params;
}

// The message, then (with a span) the source line and a caret under the
// span's first column, as cli/ prints errors.
std::vector<std::string> RenderError(const absl::Status& status,
                                     std::string_view text) {
  std::vector<std::string> out = {std::string(status.message())};
  const auto span = query::GetSpan(status);
  if (!span) return out;
  size_t begin = 0;
  for (uint32_t line = 1; line < span->line && begin != std::string::npos;
       ++line) {
    begin = text.find('\n', begin);
    if (begin != std::string::npos) ++begin;
  }
  if (begin == std::string::npos) return out;
  const std::string source(text.substr(begin, text.find('\n', begin) - begin));
  std::string caret;
  uint32_t column = 1;
  for (size_t i = 0; i < source.size() && column < span->column; ++i) {
    if ((static_cast<unsigned char>(source[i]) & 0xC0) == 0x80) continue;
    caret += source[i] == '\t' ? '\t' : ' ';
    ++column;
  }
  out.push_back(source);
  out.push_back(caret + "^");
  return out;
}

class QueryFileTest : public ::testing::TestWithParam<Param> {};

TEST_P(QueryFileTest, Matches) {
  const Param& p = GetParam();
  ASSERT_TRUE(p.read_error.empty()) << p.read_error;
  const Case& c = p.c;
  SCOPED_TRACE(
      absl::StrCat(c.file, ":", c.line, " ", c.title, "\n", c.statement));
  Graph graph;
  query::Engine engine(&graph);
  for (const std::string& statement : c.setup) {
    auto done = engine.Execute(statement);
    ASSERT_TRUE(done.ok()) << "setup failed: " << done.status() << "\n"
                           << statement;
  }
  query::QueryOptions options;
  options.timeout = absl::Seconds(10);
  if (!c.params.empty()) {
    auto parsed = tck::ParseTckValue(c.params);
    ASSERT_TRUE(parsed.ok()) << "params: " << parsed.status();
    auto value = tck::ToValue(*parsed);
    ASSERT_TRUE(value.ok() && value->is_map()) << "params: must be a map";
    options.parameters = value->AsMap();
  }
  auto result = engine.Execute(c.statement, options);
  const Expectation& e = c.expect;
  if (e.error) {
    ASSERT_FALSE(result.ok()) << "expected error " << e.category << ", got "
                              << result->rows.size() << " rows";
    EXPECT_EQ(query::GetCategory(result.status()).value_or("<no category>"),
              e.category)
        << result.status();
    if (e.error_text.size() == 1) {
      EXPECT_EQ(result.status().message(), e.error_text[0]);
    } else if (!e.error_text.empty()) {
      EXPECT_EQ(absl::StrJoin(RenderError(result.status(), c.statement), "\n"),
                absl::StrJoin(e.error_text, "\n"));
    }
    return;
  }
  ASSERT_TRUE(result.ok()) << result.status();
  if (e.empty) {
    EXPECT_EQ(result->rows.size(), 0u);
    return;
  }
  auto expected = tck::ParseExpectedTable(e.table);
  ASSERT_TRUE(expected.ok()) << "expected table: " << expected.status();
  tck::MatchOptions match;
  match.in_order = e.ordered;
  const auto diff = tck::MatchResult(graph, *expected, *result, match);
  EXPECT_FALSE(diff.has_value()) << *diff;
}

std::string CaseName(const ::testing::TestParamInfo<Param>& info) {
  std::string name = absl::StrCat(info.param.c.file, "_", info.param.c.line);
  for (char& ch : name) {
    if (!absl::ascii_isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Files, QueryFileTest, ::testing::ValuesIn(AllCases()),
                         CaseName);

}  // namespace
}  // namespace kg::query_tests
