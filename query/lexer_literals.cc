// The lexer's literal forms: numbers (decimal, hexadecimal 0x1F, octal 0o17
// and the legacy 017, floats 1.5 .5 1e10 1.5E-3), string literals in single
// or double quotes with their escapes, and backtick-quoted names.
//
// An integer token holds the magnitude only: whether 9223372036854775808 is
// an overflow depends on a '-' in front of it, which the parser sees.
#include <algorithm>
#include <charconv>
#include <cmath>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "query/lexer.h"
#include "query/lexer_internal.h"

namespace kg::query {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Accumulates digits of `base`; false if a digit is out of range. Sets
// *too_large when the value exceeds 2^64 - 1.
bool Accumulate(std::string_view digits, int base, uint64_t* value,
                bool* too_large) {
  *value = 0;
  *too_large = false;
  for (char c : digits) {
    const int d = HexValue(c);
    if (d < 0 || d >= base) return false;
    if (*value >
        (UINT64_MAX - static_cast<uint64_t>(d)) / static_cast<uint64_t>(base)) {
      *too_large = true;
    }
    *value = *value * base + d;
  }
  return true;
}

// The power of ten of a decimal float's leading digit: 2 for "123.4", -3
// for "0.001", 300 for "1e300". Clamped, for deciding overflow vs underflow.
int64_t DecimalExponent(std::string_view text) {
  const size_t e = std::min(text.find_first_of("eE"), text.size());
  int64_t exponent = 0;
  bool negative = false;
  for (size_t i = e + 1; i < text.size(); ++i) {
    if (text[i] == '-') negative = true;
    if (IsDigit(text[i]) && exponent < 1000000) {
      exponent = exponent * 10 + (text[i] - '0');
    }
  }
  if (negative) exponent = -exponent;
  const std::string_view mantissa = text.substr(0, e);
  const size_t point = std::min(mantissa.find('.'), mantissa.size());
  const size_t first = mantissa.find_first_of("123456789");
  if (first == std::string_view::npos) return -1000000;  // zero
  const int64_t lead = first < point ? static_cast<int64_t>(point - first) - 1
                                     : -static_cast<int64_t>(first - point);
  return lead + exponent;
}

}  // namespace

void Lexer::LexNumber() {
  const size_t start = pos_;
  const uint32_t line = line_, column = column_;
  auto word_end = [&](size_t from) {  // the end of the alphanumeric run
    size_t end = from;
    size_t length;
    while ((length = lexer_internal::IdentifierCharLength(source_, end,
                                                          false)) > 0) {
      end += length;
    }
    return end;
  };
  auto invalid = [&](size_t end) {
    Advance(end - pos_);
    const SourceSpan span = SpanFrom(start, line, column);
    EmitError(ErrorCategory::kInvalidNumberLiteral, span,
              absl::StrCat(
                  "invalid number literal '",
                  lexer_internal::Describe(source_.substr(start, pos_ - start)),
                  "'"));
  };

  // Hexadecimal and octal with a prefix: the whole alphanumeric run must be
  // digits of the base.
  if (Peek() == '0' &&
      (Peek(1) == 'x' || Peek(1) == 'X' || Peek(1) == 'o' || Peek(1) == 'O')) {
    const int base = (Peek(1) == 'x' || Peek(1) == 'X') ? 16 : 8;
    const size_t digits_start = pos_ + 2;
    const size_t end = word_end(digits_start);
    uint64_t value;
    bool too_large;
    const std::string_view digits =
        source_.substr(digits_start, end - digits_start);
    if (digits.empty() || !Accumulate(digits, base, &value, &too_large)) {
      invalid(end);
      return;
    }
    Advance(end - pos_);
    Emit(TokenKind::kInteger, start, line, column);
    tokens_.back().int_value = value;
    tokens_.back().int_too_large = too_large;
    return;
  }

  bool is_float = false;
  while (IsDigit(Peek())) Advance(1);
  if (Peek() == '.' && IsDigit(Peek(1))) {
    is_float = true;
    Advance(1);
    while (IsDigit(Peek())) Advance(1);
  }
  if ((Peek() == 'e' || Peek() == 'E') &&
      (IsDigit(Peek(1)) ||
       ((Peek(1) == '-' || Peek(1) == '+') && IsDigit(Peek(2))))) {
    is_float = true;
    Advance(2);
    while (IsDigit(Peek())) Advance(1);
  }
  // A number glued to letters (9223372h54775808, 1e, 0x1G) is one bad
  // literal, not a number followed by a name.
  const size_t end = word_end(pos_);
  if (end != pos_) {
    invalid(end);
    return;
  }
  const std::string_view text = source_.substr(start, pos_ - start);
  if (is_float) {
    double value = 0;
    auto [ptr, error] =
        std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc::result_out_of_range) {
      // Out of range either way: too large overflows, too small is zero.
      if (DecimalExponent(text) > 0) {
        EmitError(ErrorCategory::kFloatingPointOverflow,
                  SpanFrom(start, line, column),
                  absl::StrCat("floating point literal is too large: ",
                               lexer_internal::Describe(text)));
        return;
      }
      value = 0;
    } else if (error != std::errc() || ptr != text.data() + text.size() ||
               !std::isfinite(value)) {
      invalid(pos_);
      return;
    }
    Emit(TokenKind::kFloat, start, line, column);
    tokens_.back().float_value = value;
    return;
  }
  // Legacy octal: 017 is 15, as in Neo4j 4 (a digit 8 or 9 is an error).
  const bool octal = text.size() > 1 && text[0] == '0';
  uint64_t value;
  bool too_large;
  if (!Accumulate(octal ? text.substr(1) : text, octal ? 8 : 10, &value,
                  &too_large)) {
    invalid(pos_);
    return;
  }
  Emit(TokenKind::kInteger, start, line, column);
  tokens_.back().int_value = value;
  tokens_.back().int_too_large = too_large;
}

