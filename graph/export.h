// Whole-graph writers and the JSON reader.
//
//   json    -- {"nodes": [...], "relationships": [...]} as in SCHEMA.md
//   jsonl   -- the same records one per line, each with "kind"
//   cypher  -- a script of CREATE statements that Neo4j, Memgraph or kg run
//   graphml -- GraphML for Gephi, yEd and NetworkX
//   dot     -- Graphviz DOT
// Writers take a std::ostream; the caller owns files.
#ifndef KG_GRAPH_EXPORT_H_
#define KG_GRAPH_EXPORT_H_

#include <iosfwd>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/graph.h"

namespace kg {

absl::Status WriteJson(const Graph& graph, std::ostream& out);
absl::Status WriteJsonLines(const Graph& graph, std::ostream& out);
absl::Status WriteCypher(const Graph& graph, std::ostream& out);
absl::Status WriteGraphMl(const Graph& graph, std::ostream& out);
absl::Status WriteDot(const Graph& graph, std::ostream& out);

// Reads what WriteJson or WriteJsonLines wrote (either form; detected) into a
// new graph. `source` names the input in errors.
absl::StatusOr<Graph> ReadJson(std::string_view text,
                               std::string_view source = "<input>");

}  // namespace kg

#endif  // KG_GRAPH_EXPORT_H_
