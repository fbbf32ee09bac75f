// The lexer's main loop: whitespace, comments, words, parameters and
// punctuation, plus the UTF-8 helpers. Numbers and quoted text are in
// lexer_literals.cc.
#include "query/lexer.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "query/lexer_internal.h"

namespace kg::query {

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kEnd:
      return "end of input";
    case TokenKind::kError:
      return "error";
    case TokenKind::kIdentifier:
      return "identifier";
    case TokenKind::kInteger:
      return "integer";
    case TokenKind::kFloat:
      return "float";
    case TokenKind::kString:
      return "string";
    case TokenKind::kParameter:
      return "parameter";
    case TokenKind::kLParen:
      return "(";
    case TokenKind::kRParen:
      return ")";
    case TokenKind::kLBracket:
      return "[";
    case TokenKind::kRBracket:
      return "]";
    case TokenKind::kLBrace:
      return "{";
    case TokenKind::kRBrace:
      return "}";
    case TokenKind::kComma:
      return ",";
    case TokenKind::kDot:
      return ".";
    case TokenKind::kDotDot:
      return "..";
    case TokenKind::kColon:
      return ":";
    case TokenKind::kSemicolon:
      return ";";
    case TokenKind::kPipe:
      return "|";
    case TokenKind::kPlus:
      return "+";
    case TokenKind::kPlusEq:
      return "+=";
    case TokenKind::kMinus:
      return "-";
    case TokenKind::kStar:
      return "*";
    case TokenKind::kSlash:
      return "/";
    case TokenKind::kPercent:
      return "%";
    case TokenKind::kCaret:
      return "^";
    case TokenKind::kEq:
      return "=";
    case TokenKind::kNe:
      return "<>";
    case TokenKind::kLt:
      return "<";
    case TokenKind::kLe:
      return "<=";
    case TokenKind::kGt:
      return ">";
    case TokenKind::kGe:
      return ">=";
    case TokenKind::kRegexMatch:
      return "=~";
  }
  return "?";
}

