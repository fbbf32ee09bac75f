#include "graph/csv_reader.h"

#include <algorithm>
#include <utility>

#include "graph/status_macros.h"

namespace kg {

CsvReader::CsvReader(std::string_view text, char delimiter, uint64_t first_line)
    : text_(text), delimiter_(delimiter), line_(first_line) {
  KG_DCHECK(delimiter != '"' && delimiter != '\r' && delimiter != '\n');
  if (first_line == 1 && text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

void CsvReader::SetError(uint64_t line, std::string message) {
  if (!error_.empty()) return;  // the first problem is the one to report
  error_ = std::move(message);
  error_line_ = line;
}

bool CsvReader::Next() {
  fields_.clear();
  scratch_refs_.clear();
  scratch_.clear();
  error_.clear();
  error_line_ = 0;

  const size_t size = text_.size();
  // Blank lines hold no record.
  while (pos_ < size) {
    if (text_[pos_] == '\n') {
      ++pos_;
    } else if (text_[pos_] == '\r' && pos_ + 1 < size &&
               text_[pos_ + 1] == '\n') {
      pos_ += 2;
    } else {
      break;
    }
    ++line_;
  }
  if (pos_ >= size) return false;

  record_line_ = line_;
  for (;;) {
    if (text_[pos_] == '"') {
      ReadQuoted();
    } else {
      ReadUnquoted();
    }
    if (pos_ >= size) break;
    if (text_[pos_] == delimiter_) {
      ++pos_;
      // A delimiter at the very end still opens one last, empty field.
      if (pos_ >= size) fields_.push_back(Field{});
      if (pos_ >= size) break;
      continue;
    }
    // A line end: ReadUnquoted and ReadQuoted stop only at "\n" or "\r\n".
    pos_ += text_[pos_] == '\r' ? 2 : 1;
    ++line_;
    break;
  }
  for (const ScratchRef& ref : scratch_refs_) {
    fields_[ref.field].text =
        std::string_view(scratch_).substr(ref.offset, ref.size);
  }
  return true;
}

void CsvReader::ReadUnquoted() {
  const char* const data = text_.data();
  const size_t size = text_.size();
  size_t p = pos_;
  while (p < size && data[p] != delimiter_ && data[p] != '\n') ++p;
  size_t end = p;
  // The CR of a CRLF line end is not data.
  if (p < size && data[p] == '\n' && end > pos_ && data[end - 1] == '\r') {
    --end;
    --p;
  }
  fields_.push_back(Field{text_.substr(pos_, end - pos_), false});
  pos_ = p;
}

void CsvReader::ReadQuoted() {
  const size_t size = text_.size();
  const uint64_t open_line = line_;
  size_t p = pos_ + 1;   // past the opening quote
  bool escaped = false;  // saw a doubled quote: the text goes to scratch_
  size_t scratch_begin = scratch_.size();
  for (;;) {
    size_t q = text_.find('"', p);
    size_t stop = q == std::string_view::npos ? size : q;
    line_ += std::count(text_.begin() + p, text_.begin() + stop, '\n');
    if (q == std::string_view::npos) {
      SetError(open_line, "unterminated quoted field");
      fields_.push_back(Field{text_.substr(pos_ + 1), true});
      pos_ = size;
      return;
    }
    if (q + 1 < size && text_[q + 1] == '"') {
      // A doubled quote stands for one quote.
      scratch_.append(text_.data() + p, q + 1 - p);
      escaped = true;
      p = q + 2;
      continue;
    }
    if (escaped) {
      scratch_.append(text_.data() + p, q - p);
      scratch_refs_.push_back(ScratchRef{fields_.size(), scratch_begin,
                                         scratch_.size() - scratch_begin});
      fields_.push_back(Field{std::string_view(), true});
    } else {
      fields_.push_back(Field{text_.substr(p, q - p), true});
    }
    pos_ = q + 1;
    break;
  }
  // Only a delimiter or a line end may follow the closing quote.
  if (pos_ >= size || text_[pos_] == delimiter_ || text_[pos_] == '\n' ||
      (text_[pos_] == '\r' && pos_ + 1 < size && text_[pos_ + 1] == '\n')) {
    return;
  }
  SetError(record_line_, std::string("unexpected '") + text_[pos_] +
                             "' after the closing quote of field " +
                             std::to_string(fields_.size()));
  // Skip the rest of the field so that the next one starts in step.
  size_t end = pos_;
  while (end < size && text_[end] != delimiter_ && text_[end] != '\n') ++end;
  if (end < size && text_[end] == '\n' && end > pos_ &&
      text_[end - 1] == '\r') {
    --end;
  }
  pos_ = end;
}

}  // namespace kg
