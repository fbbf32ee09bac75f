// ExportCsv: a Graph as neo4j-admin CSV files.
//
// Two passes over the elements in id order. The first types every property
// (long, double, ..., string[]) and cuts the elements into runs, each a
// stretch whose properties fit one header; it also notes which characters
// labels and string-list elements use, to pick an array delimiter they do
// not. The second writes one file per run.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "graph/csv_io.h"
#include "graph/status_macros.h"
#include "graph/temporal_value.h"

namespace kg {
namespace {

// A typed column: the kind of its values, or of their items in an array
// column. An empty list has kind null: it fits any array column (and makes
// a string[] column when alone).
struct ColumnType {
  Value::Kind kind = Value::Kind::kString;
  bool array = false;
  friend bool operator==(const ColumnType&, const ColumnType&) = default;
};

constexpr ColumnType kEmptyArray{Value::Kind::kNull, true};

std::string HeaderType(ColumnType t) {
  const char* name = "string";  // also the empty array's
  switch (t.kind) {
    case Value::Kind::kBool:
      name = "boolean";
      break;
    case Value::Kind::kInt:
      name = "long";
      break;
    case Value::Kind::kFloat:
      name = "double";
      break;
    default:
      if (Value::Kind k = t.kind; k >= Value::Kind::kDate) {
        name = TemporalTypeName(k);
      }
      break;
  }
  return t.array ? absl::StrCat(name, "[]") : name;
}

// Where the array delimiter may not go, as a set of bytes.
using CharSet = std::vector<bool>;

void MarkChars(std::string_view text, CharSet& used) {
  for (char c : text) used[static_cast<unsigned char>(c)] = true;
}

// CSV is text: kg import (like any CSV reader that guards against binary
// files) refuses a NUL byte, so an export must not write one.
constexpr char kNulRefused[] =
    "holds a NUL byte, which CSV text cannot carry (export as json instead)";

// The column type that carries `value` exactly, or why none does.
absl::StatusOr<ColumnType> TypeOf(const Value& value, CharSet& used) {
  switch (value.kind()) {
    case Value::Kind::kBool:
    case Value::Kind::kInt:
    case Value::Kind::kFloat:
      return ColumnType{value.kind(), false};
    case Value::Kind::kString:
      if (value.AsString().find('\0') != std::string::npos) {
        return absl::InvalidArgumentError(
            absl::StrCat("the string ", kNulRefused));
      }
      return ColumnType{value.kind(), false};
    case Value::Kind::kList:
      break;
    default:
      if (value.is_temporal()) return ColumnType{value.kind(), false};
      return absl::InvalidArgumentError(
          absl::StrCat("a ", Value::KindName(value.kind()), " value"));
  }
  const ValueList& items = value.AsList();
  if (items.empty()) return kEmptyArray;
  Value::Kind kind = items[0].kind();
  for (const Value& item : items) {
    if (item.kind() != kind) {
      return absl::InvalidArgumentError(absl::StrCat(
          value.ToString(), " mixes ", Value::KindName(kind), " and ",
          Value::KindName(item.kind()), ", which no typed array can hold"));
    }
  }
  switch (kind) {
    case Value::Kind::kBool:
    case Value::Kind::kInt:
    case Value::Kind::kFloat:
      return ColumnType{kind, true};
    case Value::Kind::kString:
      if (items.size() == 1 && items[0].AsString().empty()) {
        return absl::InvalidArgumentError(
            "[''] would read back as the empty list");
      }
      for (const Value& item : items) {
        if (item.AsString().find('\0') != std::string::npos) {
          return absl::InvalidArgumentError(
              absl::StrCat("a string of the list ", kNulRefused));
        }
        MarkChars(item.AsString(), used);
      }
      return ColumnType{kind, true};
    default:
      if (items[0].is_temporal()) {
        // A zone name may hold a candidate delimiter ('/', '_').
        for (const Value& item : items) MarkChars(item.TemporalText(), used);
        return ColumnType{kind, true};
      }
      return absl::InvalidArgumentError(
          absl::StrCat("a list of ", Value::KindName(kind)));
  }
}

// A stretch of elements [begin, end) (indexes into the id list) whose
// properties fit one header.
struct Run {
  size_t begin = 0;
  size_t end = 0;
  std::vector<std::pair<KeyId, ColumnType>> columns;  // in key-name order
};

// Cuts elements, fed in id order, into runs.
class RunBuilder {
 public:
  RunBuilder(const Graph& graph, CharSet& used) : graph_(graph), used_(used) {}

