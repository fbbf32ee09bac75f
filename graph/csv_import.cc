// ImportCsv: neo4j-admin CSV files into a Graph, in two passes.
//
// The check pass reads every file, decodes every row and resolves every
// relationship end without touching the graph: it fills the ID maps, notes
// which rows were bad (with skip_bad_rows) and keeps the resolved ends of the
// good relationships. Only when it succeeds does the apply pass read the
// files again and create the nodes and relationships, skipping the rows the
// check pass refused. So a failed import leaves the graph exactly as it was
// -- names included, which are interned into the graph only by the apply
// pass -- and the ID maps, the largest structure, are freed before the graph
// grows.
//
// A relationship file's check pass is the import's largest part (every row
// parsed, decoded and both ends looked up at random in the ID maps). When the
// file holds no quote, every line end ends a record, so its rows are cut into
// one run of whole lines per thread and checked at once; the runs' findings
// are then taken in file order, so the result, the errors and their order are
// those of one thread.
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "graph/csv_header.h"
#include "graph/csv_id_map.h"
#include "graph/csv_io.h"
#include "graph/csv_reader.h"
#include "graph/csv_row_decoder.h"
#include "graph/status_macros.h"
#include "graph/utf8.h"

namespace kg {
namespace {

absl::string_view AbslView(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

struct FileContents {
  std::string data;
  bool regular = false;  // a regular file, which can be read again
};

absl::StatusOr<FileContents> ReadWholeFile(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    int err = errno;
    std::string message = absl::StrCat(path, ": ", std::strerror(err));
    return err == ENOENT ? absl::NotFoundError(message)
                         : absl::PermissionDeniedError(message);
  }
  FileContents contents;
  struct stat st;
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode)) {
    contents.regular = true;
    contents.data.resize(static_cast<size_t>(st.st_size));
    contents.data.resize(
        std::fread(contents.data.data(), 1, contents.data.size(), f));
  }
  char buffer[1 << 16];  // the rest: all of a pipe, or what a file grew by
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof(buffer), f)) > 0) {
    contents.data.append(buffer, n);
  }
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return absl::DataLossError(absl::StrCat(path, ": read error"));
  return contents;
}

// "nodes.csv:17: what"
absl::Status At(const std::string& path, uint64_t line,
                absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(path, ":", line, ": ", what));
}

std::string InSpace(std::string_view space) {
  if (space.empty()) return "";
  return absl::StrCat(" in ID space '", AbslView(space), "'");
}

// What checking a run of relationship rows found: the resolved ends of its
// good rows and its bad rows, by their index in the run.
struct CheckedRows {
  struct BadRow {
    uint64_t index;
    uint64_t line;
    std::string what;
  };
  std::vector<std::pair<uint32_t, uint32_t>> ends;  // start, end ordinals
  std::vector<BadRow> bad;
  uint64_t rows = 0;
};

// Below this size a relationship file is checked by one thread.
constexpr size_t kMinBytesPerThread = 1 << 20;

struct InputFile {
  std::string path;
  bool relationships = false;
  std::optional<std::string> kept;  // contents of a file not to be re-read
  size_t size = 0;
  std::vector<uint64_t> skipped;  // indexes of the rows refused, ascending
};

class Importer {
 public:
  explicit Importer(const CsvImportOptions& options) : options_(options) {}
  Importer(const Importer&) = delete;
  Importer& operator=(const Importer&) = delete;

  absl::Status Check(const std::vector<std::string>& node_files,
                     const std::vector<std::string>& relationship_files);
  absl::Status Apply(Graph& graph);
  CsvImportReport& report() { return report_; }

