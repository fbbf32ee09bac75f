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

}  // namespace kg
