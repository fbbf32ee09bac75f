// Small string helpers for the extractor (Debian's Abseil has its
// own absl::string_view, which std::string_view does not convert to).
#ifndef KG_EXTRACT_TEXT_STRINGS_H_
#define KG_EXTRACT_TEXT_STRINGS_H_

#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Splits at every character of `separators`; empty pieces are dropped when
// `skip_empty`.
inline std::vector<std::string_view> SplitView(std::string_view text,
                                               std::string_view separators,
                                               bool skip_empty = true) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() ||
        separators.find(text[i]) != std::string_view::npos) {
      if (i > start || !skip_empty)
        out.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// Trims ASCII white space at both ends.
inline std::string_view TrimView(std::string_view s) {
  const char* ws = " \t\r\n\f\v";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

// Every run of white space (any Unicode space, line ends included) as one
// space, trimmed: the form corpus/gold/README.md compares sentences in, and
// the form kg stores surfaces, sentences and quotes in.
std::string CollapseWhiteSpace(std::string_view text);

// The same, without copying text that is in that form already (printable
// ASCII with single inner spaces, the usual case for a name): returns `text`
// itself, else the collapsed form kept in `*buffer`.
std::string_view CollapsedWhiteSpace(std::string_view text,
                                     std::string* buffer);

}  // namespace kg

#endif  // KG_EXTRACT_TEXT_STRINGS_H_
