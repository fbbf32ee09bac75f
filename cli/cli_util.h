// Small helpers shared by the subcommands: error reporting, graph loading
// and parameter values.
#ifndef KG_CLI_CLI_UTIL_H_
#define KG_CLI_CLI_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/graph.h"
#include "graph/value.h"

namespace kg::cli {

// Prints "kg: error: <message>" to stderr and returns exit status 1.
int Fail(std::string_view message);
int Fail(const absl::Status& status);

// Loads the snapshot at `path` (a clear error when missing or damaged); an
// empty path gives an empty in-memory graph, so that every subcommand works
// without -g (a script can CREATE its own graph).
absl::StatusOr<Graph> LoadGraph(const std::string& path);

// A new empty graph that lives until the process ends and is never
// destroyed: at exit the operating system takes its memory back at once,
// where destroying it would walk every node record, adjacency list and index
// (0.8 s for a million nodes and five million relationships). For the one
// graph of a short-lived command; the graph stays reachable, so a leak
// checker does not report it.
Graph& ProcessLifetimeGraph();

// The whole content of a file, or NotFound naming it.
absl::StatusOr<std::string> ReadTextFile(const std::string& path);

// Evaluates `text`, a Cypher expression without variables ('NASA', 2018,
// [1, 2], {a: 1}), on an empty graph: how parameters are given.
absl::StatusOr<Value> EvaluateLiteral(std::string_view text);

// "name=value" as -p/--param takes it, the value as EvaluateLiteral reads it.
absl::StatusOr<std::pair<std::string, Value>> ParseParam(
    const std::string& spec);

// `text` for an error message: as it is when at most `max_bytes` long,
// else its first max_bytes (cut at a character boundary) and "... (N
// bytes)", so that no input can flood the terminal with its own echo.
std::string Excerpt(std::string_view text, size_t max_bytes = 80);

// A size as --max-memory takes it: bytes, or a number with K, M, G or T
// (binary units, an optional trailing B or iB): "512M", "1.5G", "2GiB".
absl::StatusOr<uint64_t> ParseByteSize(std::string_view text);

// A --threads value: itself when positive, else one per core.
int Threads(int requested);

}  // namespace kg::cli

#endif  // KG_CLI_CLI_UTIL_H_
