#include "cli/error_render.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "cli/display_width.h"
#include "query/source_span.h"

namespace kg::cli {

std::string RenderQueryError(const absl::Status& status,
                             std::string_view source, std::string_view text) {
  std::string message(status.message());
  std::optional<query::SourceSpan> span = query::GetSpan(status);
  std::string out = absl::StrCat("kg: error: ", std::string(source), ":");
  if (!span.has_value() || span->offset > text.size()) {
    // No position: say where in general terms and give the message.
    return absl::StrCat(out, " ", message, "\n");
  }
  // The message already starts with "line:col: "; keep it as is.
  absl::StrAppend(&out, message, "\n");
  size_t begin = span->offset;
  while (begin > 0 && text[begin - 1] != '\n') --begin;
  size_t end = text.find('\n', span->offset);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(begin, end - begin);
  // Tabs would put the caret off; show them as spaces.
  std::string shown(line);
  std::replace(shown.begin(), shown.end(), '\t', ' ');
  size_t caret = DisplayWidth(text.substr(begin, span->offset - begin));
  absl::StrAppend(&out, "  ", shown, "\n  ", std::string(caret, ' '), "^\n");
  return out;
}

}  // namespace kg::cli