  // `what` names the element in errors ("node 7").
  absl::Status Add(const PropertyList& properties,
                   absl::FunctionRef<std::string()> what) {
    typed_.clear();
    bool fits = true;
    for (const auto& [key, value] : properties) {
      absl::StatusOr<ColumnType> type = TypeOf(value, used_);
      if (!type.ok()) {
        return absl::InvalidArgumentError(
            absl::StrCat("cannot write ", what(), " as CSV: property '",
                         graph_.KeyName(key), "': ", type.status().message()));
      }
      if (graph_.KeyName(key).empty()) {
        return absl::InvalidArgumentError(absl::StrCat(
            "cannot write ", what(),
            " as CSV: the empty property key cannot name a column"));
      }
      typed_.emplace_back(key, *type);
      auto it = types_.find(key);
      if (it != types_.end() && !Fits(it->second, *type)) fits = false;
    }
    if (!fits) Close();
    for (const auto& [key, type] : typed_) {
      auto [it, inserted] = types_.try_emplace(key, type);
      if (!inserted && it->second == kEmptyArray) {
        it->second = type;  // an array type now known
      }
    }
    ++current_.end;
    return absl::OkStatus();
  }

  std::vector<Run> Finish() {
    Close();
    if (runs_.empty()) runs_.emplace_back();  // a header-only file
    return std::move(runs_);
  }

 private:
  static bool Fits(ColumnType have, ColumnType next) {
    return have == next || (have.array && next == kEmptyArray) ||
           (have == kEmptyArray && next.array);
  }

  void Close() {
    if (current_.end == current_.begin) return;
    for (auto [key, type] : types_) {
      current_.columns.emplace_back(
          key,
          type == kEmptyArray ? ColumnType{Value::Kind::kString, true} : type);
    }
    std::sort(current_.columns.begin(), current_.columns.end(),
              [&](const auto& a, const auto& b) {
                return graph_.KeyName(a.first) < graph_.KeyName(b.first);
              });
    size_t end = current_.end;
    runs_.push_back(std::move(current_));
    current_ = Run{end, end, {}};
    types_.clear();
  }

  const Graph& graph_;
  CharSet& used_;
  std::vector<std::pair<KeyId, ColumnType>> typed_;
  absl::flat_hash_map<KeyId, ColumnType> types_;
  Run current_;
  std::vector<Run> runs_;
};

// Appends a field, in quotes when it must be: it holds the delimiter, a
// quote or a line break, or it is empty but present.
void AppendField(std::string& out, std::string_view text, bool present) {
  if (!(present && text.empty()) &&
      text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(text);
    return;
  }
  out.push_back('"');
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

void AppendScalar(std::string& out, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kBool:
      out.append(v.AsBool() ? "true" : "false");
      break;
    case Value::Kind::kInt:
      absl::StrAppend(&out, v.AsInt());
      break;
    case Value::Kind::kFloat:
      out.append(FormatDouble(v.AsFloat()));
      break;
    case Value::Kind::kString:
      out.append(v.AsString());
      break;
    default:
      out.append(v.TemporalText());
      break;
  }
}

void AppendValue(std::string& out, const Value& v, char array_delimiter,
                 std::string& scratch) {
  if (v.is_string()) return AppendField(out, v.AsString(), true);
  if (!v.is_list()) return AppendScalar(out, v);
  scratch.clear();
  for (const Value& item : v.AsList()) {
    if (&item != &v.AsList().front()) scratch.push_back(array_delimiter);
    AppendScalar(scratch, item);
  }
  AppendField(out, scratch, true);
}

// Writes one run's file: `fixed` columns, then the run's typed columns;
// `row` appends an element's fixed fields.
class RunWriter {
 public:
  RunWriter(const Graph& graph, char array_delimiter)
      : graph_(graph), array_delimiter_(array_delimiter) {}