namespace lexer_internal {

bool IsUnicodeSpace(char32_t cp) {
  return cp == 0xA0 || cp == 0x1680 || cp == 0x180E ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

// Non-ASCII code points that are punctuation or symbols rather than letters:
// a dash or a quotation mark pasted from a word processor lands here and is
// reported as InvalidUnicodeCharacter instead of becoming part of a name.
bool IsUnicodeSymbol(char32_t cp) {
  if (cp >= 0x80 && cp <= 0xBF) return cp != 0xAA && cp != 0xB5 && cp != 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return true;
  return (cp >= 0x2000 && cp <= 0x206F) ||  // general punctuation
         (cp >= 0x20A0 && cp <= 0x20CF) ||  // currency
         (cp >= 0x2190 && cp <= 0x2BFF) ||  // arrows, maths, shapes, dingbats
         (cp >= 0x2E00 && cp <= 0x2E7F) ||  // supplemental punctuation
         (cp >= 0x3000 && cp <= 0x303F) ||  // CJK punctuation
         (cp >= 0xFE10 && cp <= 0xFE6F) ||  // vertical and small forms
         (cp >= 0xFF00 && cp <= 0xFF0F) ||  // fullwidth punctuation
         (cp >= 0xFFF0 && cp <= 0xFFFF) ||  // specials
         (cp >= 0x1F000 && cp <= 0x1FAFF);  // emoji and pictographs
}

size_t IdentifierCharLength(std::string_view text, size_t pos, bool first) {
  if (pos >= text.size()) return 0;
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    const bool letter =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    const bool digit = c >= '0' && c <= '9';
    return (letter || (!first && digit)) ? 1 : 0;
  }
  char32_t cp;
  const size_t length = DecodeUtf8(text, pos, &cp);
  if (length == 0 || IsUnicodeSpace(cp) || IsUnicodeSymbol(cp)) return 0;
  return length;
}

std::string Describe(std::string_view text) {
  std::string out;
  size_t code_points = 0;
  for (size_t i = 0; i < text.size(); ++code_points) {
    if (code_points == 24) {
      out += "...";
      break;
    }
    char32_t cp;
    const size_t length = DecodeUtf8(text, i, &cp);
    if (length == 0 || cp < 0x20 || cp == 0x7F) {
      absl::StrAppendFormat(&out, "\\x%02X",
                            static_cast<unsigned char>(text[i]));
      i += 1;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

}  // namespace lexer_internal

using lexer_internal::IdentifierCharLength;

void Lexer::Advance(size_t n) {
  for (size_t end = pos_ + n; pos_ < end && pos_ < source_.size(); ++pos_) {
    const unsigned char c = static_cast<unsigned char>(source_[pos_]);
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column_;
    }
  }
}

SourceSpan Lexer::SpanFrom(size_t start, uint32_t line, uint32_t column) const {
  return SourceSpan{static_cast<uint32_t>(start),
                    static_cast<uint32_t>(pos_ - start), line, column};
}

SourceSpan Lexer::SpanHere(size_t length) const {
  return SourceSpan{static_cast<uint32_t>(pos_), static_cast<uint32_t>(length),
                    line_, column_};
}

void Lexer::Emit(TokenKind kind, size_t start, uint32_t line, uint32_t column) {
  Token token;
  token.kind = kind;
  token.span = SpanFrom(start, line, column);
  token.text = source_.substr(start, pos_ - start);
  tokens_.push_back(token);
}

void Lexer::EmitError(ErrorCategory category, const SourceSpan& span,
                      std::string message) {
  Token token;
  token.kind = TokenKind::kError;
  token.error = category;
  token.span = span;
  token.text = Store(std::move(message));
  tokens_.push_back(token);
  failed_ = true;
}

std::string_view Lexer::Store(std::string text) {
  storage_.push_back(std::move(text));
  return storage_.back();
}

std::vector<Token> Lexer::Tokenize() {
  // Sizing guess: a token every few bytes keeps reallocation rare.
  tokens_.reserve(source_.size() / 3 + 2);
  while (!failed_ && SkipSpaceAndComments() && !AtEnd()) {
    const char c = Peek();
    if ((c >= '0' && c <= '9') ||
        (c == '.' && Peek(1) >= '0' && Peek(1) <= '9')) {
      LexNumber();
    } else if (c == '\'' || c == '"') {
      LexString();
    } else if (c == '`') {
      LexQuotedIdentifier();
    } else if (c == '$') {
      LexParameter();
    } else if (IdentifierCharLength(source_, pos_, /*first=*/true) > 0) {
      LexWord();
    } else if (!LexPunctuation()) {
      char32_t cp;
      const size_t length = DecodeUtf8(source_, pos_, &cp);
      if (length == 0) {
        EmitError(ErrorCategory::kInvalidUnicodeCharacter, SpanHere(1),
                  absl::StrFormat("invalid UTF-8 byte 0x%02X",
                                  static_cast<unsigned char>(c)));
      } else if (cp >= 0x80) {
        EmitError(ErrorCategory::kInvalidUnicodeCharacter, SpanHere(length),
                  absl::StrFormat("unexpected character '%s' (U+%04X)",
                                  source_.substr(pos_, length),
                                  static_cast<uint32_t>(cp)));
      } else {
        EmitError(ErrorCategory::kUnexpectedSyntax, SpanHere(1),
                  absl::StrCat(
                      "unexpected character '",
                      lexer_internal::Describe(source_.substr(pos_, 1)), "'"));
      }
    }
  }
  Token end;
  end.kind = TokenKind::kEnd;
  end.span = SpanHere(0);
  tokens_.push_back(end);
  return std::move(tokens_);
}

bool Lexer::SkipSpaceAndComments() {
  while (!AtEnd()) {
    const char c = Peek();
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
        c == '\f' || (c >= 0x1C && c <= 0x1F)) {
      Advance(1);
    } else if (c == '/' && Peek(1) == '/') {
      while (!AtEnd() && Peek() != '\n') Advance(1);
    } else if (c == '/' && Peek(1) == '*') {
      const SourceSpan start = SpanHere(2);
      const size_t close = source_.find("*/", pos_ + 2);
      if (close == std::string_view::npos) {
        EmitError(ErrorCategory::kUnexpectedSyntax, start,
                  "unterminated comment");
        return false;
      }
      Advance(close + 2 - pos_);
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      char32_t cp;
      const size_t length = DecodeUtf8(source_, pos_, &cp);
      if (length == 0 || !lexer_internal::IsUnicodeSpace(cp)) return true;
      Advance(length);
    } else {
      return true;
    }
  }
  return true;
}

void Lexer::LexWord() {
  const size_t start = pos_;
  const uint32_t line = line_, column = column_;
  size_t length;
  bool first = true;
  while ((length = IdentifierCharLength(source_, pos_, first)) > 0) {
    Advance(length);
    first = false;
  }
  Emit(TokenKind::kIdentifier, start, line, column);
}

void Lexer::LexParameter() {
  const size_t start = pos_;
  const uint32_t line = line_, column = column_;
  Advance(1);  // '$'
  if (Peek() == '`') {
    LexQuotedIdentifier();
    if (failed_) return;
    Token name = tokens_.back();
    tokens_.pop_back();
    Emit(TokenKind::kParameter, start, line, column);
    tokens_.back().text = name.text;
    return;
  }
  const size_t name_start = pos_;
  if (Peek() >= '0' && Peek() <= '9') {
    while (Peek() >= '0' && Peek() <= '9') Advance(1);
  } else {
    size_t length;
    bool first = true;
    while ((length = IdentifierCharLength(source_, pos_, first)) > 0) {
      Advance(length);
      first = false;
    }
  }
  if (pos_ == name_start) {
    EmitError(ErrorCategory::kUnexpectedSyntax, SpanFrom(start, line, column),
              "expected a parameter name after '$'");
    return;
  }
  Emit(TokenKind::kParameter, start, line, column);
  tokens_.back().text = source_.substr(name_start, pos_ - name_start);
}

bool Lexer::LexPunctuation() {
  struct Punct {
    const char* text;
    TokenKind kind;
  };
  // Longest spellings first.
  static constexpr Punct kPuncts[] = {
      {"..", TokenKind::kDotDot},     {"<>", TokenKind::kNe},
      {"<=", TokenKind::kLe},         {">=", TokenKind::kGe},
      {"=~", TokenKind::kRegexMatch}, {"+=", TokenKind::kPlusEq},
      {"(", TokenKind::kLParen},      {")", TokenKind::kRParen},
      {"[", TokenKind::kLBracket},    {"]", TokenKind::kRBracket},
      {"{", TokenKind::kLBrace},      {"}", TokenKind::kRBrace},
      {",", TokenKind::kComma},       {".", TokenKind::kDot},
      {":", TokenKind::kColon},       {";", TokenKind::kSemicolon},
      {"|", TokenKind::kPipe},        {"+", TokenKind::kPlus},
      {"-", TokenKind::kMinus},       {"*", TokenKind::kStar},
      {"/", TokenKind::kSlash},       {"%", TokenKind::kPercent},
      {"^", TokenKind::kCaret},       {"=", TokenKind::kEq},
      {"<", TokenKind::kLt},          {">", TokenKind::kGt},
  };
  for (const Punct& p : kPuncts) {
    const std::string_view text(p.text);
    if (source_.substr(pos_, text.size()) == text) {
      const size_t start = pos_;
      const uint32_t line = line_, column = column_;
      Advance(text.size());
      Emit(p.kind, start, line, column);
      return true;
    }
  }
  return false;
}

}  // namespace kg::query
