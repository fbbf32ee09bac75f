// Line-level reading of lexicon files, internal to extract/.
//
// A lexicon file is UTF-8 text; blank lines and lines whose first non-blank
// character is '#' are comments. In a .tsv file the first other line is the
// header naming the columns, and every later line has exactly as many
// tab-separated fields. Problems are collected, not returned one at a time,
// so that a user who edits a file sees every mistake in one run; each names
// "<dir>/<file>:<line>: ".
#ifndef KG_EXTRACT_DATA_LEXICON_TSV_H_
#define KG_EXTRACT_DATA_LEXICON_TSV_H_

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "absl/status/status.h"

namespace kg {

// absl::StrCat / StrJoin for std::string_view pieces: Debian's Abseil has its
// own string_view type, which std::string_view does not convert to.
inline void AppendPiece(std::string* out, std::string_view s) {
  out->append(s);
}
template <typename N>
requires std::is_integral_v<N>
void AppendPiece(std::string* out, N n) { out->append(std::to_string(n)); }
template <typename... Parts>
std::string Cat(const Parts&... parts) {
  std::string out;
  (AppendPiece(&out, parts), ...);
  return out;
}
template <typename Container>
std::string Join(const Container& items, std::string_view sep) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out.append(sep);
    out.append(std::string_view(item));
  }
  return out;
}

class LexiconErrors {
 public:
  explicit LexiconErrors(std::string_view dir) : dir_(dir) {}
  LexiconErrors(const LexiconErrors&) = delete;
  LexiconErrors& operator=(const LexiconErrors&) = delete;

  // Records "<dir>/<file>:<line>: <message>"; line 0 leaves out the line.
  void Add(std::string_view file, int line, std::string_view message);
  bool empty() const { return messages_.empty(); }
  // OK when nothing was added; else InvalidArgument with one error a line
  // (at most kMaxShown, then a count of the rest).
  absl::Status ToStatus() const;
  std::string Path(std::string_view file) const;

  static constexpr size_t kMaxShown = 50;

 private:
  std::string dir_;
  std::vector<std::string> messages_;
};

struct TsvRow {
  int line = 0;
  std::vector<std::string> fields;  // trimmed of surrounding spaces
};

// The data rows of a .tsv file whose header must be exactly `columns`.
// Rows with the wrong number of fields or invalid UTF-8 are reported and
// left out; a wrong header is reported and the whole file left out.
std::vector<TsvRow> ReadTsvRows(std::string_view file, std::string_view text,
                                const std::vector<std::string_view>& columns,
                                LexiconErrors* errors);

// The non-comment lines of a one-item-a-line file, trimmed, as one-field
// rows.
std::vector<TsvRow> ReadListRows(std::string_view file, std::string_view text,
                                 LexiconErrors* errors);

// Splits a list field on `sep`, trimming each item; "" gives no items, but
// an empty item between separators is kept so the caller can report it.
std::vector<std::string> SplitField(std::string_view field, char sep);

}  // namespace kg

#endif  // KG_EXTRACT_DATA_LEXICON_TSV_H_
