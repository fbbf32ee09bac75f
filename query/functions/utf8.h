// Code-point helpers for the string functions: openCypher counts and slices
// strings in Unicode code points, kg stores them as UTF-8 bytes.
#ifndef KG_QUERY_FUNCTIONS_UTF8_H_
#define KG_QUERY_FUNCTIONS_UTF8_H_

#include <string>
#include <string_view>
#include <vector>

namespace kg::query {

// Byte offsets where each code point starts, plus the total length last.
inline std::vector<size_t> CodePointOffsets(std::string_view s) {
  std::vector<size_t> out;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
  }
  out.push_back(s.size());
  return out;
}

inline int64_t CodePointCount(std::string_view s) {
  return static_cast<int64_t>(CodePointOffsets(s).size()) - 1;
}

// The code points [from, from + count) (clamped to the string).
inline std::string CodePointSubstr(std::string_view s, int64_t from,
                                   int64_t count) {
  std::vector<size_t> offsets = CodePointOffsets(s);
  int64_t n = static_cast<int64_t>(offsets.size()) - 1;
  if (from > n) from = n;
  int64_t to = count > n - from ? n : from + count;
  return std::string(s.substr(offsets[from], offsets[to] - offsets[from]));
}

}  // namespace kg::query

#endif  // KG_QUERY_FUNCTIONS_UTF8_H_
