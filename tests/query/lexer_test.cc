// Lexer tables: token kinds, spans (1-based line and column, columns in code
// points), every literal form, escapes, and the error tokens.
#include "query/lexer.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/query/span_printer.h"

namespace kg::query {

namespace {

// "kind" or "kind:text" per token, kEnd left out.
std::string Kinds(std::string_view text) {
  Lexer lexer(text);
  std::string out;
  for (const Token& t : lexer.Tokenize()) {
    if (t.kind == TokenKind::kEnd) break;
    if (!out.empty()) out += ' ';
    out += TokenKindName(t.kind);
    if (t.kind == TokenKind::kIdentifier || t.kind == TokenKind::kString ||
        t.kind == TokenKind::kParameter || t.kind == TokenKind::kError) {
      out += ':';
      out.append(t.text);
    }
  }
  return out;
}

// The only token of `text`, with its text copied out: a token's own text
// view lives only as long as its Lexer.
struct SingleToken {
  Token token;
  std::string text;
};

SingleToken Single(std::string_view text) {
  Lexer lexer(text);
  std::vector<Token> tokens = lexer.Tokenize();
  EXPECT_EQ(tokens.size(), 2u) << text;
  return SingleToken{tokens.front(), std::string(tokens.front().text)};
}

TEST(LexerTest, PunctuationAndOperators) {
  struct Case {
    const char* text;
    const char* kinds;
  } const kCases[] = {
      {"( ) [ ] { } , . .. : ; |", "( ) [ ] { } , . .. : ; |"},
      {"+ += - * / % ^", "+ += - * / % ^"},
      {"= <> < <= > >= =~", "= <> < <= > >= =~"},
      // Arrows are single characters; the parser joins them.
      {"-->", "- - >"},
      {"<-[", "< - ["},
      {"]->", "] - >"},
      {"<-->", "< - - >"},
      {"1..3", "integer .. integer"},
      {"x[..2]", "identifier:x [ .. integer ]"},
  };
  for (const Case& c : kCases) EXPECT_EQ(Kinds(c.text), c.kinds) << c.text;
}

TEST(LexerTest, WordsAreIdentifiersWhateverTheirCase) {
  EXPECT_EQ(Kinds("MATCH match Match"),
            "identifier:MATCH identifier:match identifier:Match");
  EXPECT_EQ(Kinds("_a1 été 名前"),
            "identifier:_a1 identifier:été identifier:名前");
}

TEST(LexerTest, QuotedIdentifiersUnescapeDoubledBackticks) {
  const SingleToken t = Single("`a``b c`");
  EXPECT_EQ(t.token.kind, TokenKind::kIdentifier);
  EXPECT_TRUE(t.token.quoted);
  EXPECT_EQ(t.text, "a`b c");
  EXPECT_EQ(t.token.span.length, 8u);
  EXPECT_FALSE(Single("abc").token.quoted);
}

TEST(LexerTest, Parameters) {
  EXPECT_EQ(Kinds("$name $0 $`a b` $_x1"),
            "parameter:name parameter:0 parameter:a b parameter:_x1");
}

TEST(LexerTest, IntegerLiterals) {
  struct Case {
    const char* text;
    uint64_t value;
    bool too_large;
  } const kCases[] = {
      {"0", 0, false},
      {"42", 42, false},
      {"9223372036854775807", 9223372036854775807ull, false},
      // The magnitude of -2^63; the parser decides whether it overflows.
      {"9223372036854775808", 9223372036854775808ull, false},
      {"18446744073709551615", 18446744073709551615ull, false},
      {"18446744073709551616", 0, true},
      {"0x1F", 31, false},
      {"0X1f", 31, false},
      {"0x7FFFFFFFFFFFFFFF", 9223372036854775807ull, false},
      {"0o17", 15, false},
      {"017", 15, false},  // legacy octal
      {"0o777777777777777777777", 9223372036854775807ull, false},
  };
  for (const Case& c : kCases) {
    const Token t = Single(c.text).token;
    EXPECT_EQ(t.kind, TokenKind::kInteger) << c.text;
    EXPECT_EQ(t.int_too_large, c.too_large) << c.text;
    if (!c.too_large) {
      EXPECT_EQ(t.int_value, c.value) << c.text;
    }
  }
}

TEST(LexerTest, FloatLiterals) {
  struct Case {
    const char* text;
    double value;
  } const kCases[] = {
      {"1.5", 1.5},    {".5", 0.5},        {"1e10", 1e10},
      {"1E10", 1e10},  {"1.5E-3", 1.5e-3}, {".1e9", 1e8},
      {"1e+3", 1e3},   {"0.0", 0.0},       {"123456789e300", 1.23456789e308},
      {"1e-400", 0.0},  // underflow is zero, not an error
  };
  for (const Case& c : kCases) {
    const Token t = Single(c.text).token;
    EXPECT_EQ(t.kind, TokenKind::kFloat) << c.text;
    EXPECT_DOUBLE_EQ(t.float_value, c.value) << c.text;
  }
}

TEST(LexerTest, StringLiteralsDecodeEscapes) {
  struct Case {
    const char* text;
    const char* value;
  } const kCases[] = {
      {"''", ""},
      {"\"\"", ""},
      {"'a\"b'", "a\"b"},
      {"\"a'b\"", "a'b"},
      {R"('\\ \' \" \b \f \n \r \t')", "\\ ' \" \b \f \n \r \t"},
      {R"('\N\T')", "\n\t"},
      {R"('\u01FF')", "\xC7\xBF"},
      {R"('\U0001F9D0')", "\xF0\x9F\xA7\x90"},
      {R"('\uD83E\uDDD0')", "\xF0\x9F\xA7\x90"},  // a surrogate pair
      {"'🧐🍌'", "🧐🍌"},
      {"'two\nlines'", "two\nlines"},
  };
  for (const Case& c : kCases) {
    const SingleToken t = Single(c.text);
    EXPECT_EQ(t.token.kind, TokenKind::kString) << c.text;
    EXPECT_EQ(t.text, c.value) << c.text;
  }
}

TEST(LexerTest, CommentsAndUnicodeSpacesAreSkipped) {
  EXPECT_EQ(Kinds("a // to the end\nb /* in\nside */ c"),
            "identifier:a identifier:b identifier:c");
  EXPECT_EQ(Kinds("a\u00A0b\u3000c"), "identifier:a identifier:b identifier:c");
  EXPECT_EQ(Kinds("a/b"), "identifier:a / identifier:b");
}

TEST(LexerTest, SpansCountLinesAndCodePoints) {
  Lexer lexer("RETURN 'é',\n  x");
  std::vector<Token> tokens = lexer.Tokenize();
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].span, (SourceSpan{0, 6, 1, 1}));
  EXPECT_EQ(tokens[1].span, (SourceSpan{7, 4, 1, 8}));    // 'é' is 4 bytes
  EXPECT_EQ(tokens[2].span, (SourceSpan{11, 1, 1, 11}));  // 3 code points
  EXPECT_EQ(tokens[3].span, (SourceSpan{15, 1, 2, 3}));
  EXPECT_EQ(tokens[4].kind, TokenKind::kEnd);
  EXPECT_EQ(tokens[4].span, (SourceSpan{16, 0, 2, 4}));
}