  absl::Status Write(const std::string& path, const Run& run,
                     std::string_view fixed, const auto& ids, auto row) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) {
      return absl::PermissionDeniedError(
          absl::StrCat("cannot write ", path, ": ", std::strerror(errno)));
    }
    buffer_.assign(fixed);
    for (const auto& [key, type] : run.columns) {
      buffer_.push_back(',');
      AppendField(buffer_,
                  absl::StrCat(graph_.KeyName(key), ":", HeaderType(type)),
                  false);
    }
    buffer_.push_back('\n');
    for (size_t i = run.begin; i < run.end; ++i) {
      auto id = ids[i];
      row(id, buffer_);
      const PropertyList& props = graph_.Properties(id);
      for (const auto& [key, type] : run.columns) {
        buffer_.push_back(',');
        if (const Value* v = props.Get(key)) {
          AppendValue(buffer_, *v, array_delimiter_, scratch_);
        }
      }
      buffer_.push_back('\n');
      if (buffer_.size() >= (1 << 20)) Flush(out);
    }
    Flush(out);
    out.close();
    if (!out) {
      return absl::DataLossError(
          absl::StrCat("cannot write ", path, ": ", std::strerror(errno)));
    }
    return absl::OkStatus();
  }

 private:
  void Flush(std::ofstream& out) {
    out.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

  const Graph& graph_;
  char array_delimiter_;
  std::string buffer_;
  std::string scratch_;
};

}  // namespace

