// The openCypher parser: query text -> ast::Statement.
//
// Hand-written recursive descent, with a Pratt loop for expressions. The
// parser accepts the openCypher 9 syntax the TCK exercises (MATCH, OPTIONAL
// MATCH, WHERE, WITH, RETURN, UNWIND, UNION, CREATE, MERGE, SET, REMOVE,
// DELETE, CALL, EXPLAIN/PROFILE, EXISTS { }) and nothing semantic: unknown
// variables, functions or clause orders are the binder's to refuse.
//
// Errors are InvalidArgumentError "line:col: syntax error: ..." carrying the
// span and the TCK category as payloads (see source_span.h). Any byte string
// is safe to parse: nesting deeper than kMaxNestingDepth is refused with a
// positioned error, so no input can exhaust the stack, and every tree the
// parser returns is at most about that deep.
#ifndef KG_QUERY_PARSER_H_
#define KG_QUERY_PARSER_H_

#include <memory>
#include <string_view>

#include "absl/status/statusor.h"
#include "query/ast.h"

namespace kg::query {

inline constexpr int kMaxNestingDepth = 256;

// Parses one statement; a trailing ';' is allowed.
absl::StatusOr<std::unique_ptr<ast::Statement>> Parse(std::string_view text);

}  // namespace kg::query

#endif  // KG_QUERY_PARSER_H_
