// Lexer: openCypher text -> tokens, each with its SourceSpan.
//
// The whole text is tokenized up front (the parser looks ahead over brackets
// to tell a pattern from a parenthesized expression). Words are not split into
// keywords here: every word is a kIdentifier and the parser compares it to
// keywords case-insensitively, because openCypher lets most keywords serve as
// label, property or map-key names. A backtick-quoted word is a kIdentifier
// with `quoted` set; it never matches a keyword.
//
// Arrows are not tokens: "-->" is '-' '-' '>' and "<-[" is '<' '-' '['; the
// pattern parser puts them together.
//
// A lexical error does not stop the lexer with a Status: it emits one kError
// token (its category and message filled in) followed by kEnd, and the
// parser reports it when it gets there, so errors come in source order and a
// malformed number can be reported as what the grammar expected at that spot.
//
// Ownership: token text is a string_view into the source text or into
// strings the Lexer owns (decoded string literals and quoted names), so the
// Lexer and the source must outlive the tokens. Not copyable or movable.
#ifndef KG_QUERY_LEXER_H_
#define KG_QUERY_LEXER_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "graph/utf8.h"
#include "query/source_span.h"

namespace kg::query {

enum class TokenKind : uint8_t {
  kEnd,
  kError,       // text = message, error = category
  kIdentifier,  // text = the name (unescaped when quoted)
  kInteger,     // int_value = magnitude; see int_too_large
  kFloat,       // float_value
  kString,      // text = decoded value
  kParameter,   // text = name without '$'
  kLParen,      // (
  kRParen,      // )
  kLBracket,    // [
  kRBracket,    // ]
  kLBrace,      // {
  kRBrace,      // }
  kComma,       // ,
  kDot,         // .
  kDotDot,      // ..
  kColon,       // :
  kSemicolon,   // ;
  kPipe,        // |
  kPlus,        // +
  kPlusEq,      // +=
  kMinus,       // -
  kStar,        // *
  kSlash,       // /
  kPercent,     // %
  kCaret,       // ^
  kEq,          // =
  kNe,          // <>
  kLt,          // <
  kLe,          // <=
  kGt,          // >
  kGe,          // >=
  kRegexMatch,  // =~
};

// "(" for kLParen, "identifier" for kIdentifier, ... for messages and tests.
const char* TokenKindName(TokenKind kind);

struct Token {
  TokenKind kind = TokenKind::kEnd;
  bool quoted = false;         // kIdentifier written in backticks
  bool int_too_large = false;  // kInteger above 2^64 - 1 (int_value is junk)
  ErrorCategory error = ErrorCategory::kUnexpectedSyntax;  // kError only
  SourceSpan span;
  std::string_view text;
  uint64_t int_value = 0;
  double float_value = 0;
};

class Lexer {
 public:
  explicit Lexer(std::string_view source) : source_(source) {}
  Lexer(const Lexer&) = delete;
  Lexer& operator=(const Lexer&) = delete;

  // Every token of the text, always ending with one kEnd token; a kError
  // token, if any, is the last before kEnd.
  std::vector<Token> Tokenize();

 private:
  // Each Lex* function starts at pos_ and appends one token.
  void LexNumber();
  void LexString();
  void LexQuotedIdentifier();
  void LexWord();
  void LexParameter();
  bool LexPunctuation();
  // Skips whitespace and comments; false after emitting an error token
  // (an unterminated comment).
  bool SkipSpaceAndComments();

  // Moves pos_ n bytes forward, keeping line_ and column_ current.
  void Advance(size_t n);
  SourceSpan SpanFrom(size_t start, uint32_t line, uint32_t column) const;
  // A span of `length` bytes starting at pos_.
  SourceSpan SpanHere(size_t length) const;
  void Emit(TokenKind kind, size_t start, uint32_t line, uint32_t column);
  void EmitError(ErrorCategory category, const SourceSpan& span,
                 std::string message);
  std::string_view Store(std::string text);

  char Peek(size_t ahead = 0) const {
    return pos_ + ahead < source_.size() ? source_[pos_ + ahead] : '\0';
  }
  bool AtEnd() const { return pos_ >= source_.size(); }

  std::string_view source_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
  uint32_t column_ = 1;
  bool failed_ = false;
  std::vector<Token> tokens_;
  std::deque<std::string> storage_;  // element addresses are stable
};

// UTF-8 decoding and encoding live in graph/utf8.h.
using ::kg::AppendUtf8;
using ::kg::DecodeUtf8;

}  // namespace kg::query

#endif  // KG_QUERY_LEXER_H_
