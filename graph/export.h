// Whole-graph writers and the JSON reader.
//
//   json    -- {"nodes": [...], "relationships": [...]} as in SCHEMA.md
//   jsonl   -- the same records one per line, each with "kind"
//   cypher  -- a script of CREATE statements that Neo4j, Memgraph or kg run
//   graphml -- GraphML for Gephi, yEd and NetworkX
//   dot     -- Graphviz DOT
// Writers take a std::ostream; the caller owns files. They stream: no copy of
// the graph is built, and a failed stream gives DataLossError.
//
// Shared choices (each writer's .cc says more):
//   * Output is deterministic: elements in id order, property keys by name.
//   * Strings that are not valid UTF-8 have each bad sequence replaced by
//     U+FFFD, so every output is valid UTF-8 in its own syntax.
//   * NaN and infinities: JSON writes NaN, Infinity, -Infinity (RapidJSON's
//     extension, which ReadJson reads back); Cypher writes 0.0/0.0, 1.0/0.0,
//     -1.0/0.0; GraphML and DOT write NaN, Infinity, -Infinity as text.
//   * GraphML has no list type: a list property is a string holding the
//     list's JSON text.
//   * Temporal values: JSON writes tagged objects ({"$date": "2015-07-21"},
//     which ReadJson reads back), Cypher the calls date('2015-07-21'),
//     GraphML their ISO 8601 text; CSV export refuses them.
#ifndef KG_GRAPH_EXPORT_H_
#define KG_GRAPH_EXPORT_H_

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "graph/graph.h"

namespace kg {

absl::Status WriteJson(const Graph& graph, std::ostream& out);
absl::Status WriteJsonLines(const Graph& graph, std::ostream& out);
absl::Status WriteCypher(const Graph& graph, std::ostream& out);
absl::Status WriteGraphMl(const Graph& graph, std::ostream& out);
absl::Status WriteDot(const Graph& graph, std::ostream& out);
// DOT of part of the graph: these live nodes and relationships (the ends of
// each relationship must be among the nodes), e.g. what a query returned.
absl::Status WriteDotOf(const Graph& graph, absl::Span<const NodeId> nodes,
                        absl::Span<const RelId> rels, std::ostream& out);

// A query result in SCHEMA.md's form, {"columns": [...], "rows": [[...], ...]}
// with one row per line; nodes, relationships and paths inside a row take the
// record forms above (a path is {"nodes": [...], "relationships": [...]}).
// `more_members`, when not empty, is JSON text of further members written
// after "rows" (e.g. `"stats": {...}`).
absl::Status WriteResultJson(const Graph& graph,
                             absl::Span<const std::string> columns,
                             absl::Span<const std::vector<Value>> rows,
                             std::ostream& out,
                             std::string_view more_members = {});
// The same, one JSON object per row: {"column": value, ...}.
absl::Status WriteResultJsonLines(const Graph& graph,
                                  absl::Span<const std::string> columns,
                                  absl::Span<const std::vector<Value>> rows,
                                  std::ostream& out);

// Reads what WriteJson or WriteJsonLines wrote (either form; detected) into a
// new graph, with new dense ids in file order. `source` names the input in
// errors, which are InvalidArgument and say where: "g.jsonl:12: ..." or
// "g.json:3:17: ... (byte 1234)".
absl::StatusOr<Graph> ReadJson(std::string_view text,
                               std::string_view source = "<input>");

}  // namespace kg

#endif  // KG_GRAPH_EXPORT_H_