absl::StatusOr<CsvExport> ExportCsvFiles(const Graph& graph,
                                         const std::string& dir) {
  CharSet used(256, false);
  std::vector<NodeId> nodes;
  std::vector<bool> label_used(graph.label_count(), false);
  RunBuilder node_runs(graph, used);
  absl::Status status;
  graph.ForEachNode([&](NodeId id) {
    if (!status.ok()) return;
    nodes.push_back(id);
    for (LabelId l : graph.Labels(id)) label_used[l] = true;
    status = node_runs.Add(graph.Properties(id),
                           [&] { return absl::StrCat("node ", Raw(id)); });
  });
  KG_RETURN_IF_ERROR(status);
  for (LabelId l = 0; l < graph.label_count(); ++l) {
    if (!label_used[l]) continue;
    if (graph.LabelName(l).empty()) {
      return absl::InvalidArgumentError(
          "cannot write the empty label as CSV: :LABEL would drop it");
    }
    if (graph.LabelName(l).find('\0') != std::string::npos) {
      return absl::InvalidArgumentError(
          absl::StrCat("cannot write a label as CSV: it ", kNulRefused));
    }
    MarkChars(graph.LabelName(l), used);
  }
  std::vector<RelId> rels;
  RunBuilder rel_runs(graph, used);
  graph.ForEachRelationship([&](RelId id) {
    if (!status.ok()) return;
    rels.push_back(id);
    if (graph.TypeName(graph.Type(id)).find('\0') != std::string::npos) {
      status = absl::InvalidArgumentError(
          absl::StrCat("cannot write relationship ", Raw(id),
                       " as CSV: its type ", kNulRefused));
      return;
    }
    if (graph.TypeName(graph.Type(id)).empty()) {
      status = absl::InvalidArgumentError(
          absl::StrCat("cannot write relationship ", Raw(id),
                       " as CSV: its type is empty, which :TYPE cannot hold"));
      return;
    }
    status = rel_runs.Add(graph.Properties(id), [&] {
      return absl::StrCat("relationship ", Raw(id));
    });
  });
  KG_RETURN_IF_ERROR(status);

  CsvExport result;
  const std::string candidates = ";|^~#!$%&*/?@=_";
  size_t pick = 0;
  for (; pick < candidates.size(); ++pick) {
    if (!used[static_cast<unsigned char>(candidates[pick])]) break;
  }
  if (pick == candidates.size()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "cannot write the graph as CSV: labels and string-list elements use "
        "every candidate array delimiter (",
        candidates, ")"));
  }
  result.array_delimiter = candidates[pick];
  const char delim = result.array_delimiter;

  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    return absl::PermissionDeniedError(
        absl::StrCat("cannot create ", dir, ": ", ec.message()));
  }
  auto path = [&](std::string_view name) {
    return (std::filesystem::path(dir) / name).string();
  };
  RunWriter writer(graph, delim);
  std::string labels;
  std::vector<Run> runs = node_runs.Finish();
  for (size_t i = 0; i < runs.size(); ++i) {
    result.node_files.push_back(path(absl::StrCat("nodes_", i, ".csv")));
    KG_RETURN_IF_ERROR(writer.Write(result.node_files.back(), runs[i],
                                    ":ID,:LABEL", nodes,
                                    [&](NodeId id, std::string& out) {
                                      labels.clear();
                                      for (LabelId l : graph.Labels(id)) {
                                        if (!labels.empty())
                                          labels.push_back(delim);
                                        labels.append(graph.LabelName(l));
                                      }
                                      absl::StrAppend(&out, Raw(id), ",");
                                      AppendField(out, labels, false);
                                    }));
  }
  if (!rels.empty()) {
    runs = rel_runs.Finish();
    for (size_t i = 0; i < runs.size(); ++i) {
      result.relationship_files.push_back(
          path(absl::StrCat("relationships_", i, ".csv")));
      KG_RETURN_IF_ERROR(writer.Write(
          result.relationship_files.back(), runs[i], ":START_ID,:END_ID,:TYPE",
          rels, [&](RelId id, std::string& out) {
            absl::StrAppend(&out, Raw(graph.Source(id)), ",",
                            Raw(graph.Target(id)), ",");
            AppendField(out, graph.TypeName(graph.Type(id)), false);
          }));
    }
  }

  // The command line, with paths relative to `dir`.
  std::string command =
      absl::StrCat("neo4j-admin database import full --array-delimiter='",
                   std::string(1, delim), "' --multiline-fields=true");
  for (const auto& file : result.node_files) {
    absl::StrAppend(
        &command, " --nodes=", std::filesystem::path(file).filename().string());
  }
  for (const auto& file : result.relationship_files) {
    absl::StrAppend(&command, " --relationships=",
                    std::filesystem::path(file).filename().string());
  }
  result.command_file = path("import.txt");
  std::ofstream out(result.command_file, std::ios::binary | std::ios::trunc);
  out << "# Loads the CSV files of this directory into the (new, empty) "
         "database neo4j.\n# Run it here, with Neo4j 5 stopped.\n"
      << command << " neo4j\n";
  out.close();
  if (!out) {
    return absl::DataLossError(
        absl::StrCat("cannot write ", result.command_file));
  }
  return result;
}

absl::StatusOr<std::vector<std::string>> ExportCsv(const Graph& graph,
                                                   const std::string& dir) {
  KG_ASSIGN_OR_RETURN(CsvExport result, ExportCsvFiles(graph, dir));
  std::vector<std::string> paths = std::move(result.node_files);
  paths.insert(paths.end(), result.relationship_files.begin(),
               result.relationship_files.end());
  return paths;
}

}  // namespace kg
