// UTF-8 validation and repair, shared by every reader and writer of text.
//
// "Valid" follows the Unicode table of well-formed byte sequences: no overlong
// forms, no surrogates, nothing above U+10FFFF. Repair replaces each maximal
// invalid subpart with one U+FFFD, as the Unicode standard recommends (and as
// browsers do), so "\xE2\x82" is one replacement, not two.
#ifndef KG_GRAPH_UTF8_H_
#define KG_GRAPH_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kg {

// The length of the valid sequence at s[i], or 0 when it is invalid; then
// `*maximal` (if given) is the length of its maximal subpart, at least 1.
// REQUIRES: i < s.size().
size_t Utf8SequenceLength(std::string_view s, size_t i,
                          size_t* maximal = nullptr);

// `s` itself when it is valid UTF-8; otherwise a repaired copy in `*scratch`.
// Adds the number of replacements to `*replaced` when given.
std::string_view ValidUtf8(std::string_view s, std::string* scratch,
                           uint64_t* replaced = nullptr);

// Decodes one code point at text[pos]: its byte length, or 0 for an invalid
// or truncated sequence (then *code_point is unspecified).
size_t DecodeUtf8(std::string_view text, size_t pos, char32_t* code_point);

// Appends the UTF-8 encoding of a valid code point (not a surrogate, at most
// U+10FFFF).
void AppendUtf8(char32_t code_point, std::string* out);

}  // namespace kg

#endif  // KG_GRAPH_UTF8_H_
