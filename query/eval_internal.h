// The evaluator's pieces shared between eval.cc and eval_collections.cc
// (internal to query/).
#ifndef KG_QUERY_EVAL_INTERNAL_H_
#define KG_QUERY_EVAL_INTERNAL_H_

#include "query/eval.h"

namespace kg::query {

absl::StatusOr<Value> EvalSubscript(const BoundExpr& e, Row& row,
                                    ExecContext& ctx);
absl::StatusOr<Value> EvalSlice(const BoundExpr& e, Row& row, ExecContext& ctx);
// kList, kMap, kListComprehension, kQuantifier, kReduce, kMapProjection.
absl::StatusOr<Value> EvalCollection(const BoundExpr& e, Row& row,
                                     ExecContext& ctx);
// kPatternComprehension and kExists.
absl::StatusOr<Value> EvalSubPlan(const BoundExpr& e, Row& row,
                                  ExecContext& ctx);
absl::StatusOr<Value> EvalPath(const BoundExpr& e, Row& row, ExecContext& ctx);
// `=~` with RE2: the whole string must match.
absl::StatusOr<Value> RegexMatch(const Value& s, const Value& pattern);

}  // namespace kg::query

#endif  // KG_QUERY_EVAL_INTERNAL_H_
