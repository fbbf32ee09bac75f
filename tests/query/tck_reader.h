// Reads the openCypher TCK's feature files into queries, for the TCK sweep
// and the robustness tests: every "When executing query:" and "And having
// executed:" block, Scenario Outlines expanded from their Examples tables,
// and the expected syntax-level error category of each "When" query. The
// temporal features, and queries calling temporal functions, are left out.
// Header-only because the test build compiles only *_test.cc files.
//
// The TCK is found at $KG_TCK_DIR, else KG_SOURCE_DIR/../shared/tck.
#ifndef KG_TESTS_QUERY_TCK_READER_H_
#define KG_TESTS_QUERY_TCK_READER_H_

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/strip.h"

namespace kg::query::tck {

struct TckQuery {
  std::string where;  // file:line and scenario, for failure lists
  std::string text;
  std::string category;  // expected syntax-level error category, or ""
};

// The categories a parser can raise; the rest belong to later stages.
inline const std::set<std::string>& SyntaxCategories() {
  static const auto* const kCategories = new std::set<std::string>{
      "UnexpectedSyntax",          "InvalidNumberLiteral",
      "IntegerOverflow",           "FloatingPointOverflow",
      "InvalidUnicodeLiteral",     "InvalidUnicodeCharacter",
      "InvalidRelationshipPattern"};
  return *kCategories;
}

inline bool UsesTemporalFunctions(const std::string& query) {
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

inline std::vector<std::string> TableCells(std::string_view line) {
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
inline void ReadFeature(const std::filesystem::path& path,
                        const std::string& name, std::vector<TckQuery>* out) {
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

inline std::filesystem::path TckDir() {
  if (const char* env = std::getenv("KG_TCK_DIR"))
    return std::filesystem::path(env);
  return std::filesystem::path(KG_SOURCE_DIR) / ".." / "shared" / "tck";
}

// Every query of the TCK outside the temporal features, in path order; empty
// when the TCK is absent.
inline std::vector<TckQuery> ReadTck(size_t* file_count = nullptr) {
  const std::filesystem::path features = TckDir() / "features";
  std::vector<TckQuery> queries;
  std::error_code error;
  if (!std::filesystem::is_directory(features, error)) return queries;
  std::vector<std::filesystem::path> files;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(features)) {
    if (entry.path().extension() != ".feature") continue;
    const std::string relative =
        std::filesystem::relative(entry.path(), features).generic_string();
    if (absl::StartsWith(relative, "expressions/temporal/")) continue;
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const std::filesystem::path& file : files) {
    ReadFeature(file,
                std::filesystem::relative(file, features).generic_string(),
                &queries);
  }
  if (file_count != nullptr) *file_count = files.size();
  return queries;
}

}  // namespace kg::query::tck

#endif  // KG_TESTS_QUERY_TCK_READER_H_
