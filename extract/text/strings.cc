#include "extract/text/strings.h"

#include "extract/text/sentence.h"

namespace kg {

std::string CollapseWhiteSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    CodePoint c = Utf8At(text, i);
    if (IsWhiteSpace(c.cp) || c.cp == '\n' || c.cp == '\t' || c.cp == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out.append(text.substr(i, c.length));
    }
    i += c.length;
  }
  return out;
}

std::string_view CollapsedWhiteSpace(std::string_view text,
                                     std::string* buffer) {
  bool collapsed = text.empty() || (text.front() != ' ' && text.back() != ' ');
  for (size_t i = 0; collapsed && i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    collapsed = c > ' ' ? c < 0x7F : c == ' ' && text[i - 1] != ' ';
  }
  if (collapsed) return text;
  *buffer = CollapseWhiteSpace(text);
  return *buffer;
}

}  // namespace kg
