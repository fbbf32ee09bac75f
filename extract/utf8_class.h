// Code point classes for tokenising, from utf8proc.
#ifndef KG_EXTRACT_UTF8_CLASS_H_
#define KG_EXTRACT_UTF8_CLASS_H_

#include <cstddef>
#include <string_view>

namespace kg {

// Decodes the code point at `i` (U+FFFD for a bad byte) and its length.
char32_t DecodeAt(std::string_view s, size_t i, size_t* len);
bool IsWordChar(char32_t c);  // a letter, a digit or a combining mark
bool IsUpper(char32_t c);     // an upper-case or title-case letter
bool IsSpace(char32_t c);     // any Unicode space

}  // namespace kg

#endif  // KG_EXTRACT_UTF8_CLASS_H_
