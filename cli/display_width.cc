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

std::vector<std::string> WrapToWidth(std::string_view text, size_t width,
                                     size_t max_lines) {
  std::string clean(text);
  for (char& c : clean) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  std::vector<std::string> lines;
  std::string_view rest = clean;
  while (true) {
    if (DisplayWidth(rest) <= width) {
      lines.emplace_back(rest);
      return lines;
    }
    if (lines.size() + 1 == max_lines) {
      lines.push_back(FitToWidth(rest, width));
      return lines;
    }
    // The longest prefix that fits, and the last space inside it.
    size_t used = 0, pos = 0, space = std::string_view::npos;
    while (pos < rest.size()) {
      size_t next = pos;
      int w = NextWidth(rest, &next);
      if (used + w > width) break;
      if (rest[pos] == ' ' && used >= width / 2) space = pos;
      used += w;
      pos = next;
    }
    if (pos < rest.size() && rest[pos] == ' ') space = pos;  // a word ends
    if (pos == 0) pos = 1;  // a character wider than the column
    size_t cut = space != std::string_view::npos ? space : pos;
    lines.emplace_back(rest.substr(0, cut));
    rest.remove_prefix(space != std::string_view::npos ? cut + 1 : cut);
  }
}

}  // namespace kg::cli
