#include "cli/display_width.h"

#include <utf8proc.h>

namespace kg::cli {
namespace {

// Decodes the character at text[*pos] and advances; invalid bytes count as
// one replacement character of width 1.
int NextWidth(std::string_view text, size_t* pos) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t n = utf8proc_iterate(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data() + *pos),
      static_cast<utf8proc_ssize_t>(text.size() - *pos), &cp);
  if (n <= 0) {
    *pos += 1;
    return 1;
  }
  *pos += static_cast<size_t>(n);
  if (cp == '\t') return 1;
  return utf8proc_charwidth(cp);
}

}  // namespace

size_t DisplayWidth(std::string_view text) {
  size_t width = 0;
  for (size_t pos = 0; pos < text.size();) width += NextWidth(text, &pos);
  return width;
}

std::string FitToWidth(std::string_view text, size_t width) {
  if (DisplayWidth(text) <= width) return std::string(text);
  if (width == 0) return "";
  size_t used = 0, pos = 0;
  while (pos < text.size()) {
    size_t next = pos;
    int w = NextWidth(text, &next);
    if (used + w > width - 1) break;  // keep one column for the marker
    used += w;
    pos = next;
  }
  return std::string(text.substr(0, pos)) + "\u2026";
}

}  // namespace kg::cli