void Lexer::LexString() {
  const size_t start = pos_;
  const uint32_t line = line_, column = column_;
  const char quote = Peek();
  const SourceSpan open_span = SpanHere(1);
  Advance(1);
  std::string value;
  while (true) {
    if (AtEnd()) {
      EmitError(ErrorCategory::kUnexpectedSyntax, open_span,
                "unterminated string literal");
      return;
    }
    const char c = Peek();
    if (c == quote) {
      Advance(1);
      break;
    }
    if (c != '\\') {
      char32_t cp;
      const size_t length = DecodeUtf8(source_, pos_, &cp);
      if (length == 0) {
        EmitError(ErrorCategory::kInvalidUnicodeCharacter, SpanHere(1),
                  absl::StrFormat("invalid UTF-8 byte 0x%02X in a string",
                                  static_cast<unsigned char>(c)));
        return;
      }
      value.append(source_.substr(pos_, length));
      Advance(length);
      continue;
    }
    // An escape sequence.
    if (pos_ + 1 >= source_.size()) {
      EmitError(ErrorCategory::kUnexpectedSyntax, open_span,
                "unterminated string literal");
      return;
    }
    const SourceSpan escape_span = SpanHere(2);
    const char e = Peek(1);
    char simple = 0;
    switch (e) {
      case '\\':
      case '\'':
      case '"':
        simple = e;
        break;
      case 'b':
      case 'B':
        simple = '\b';
        break;
      case 'f':
      case 'F':
        simple = '\f';
        break;
      case 'n':
      case 'N':
        simple = '\n';
        break;
      case 'r':
      case 'R':
        simple = '\r';
        break;
      case 't':
      case 'T':
        simple = '\t';
        break;
      default:
        break;
    }
    if (simple != 0) {
      value.push_back(simple);
      Advance(2);
      continue;
    }
    if (e != 'u' && e != 'U') {
      EmitError(
          ErrorCategory::kUnexpectedSyntax, escape_span,
          absl::StrCat("invalid escape sequence '\\",
                       lexer_internal::Describe(source_.substr(pos_ + 1, 1)),
                       "'"));
      return;
    }
    // \uXXXX or \UXXXXXXXX; a UTF-16 surrogate pair \uD83D\uDE00 is joined.
    auto read_hex = [&](size_t at, size_t count, char32_t* cp) {
      *cp = 0;
      for (size_t i = 0; i < count; ++i) {
        const int d = at + i < source_.size() ? HexValue(source_[at + i]) : -1;
        if (d < 0) return false;
        *cp = *cp * 16 + static_cast<char32_t>(d);
      }
      return true;
    };
    const size_t digits = e == 'u' ? 4 : 8;
    char32_t cp;
    size_t consumed = 2 + digits;
    bool ok = read_hex(pos_ + 2, digits, &cp);
    if (ok && cp >= 0xD800 && cp <= 0xDBFF) {
      char32_t low;
      const size_t next = pos_ + consumed;
      if (next + 1 < source_.size() && source_[next] == '\\' &&
          source_[next + 1] == 'u' && read_hex(next + 2, 4, &low) &&
          low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        consumed += 6;
      }
    }
    if (!ok || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      size_t shown = 2;
      while (shown < 2 + digits && pos_ + shown < source_.size() &&
             HexValue(source_[pos_ + shown]) >= 0) {
        ++shown;
      }
      SourceSpan span = escape_span;
      span.length = static_cast<uint32_t>(shown);
      EmitError(ErrorCategory::kInvalidUnicodeLiteral, span,
                absl::StrCat("invalid Unicode escape '",
                             lexer_internal::Describe(source_.substr(
                                 pos_, std::max<size_t>(shown, 3))),
                             "'"));
      return;
    }
    AppendUtf8(cp, &value);
    Advance(consumed);
  }
  Emit(TokenKind::kString, start, line, column);
  tokens_.back().text = Store(std::move(value));
}

void Lexer::LexQuotedIdentifier() {
  const size_t start = pos_;
  const uint32_t line = line_, column = column_;
  const SourceSpan open_span = SpanHere(1);
  Advance(1);
  std::string name;
  while (true) {
    if (AtEnd()) {
      EmitError(ErrorCategory::kUnexpectedSyntax, open_span,
                "unterminated quoted name");
      return;
    }
    if (Peek() == '`') {
      if (Peek(1) != '`') {
        Advance(1);
        break;
      }
      name.push_back('`');
      Advance(2);
      continue;
    }
    char32_t cp;
    const size_t length = DecodeUtf8(source_, pos_, &cp);
    if (length == 0) {
      EmitError(ErrorCategory::kInvalidUnicodeCharacter, SpanHere(1),
                absl::StrFormat("invalid UTF-8 byte 0x%02X in a name",
                                static_cast<unsigned char>(Peek())));
      return;
    }
    name.append(source_.substr(pos_, length));
    Advance(length);
  }
  Emit(TokenKind::kIdentifier, start, line, column);
  tokens_.back().quoted = true;
  tokens_.back().text = Store(std::move(name));
}

}  // namespace kg::query
