// The binder: ast::Statement -> BoundQuery (bound.h).
//
// It walks the clauses in order with a scope of visible variables, gives
// every variable a slot, interns property keys, folds parameters into
// literals, resolves function names, and refuses what openCypher refuses at
// compile time, with the TCK's category (UndefinedVariable,
// VariableAlreadyBound, VariableTypeConflict, InvalidAggregation, ...) and the
// span of the offending text (errors.h).
#ifndef KG_QUERY_BINDER_BINDER_H_
#define KG_QUERY_BINDER_BINDER_H_

#include "absl/status/statusor.h"
#include "graph/graph.h"
#include "query/ast.h"
#include "query/bound.h"

namespace kg::query {

// Interns property keys in `graph` (never labels or types).
absl::StatusOr<BoundQuery> Bind(const ast::Statement& statement, Graph* graph,
                                const ValueMap& parameters);

}  // namespace kg::query

#endif  // KG_QUERY_BINDER_BINDER_H_
