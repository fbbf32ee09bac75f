// The Gherkin reader: one pass over the lines collects the Background, the
// scenarios as written and their Examples; a second step expands outlines.
#include "tests/tck/gherkin.h"

#include <algorithm>
#include <cstddef>
#include <deque>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace kg::tck {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && absl::ascii_isspace(static_cast<unsigned char>(s[0]))) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         absl::ascii_isspace(static_cast<unsigned char>(s.back()))) {
    s.remove_suffix(1);
  }
  return s;
}

bool IsComment(std::string_view trimmed) {
  return !trimmed.empty() && trimmed[0] == '#';
}

// The text after `keyword` when `trimmed` starts with it.
std::optional<std::string_view> After(std::string_view trimmed,
                                      std::string_view keyword) {
  if (trimmed.substr(0, keyword.size()) != keyword) return std::nullopt;
  return Trim(trimmed.substr(keyword.size()));
}

struct Examples {
  std::vector<std::string> tags;
  Table rows;  // header first
  std::vector<int> row_lines;
};

struct Block {  // a Background, Scenario or Scenario Outline as written
  std::string name;
  int line = 0;
  bool outline = false;
  std::vector<std::string> tags;
  std::vector<Step> steps;
  std::vector<Examples> examples;
};

absl::Status LineError(size_t index, std::string_view what) {
  return absl::InvalidArgumentError(
      absl::StrCat("line ", index + 1, ": ", std::string(what)));
}

