// Matching a QueryResult against an expected TCK table, and the side-effects
// table.
//
// An expected table is a header row of column names and rows of cells in the
// TCK value notation. Columns match by name (the same set of names; their
// order is free, as the TCK's own runner keys records by name). Rows compare
// as a bag ("in any order") or as a sequence ("in order"); cells compare by
// canonical text (canonical.h), lists as multisets when asked to ignore list
// element order.
#ifndef KG_TESTS_TCK_RESULT_MATCH_H_
#define KG_TESTS_TCK_RESULT_MATCH_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/graph.h"
#include "query/engine.h"
#include "tests/tck/gherkin.h"
#include "tests/tck/tck_value.h"

namespace kg::tck {

struct ExpectedTable {
  std::vector<std::string> columns;
  std::vector<std::vector<TckValue>> rows;
};

struct MatchOptions {
  bool in_order = false;
  bool ignore_list_order = false;
};

// REQUIRES: table has a header row. Fails when a cell does not parse or a
// row's width differs from the header's.
absl::StatusOr<ExpectedTable> ParseExpectedTable(const Table& table);

// A result as canonical cells (canonical.h): its columns, and its rows with
// their cells in column order.
struct ActualTable {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

// nullopt when `actual` matches; otherwise a readable account of the
// difference (both tables, or the rows missing and unexpected). `actual`'s
// cells were made with sort_lists when options.ignore_list_order is set.
std::optional<std::string> MatchCells(const ExpectedTable& expected,
                                      const ActualTable& actual,
                                      const MatchOptions& options);

// MatchCells on a QueryResult whose values live in `graph`.
std::optional<std::string> MatchResult(const Graph& graph,
                                       const ExpectedTable& expected,
                                       const query::QueryResult& actual,
                                       const MatchOptions& options);

// `| +nodes | 1 |` rows into counts; names not listed stay zero. Unknown
// names and non-integer counts fail.
absl::StatusOr<query::SideEffects> ParseSideEffects(const Table& table);

// "+nodes 1, -labels 2" (non-zero entries only; "none" when all are zero).
std::string FormatSideEffects(const query::SideEffects& effects);

}  // namespace kg::tck

#endif  // KG_TESTS_TCK_RESULT_MATCH_H_
