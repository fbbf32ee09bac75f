// Terminal display width of UTF-8 text (utf8proc's character widths): wide
// East Asian characters take two columns, combining marks none. Used to align
// table columns holding Cyrillic, « », em dashes and the like.
#ifndef KG_CLI_DISPLAY_WIDTH_H_
#define KG_CLI_DISPLAY_WIDTH_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::cli {

size_t DisplayWidth(std::string_view text);

// The longest prefix of `text` at most `width` columns wide, with "…"
// appended (inside the width) when something was cut.
std::string FitToWidth(std::string_view text, size_t width);

// `text` broken into lines at most `width` columns wide, at a space where
// there is one in the second half of the line, else mid-word. Past
// `max_lines` lines the last one is cut with "…". Control characters
// (line breaks, tabs) are shown as spaces so that they cannot break a table.
// REQUIRES: width >= 2, max_lines >= 1.
std::vector<std::string> WrapToWidth(std::string_view text, size_t width,
                                     size_t max_lines);

}  // namespace kg::cli

#endif  // KG_CLI_DISPLAY_WIDTH_H_
