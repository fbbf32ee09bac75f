// Sweeps the openCypher TCK through the parser: every query of every
// scenario (setup queries included, Scenario Outlines expanded from their
// Examples) must parse, except those whose scenario expects a SyntaxError of
// a syntax-level category at compile time, which must be refused. Semantic
// errors (UndefinedVariable, ...) are the binder's to find, so those queries
// must parse. Temporal features and queries using temporal functions are
// left out until kg has temporal values.
//
// The TCK is found at $KG_TCK_DIR, else KG_SOURCE_DIR/../shared/tck; the test
// is skipped when it is absent. It prints its counts and the failures.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "gtest/gtest.h"
#include "query/parser.h"

namespace kg::query {
namespace {

namespace fs = std::filesystem;

struct TckQuery {
  std::string where;  // file:line and scenario, for failure lists
  std::string text;
  std::string category;  // expected syntax-level error category, or ""
};

// The categories a parser can raise; the rest belong to later stages.
const std::set<std::string>& SyntaxCategories() {
  static const auto* const kCategories = new std::set<std::string>{
      "UnexpectedSyntax",          "InvalidNumberLiteral",
      "IntegerOverflow",           "FloatingPointOverflow",
      "InvalidUnicodeLiteral",     "InvalidUnicodeCharacter",
      "InvalidRelationshipPattern"};
  return *kCategories;
}

bool UsesTemporalFunctions(const std::string& query) {
  const std::string lower = absl::AsciiStrToLower(query);
  for (const char* name :
       {"date", "time", "datetime", "localtime", "localdatetime", "duration"}) {
    for (const char* next : {"(", "."}) {
      const std::string call = std::string(name) + next;
      for (size_t at = lower.find(call); at != std::string::npos;
           at = lower.find(call, at + 1)) {
        const bool starts_word =
            at == 0 || !(absl::ascii_isalnum(lower[at - 1]) ||
                         lower[at - 1] == '_' || lower[at - 1] == '.');
        if (starts_word) return true;
      }
    }
  }
  return false;
}

std::vector<std::string> TableCells(std::string_view line) {
  // | a | b\|c |  ->  {"a", "b|c"}
  std::vector<std::string> cells;
  std::string cell;
  absl::string_view body =
      absl::StripAsciiWhitespace(absl::string_view(line.data(), line.size()));
  if (body.empty() || body.front() != '|') return cells;
  for (size_t i = 1; i < body.size(); ++i) {
    if (body[i] == '\\' && i + 1 < body.size()) {
      const char e = body[++i];
      cell += e == 'n' ? '\n' : e;
    } else if (body[i] == '|') {
      cells.emplace_back(absl::StripAsciiWhitespace(cell));
      cell.clear();
    } else {
      cell += body[i];
    }
  }
  return cells;
}

// Reads one feature file into queries.
void ReadFeature(const fs::path& path, const std::string& name,
                 std::vector<TckQuery>* out) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);

