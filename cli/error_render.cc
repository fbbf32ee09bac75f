#include "cli/error_render.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "cli/cli_util.h"
#include "cli/display_width.h"
#include "query/engine.h"
#include "query/source_span.h"

namespace kg::cli {
namespace {

// The longest message and source line an error echoes, in bytes: a long
// statement shows a window around the caret instead of its whole line.
constexpr size_t kMaxMessage = 300;
constexpr size_t kMaxLine = 160;

// Moves `i` back to the start of the UTF-8 character it is inside.
size_t CharStart(std::string_view text, size_t i) {
  while (i > 0 && i < text.size() &&
         (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) {
    --i;
  }
  return i;
}

}  // namespace

std::string ErrorTag(const absl::Status& status) {
  std::string tag = query::ErrorCode(status);
  if (std::optional<std::string> category = query::GetCategory(status)) {
    absl::StrAppend(&tag, ": ", *category);
  }
  return tag;
}

std::string RenderQueryError(const absl::Status& status,
                             std::string_view source, std::string_view text) {
  std::string message = Excerpt(
      std::string_view(status.message().data(), status.message().size()),
      kMaxMessage);
  std::optional<query::SourceSpan> span = query::GetSpan(status);
  std::string out = absl::StrCat("kg: error: [", ErrorTag(status), "] ",
                                 std::string(source), ":");
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
  // A long line shows the stretch around the spot, marked "..." where cut.
  std::string before, after;
  if (end - begin > kMaxLine) {
    size_t from = span->offset > begin + kMaxLine / 2
                      ? CharStart(text, span->offset - kMaxLine / 2)
                      : begin;
    size_t to = CharStart(text, std::min(end, from + kMaxLine));
    if (from > begin) before = "...";
    if (to < end) after = "...";
    begin = from;
    end = to;
  }
  std::string_view line = text.substr(begin, end - begin);
  // Tabs would put the caret off; show them as spaces.
  std::string shown = before + std::string(line) + after;
  std::replace(shown.begin(), shown.end(), '\t', ' ');
  size_t caret =
      before.size() + DisplayWidth(text.substr(begin, span->offset - begin));
  absl::StrAppend(&out, "  ", shown, "\n  ", std::string(caret, ' '), "^\n");
  return out;
}

}  // namespace kg::cli
