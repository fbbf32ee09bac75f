// Splitting a script into statements: the text between top-level ';'
// tokens, so that a ';' inside a string, a quoted name or a comment does not
// split. Each piece remembers where it starts in the script, so that errors
// inside it can be reported at the script's own line and column.
#ifndef KG_QUERY_STATEMENTS_H_
#define KG_QUERY_STATEMENTS_H_

#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "query/source_span.h"

namespace kg::query {

struct StatementText {
  std::string_view text;  // a view into the script, without the ';'
  SourceSpan start;       // offset, line and column of text's first byte
};

// The statements of `script`, skipping empty ones (only space and comments).
// A lexical error (a bad character, an invalid UTF-8 byte, an unterminated
// string) does not end the split: the statement holding it still ends at the
// next top-level ';' (for an unterminated string, the next ';' after its
// opening quote), and parsing that statement reports the error, so that the
// statements after it can run.
std::vector<StatementText> SplitStatements(std::string_view script);

// Moves the position of an error made while parsing or running `statement`
// from the statement's coordinates to the script's: the span payload and the
// "line:col: " prefix of the message both follow.
absl::Status InScript(const absl::Status& status,
                      const StatementText& statement);

}  // namespace kg::query

#endif  // KG_QUERY_STATEMENTS_H_
