// Terminal display width of UTF-8 text (utf8proc's character widths): wide
// East Asian characters take two columns, combining marks none. Used to align
// table columns holding Cyrillic, « », em dashes and the like.
#ifndef KG_CLI_DISPLAY_WIDTH_H_
#define KG_CLI_DISPLAY_WIDTH_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::cli {

size_t DisplayWidth(std::string_view text);

// The longest prefix of `text` at most `width` columns wide, with "…"
// appended (inside the width) when something was cut.
std::string FitToWidth(std::string_view text, size_t width);

}  // namespace kg::cli

#endif  // KG_CLI_DISPLAY_WIDTH_H_