  struct Scenario {
    std::string title;
    size_t line = 0;
    std::vector<std::pair<std::string, bool>> queries;  // text, is the "When"
    std::string category;
    std::vector<std::vector<std::string>> examples;  // header row first
  };
  std::vector<Scenario> scenarios;
  auto stripped = [](const std::string& s) {
    return std::string(absl::StripAsciiWhitespace(s));
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string line = stripped(lines[i]);
    if (absl::StartsWith(line, "#")) continue;
    if (absl::StartsWith(line, "Scenario")) {
      scenarios.push_back(Scenario{line, i + 1, {}, "", {}});
      continue;
    }
    if (scenarios.empty()) continue;
    Scenario& s = scenarios.back();
    const bool when = line == "When executing query:";
    if (when || line == "And having executed:") {
      size_t j = i + 1;
      if (j >= lines.size() || stripped(lines[j]) != "\"\"\"") continue;
      std::string text;
      for (++j; j < lines.size() && stripped(lines[j]) != "\"\"\""; ++j) {
        text += lines[j];
        text += '\n';
      }
      s.queries.emplace_back(text, when);
      i = j;
      continue;
    }
    static constexpr char kRaised[] =
        "Then a SyntaxError should be raised at compile time: ";
    if (absl::StartsWith(line, kRaised)) {
      const std::string category = line.substr(sizeof(kRaised) - 1);
      if (SyntaxCategories().count(category)) s.category = category;
      continue;
    }
    if (absl::StartsWith(line, "Examples:")) {
      for (size_t j = i + 1; j < lines.size(); ++j) {
        const std::string row = stripped(lines[j]);
        if (row.empty() || absl::StartsWith(row, "#")) continue;
        if (row.front() != '|') break;
        std::vector<std::string> cells = TableCells(row);
        // A second Examples table repeats its header; keep one.
        if (!s.examples.empty() && cells == s.examples.front()) continue;
        s.examples.push_back(std::move(cells));
        i = j;
      }
    }
  }
  for (const Scenario& s : scenarios) {
    std::vector<std::vector<std::pair<std::string, std::string>>> bindings;
    if (s.examples.size() > 1) {
      const std::vector<std::string>& header = s.examples.front();
      for (size_t r = 1; r < s.examples.size(); ++r) {
        std::vector<std::pair<std::string, std::string>> row;
        for (size_t c = 0; c < header.size() && c < s.examples[r].size(); ++c) {
          row.emplace_back("<" + header[c] + ">", s.examples[r][c]);
        }
        bindings.push_back(std::move(row));
      }
    } else {
      bindings.emplace_back();
    }
    for (const auto& row : bindings) {
      for (const auto& [text, is_when] : s.queries) {
        std::string query = text;
        for (const auto& [key, value] : row) {
          query = absl::StrReplaceAll(query, {{key, value}});
        }
        if (UsesTemporalFunctions(query)) continue;
        out->push_back(
            TckQuery{name + ":" + std::to_string(s.line) + " " + s.title, query,
                     is_when ? s.category : ""});
      }
    }
  }
}

fs::path TckDir() {
  if (const char* env = std::getenv("KG_TCK_DIR")) return fs::path(env);
  return fs::path(KG_SOURCE_DIR) / ".." / "shared" / "tck";
}

TEST(TckSweepTest, SyntaxErrorsAreRefusedAndEverythingElseParses) {
  const fs::path features = TckDir() / "features";
  std::error_code error;
  if (!fs::is_directory(features, error)) {
    GTEST_SKIP() << "no TCK at " << features;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(features)) {
    if (entry.path().extension() != ".feature") continue;
    const std::string relative =
        fs::relative(entry.path(), features).generic_string();
    if (absl::StartsWith(relative, "expressions/temporal/")) continue;
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<TckQuery> queries;
  for (const fs::path& file : files) {
    ReadFeature(file, fs::relative(file, features).generic_string(), &queries);
  }

  int should_parse = 0, parsed = 0, should_fail = 0, refused = 0;
  int category_matches = 0;
  std::vector<std::string> failures;
  for (const TckQuery& q : queries) {
    auto result = Parse(q.text);
    if (q.category.empty()) {
      ++should_parse;
      if (result.ok()) {
        ++parsed;
      } else {
        failures.push_back("should parse: " + q.where + "\n    " +
                           std::string(result.status().message()) + "\n" +
                           q.text);
      }
    } else {
      ++should_fail;
      if (!result.ok()) {
        ++refused;
        if (GetCategory(result.status()) == q.category) {
          ++category_matches;
        } else {
          failures.push_back("category " +
                             GetCategory(result.status()).value_or("?") +
                             " instead of " + q.category + ": " + q.where +
                             "\n    " + std::string(result.status().message()));
        }
      } else {
        failures.push_back("should fail (" + q.category + "): " + q.where +
                           "\n" + q.text);
      }
    }
  }
  std::cout << "TCK sweep: " << files.size() << " feature files, "
            << queries.size() << " queries\n"
            << "  parsed: " << parsed << " of " << should_parse << "\n"
            << "  refused with a syntax error: " << refused << " of "
            << should_fail << " (category as expected: " << category_matches
            << ")\n";
  for (const std::string& f : failures) std::cout << f << "\n";

  ASSERT_GT(should_parse, 1000);
  EXPECT_GE(parsed, should_parse * 99 / 100);
  EXPECT_EQ(refused, should_fail);
}

}  // namespace
}  // namespace kg::query
