// The extractor's view of a text: tokens and sentences with byte offsets.
#ifndef KG_EXTRACT_TEXT_TEXT_UNITS_H_
#define KG_EXTRACT_TEXT_TEXT_UNITS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/data/lexicon.h"

namespace kg {

struct Unit {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool word = false;   // letters or digits
  bool upper = false;  // starts with an upper-case letter
  bool quote = false;  // a quotation mark
};

struct SentenceUnit {
  uint32_t begin = 0;
  uint32_t end = 0;
  int first = 0;  // tokens [first, last)
  int last = 0;
  int paragraph = 0;
};

struct TextUnits {
  std::vector<Unit> tokens;
  std::vector<SentenceUnit> sentences;
};

TextUnits SplitText(std::string_view text, const Lexicon& lexicon);

}  // namespace kg

#endif  // KG_EXTRACT_TEXT_TEXT_UNITS_H_
