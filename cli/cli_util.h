// Small helpers shared by the subcommands: error reporting and graph loading.
#ifndef KG_CLI_CLI_UTIL_H_
#define KG_CLI_CLI_UTIL_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/graph.h"

namespace kg::cli {

// Prints "kg: error: <message>" to stderr and returns exit status 1.
int Fail(std::string_view message);
int Fail(const absl::Status& status);

// Loads the snapshot at `path` (a clear error when missing or damaged).
absl::StatusOr<Graph> LoadGraph(const std::string& path);

}  // namespace kg::cli

#endif  // KG_CLI_CLI_UTIL_H_