TEST(LexerTest, ErrorsBecomeOneErrorTokenThenEnd) {
  struct Case {
    const char* text;
    ErrorCategory category;
    const char* message;
    uint32_t column;
  } const kCases[] = {
      {"x 'abc", ErrorCategory::kUnexpectedSyntax,
       "unterminated string literal", 3},
      {"'a\\qb'", ErrorCategory::kUnexpectedSyntax,
       "invalid escape sequence '\\q'", 3},
      {"'\\uH'", ErrorCategory::kInvalidUnicodeLiteral,
       "invalid Unicode escape '\\uH'", 2},
      {"'\\uDC00'", ErrorCategory::kInvalidUnicodeLiteral,
       "invalid Unicode escape '\\uDC00'", 2},
      {"'\\U00110000'", ErrorCategory::kInvalidUnicodeLiteral,
       "invalid Unicode escape '\\U00110000'", 2},
      {"9223372h54775808", ErrorCategory::kInvalidNumberLiteral,
       "invalid number literal '9223372h54775808'", 1},
      {"0x", ErrorCategory::kInvalidNumberLiteral,
       "invalid number literal '0x'", 1},
      {"0x1G", ErrorCategory::kInvalidNumberLiteral,
       "invalid number literal '0x1G'", 1},
      {"1e", ErrorCategory::kInvalidNumberLiteral,
       "invalid number literal '1e'", 1},
      {"089", ErrorCategory::kInvalidNumberLiteral,
       "invalid number literal '089'", 1},
      {"1.34E999", ErrorCategory::kFloatingPointOverflow,
       "floating point literal is too large: 1.34E999", 1},
      {"a # b", ErrorCategory::kUnexpectedSyntax, "unexpected character '#'",
       3},
      {"42 — 41", ErrorCategory::kInvalidUnicodeCharacter,
       "unexpected character '—' (U+2014)", 4},
      {"a \xFF", ErrorCategory::kInvalidUnicodeCharacter,
       "invalid UTF-8 byte 0xFF", 3},
      {"'\xC3'", ErrorCategory::kInvalidUnicodeCharacter,
       "invalid UTF-8 byte 0xC3 in a string", 2},
      {"`abc", ErrorCategory::kUnexpectedSyntax, "unterminated quoted name", 1},
      {"/* abc", ErrorCategory::kUnexpectedSyntax, "unterminated comment", 1},
      {"$ x", ErrorCategory::kUnexpectedSyntax,
       "expected a parameter name after '$'", 1},
  };
  for (const Case& c : kCases) {
    Lexer lexer(c.text);
    std::vector<Token> tokens = lexer.Tokenize();
    ASSERT_GE(tokens.size(), 2u) << c.text;
    const Token& error = tokens[tokens.size() - 2];
    EXPECT_EQ(error.kind, TokenKind::kError) << c.text;
    EXPECT_EQ(error.error, c.category) << c.text;
    EXPECT_EQ(error.text, c.message) << c.text;
    EXPECT_EQ(error.span.column, c.column) << c.text;
    EXPECT_EQ(tokens.back().kind, TokenKind::kEnd) << c.text;
  }
}

TEST(LexerTest, DecodeUtf8RefusesInvalidSequences) {
  char32_t cp;
  EXPECT_EQ(DecodeUtf8("\xC3\xA9", 0, &cp), 2u);
  EXPECT_EQ(cp, 0xE9u);
  EXPECT_EQ(DecodeUtf8("\xC0\x80", 0, &cp), 0u);          // overlong
  EXPECT_EQ(DecodeUtf8("\xED\xA0\x80", 0, &cp), 0u);      // surrogate
  EXPECT_EQ(DecodeUtf8("\xF4\x90\x80\x80", 0, &cp), 0u);  // > U+10FFFF
  EXPECT_EQ(DecodeUtf8("\xE2\x82", 0, &cp), 0u);          // truncated
}

}  // namespace
}  // namespace kg::query
