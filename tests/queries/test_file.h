// Reads the declarative query tests, tests/queries/*.test (the format is in
// tests/queries/README.md): a fixture and/or setup statements, then cases of
// a statement and its expected rows or expected error. Expected cells use the
// TCK value notation (tests/tck/tck_value.h) and compare through the TCK
// runner's matcher, so both kinds of test judge results alike.
//
// Header-only because the test build compiles only *_test.cc files.
#ifndef KG_TESTS_QUERIES_TEST_FILE_H_
#define KG_TESTS_QUERIES_TEST_FILE_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "tests/tck/gherkin.h"

namespace kg::query_tests {

struct Expectation {
  bool error = false;
  std::string category;                 // with `error`
  std::vector<std::string> error_text;  // `> ` lines: message, source, caret
  bool ordered = false;
  bool empty = false;
  tck::Table table;  // header row first
};

struct Case {
  std::string file;  // e.g. "match_where.test"
  int line = 0;      // of the `query:` line
  std::string title;
  std::vector<std::string> setup;  // statements run on a fresh graph first
  std::string params;              // a TCK-notation map, or empty
  std::string statement;
  Expectation expect;
};

inline std::string ReadWholeFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// `fixtures` holds <name>.cypher for `fixture: <name>`.
inline absl::StatusOr<std::vector<Case>> ReadTestFile(
    std::string_view text, const std::string& file,
    const std::filesystem::path& fixtures) {
  std::vector<std::string> lines;
  for (size_t start = 0; start <= text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string line(text.substr(start, end - start));
    while (!line.empty() && absl::ascii_isspace(line.back())) line.pop_back();
    lines.push_back(std::move(line));
    start = end + 1;
  }
  auto error = [&](size_t i, std::string_view what) {
    return absl::InvalidArgumentError(
        absl::StrCat(file, ":", i + 1, ": ", std::string(what)));
  };
  std::vector<std::string> setup;
  std::vector<Case> cases;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (line.empty() || line[0] == '#') continue;
    if (absl::StartsWith(line, "fixture:")) {
      const std::string name(absl::StripAsciiWhitespace(line.substr(8)));
      const std::filesystem::path path = fixtures / (name + ".cypher");
      std::error_code ec;
      if (!std::filesystem::is_regular_file(path, ec)) {
        return error(i, "no fixture " + path.string());
      }
      std::string body(absl::StripAsciiWhitespace(ReadWholeFile(path)));
      if (!body.empty() && body.back() == ';') body.pop_back();
      setup.push_back(std::move(body));
    } else if (line == "setup:") {
      std::string body;
      for (; i + 1 < lines.size() && !lines[i + 1].empty(); ++i) {
        absl::StrAppend(&body, body.empty() ? "" : "\n", lines[i + 1]);
      }
      if (body.empty()) return error(i, "empty setup:");
      setup.push_back(std::move(body));
    } else if (absl::StartsWith(line, "query:")) {
      Case c;
      c.file = file;
      c.line = static_cast<int>(i + 1);
      c.title = std::string(absl::StripAsciiWhitespace(line.substr(6)));
      c.setup = setup;
      if (i + 1 < lines.size() && absl::StartsWith(lines[i + 1], "params:")) {
        c.params =
            std::string(absl::StripAsciiWhitespace(lines[++i].substr(7)));
      }
      for (++i; i < lines.size() && lines[i] != "----"; ++i) {
        if (lines[i].empty())
          return error(i, "expected ---- before a blank line");
        absl::StrAppend(&c.statement, c.statement.empty() ? "" : "\n",
                        lines[i]);
      }
      if (i == lines.size()) return error(c.line - 1, "no ---- after query");
      if (c.statement.empty()) return error(i, "empty statement");
      Expectation& e = c.expect;
      for (; i + 1 < lines.size() && !lines[i + 1].empty(); ++i) {
        const std::string& x = lines[i + 1];
        if (x == "-- ordered") {
          e.ordered = true;
        } else if (x == "empty") {
          e.empty = true;
        } else if (absl::StartsWith(x, "error:")) {
          e.error = true;
          e.category = std::string(absl::StripAsciiWhitespace(x.substr(6)));
        } else if (x == ">" || absl::StartsWith(x, "> ")) {
          e.error_text.push_back(x.size() > 2 ? x.substr(2) : "");
        } else if (x[0] == '|') {
          e.table.push_back(tck::SplitTableRow(x));
        } else {
          return error(i + 1, "unexpected line in an expectation: " + x);
        }
      }
      const int kinds = int{e.error} + int{e.empty} + int{!e.table.empty()};
      if (kinds != 1 || (!e.error_text.empty() && !e.error) ||
          (e.error && e.category.empty())) {
        return error(c.line - 1,
                     "expect exactly one of: a table, `empty`, `error: "
                     "<Category>` (with optional `> ` lines)");
      }
      cases.push_back(std::move(c));
    } else {
      return error(i, "expected fixture:, setup:, query: or a # comment");
    }
  }
  return cases;
}

}  // namespace kg::query_tests

#endif  // KG_TESTS_QUERIES_TEST_FILE_H_