 private:
  absl::StatusOr<std::string> Contents(InputFile& file, bool first_pass);
  absl::StatusOr<CsvRowDecoder> ReadHeader(const InputFile& file,
                                           CsvReader& reader);
  absl::Status CheckFile(InputFile& file);
  absl::Status CheckRelationships(InputFile& file, CsvReader& header,
                                  std::string_view text, CsvRowDecoder& decoder,
                                  const CsvIdMap& starts, const CsvIdMap& ends);
  // Checks the relationship rows of `run`, whole records from line
  // `first_line` on; without skip_bad_rows it stops at the first bad one.
  void CheckRelationshipRows(std::string_view run, uint64_t first_line,
                             CsvRowDecoder& decoder, const CsvIdMap& starts,
                             const CsvIdMap& ends, CheckedRows& out) const;
  absl::Status CheckRelationshipEnds(const InputFile& file,
                                     const CsvRowDecoder& decoder,
                                     uint64_t line, const CsvIdMap*& starts,
                                     const CsvIdMap*& ends);
  absl::Status ApplyFile(InputFile& file, Graph& graph);
  // A bad row: its error, or (skip_bad_rows) OK after noting it.
  absl::Status Bad(InputFile& file, uint64_t index, uint64_t line,
                   absl::string_view what);

  LabelId GraphLabel(Graph& graph, uint32_t local);
  TypeId GraphType(Graph& graph, uint32_t local);
  KeyId GraphKey(Graph& graph, uint32_t local);

  const CsvImportOptions& options_;
  CsvImportReport report_;
  std::vector<InputFile> files_;
  CsvNames names_;
  CsvRow row_;

  // Check() results. The ID maps go from id text to the ordinal of the node
  // among the accepted ones, by ID space.
  std::map<std::string, CsvIdMap, std::less<>> spaces_;
  uint32_t accepted_nodes_ = 0;
  std::vector<std::pair<uint32_t, uint32_t>> ends_;  // start, end ordinals

  // Apply() state: the graph's ids for the local names, grown on demand, and
  // the progress so far.
  std::vector<LabelId> label_ids_;
  std::vector<TypeId> type_ids_;
  std::vector<KeyId> key_ids_;
  std::vector<LabelId> row_labels_;
  uint64_t first_node_ = 0;
  uint64_t applied_nodes_ = 0;
  size_t applied_rels_ = 0;
};

