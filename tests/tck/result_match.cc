// Result-table and side-effects matching: rows become canonical strings,
// which turns bag comparison into comparing two sorted vectors.
#include "tests/tck/result_match.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "graph/status_macros.h"
#include "tests/tck/canonical.h"

namespace kg::tck {
namespace {

std::string RowText(const std::vector<std::string>& cells) {
  return absl::StrCat("| ", absl::StrJoin(cells, " | "), " |");
}

std::string Lines(const std::vector<std::string>& rows) {
  std::string out;
  for (const std::string& row : rows)
    absl::StrAppend(&out, "      ", row, "\n");
  return out;
}

struct SideEffectField {
  const char* name;
  int64_t query::SideEffects::*count;
};

constexpr SideEffectField kSideEffectFields[] = {
    {"+nodes", &query::SideEffects::nodes_created},
    {"-nodes", &query::SideEffects::nodes_deleted},
    {"+relationships", &query::SideEffects::relationships_created},
    {"-relationships", &query::SideEffects::relationships_deleted},
    {"+labels", &query::SideEffects::labels_added},
    {"-labels", &query::SideEffects::labels_removed},
    {"+properties", &query::SideEffects::properties_set},
    {"-properties", &query::SideEffects::properties_removed},
};

}  // namespace

absl::StatusOr<ExpectedTable> ParseExpectedTable(const Table& table) {
  if (table.empty()) return absl::InvalidArgumentError("no header row");
  ExpectedTable out;
  out.columns = table.front();
  for (size_t r = 1; r < table.size(); ++r) {
    if (table[r].size() != out.columns.size()) {
      return absl::InvalidArgumentError(
          absl::StrCat("row ", r, " has ", table[r].size(), " cells, not ",
                       out.columns.size()));
    }
    std::vector<TckValue> row;
    for (const std::string& cell : table[r]) {
      KG_ASSIGN_OR_RETURN(TckValue value, ParseTckValue(cell));
      row.push_back(std::move(value));
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

std::optional<std::string> MatchCells(const ExpectedTable& expected,
                                      const ActualTable& actual,
                                      const MatchOptions& options) {
  // Column i of the expected table is column `source[i]` of the result.
  std::vector<size_t> source;
  for (const std::string& name : expected.columns) {
    const auto it =
        std::find(actual.columns.begin(), actual.columns.end(), name);
    if (it == actual.columns.end()) break;
    source.push_back(static_cast<size_t>(it - actual.columns.begin()));
  }
  if (source.size() != expected.columns.size() ||
      actual.columns.size() != expected.columns.size()) {
    return absl::StrCat("columns differ: expected ", RowText(expected.columns),
                        ", got ", RowText(actual.columns));
  }
  std::vector<std::string> want;
  for (const auto& row : expected.rows) {
    std::vector<std::string> cells;
    for (const TckValue& cell : row) {
      cells.push_back(Canonical(cell, options.ignore_list_order));
    }
    want.push_back(RowText(cells));
  }
  std::vector<std::string> got;
  for (const auto& row : actual.rows) {
    std::vector<std::string> cells;
    for (size_t c : source) {
      cells.push_back(c < row.size() ? row[c] : "<missing cell>");
    }
    got.push_back(RowText(cells));
  }
  if (options.in_order) {
    if (want == got) return std::nullopt;
    return absl::StrCat("rows differ (in order)\n    expected:\n", Lines(want),
                        "    actual:\n", Lines(got));
  }
  std::sort(want.begin(), want.end());
  std::sort(got.begin(), got.end());
  if (want == got) return std::nullopt;
  std::vector<std::string> missing, unexpected;
  std::set_difference(want.begin(), want.end(), got.begin(), got.end(),
                      std::back_inserter(missing));
  std::set_difference(got.begin(), got.end(), want.begin(), want.end(),
                      std::back_inserter(unexpected));
  return absl::StrCat("rows differ (any order): expected ", want.size(),
                      " rows, got ", got.size(), "\n    missing:\n",
                      Lines(missing), "    unexpected:\n", Lines(unexpected));
}

std::optional<std::string> MatchResult(const Graph& graph,
                                       const ExpectedTable& expected,
                                       const query::QueryResult& actual,
                                       const MatchOptions& options) {
  ActualTable table{actual.columns, {}};
  for (const auto& row : actual.rows) {
    std::vector<std::string>& cells = table.rows.emplace_back();
    for (const Value& v : row) {
      cells.push_back(Canonical(graph, v, options.ignore_list_order));
    }
  }
  return MatchCells(expected, table, options);
}

absl::StatusOr<query::SideEffects> ParseSideEffects(const Table& table) {
  query::SideEffects effects;
  for (const auto& row : table) {
    if (row.size() != 2) {
      return absl::InvalidArgumentError(
          "side effect rows are | name | count |");
    }
    const SideEffectField* field = nullptr;
    for (const SideEffectField& f : kSideEffectFields) {
      if (row[0] == f.name) field = &f;
    }
    int64_t count = 0;
    if (field == nullptr) {
      return absl::InvalidArgumentError(
          absl::StrCat("unknown side effect '", row[0], "'"));
    }
    if (!absl::SimpleAtoi(row[1], &count) || count < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("bad count '", row[1], "' for ", row[0]));
    }
    effects.*(field->count) = count;
  }
  return effects;
}

std::string FormatSideEffects(const query::SideEffects& effects) {
  std::vector<std::string> parts;
  for (const SideEffectField& f : kSideEffectFields) {
    if (effects.*(f.count) != 0) {
      parts.push_back(absl::StrCat(f.name, " ", effects.*(f.count)));
    }
  }
  return parts.empty() ? "none" : absl::StrJoin(parts, ", ");
}

}  // namespace kg::tck
