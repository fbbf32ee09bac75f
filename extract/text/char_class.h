// What the tokenizer (sentence.cc) and the sentence splitter
// (sentence_split.cc) ask of a code point, and the cut of a text longer than
// token offsets can address. Internal to extract/text.
#ifndef KG_EXTRACT_TEXT_CHAR_CLASS_H_
#define KG_EXTRACT_TEXT_CHAR_CLASS_H_

#include <cstdint>
#include <string_view>

namespace kg::chars {

bool IsUpper(int32_t cp);
bool IsLower(int32_t cp);
bool IsLetter(int32_t cp);
bool IsDigit(int32_t cp);
bool IsFormat(int32_t cp);
bool IsPunct(int32_t cp);
// Hyphens that join a word; en and em dashes never do.
bool IsHyphen(int32_t cp);
bool IsApostrophe(int32_t cp);
bool IsTerminator(int32_t cp);

// The text up to the largest length token offsets (uint32_t) can address.
std::string_view Clip(std::string_view text);

}  // namespace kg::chars

#endif  // KG_EXTRACT_TEXT_CHAR_CLASS_H_
