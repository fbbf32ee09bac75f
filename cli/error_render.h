// Renders a query error as Ninja and compilers do, after its Neo4j status
// code and TCK category in brackets, so that tools can tell errors apart:
//
//   kg: error: [Neo.ClientError.Statement.SyntaxError: UnexpectedSyntax]
//   queries.cypher:3:14: syntax error: expected ')' but found 'RETURN'
//     MATCH (n:Agency RETURN n
//                     ^
//
// (on one line up to the source) when the error carries a source span (see
// query/source_span.h); otherwise just the tag and the message.
#ifndef KG_CLI_ERROR_RENDER_H_
#define KG_CLI_ERROR_RENDER_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace kg::cli {

// "Neo.ClientError.Statement.SyntaxError: VariableAlreadyBound", or the code
// alone when the error has no TCK category.
std::string ErrorTag(const absl::Status& status);

// `source` names the text ("query" for a command-line query, else a file);
// `text` is the whole text the span's offset refers to.
std::string RenderQueryError(const absl::Status& status,
                             std::string_view source, std::string_view text);

}  // namespace kg::cli

#endif  // KG_CLI_ERROR_RENDER_H_
