// Writers of query results for the command line: an aligned table for
// people, JSON / JSON lines (SCHEMA.md's forms) and CSV for programs.
#ifndef KG_CLI_RESULT_FORMAT_H_
#define KG_CLI_RESULT_FORMAT_H_

#include <iosfwd>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "graph/graph.h"
#include "query/engine.h"

namespace kg::cli {

enum class ResultFormat { kTable, kJson, kJsonl, kCsv, kDot };

// "table", "json", "jsonl", "csv" or "dot"; "" picks table on a terminal,
// json otherwise. dot draws the nodes, relationships and paths a result
// holds (a relationship brings its two ends).
absl::StatusOr<ResultFormat> ParseResultFormat(std::string_view name,
                                               bool stdout_is_terminal);

// Cells wider than this are cut, with a "…" marker.
inline constexpr size_t kMaxCellWidth = 80;

absl::Status WriteResult(ResultFormat format, const Graph& graph,
                         const query::QueryResult& result,
                         absl::Duration elapsed, std::ostream& out);

// "1 row" / "3 rows", then what the statement changed, if anything:
// "3 rows; created 2 nodes, set 4 properties".
std::string Summary(const query::QueryResult& result);

}  // namespace kg::cli

#endif  // KG_CLI_RESULT_FORMAT_H_
