// "Did you mean" hints for a query that failed or returned nothing: a label,
// relationship type or property key that the graph does not have but that is
// one or two edits from one it has, or an unknown function close to a
// built-in one. Shared by `kg query`, `kg run` and the shell.
#ifndef KG_CLI_HINTS_H_
#define KG_CLI_HINTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "graph/graph.h"

namespace kg::cli {

// One line per hint, without a trailing newline, e.g.
// "label :Agncy is not in the graph; did you mean :Agency?".
// `status` is the statement's outcome (OK for an empty result).
std::vector<std::string> DidYouMean(const Graph& graph, std::string_view query,
                                    const absl::Status& status);

}  // namespace kg::cli

#endif  // KG_CLI_HINTS_H_
