// Expression evaluation over a row: BoundExpr -> Value.
//
// Eval() walks a bound expression (recursively: the parser bounds every
// expression's depth) and reads slots of the row; list comprehensions,
// quantifiers and reduce write their iteration variable into its slot, and
// pattern predicates run their SubPlan with the row as the argument, so the
// row is taken by non-const reference. Errors are run-time errors with TCK
// categories (errors.h). The operator helpers below are the openCypher rules
// for `+`, `<` and friends, shared with the aggregate code and tests.
#ifndef KG_QUERY_EVAL_H_
#define KG_QUERY_EVAL_H_

#include "absl/status/statusor.h"
#include "graph/value.h"
#include "query/ast.h"
#include "query/bound.h"
#include "query/exec_context.h"

namespace kg::query {

absl::StatusOr<Value> Eval(const BoundExpr& expr, Row& row, ExecContext& ctx);

// Values built while a statement runs nest lists and maps at most this
// deep (a literal is bound by the parser's 256 levels; reduce(l = [], x IN
// ... | [l]) is not): printing, comparing and destroying a value recurse.
inline constexpr uint32_t kMaxValueDepth = 512;

// NestingTooDeep past kMaxValueDepth.
absl::Status CheckDepth(const Value& v);

// True only when the expression evaluates to true (null and false filter out).
// A non-boolean, non-null result is InvalidArgumentType.
absl::StatusOr<bool> EvalPredicate(const BoundExpr& expr, Row& row,
                                   ExecContext& ctx);

// `+ - * / % ^` with openCypher's integer/float rules.
absl::StatusOr<Value> Arithmetic(ast::BinaryOp op, const Value& a,
                                 const Value& b);
// Unary minus.
absl::StatusOr<Value> Negate(const Value& v);
// `= <> < > <= >=`.
Value CompareValues(ast::CompareOp op, const Value& a, const Value& b);
// `x IN list`, ternary.
absl::StatusOr<Value> InList(const Value& x, const Value& list);
// A value's property `key` (nodes, relationships, maps); null-safe.
// `name` is the key's name (maps are keyed by name); `key` may be kNoKey.
absl::StatusOr<Value> PropertyOf(const Value& object, KeyId key,
                                 std::string_view name, ExecContext& ctx);

}  // namespace kg::query

#endif  // KG_QUERY_EVAL_H_
