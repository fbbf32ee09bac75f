// ReadJson: builds a new Graph from either JSON form of SCHEMA.md.
//
// The form is told by the first key: a text whose root object opens with
// "nodes" or "relationships" (or is `{}`) is the whole-graph form, parsed in
// one streaming pass; anything else is JSONL, parsed line by line. Either way
// JsonRecordReader hands over one record at a time and GraphBuilder adds it,
// so memory holds the graph being built, not a DOM of the input.
//
// File ids are mapped to new dense ids in file order; a relationship's start
// and end name file ids. A relationship may come before its nodes (JSON
// objects are unordered): from the first such one on, relationships wait
// until the end of the input, which keeps them in file order.
//
// Errors say where: `g.jsonl:12: relationship refers to unknown node 99`,
// `g.json:3:17: ... (byte 1234)`. Input must be valid UTF-8 JSON, where
// RapidJSON's NaN, Infinity and -Infinity are allowed as numbers; a null
// property value means no property.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "graph/export.h"
#include "graph/export_util.h"
#include "graph/json_record_reader.h"
#include "rapidjson/error/en.h"

namespace kg {
namespace {

using export_internal::Absl;
using export_internal::JsonRecord;
using export_internal::JsonRecordReader;

// The input and its name, to turn byte offsets into positioned errors.
class Source {
 public:
  Source(std::string_view name, std::string_view text, bool jsonl)
      : name_(Absl(name)), text_(text), jsonl_(jsonl) {}

  std::string_view text() const { return text_; }

