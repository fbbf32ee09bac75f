#include "extract/data/lexicon_tsv.h"

#include "extract/text/strings.h"
#include "graph/utf8.h"

namespace kg {
namespace {

std::string_view TrimSpaces(std::string_view s) {
  size_t b = s.find_first_not_of(' ');
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(' ');
  return s.substr(b, e - b + 1);
}

// Calls f(line number, line) for each line that is not blank or a comment,
// after reporting (and skipping) lines that are not valid UTF-8.
template <typename F>
void ForEachDataLine(std::string_view file, std::string_view text,
                     LexiconErrors* errors, F f) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  int number = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    bool valid = true;
    for (size_t i = 0; i < line.size();) {
      size_t n = Utf8SequenceLength(line, i);
      if (n == 0) {
        errors->Add(file, number, Cat("invalid UTF-8 at byte ", i + 1));
        valid = false;
        break;
      }
      i += n;
    }
    if (!valid) continue;
    std::string_view trimmed = TrimView(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    f(number, line);
  }
}

}  // namespace

void LexiconErrors::Add(std::string_view file, int line,
                        std::string_view message) {
  if (line > 0) {
    messages_.push_back(Cat(Path(file), ":", line, ": ", message));
  } else {
    messages_.push_back(Cat(Path(file), ": ", message));
  }
}

std::string LexiconErrors::Path(std::string_view file) const {
  if (dir_.empty()) return std::string(file);
  if (dir_.back() == '/') return Cat(dir_, file);
  return Cat(dir_, "/", file);
}

absl::Status LexiconErrors::ToStatus() const {
  if (messages_.empty()) return absl::OkStatus();
  if (messages_.size() <= kMaxShown) {
    return absl::InvalidArgumentError(Join(messages_, "\n"));
  }
  std::vector<std::string> shown(messages_.begin(),
                                 messages_.begin() + kMaxShown);
  shown.push_back(
      Cat("... and ", messages_.size() - kMaxShown, " more errors"));
  return absl::InvalidArgumentError(Join(shown, "\n"));
}

std::vector<TsvRow> ReadTsvRows(std::string_view file, std::string_view text,
                                const std::vector<std::string_view>& columns,
                                LexiconErrors* errors) {
  std::vector<TsvRow> rows;
  bool have_header = false, bad_header = false;
  ForEachDataLine(file, text, errors, [&](int number, std::string_view line) {
    if (bad_header) return;
    std::vector<std::string> fields = SplitField(line, '\t');
    if (!have_header) {
      have_header = true;
      if (fields != std::vector<std::string>(columns.begin(), columns.end())) {
        bad_header = true;
        errors->Add(file, number,
                    Cat("the header must name the tab-separated "
                        "columns ",
                        Join(columns, ", "), "; found ", Join(fields, ", ")));
      }
      return;
    }
    if (fields.size() != columns.size()) {
      errors->Add(file, number,
                  Cat("expected ", columns.size(), " tab-separated columns (",
                      Join(columns, ", "), "), found ", fields.size()));
      return;
    }
    rows.push_back({number, std::move(fields)});
  });
  if (!have_header) errors->Add(file, 0, "no header line");
  return rows;
}

std::vector<TsvRow> ReadListRows(std::string_view file, std::string_view text,
                                 LexiconErrors* errors) {
  std::vector<TsvRow> rows;
  ForEachDataLine(file, text, errors, [&](int number, std::string_view line) {
    rows.push_back({number, {std::string(TrimView(line))}});
  });
  return rows;
}

std::vector<std::string> SplitField(std::string_view field, char sep) {
  std::vector<std::string> items;
  if (TrimView(field).empty() && sep != '\t') return items;
  while (true) {
    size_t at = field.find(sep);
    std::string_view item = field.substr(0, at);
    items.emplace_back(sep == '\t' ? TrimSpaces(item) : TrimView(item));
    if (at == std::string_view::npos) break;
    field.remove_prefix(at + 1);
  }
  return items;
}

}  // namespace kg
