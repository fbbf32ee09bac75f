// Character classes shared by the lexer's source files. Internal to query/.
#ifndef KG_QUERY_LEXER_INTERNAL_H_
#define KG_QUERY_LEXER_INTERNAL_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::query::lexer_internal {

// Unicode white space that openCypher skips like a blank.
bool IsUnicodeSpace(char32_t cp);

// Non-ASCII punctuation and symbols, which may not appear in a bare name.
bool IsUnicodeSymbol(char32_t cp);

// The byte length of the identifier character at text[pos], or 0 if there is
// none: ASCII letters, '_', digits (unless first) and non-ASCII letters.
size_t IdentifierCharLength(std::string_view text, size_t pos, bool first);

// Text for an error message: control and invalid bytes as \xNN, cut after
// 24 code points.
std::string Describe(std::string_view text);

}  // namespace kg::query::lexer_internal

#endif  // KG_QUERY_LEXER_INTERNAL_H_
