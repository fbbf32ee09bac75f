// Errors of the stages after the parser: semantic errors found by the binder
// and run-time errors raised while rows are pulled.
//
// Both carry the openCypher TCK category as the kCategoryPayloadUrl payload
// (source_span.h), spelled as the TCK spells it ("VariableAlreadyBound",
// "DeleteConnectedNode", ...). Semantic errors are InvalidArgument with a
// "line:col: semantic error: " prefix and the span payload; run-time errors
// are InvalidArgument (or FailedPrecondition for graph state conflicts) with
// a "run-time error: " prefix.
#ifndef KG_QUERY_ERRORS_H_
#define KG_QUERY_ERRORS_H_

#include <string_view>

#include "absl/status/status.h"
#include "query/source_span.h"

namespace kg::query {

absl::Status SemanticError(const SourceSpan& span, std::string_view category,
                           std::string_view message);

absl::Status RuntimeError(std::string_view category, std::string_view message);

// Run-time errors with the TCK categories that come up most.
absl::Status TypeError(std::string_view message);  // InvalidArgumentType

}  // namespace kg::query

#endif  // KG_QUERY_ERRORS_H_