  // An error at `offset`. JSONL errors about a whole record name only its
  // line, as line-oriented tools expect.
  absl::Status Error(size_t offset, bool whole_record,
                     absl::string_view message) const {
    offset = std::min(offset, text_.size());
    size_t line = 1, line_start = 0;
    for (size_t i = 0; i < offset; ++i) {
      if (text_[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    }
    size_t column = offset - line_start + 1;
    if (jsonl_) {
      return absl::InvalidArgumentError(
          whole_record
              ? absl::StrCat(name_, ":", line, ": ", message)
              : absl::StrCat(name_, ":", line, ":", column, ": ", message));
    }
    return absl::InvalidArgumentError(absl::StrCat(
        name_, ":", line, ":", column, ": ", message, " (byte ", offset, ")"));
  }

 private:
  absl::string_view name_;
  std::string_view text_;
  bool jsonl_;
};

class GraphBuilder {
 public:
  explicit GraphBuilder(const Source& source) : source_(source) {}

  absl::Status Add(JsonRecord& record) {
    switch (record.kind) {
      case JsonRecord::Kind::kNode:
        return AddNode(record);
      case JsonRecord::Kind::kRelationship:
        return AddRelationship(record);
      default:
        return Error(record, "record without \"kind\"");
    }
  }

  // Adds the relationships that waited for their nodes.
  absl::StatusOr<Graph> Finish() && {
    for (JsonRecord& record : deferred_) {
      KG_RETURN_IF_ERROR(CreateRelationship(record));
    }
    return std::move(graph_);
  }

 private:
  absl::Status Error(const JsonRecord& record, absl::string_view message) {
    return source_.Error(record.offset, /*whole_record=*/true, message);
  }

  absl::Status CheckFields(const JsonRecord& record, uint32_t required,
                           uint32_t allowed) {
    absl::string_view kind =
        record.kind == JsonRecord::Kind::kNode ? "node" : "relationship";
    static constexpr absl::string_view kNames[] = {
        "kind", "id", "labels", "type", "start", "end", "properties"};
    for (uint32_t f = 0; f < std::size(kNames); ++f) {
      uint32_t bit = 1u << f;
      if ((required & bit) && !(record.fields & bit)) {
        return Error(record,
                     absl::StrCat(kind, " record without \"", kNames[f], "\""));
      }
      if (!(allowed & bit) && (record.fields & bit)) {
        return Error(record, absl::StrCat("a ", kind, " record cannot have \"",
                                          kNames[f], "\""));
      }
    }
    return absl::OkStatus();
  }

  template <typename Id>
  absl::Status SetProperties(JsonRecord& record, Id id) {
    for (auto& [key, value] : record.properties) {
      KeyId k = graph_.InternKey(key);
      if (graph_.Property(id, k) != nullptr) {
        return Error(record, absl::StrCat("duplicate property \"", key, "\""));
      }
      absl::Status set = graph_.SetProperty(id, k, std::move(value));
      if (!set.ok()) {
        return Error(record,
                     absl::StrCat("property \"", key, "\": ", set.message()));
      }
    }
    return absl::OkStatus();
  }

  absl::Status AddNode(JsonRecord& record) {
    using F = JsonRecordReader::Field;
    KG_RETURN_IF_ERROR(CheckFields(record, 1u << F::kId,
                                   (1u << F::kKind) | (1u << F::kId) |
                                       (1u << F::kLabels) | (1u << F::kProps)));
    if (nodes_.contains(*record.id)) {
      return Error(record, absl::StrCat("duplicate node id ", *record.id));
    }
    labels_.clear();
    for (const std::string& l : record.labels) {
      labels_.push_back(graph_.InternLabel(l));
    }
    NodeId id = graph_.AddNode(labels_);
    nodes_.emplace(*record.id, id);
    return SetProperties(record, id);
  }

  absl::Status AddRelationship(JsonRecord& record) {
    using F = JsonRecordReader::Field;
    uint32_t required =
        (1u << F::kId) | (1u << F::kType) | (1u << F::kStart) | (1u << F::kEnd);
    KG_RETURN_IF_ERROR(CheckFields(
        record, required, required | (1u << F::kKind) | (1u << F::kProps)));
    if (!relationships_.insert(*record.id).second) {
      return Error(record,
                   absl::StrCat("duplicate relationship id ", *record.id));
    }
    if (!deferred_.empty() || !nodes_.contains(*record.start) ||
        !nodes_.contains(*record.end)) {
      deferred_.push_back(std::move(record));
      return absl::OkStatus();
    }
    return CreateRelationship(record);
  }

  absl::Status CreateRelationship(JsonRecord& record) {
    auto start = nodes_.find(*record.start);
    auto end = nodes_.find(*record.end);
    if (start == nodes_.end() || end == nodes_.end()) {
      uint64_t missing = start == nodes_.end() ? *record.start : *record.end;
      return Error(record, absl::StrCat("relationship refers to unknown node ",
                                        missing));
    }
    TypeId type = graph_.InternType(*record.type);
    KG_ASSIGN_OR_RETURN(
        RelId id, graph_.AddRelationship(start->second, end->second, type));
    return SetProperties(record, id);
  }

  const Source& source_;
  Graph graph_;
  absl::flat_hash_map<uint64_t, NodeId> nodes_;  // file id -> new id
  absl::flat_hash_set<uint64_t> relationships_;  // file ids seen
  std::vector<JsonRecord> deferred_;
  std::vector<LabelId> labels_;  // scratch
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Whether `text` is the whole-graph form rather than JSONL.
bool IsWholeGraphForm(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && IsSpace(text[i])) ++i;
  if (i == text.size() || text[i] != '{') return false;
  ++i;
  while (i < text.size() && IsSpace(text[i])) ++i;
  std::string_view rest = text.substr(i);
  return rest.starts_with('}') || rest.starts_with("\"nodes\"") ||
         rest.starts_with("\"relationships\"");
}

// Parses text[begin, end) as one JSON text.
absl::Status Parse(const Source& source, size_t begin, size_t end,
                   JsonRecordReader::Mode mode, JsonRecordReader::Sink sink) {
  constexpr unsigned kFlags =
      rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag |
      rapidjson::kParseNanAndInfFlag | rapidjson::kParseNumbersAsStringsFlag;
  rapidjson::MemoryStream stream(source.text().data() + begin, end - begin);
  JsonRecordReader handler(mode, &stream, begin, sink);
  rapidjson::Reader reader;
  if (reader.Parse<kFlags>(stream, handler)) return absl::OkStatus();
  if (!handler.sink_status().ok()) return handler.sink_status();
  std::string message = handler.message();
  size_t offset = handler.error_offset();
  if (message.empty()) {
    offset = begin + reader.GetErrorOffset();
    // RapidJSON's "Missing a name for object member." reads as a message.
    message = rapidjson::GetParseError_En(reader.GetParseErrorCode());
    if (!message.empty() && message.back() == '.') message.pop_back();
    if (!message.empty()) message[0] = absl::ascii_tolower(message[0]);
  }
  return source.Error(offset, false, message);
}

}  // namespace

absl::StatusOr<Graph> ReadJson(std::string_view text,
                               std::string_view source_name) {
  bool whole = IsWholeGraphForm(text);
  Source source(source_name, text, !whole);
  // A NUL byte would end RapidJSON's input early and hide what follows it.
  if (size_t nul = text.find('\0'); nul != std::string_view::npos) {
    return source.Error(nul, false, "NUL byte in the input");
  }
  GraphBuilder builder(source);
  auto sink = [&](JsonRecord& record) { return builder.Add(record); };
  if (whole) {
    KG_RETURN_IF_ERROR(Parse(source, 0, text.size(),
                             JsonRecordReader::Mode::kWholeGraph, sink));
  } else {
    size_t begin = 0;
    while (begin < text.size()) {
      size_t end = text.find('\n', begin);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(begin, end - begin);
      if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
        KG_RETURN_IF_ERROR(
            Parse(source, begin, end, JsonRecordReader::Mode::kRecord, sink));
      }
      begin = end + 1;
    }
  }
  return std::move(builder).Finish();
}

}  // namespace kg
