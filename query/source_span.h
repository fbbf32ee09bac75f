// SourceSpan: where a token or an AST node sits in the query text, and the
// helpers that attach such a position to an error.
//
// Lines and columns are 1-based. A line ends at '\n' only. Columns count
// Unicode code points (every byte that is not a UTF-8 continuation byte starts
// a new column), so a caret printed under column c of the source line points at
// the right character on a terminal. `offset` and `length` are in bytes and
// slice the original text exactly.
//
// Errors made by the query front end are absl::InvalidArgumentError whose
// message starts with "line:column: ", and which carry two payloads:
//   kSpanPayloadUrl      the span, as "offset,length,line,column";
//   kCategoryPayloadUrl  the openCypher TCK error category, e.g.
//                        "UnexpectedSyntax" or "IntegerOverflow".
// Only cli/ renders the source line and a caret; everything else passes the
// Status along untouched.
#ifndef KG_QUERY_SOURCE_SPAN_H_
#define KG_QUERY_SOURCE_SPAN_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace kg::query {

struct SourceSpan {
  uint32_t offset = 0;  // bytes from the start of the text
  uint32_t length = 0;  // bytes
  uint32_t line = 1;
  uint32_t column = 1;

  uint32_t end() const { return offset + length; }
  friend bool operator==(const SourceSpan&, const SourceSpan&) = default;
};

// The span from the start of `first` to the end of `last`.
// REQUIRES: first starts no later than last ends.
SourceSpan Cover(const SourceSpan& first, const SourceSpan& last);

// "1:14" — what error messages print.
std::string ToString(const SourceSpan& span);

// The TCK's error categories that the front end can raise (the others belong
// to the binder and later stages, which may add theirs to the list).
enum class ErrorCategory : uint8_t {
  kUnexpectedSyntax,
  kInvalidNumberLiteral,
  kIntegerOverflow,
  kFloatingPointOverflow,
  kInvalidUnicodeLiteral,
  kInvalidUnicodeCharacter,
  kInvalidRelationshipPattern,
  kNestingTooDeep,  // kg's own: the parser's fixed depth limit
};

// The category's TCK spelling ("UnexpectedSyntax", ...).
const char* CategoryName(ErrorCategory category);

inline constexpr char kSpanPayloadUrl[] = "kg.query/SourceSpan";
inline constexpr char kCategoryPayloadUrl[] = "kg.query/ErrorCategory";

// An InvalidArgumentError "line:col: syntax error: <message>" with both
// payloads attached.
absl::Status SyntaxError(const SourceSpan& span, ErrorCategory category,
                         std::string_view message);

// Attaches a span and/or a category name to any status (a no-op on OK).
void AttachSpan(absl::Status& status, const SourceSpan& span);
void AttachCategory(absl::Status& status, std::string_view category);

// Reads the payloads back; nullopt when absent or malformed.
std::optional<SourceSpan> GetSpan(const absl::Status& status);
std::optional<std::string> GetCategory(const absl::Status& status);

}  // namespace kg::query

#endif  // KG_QUERY_SOURCE_SPAN_H_
