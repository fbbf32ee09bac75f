// CsvReader: splits RFC 4180 text into records of fields, without copying.
//
// The reader walks a buffer the caller owns (a whole file) and hands out
// fields as views into it. Only a quoted field holding doubled quotes ("")
// is unescaped, into a scratch buffer owned by the reader. Views stay valid
// until the next call to Next() (and the caller's buffer must outlive them).
//
// Records end at LF, CRLF or the end of the text; inside quotes both are data,
// and a lone CR is data everywhere. Blank lines are skipped, and so is a UTF-8
// byte order mark at the very start. Lines are counted by LF bytes, so a
// record that follows a multi-line quoted field gets its physical line number.
//
// Malformed input does not stop the reader: a record with text after a
// closing quote (`"a"b`) or a quote left open at the end of the text comes
// back with error() set, and reading goes on with the next record (there is
// none after an unterminated quote: it swallowed the rest of the text).
// Thread-safety: none; one reader per thread.
#ifndef KG_GRAPH_CSV_READER_H_
#define KG_GRAPH_CSV_READER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/types/span.h"

namespace kg {

class CsvReader {
 public:
  struct Field {
    std::string_view text;  // unquoted and unescaped
    bool quoted = false;    // was written in quotes (so "" is not absent)
  };

  // REQUIRES: delimiter is not '"', '\r' or '\n'. `text` may be a part of a
  // file that starts at the beginning of a record on line `first_line`;
  // only a text starting on line 1 may open with a byte order mark.
  CsvReader(std::string_view text, char delimiter, uint64_t first_line = 1);
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Advances to the next record; false at the end of the text.
  bool Next();

  // The current record's fields. Unreliable when error() is not empty.
  absl::Span<const Field> fields() const { return fields_; }
  // The 1-based line where the current record starts.
  uint64_t line() const { return record_line_; }
  // Where the next record starts: its byte offset in the text and its line.
  size_t next_offset() const { return pos_; }
  uint64_t next_line() const { return line_; }
  // What is malformed about the current record; empty when nothing is.
  std::string_view error() const { return error_; }
  // The line error() is about: where an unterminated quoted field opened,
  // else the record's first line.
  uint64_t error_line() const { return error_line_; }

 private:
  // Each parses one field starting at pos_ and leaves pos_ on the delimiter,
  // the line end or the end of the text.
  void ReadUnquoted();
  void ReadQuoted();
  void SetError(uint64_t line, std::string message);

  std::string_view text_;
  char delimiter_;
  size_t pos_ = 0;
  uint64_t line_ = 1;  // line of text_[pos_]

  std::vector<Field> fields_;
  // Fields unescaped into scratch_: (field index, offset, size). Their views
  // are set once the record is complete, as scratch_ may move while growing.
  struct ScratchRef {
    size_t field;
    size_t offset;
    size_t size;
  };
  std::vector<ScratchRef> scratch_refs_;
  std::string scratch_;
  uint64_t record_line_ = 0;
  std::string error_;
  uint64_t error_line_ = 0;
};

}  // namespace kg

#endif  // KG_GRAPH_CSV_READER_H_
