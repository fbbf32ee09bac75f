// Where a scenario's statements run. The in-process backend is an Engine on
// a fresh Graph; the command-line backend runs the kg binary, one process a
// statement, on a snapshot in a scratch folder, and sees only what a user
// sees: the JSON result or error on stdout, the exit code.
//
// Either way a query's outcome is a QueryRun: the error's TCK category, or
// the result as canonical cells (canonical.h) and what the statement changed.
#ifndef KG_TESTS_TCK_BACKEND_H_
#define KG_TESTS_TCK_BACKEND_H_

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "graph/value.h"
#include "query/engine.h"
#include "tests/tck/result_match.h"
#include "tests/tck/tck_value.h"

namespace kg::tck {

// One row of "parameters are:": its name, its cell text and the value.
struct Parameter {
  std::string name;
  std::string text;
  Value value;
};

struct QueryRun {
  // OK, or the error as the backend reports it.
  absl::Status status;
  // The failed query's TCK category ("VariableAlreadyBound"), when it has
  // one.
  std::optional<std::string> category;
  bool timed_out = false;
  // When OK: the rows as canonical cells, as they are and with every list
  // sorted ("ignoring element order for lists").
  ActualTable cells;
  ActualTable sorted_cells;
  query::SideEffects side_effects;
};

class Backend {
 public:
  virtual ~Backend() = default;
  // A setup statement ("having executed:"); fails with the error.
  virtual absl::Status Setup(std::string_view statement) = 0;
  // A graph script of the TCK (graphs/<name>/<name>.cypher).
  virtual absl::Status LoadScript(const std::filesystem::path& script) = 0;
  virtual QueryRun Execute(std::string_view query,
                           const std::vector<Parameter>& parameters) = 0;
};

std::unique_ptr<Backend> NewInProcessBackend(absl::Duration timeout);

// `kg` is the binary; `work_dir` an existing folder the backend may fill
// (one snapshot and the statement files).
std::unique_ptr<Backend> NewCommandLineBackend(std::filesystem::path kg,
                                               std::filesystem::path work_dir,
                                               absl::Duration timeout);

// What `kg query --format json` printed for one statement, as a QueryRun:
// {"columns": [...], "rows": [[...]], "stats": {...}} or {"error": {"code",
// "category", "message", ...}}. Maps with exactly the members of a node
// (id, labels, properties), a relationship (id, type, start, end,
// properties) or a path (nodes, relationships) are read as those, and
// {"$float": "NaN" | "Infinity" | "-Infinity"} as the float, and the
// temporal forms ({"$date": "2015-07-21"}, ...) as strings of their text,
// which is how the TCK compares them. Fails when the text is not such a
// result.
absl::StatusOr<QueryRun> ParseJsonResult(std::string_view json);

}  // namespace kg::tck

#endif  // KG_TESTS_TCK_BACKEND_H_
