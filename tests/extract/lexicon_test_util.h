// What the lexicon tests share: the canonical names a surface form finds.
#ifndef KG_TESTS_EXTRACT_LEXICON_TEST_UTIL_H_
#define KG_TESTS_EXTRACT_LEXICON_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/data/lexicon.h"

namespace kg {

inline std::vector<std::string> Names(const Lexicon& lexicon,
                                      std::string_view surface) {
  std::vector<std::string> names;
  for (const Entry* e : lexicon.Lookup(surface)) names.push_back(e->name);
  return names;
}

}  // namespace kg

#endif  // KG_TESTS_EXTRACT_LEXICON_TEST_UTIL_H_
