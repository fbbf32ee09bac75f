// The function registry: name -> arity + implementation, for every built-in
// scalar and aggregate function of openCypher that kg supports.
//
// Names are matched case-insensitively (toLower, TOLOWER and tolower are one
// function). Scalar functions map argument values to a value, or fail with a
// run-time error carrying a TCK category (errors.h). Aggregates have no
// scalar implementation; MakeAccumulator() gives the state that folds the
// rows of one group. The tables are static and immutable: thread-safe.
#ifndef KG_QUERY_FUNCTIONS_REGISTRY_H_
#define KG_QUERY_FUNCTIONS_REGISTRY_H_

#include <memory>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "graph/value.h"
#include "query/exec_context.h"

namespace kg::query {

using ScalarFn = absl::StatusOr<Value> (*)(ExecContext&,
                                           absl::Span<const Value>);

struct Function {
  std::string_view name;  // canonical spelling
  int min_args = 0;
  int max_args = 0;         // -1: any number
  ScalarFn call = nullptr;  // null for aggregates
  bool aggregate() const { return call == nullptr; }
};

// Null when no function has this name.
const Function* FindFunction(std::string_view name);

// The state of one aggregate over one group.
class Accumulator {
 public:
  virtual ~Accumulator() = default;
  // The evaluated arguments for one row.
  virtual absl::Status Add(absl::Span<const Value> args) = 0;
  virtual absl::StatusOr<Value> Finish() = 0;
};

// REQUIRES: function == nullptr (count(*)) or function->aggregate().
std::unique_ptr<Accumulator> MakeAccumulator(const Function* function,
                                             bool distinct);

// The per-family tables, joined by registry.cc.
absl::Span<const Function> GraphFunctions();
absl::Span<const Function> ListFunctions();
absl::Span<const Function> StringFunctions();
absl::Span<const Function> MathFunctions();
absl::Span<const Function> ConversionFunctions();
absl::Span<const Function> AggregateFunctions();
absl::Span<const Function> TemporalFunctions();

}  // namespace kg::query

#endif  // KG_QUERY_FUNCTIONS_REGISTRY_H_
