// Code point classes (from utf8proc) and the UTF-8 decoding sentence.h
// declares (Utf8At, IsWhiteSpace, ...).
#include "extract/text/char_class.h"

#include <algorithm>
#include <array>
#include <limits>

#include "extract/text/sentence.h"
#include "utf8proc.h"

namespace kg {
namespace {

// ASCII, most of any text, from a table built once; the rest from utf8proc.
utf8proc_category_t Category(int32_t cp) {
  static const std::array<utf8proc_category_t, 128> kAscii = [] {
    std::array<utf8proc_category_t, 128> table{};
    for (int32_t c = 0; c < 128; ++c) table[c] = utf8proc_category(c);
    return table;
  }();
  if (cp >= 0 && cp < 128) return kAscii[cp];
  return utf8proc_category(cp);
}

}  // namespace

namespace chars {

bool IsUpper(int32_t cp) {
  utf8proc_category_t c = Category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}
bool IsLower(int32_t cp) { return Category(cp) == UTF8PROC_CATEGORY_LL; }
bool IsLetter(int32_t cp) {
  utf8proc_category_t c = Category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}
bool IsDigit(int32_t cp) { return Category(cp) == UTF8PROC_CATEGORY_ND; }
bool IsFormat(int32_t cp) { return Category(cp) == UTF8PROC_CATEGORY_CF; }
bool IsPunct(int32_t cp) {
  utf8proc_category_t c = Category(cp);
  return c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO;
}
bool IsHyphen(int32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2012);
}
bool IsApostrophe(int32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}
bool IsTerminator(int32_t cp) {
  switch (cp) {
    case '.':
    case '!':
    case '?':
    case 0x2026:  // …
    case 0x203C:  // ‼
    case 0x2047:  // ⁇
    case 0x2048:  // ⁈
    case 0x2049:  // ⁉
    case 0x3002:  // 。
    case 0xFF01:  // ！
    case 0xFF1F:  // ？
      return true;
    default:
      return false;
  }
}

std::string_view Clip(std::string_view text) {
  constexpr size_t kMax = std::numeric_limits<uint32_t>::max() - 1;
  return text.size() > kMax ? text.substr(0, kMax) : text;
}

}  // namespace chars

CodePoint Utf8At(std::string_view text, size_t pos) {
  auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return {c, 1};
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t n = utf8proc_iterate(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
      static_cast<utf8proc_ssize_t>(std::min<size_t>(4, text.size() - pos)),
      &cp);
  if (n <= 0) return {0xFFFD, 1};
  return {cp, static_cast<uint32_t>(n)};
}

CodePoint Utf8Before(std::string_view text, size_t pos) {
  size_t start = pos - 1;
  while (start > 0 && pos - start < 4 &&
         (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  CodePoint c = Utf8At(text, start);
  if (start + c.length != pos) return {0xFFFD, 1};
  return c;
}

bool IsWhiteSpace(int32_t cp) {
  if (cp < 0x80) return cp <= ' ' || cp == 0x7F;
  switch (Category(cp)) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
      return true;
    default:
      return false;
  }
}

bool IsWordChar(int32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= '0' && cp <= '9') || cp == '_';
  }
  utf8proc_category_t c = Category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO);
}

}  // namespace kg
