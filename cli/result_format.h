// Writers of query results for the command line: an aligned table for
// people, JSON / JSON lines (SCHEMA.md's forms) and CSV for programs.
#ifndef KG_CLI_RESULT_FORMAT_H_
#define KG_CLI_RESULT_FORMAT_H_

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "absl/container/btree_set.h"
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

// Table cells wider than kMaxCellWidth columns wrap onto more lines; past
// kMaxCellLines lines they are cut with a "…" marker.
inline constexpr size_t kMaxCellWidth = 80;
inline constexpr size_t kMaxCellLines = 4;

// The table ends with a footer, "3 rows (1.2 ms)", the time only when
// `elapsed` is given. json adds what a statement changed, when it changed
// anything, as "stats" beside "columns" and "rows": {"nodes_created": 1,
// "labels_added": 1, ...} with the names of query::SideEffects, non-zero
// counts only.
absl::Status WriteResult(ResultFormat format, const Graph& graph,
                         const query::QueryResult& result,
                         std::optional<absl::Duration> elapsed,
                         std::ostream& out);

// A failed statement in the JSON formats, in place of its result and on one
// line: {"error": {"code": "Neo.ClientError.Statement.SyntaxError",
// "category": "UnexpectedSyntax", "message": "...", "line": 1, "column": 8}}
// ("category" only when the error has one; line and column null when it has
// no position). The human-readable error still goes to stderr.
void WriteJsonError(const absl::Status& status, std::ostream& out);

// The nodes and relationships that one or more results hold, at any depth
// (a relationship brings its two ends, a path all of its own), drawn as one
// Graphviz diagram.
struct DiagramElements {
  absl::btree_set<NodeId> nodes;
  absl::btree_set<RelId> rels;

  void Add(const Graph& graph, const query::QueryResult& result);
  // InvalidArgument when there is nothing to draw.
  absl::Status WriteDot(const Graph& graph, std::ostream& out) const;
};

// "1 row" / "3 rows", then what the statement changed, if anything:
// "3 rows; created 2 nodes, set 4 properties".
std::string Summary(const query::QueryResult& result);

}  // namespace kg::cli

#endif  // KG_CLI_RESULT_FORMAT_H_