// CSV files are UTF-8 text: a NUL byte or an invalid sequence is reported at
// its line, before any of it can reach a name, a value or an error message.
// Eight bytes at a time while they are ASCII without NUL; lines are counted
// only for the error.
absl::Status CheckText(const std::string& path, std::string_view data) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighs = 0x8080808080808080ULL;
  auto line_of = [&](size_t i) {
    return 1 + static_cast<uint64_t>(
                   std::count(data.begin(), data.begin() + i, '\n'));
  };
  for (size_t i = 0; i < data.size();) {
    if (i + 8 <= data.size()) {
      uint64_t w;
      std::memcpy(&w, data.data() + i, 8);
      if (((w | ((w - kOnes) & ~w)) & kHighs) == 0) {
        i += 8;  // no byte with its high bit set, none zero
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c == 0) {
      return At(path, line_of(i), "NUL byte: a binary file, not CSV text");
    }
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t n = Utf8SequenceLength(data, i);
    if (n == 0) {
      return At(path, line_of(i),
                absl::StrFormat("invalid UTF-8 (byte 0x%02X): CSV files must "
                                "be UTF-8 text",
                                c));
    }
    i += n;
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> Importer::Contents(InputFile& file,
                                               bool first_pass) {
  if (!first_pass && file.kept.has_value()) return std::move(*file.kept);
  KG_ASSIGN_OR_RETURN(FileContents contents, ReadWholeFile(file.path));
  if (first_pass) {
    KG_RETURN_IF_ERROR(CheckText(file.path, contents.data));
    file.size = contents.data.size();
    // Pipes and the like cannot be read twice.
    if (!contents.regular) file.kept = contents.data;
  } else if (contents.data.size() != file.size) {
    return absl::DataLossError(absl::StrCat(
        file.path,
        ": changed while being imported; the graph holds part of the import"));
  }
  return std::move(contents.data);
}

absl::StatusOr<CsvRowDecoder> Importer::ReadHeader(const InputFile& file,
                                                   CsvReader& reader) {
  if (!reader.Next()) {
    return At(file.path, 1, "empty file: expected a header row");
  }
  if (!reader.error().empty()) {
    return At(file.path, reader.error_line(), AbslView(reader.error()));
  }
  absl::StatusOr<CsvRowDecoder> decoder = CsvRowDecoder::Create(
      reader.fields(), file.relationships, options_.array_delimiter, names_);
  if (!decoder.ok()) {
    return At(file.path, reader.line(), decoder.status().message());
  }
  return decoder;
}

absl::Status Importer::Bad(InputFile& file, uint64_t index, uint64_t line,
                           absl::string_view what) {
  absl::Status error = At(file.path, line, what);
  if (!options_.skip_bad_rows) return error;
  report_.errors.emplace_back(error.message());
  ++report_.skipped_rows;
  file.skipped.push_back(index);
  return absl::OkStatus();
}

// Finds the ID maps a relationship file's ends refer to.
absl::Status Importer::CheckRelationshipEnds(const InputFile& file,
                                             const CsvRowDecoder& decoder,
                                             uint64_t line,
                                             const CsvIdMap*& starts,
                                             const CsvIdMap*& ends) {
  for (int col : {decoder.start(), decoder.end()}) {
    const CsvColumn& c = decoder.column(col);
    auto it = spaces_.find(c.id_space);
    if (it == spaces_.end()) {
      return At(file.path, line,
                absl::StrCat("no node file has an ",
                             CsvRoleText(CsvColumn::Role::kId, c.id_space),
                             " column for ", CsvRoleText(c.role, c.id_space)));
    }
    (col == decoder.start() ? starts : ends) = &it->second;
  }
  return absl::OkStatus();
}

absl::Status Importer::CheckFile(InputFile& file) {
  KG_ASSIGN_OR_RETURN(std::string text, Contents(file, /*first_pass=*/true));
  CsvReader reader(text, options_.delimiter);
  KG_ASSIGN_OR_RETURN(CsvRowDecoder decoder, ReadHeader(file, reader));
  CsvIdMap* ids = nullptr;
  if (decoder.id() >= 0) {
    ids = &spaces_[decoder.column(decoder.id()).id_space];
    ids->Reserve(std::count(text.begin(), text.end(), '\n'));
  }
  if (file.relationships) {
    const CsvIdMap* starts = nullptr;
    const CsvIdMap* ends = nullptr;
    KG_RETURN_IF_ERROR(
        CheckRelationshipEnds(file, decoder, reader.line(), starts, ends));
    return CheckRelationships(file, reader, text, decoder, *starts, *ends);
  }
  for (uint64_t index = 0; reader.Next(); ++index) {
    const uint64_t line = reader.line();
    if (!reader.error().empty()) {
      KG_RETURN_IF_ERROR(
          Bad(file, index, reader.error_line(), AbslView(reader.error())));
      continue;
    }
    auto fields = reader.fields();
    if (fields.size() != decoder.column_count()) {
      KG_RETURN_IF_ERROR(
          Bad(file, index, line,
              absl::StrCat("row has ", fields.size(), " fields, header has ",
                           decoder.column_count())));
      continue;
    }
    if (absl::Status s = decoder.Decode(fields, row_); !s.ok()) {
      KG_RETURN_IF_ERROR(Bad(file, index, line, s.message()));
      continue;
    }
    if (ids != nullptr &&
        !ids->Insert(fields[decoder.id()].text, accepted_nodes_)) {
      KG_RETURN_IF_ERROR(Bad(
          file, index, line,
          absl::StrCat("duplicate id '", AbslView(fields[decoder.id()].text),
                       "'", InSpace(decoder.column(decoder.id()).id_space))));
      continue;
    }
    ++accepted_nodes_;
  }
  return absl::OkStatus();
}

absl::Status Importer::CheckRelationships(InputFile& file, CsvReader& header,
                                          std::string_view text,
                                          CsvRowDecoder& decoder,
                                          const CsvIdMap& starts,
                                          const CsvIdMap& ends) {
  const std::string_view body = text.substr(header.next_offset());
  // The runs: whole lines, cut near equal sizes, only when no record can
  // span lines.
  std::vector<std::string_view> runs;
  std::vector<uint64_t> first_lines;
  size_t parts =
      std::min<size_t>(std::max(1, options_.threads),
                       std::max<size_t>(1, body.size() / kMinBytesPerThread));
  if (parts > 1 && body.find('"') != std::string_view::npos) parts = 1;
  uint64_t line = header.next_line();
  for (size_t begin = 0; begin < body.size() || runs.empty();) {
    size_t end = body.size();
    if (runs.size() + 1 < parts) {
      end = body.find('\n',
                      begin + (body.size() - begin) / (parts - runs.size()));
      end = end == std::string_view::npos ? body.size() : end + 1;
    }
    runs.push_back(body.substr(begin, end - begin));
    first_lines.push_back(line);
    line += std::count(body.begin() + begin, body.begin() + end, '\n');
    begin = end;
  }
  std::vector<CheckedRows> checked(runs.size());
  // Each other run has a decoder of its own (a decoder caches and interns);
  // the names it meets are interned again by the apply pass.
  std::vector<CsvNames> names(runs.size());
  // (All made before any thread starts: none is left running on an error.)
  std::vector<CsvRowDecoder> decoders;
  for (size_t r = 1; r < runs.size(); ++r) {
    absl::StatusOr<CsvRowDecoder> own = CsvRowDecoder::Create(
        header.fields(), true, options_.array_delimiter, names[r]);
    if (!own.ok()) return own.status();  // cannot be: the header was checked
    decoders.push_back(std::move(*own));
  }
  std::vector<std::thread> threads;
  for (size_t r = 1; r < runs.size(); ++r) {
    threads.emplace_back([&, r] {
      CheckRelationshipRows(runs[r], first_lines[r], decoders[r - 1], starts,
                            ends, checked[r]);
    });
  }
  CheckRelationshipRows(runs[0], first_lines[0], decoder, starts, ends,
                        checked[0]);
  for (std::thread& t : threads) t.join();
  uint64_t index = 0;
  for (CheckedRows& run : checked) {
    for (CheckedRows::BadRow& bad : run.bad) {
      KG_RETURN_IF_ERROR(Bad(file, index + bad.index, bad.line, bad.what));
    }
    ends_.insert(ends_.end(), run.ends.begin(), run.ends.end());
    run.ends = {};
    index += run.rows;
  }
  return absl::OkStatus();
}

void Importer::CheckRelationshipRows(std::string_view run, uint64_t first_line,
                                     CsvRowDecoder& decoder,
                                     const CsvIdMap& starts,
                                     const CsvIdMap& ends,
                                     CheckedRows& out) const {
  CsvReader reader(run, options_.delimiter, first_line);
  CsvRow row;
  auto bad = [&](uint64_t line, std::string what) {
    out.bad.push_back({out.rows, line, std::move(what)});
    return !options_.skip_bad_rows;  // whether to stop
  };
  for (; reader.Next(); ++out.rows) {
    const uint64_t line = reader.line();
    if (!reader.error().empty()) {
      if (bad(reader.error_line(), std::string(reader.error()))) break;
      continue;
    }
    auto fields = reader.fields();
    if (fields.size() != decoder.column_count()) {
      if (bad(line,
              absl::StrCat("row has ", fields.size(), " fields, header has ",
                           decoder.column_count()))) {
        break;
      }
      continue;
    }
    if (absl::Status s = decoder.Decode(fields, row); !s.ok()) {
      if (bad(line, std::string(s.message()))) break;
      continue;
    }
    std::optional<uint32_t> start = starts.Find(fields[decoder.start()].text);
    std::optional<uint32_t> end = ends.Find(fields[decoder.end()].text);
    if (!start.has_value() || !end.has_value()) {
      int col = start.has_value() ? decoder.end() : decoder.start();
      const CsvColumn& c = decoder.column(col);
      if (bad(line, absl::StrCat("unknown :", CsvRoleName(c.role), " '",
                                 AbslView(fields[col].text), "'",
                                 InSpace(c.id_space)))) {
        break;
      }
      continue;
    }
    out.ends.emplace_back(*start, *end);
  }
}

absl::Status Importer::Check(
    const std::vector<std::string>& node_files,
    const std::vector<std::string>& relationship_files) {
  for (const auto& path : node_files) files_.emplace_back().path = path;
  for (const auto& path : relationship_files) {
    InputFile& file = files_.emplace_back();
    file.path = path;
    file.relationships = true;
  }
  for (InputFile& file : files_) KG_RETURN_IF_ERROR(CheckFile(file));
  report_.nodes = accepted_nodes_;
  report_.relationships = ends_.size();
  spaces_.clear();  // ends_ holds what Apply() needs of them
  return absl::OkStatus();
}

LabelId Importer::GraphLabel(Graph& graph, uint32_t local) {
  while (label_ids_.size() <= local) {
    label_ids_.push_back(
        graph.InternLabel(names_.labels.Name(label_ids_.size())));
  }
  return label_ids_[local];
}

TypeId Importer::GraphType(Graph& graph, uint32_t local) {
  while (type_ids_.size() <= local) {
    type_ids_.push_back(graph.InternType(names_.types.Name(type_ids_.size())));
  }
  return type_ids_[local];
}

KeyId Importer::GraphKey(Graph& graph, uint32_t local) {
  while (key_ids_.size() <= local) {
    key_ids_.push_back(graph.InternKey(names_.keys.Name(key_ids_.size())));
  }
  return key_ids_[local];
}

absl::Status Importer::ApplyFile(InputFile& file, Graph& graph) {
  KG_ASSIGN_OR_RETURN(std::string text, Contents(file, /*first_pass=*/false));
  auto changed = [&] {
    return absl::DataLossError(absl::StrCat(
        file.path,
        ": changed while being imported; the graph holds part of the import"));
  };
  CsvReader reader(text, options_.delimiter);
  absl::StatusOr<CsvRowDecoder> decoder = ReadHeader(file, reader);
  if (!decoder.ok()) return changed();
  size_t next_skip = 0;
  for (uint64_t index = 0; reader.Next(); ++index) {
    if (next_skip < file.skipped.size() && file.skipped[next_skip] == index) {
      ++next_skip;
      continue;
    }
    if (!reader.error().empty() ||
        reader.fields().size() != decoder->column_count() ||
        !decoder->Decode(reader.fields(), row_).ok()) {
      return changed();
    }
    for (auto& [key, value] : row_.properties) key = GraphKey(graph, key);
    if (!file.relationships) {
      row_labels_.clear();
      for (uint32_t label : row_.labels) {
        row_labels_.push_back(GraphLabel(graph, label));
      }
      NodeId id = graph.AddNode(row_labels_);
      KG_DCHECK(Raw(id) == first_node_ + applied_nodes_);
      ++applied_nodes_;
      for (auto& [key, value] : row_.properties) {
        KG_RETURN_IF_ERROR(graph.SetProperty(id, key, std::move(value)));
      }
      continue;
    }
    if (applied_rels_ >= ends_.size()) return changed();
    auto [start, end] = ends_[applied_rels_++];
    KG_ASSIGN_OR_RETURN(RelId id,
                        graph.AddRelationship(NodeId{first_node_ + start},
                                              NodeId{first_node_ + end},
                                              GraphType(graph, row_.type)));
    for (auto& [key, value] : row_.properties) {
      KG_RETURN_IF_ERROR(graph.SetProperty(id, key, std::move(value)));
    }
  }
  return absl::OkStatus();
}

absl::Status Importer::Apply(Graph& graph) {
  first_node_ = graph.node_id_limit();
  // The check pass counted everything: size the graph once, and let it build
  // the adjacency in one go at the end.
  graph.Reserve(accepted_nodes_, ends_.size());
  graph.BeginBulkLoad();
  absl::Status status;
  for (InputFile& file : files_) {
    status = ApplyFile(file, graph);
    if (!status.ok()) break;
  }
  graph.EndBulkLoad();
  return status;
}

}  // namespace

absl::StatusOr<CsvImportReport> ImportCsv(
    Graph& graph, const std::vector<std::string>& node_files,
    const std::vector<std::string>& relationship_files,
    const CsvImportOptions& options) {
  for (char c : {options.delimiter, options.array_delimiter}) {
    if (c == '"' || c == '\r' || c == '\n') {
      return absl::InvalidArgumentError(
          "the delimiters cannot be a quote or a line break");
    }
  }
  if (options.delimiter == options.array_delimiter) {
    return absl::InvalidArgumentError(
        "the delimiter and the array delimiter must differ");
  }
  Importer importer(options);
  KG_RETURN_IF_ERROR(importer.Check(node_files, relationship_files));
  KG_RETURN_IF_ERROR(importer.Apply(graph));
  return std::move(importer.report());
}

}  // namespace kg