// Replaces `<name>` by its value for every name bound in `header`/`row`.
std::string Substitute(std::string_view text,
                       const std::vector<std::string>& header,
                       const std::vector<std::string>& row) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool replaced = false;
    if (text[i] == '<') {
      const size_t close = text.find('>', i + 1);
      if (close != std::string_view::npos) {
        const std::string_view name = text.substr(i + 1, close - i - 1);
        for (size_t c = 0; c < header.size() && c < row.size(); ++c) {
          if (header[c] == name) {
            out += row[c];
            i = close + 1;
            replaced = true;
            break;
          }
        }
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

Step SubstituteStep(const Step& step, const std::vector<std::string>& header,
                    const std::vector<std::string>& row) {
  Step out = step;
  out.text = Substitute(step.text, header, row);
  if (step.doc_string) {
    out.doc_string = Substitute(*step.doc_string, header, row);
  }
  for (auto& cells : out.table) {
    for (std::string& cell : cells) cell = Substitute(cell, header, row);
  }
  return out;
}

class FeatureReader {
 public:
  explicit FeatureReader(std::string_view text) {
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(start, end - start);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      lines_.emplace_back(line);
      start = end + 1;
    }
  }

  absl::StatusOr<std::vector<Scenario>> Read() {
    for (i_ = 0; i_ < lines_.size(); ++i_) {
      const std::string_view t = Trim(lines_[i_]);
      if (t.empty() || IsComment(t)) continue;
      if (t[0] == '@') {
        ReadTags(t);
      } else if (auto rest = After(t, "Feature:")) {
        feature_ = std::string(*rest);
        feature_tags_ = std::move(pending_tags_);
        pending_tags_.clear();
      } else if (auto rest = After(t, "Background:")) {
        background_ = Block();
        background_.name = std::string(*rest);
        background_.line = static_cast<int>(i_ + 1);
        current_ = &background_;
      } else if (auto rest = After(t, "Scenario Outline:")) {
        StartScenario(*rest, /*outline=*/true);
      } else if (auto rest = After(t, "Scenario:")) {
        StartScenario(*rest, /*outline=*/false);
      } else if (After(t, "Examples:")) {
        if (current_ == nullptr || !current_->outline) {
          return LineError(i_, "Examples outside a Scenario Outline");
        }
        Examples examples{std::move(pending_tags_), {}, {}};
        pending_tags_.clear();
        examples.rows = ReadTable(&examples.row_lines);
        if (examples.rows.empty()) return LineError(i_, "Examples: no table");
        current_->examples.push_back(std::move(examples));
      } else if (auto step = ReadStep(t)) {
        if (current_ == nullptr)
          return LineError(i_, "a step outside a scenario");
        current_->steps.push_back(std::move(*step));
      } else if (current_ != nullptr && !current_->steps.empty()) {
        return LineError(i_, absl::StrCat("unexpected line: ", std::string(t)));
      }
      // Anything else is free description text under a title.
    }
    return Expand();
  }

 private:
  void ReadTags(std::string_view t) {
    while (!t.empty()) {
      const size_t end = std::min(t.find(' '), t.size());
      const std::string_view word = t.substr(0, end);
      t = Trim(t.substr(end));
      if (word.empty()) continue;
      if (word[0] == '#') break;
      if (word[0] == '@') pending_tags_.emplace_back(word.substr(1));
    }
  }

  void StartScenario(std::string_view name, bool outline) {
    Block& block = blocks_.emplace_back();
    block.name = std::string(name);
    block.line = static_cast<int>(i_ + 1);
    block.outline = outline;
    block.tags = std::move(pending_tags_);
    pending_tags_.clear();
    current_ = &block;
  }

  // A step keyword line, with the doc string or table that follows it.
  std::optional<Step> ReadStep(std::string_view t) {
    static constexpr std::string_view kKeywords[] = {"Given", "When", "Then",
                                                     "And", "But"};
    for (std::string_view keyword : kKeywords) {
      if (t.size() <= keyword.size() ||
          t.substr(0, keyword.size()) != keyword || t[keyword.size()] != ' ') {
        continue;
      }
      Step step;
      step.keyword = std::string(keyword);
      step.text = std::string(Trim(t.substr(keyword.size())));
      step.line = static_cast<int>(i_ + 1);
      if (i_ + 1 < lines_.size()) {
        const std::string_view next = Trim(lines_[i_ + 1]);
        if (next == "\"\"\"" || next == "```") {
          step.doc_string = ReadDocString();
        } else if (!next.empty() && next[0] == '|') {
          step.table = ReadTable(nullptr);
        }
      }
      return step;
    }
    return std::nullopt;
  }

  // REQUIRES: lines_[i_ + 1] opens a doc string. Leaves i_ on its closing line.
  std::string ReadDocString() {
    const std::string& open = lines_[++i_];
    const size_t indent = open.find_first_not_of(' ');
    const std::string_view delimiter = Trim(open);
    std::string text;
    bool first = true;
    for (++i_; i_ < lines_.size() && Trim(lines_[i_]) != delimiter; ++i_) {
      std::string_view line = lines_[i_];
      size_t strip = 0;
      while (strip < indent && strip < line.size() && line[strip] == ' ') {
        ++strip;
      }
      line.remove_prefix(strip);
      if (!first) text += '\n';
      text += line;
      first = false;
    }
    return text;
  }

  // The table rows right after lines_[i_] (comment lines between rows are
  // skipped). Leaves i_ on the last row.
  Table ReadTable(std::vector<int>* row_lines) {
    Table rows;
    for (size_t j = i_ + 1; j < lines_.size(); ++j) {
      const std::string_view t = Trim(lines_[j]);
      if (IsComment(t)) continue;
      if (t.empty() || t[0] != '|') break;
      rows.push_back(SplitTableRow(t));
      if (row_lines != nullptr) row_lines->push_back(static_cast<int>(j + 1));
      i_ = j;
    }
    return rows;
  }

  absl::StatusOr<std::vector<Scenario>> Expand() {
    std::vector<Scenario> out;
    for (const Block& block : blocks_) {
      std::vector<std::string> tags = feature_tags_;
      tags.insert(tags.end(), block.tags.begin(), block.tags.end());
      if (!block.outline) {
        Scenario s{feature_, block.name, block.line, tags, background_.steps};
        s.steps.insert(s.steps.end(), block.steps.begin(), block.steps.end());
        out.push_back(std::move(s));
        continue;
      }
      if (block.examples.empty()) {
        return LineError(block.line - 1, "Scenario Outline without Examples");
      }
      for (const Examples& examples : block.examples) {
        const std::vector<std::string>& header = examples.rows.front();
        for (size_t r = 1; r < examples.rows.size(); ++r) {
          const std::vector<std::string>& row = examples.rows[r];
          Scenario s{feature_, Substitute(block.name, header, row),
                     examples.row_lines[r], tags, background_.steps};
          s.tags.insert(s.tags.end(), examples.tags.begin(),
                        examples.tags.end());
          for (const Step& step : block.steps) {
            s.steps.push_back(SubstituteStep(step, header, row));
          }
          out.push_back(std::move(s));
        }
      }
    }
    return out;
  }

  std::vector<std::string> lines_;
  size_t i_ = 0;
  std::string feature_;
  std::vector<std::string> feature_tags_;
  std::vector<std::string> pending_tags_;
  Block background_;
  std::deque<Block> blocks_;  // stable addresses for current_
  Block* current_ = nullptr;
};

}  // namespace

std::vector<std::string> SplitTableRow(std::string_view line) {
  std::vector<std::string> cells;
  const std::string_view body = Trim(line);
  if (body.empty() || body.front() != '|') return cells;
  std::string cell;
  for (size_t i = 1; i < body.size(); ++i) {
    const char c = body[i];
    if (c == '\\' && i + 1 < body.size()) {
      const char e = body[++i];
      if (e == 'n') {
        cell += '\n';
      } else if (e == '|' || e == '\\') {
        cell += e;
      } else {
        cell += '\\';
        cell += e;
      }
    } else if (c == '|') {
      cells.emplace_back(Trim(cell));
      cell.clear();
    } else {
      cell += c;
    }
  }
  return cells;
}

absl::StatusOr<std::vector<Scenario>> ReadFeature(std::string_view text) {
  return FeatureReader(text).Read();
}

}  // namespace kg::tck
