// CsvRowDecoder: one CSV file's header, turned into a decoder of its rows.
//
// Built from the header record of a node or relationship file, it checks the
// header (roles allowed in that kind of file, one :ID at most, the three
// relationship columns present, no property twice) and interns the labels,
// types and keys it meets into a CsvNames -- not into the graph, so that an
// import that fails leaves no trace. Decoding a row yields a CsvRow of local
// ids and values. Rows of a file mostly repeat their labels and type, so the
// decoder remembers the last ones per column.
#ifndef KG_GRAPH_CSV_ROW_DECODER_H_
#define KG_GRAPH_CSV_ROW_DECODER_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "graph/csv_header.h"
#include "graph/csv_reader.h"
#include "graph/graph.h"

namespace kg {

// The names an import meets, with ids local to the import.
struct CsvNames {
  Interner labels;
  Interner types;
  Interner keys;
};

// One decoded row; reuse it from row to row to keep its buffers.
struct CsvRow {
  std::vector<uint32_t> labels;                        // local label ids
  uint32_t type = 0;                                   // local type id
  std::vector<std::pair<uint32_t, Value>> properties;  // local key ids
};

class CsvRowDecoder {
 public:
  // Checks `header` for a node (or relationship) file. Errors say what is
  // wrong, without a position. `names` must outlive the decoder.
  static absl::StatusOr<CsvRowDecoder> Create(
      absl::Span<const CsvReader::Field> header, bool relationships,
      char array_delimiter, CsvNames& names);

  size_t column_count() const { return columns_.size(); }
  const CsvColumn& column(int index) const { return columns_[index]; }
  // Column indexes, or -1 when there is none (a node file may lack :ID).
  int id() const { return id_; }
  int start() const { return start_; }
  int end() const { return end_; }

  // Decodes a row into `row`. Errors (a bad value, an empty :ID, :START_ID,
  // :END_ID or :TYPE) say what is wrong, without a position.
  // REQUIRES: fields.size() == column_count().
  absl::Status Decode(absl::Span<const CsvReader::Field> fields, CsvRow& row);

 private:
  CsvRowDecoder(char array_delimiter, CsvNames& names)
      : array_delimiter_(array_delimiter), names_(&names) {}

  char array_delimiter_;
  CsvNames* names_;
  std::vector<CsvColumn> columns_;
  std::vector<std::pair<int, uint32_t>> properties_;  // (column, local key)
  int id_ = -1, start_ = -1, end_ = -1, type_ = -1;
  // The key the named :ID column is stored under, if it has a name.
  int id_key_ = -1;
  std::vector<int> label_columns_;
  // The last text of each label column and its labels.
  std::vector<std::pair<std::string, std::vector<uint32_t>>> label_cache_;
  std::string type_cache_text_;
  uint32_t type_cache_ = 0;
};

}  // namespace kg

#endif  // KG_GRAPH_CSV_ROW_DECODER_H_
