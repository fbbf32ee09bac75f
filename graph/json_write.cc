// WriteJson and WriteJsonLines: the JSON forms of SCHEMA.md, streamed.
//
// Records go through RapidJSON's Writer straight into an OutBuffer, one record
// at a time, so no DOM of the graph is ever built. The whole-graph form puts
// one record per line too ({"nodes": [\n{...},\n{...}\n], ...}), which keeps
// big exports greppable and diffable. Choices, all read back by ReadJson:
//   * Floats are written by FormatDouble (shortest round-trip digits, always
//     with a '.' or an exponent, so 1.0 stays 1.0 and reads back as a float).
//     RapidJSON's own Writer::Double also keeps the ".0", but its Grisu2
//     digits are not always the shortest, and the other writers use
//     FormatDouble too.
//   * NaN and infinities, which JSON lacks, are written as the objects
//     {"$float":"NaN"}, {"$float":"Infinity"} and {"$float":"-Infinity"}:
//     valid JSON for every parser, and unambiguous where properties are
//     read back (a property can never hold a map). ReadJson also still
//     reads the bare tokens NaN and Infinity of older exports.
//   * Temporal values are written as one-key objects holding their ISO 8601
//     text (temporal.h): {"$date":"2015-07-21"}, {"$localtime":"21:40:32"},
//     {"$time":"21:40+01:00"}, {"$localdatetime":"2015-07-21T21:40"},
//     {"$datetime":"2015-07-21T21:40Z"} (a named zone follows the offset
//     in brackets), {"$duration":"P1Y2DT3H"}. ReadJson does not read them
//     back yet.
//   * Strings that are not valid UTF-8 have each bad sequence replaced by
//     U+FFFD, so the output is always valid UTF-8 JSON; control characters
//     are escaped (\n, \u0001, ...).
#include <cmath>
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "graph/export.h"
#include "graph/export_util.h"
#include "graph/temporal_value.h"
#include "rapidjson/stringbuffer.h"
#include "rapidjson/writer.h"

namespace kg {
namespace {

using export_internal::KeyOrder;
using export_internal::OutBuffer;
using export_internal::ValidUtf8;

template <typename Stream>
using JsonWriter =
    rapidjson::Writer<Stream, rapidjson::UTF8<>, rapidjson::UTF8<>,
                      rapidjson::CrtAllocator, rapidjson::kWriteNanAndInfFlag>;

template <typename W>
void WriteString(W& w, std::string_view s, std::string* scratch) {
  s = ValidUtf8(s, scratch);
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

template <typename W>
void WriteKey(W& w, std::string_view s, std::string* scratch) {
  s = ValidUtf8(s, scratch);
  w.Key(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

template <typename W>
void WriteValue(W& w, const Value& v, std::string* scratch) {
  switch (v.kind()) {
    case Value::Kind::kBool:
      w.Bool(v.AsBool());
      return;
    case Value::Kind::kInt:
      w.Int64(v.AsInt());
      return;
    case Value::Kind::kFloat: {
      if (!std::isfinite(v.AsFloat())) {
        w.StartObject();
        w.Key("$float");
        w.String(std::isnan(v.AsFloat()) ? "NaN"
                 : v.AsFloat() > 0       ? "Infinity"
                                         : "-Infinity");
        w.EndObject();
        return;
      }
      std::string text = FormatDouble(v.AsFloat());
      w.RawValue(text.data(), text.size(), rapidjson::kNumberType);
      return;
    }
    case Value::Kind::kString:
      WriteString(w, v.AsString(), scratch);
      return;
    case Value::Kind::kList:
      w.StartArray();
      for (const Value& item : v.AsList()) WriteValue(w, item, scratch);
      w.EndArray();
      return;
    case Value::Kind::kMap:
      w.StartObject();
      for (const auto& [key, item] : v.AsMap()) {
        WriteKey(w, key, scratch);
        WriteValue(w, item, scratch);
      }
      w.EndObject();
      return;
    case Value::Kind::kDate:
    case Value::Kind::kLocalTime:
    case Value::Kind::kTime:
    case Value::Kind::kLocalDateTime:
    case Value::Kind::kDateTime:
    case Value::Kind::kDuration: {
      // {"$date": "2015-07-21"}, {"$datetime": "2015-07-21T21:40Z"}...:
      // tagged like a non-finite float, so that no string is mistaken for
      // a temporal value when the JSON is read back.
      w.StartObject();
      WriteKey(w, absl::StrCat("$", TemporalTypeName(v.kind())), scratch);
      std::string text = v.TemporalText();
      WriteString(w, text, scratch);
      w.EndObject();
      return;
    }
    default:
      // Null, and graph references, which a graph never stores.
      KG_DCHECK(v.is_null());
      w.Null();
      return;
  }
}

// Writes node and relationship records, each as one complete JSON text.
class RecordWriter {
 public:
  RecordWriter(const Graph& graph, OutBuffer& out)
      : graph_(graph), out_(out), writer_(out), keys_(graph) {}

  // Starts a new top-level JSON text (a record, a result row).
  void Begin() { writer_.Reset(out_); }

  // A value of a query result: graph references become their record forms,
  // inside lists and maps too; a path is {"nodes": [...], "relationships":
  // [...]}. A deleted element keeps its id with no labels and properties.
  void ResultValue(const Value& v) {
    switch (v.kind()) {
      case Value::Kind::kNode:
        Node(v.AsNode(), /*with_kind=*/false);
        return;
      case Value::Kind::kRelationship:
        Relationship(v.AsRelationship(), /*with_kind=*/false);
        return;
      case Value::Kind::kPath:
        writer_.StartObject();
        writer_.Key("nodes");
        writer_.StartArray();
        for (NodeId n : v.AsPath().nodes) Node(n, false);
        writer_.EndArray();
        writer_.Key("relationships");
        writer_.StartArray();
        for (RelId r : v.AsPath().rels) Relationship(r, false);
        writer_.EndArray();
        writer_.EndObject();
        return;
      case Value::Kind::kList:
        writer_.StartArray();
        for (const Value& item : v.AsList()) ResultValue(item);
        writer_.EndArray();
        return;
      case Value::Kind::kMap:
        writer_.StartObject();
        for (const auto& [key, item] : v.AsMap()) {
          WriteKey(writer_, key, &scratch_);
          ResultValue(item);
        }
        writer_.EndObject();
        return;
      default:
        WriteValue(writer_, v, &scratch_);
    }
  }

  void Key(std::string_view key) { WriteKey(writer_, key, &scratch_); }
  void StartArray() { writer_.StartArray(); }
  void EndArray() { writer_.EndArray(); }
  void StartObject() { writer_.StartObject(); }
  void EndObject() { writer_.EndObject(); }

  void Node(NodeId id, bool with_kind) {
    writer_.StartObject();
    if (with_kind) {
      writer_.Key("kind");
      writer_.String("node");
    }
    writer_.Key("id");
    writer_.Uint64(Raw(id));
    writer_.Key("labels");
    writer_.StartArray();
    bool alive = graph_.ContainsNode(id);
    if (alive) {
      for (LabelId label : graph_.Labels(id)) {
        WriteString(writer_, graph_.LabelName(label), &scratch_);
      }
    }
    writer_.EndArray();
    Properties(alive ? &graph_.Properties(id) : nullptr);
    writer_.EndObject();
  }

  void Relationship(RelId id, bool with_kind) {
    writer_.StartObject();
    if (with_kind) {
      writer_.Key("kind");
      writer_.String("relationship");
    }
    writer_.Key("id");
    writer_.Uint64(Raw(id));
    // A deleted relationship keeps only its id: its record is gone.
    bool alive = graph_.ContainsRelationship(id);
    if (alive) {
      writer_.Key("type");
      WriteString(writer_, graph_.TypeName(graph_.Type(id)), &scratch_);
      writer_.Key("start");
      writer_.Uint64(Raw(graph_.Source(id)));
      writer_.Key("end");
      writer_.Uint64(Raw(graph_.Target(id)));
    }
    Properties(alive ? &graph_.Properties(id) : nullptr);
    writer_.EndObject();
  }

 private:
  void Properties(const PropertyList* props) {
    writer_.Key("properties");
    writer_.StartObject();
    if (props == nullptr) {
      writer_.EndObject();
      return;
    }
    keys_.Sort(*props, &sorted_);
    for (const PropertyList::Entry* entry : sorted_) {
      WriteKey(writer_, graph_.KeyName(entry->first), &scratch_);
      WriteValue(writer_, entry->second, &scratch_);
    }
    writer_.EndObject();
  }

  const Graph& graph_;
  OutBuffer& out_;
  JsonWriter<OutBuffer> writer_;
  KeyOrder keys_;
  std::string scratch_;
  std::vector<const PropertyList::Entry*> sorted_;
};

}  // namespace

absl::Status WriteJson(const Graph& graph, std::ostream& out) {
  OutBuffer buffer(out);
  RecordWriter records(graph, buffer);
  // "[" then "\n{record}" with ",\n" between records, then "\n]" unless empty.
  bool first = true;
  buffer << "{\"nodes\": [";
  graph.ForEachNode([&](NodeId id) {
    buffer << (first ? "\n" : ",\n");
    first = false;
    records.Begin();
    records.Node(id, /*with_kind=*/false);
  });
  buffer << (first ? "]" : "\n]") << ",\n\"relationships\": [";
  first = true;
  graph.ForEachRelationship([&](RelId id) {
    buffer << (first ? "\n" : ",\n");
    first = false;
    records.Begin();
    records.Relationship(id, /*with_kind=*/false);
  });
  buffer << (first ? "]}\n" : "\n]}\n");
  return buffer.Finish();
}

absl::Status WriteJsonLines(const Graph& graph, std::ostream& out) {
  OutBuffer buffer(out);
  RecordWriter records(graph, buffer);
  graph.ForEachNode([&](NodeId id) {
    records.Begin();
    records.Node(id, /*with_kind=*/true);
    buffer.Put('\n');
  });
  graph.ForEachRelationship([&](RelId id) {
    records.Begin();
    records.Relationship(id, /*with_kind=*/true);
    buffer.Put('\n');
  });
  return buffer.Finish();
}

absl::Status WriteResultJson(const Graph& graph,
                             absl::Span<const std::string> columns,
                             absl::Span<const std::vector<Value>> rows,
                             std::ostream& out, std::string_view more_members) {
  OutBuffer buffer(out);
  RecordWriter records(graph, buffer);
  buffer << "{\"columns\": ";
  records.Begin();
  records.StartArray();
  for (const std::string& c : columns) records.ResultValue(Value::String(c));
  records.EndArray();
  buffer << ", \"rows\": [";
  bool first = true;
  for (const std::vector<Value>& row : rows) {
    buffer << (first ? "\n" : ",\n");
    first = false;
    records.Begin();
    records.StartArray();
    for (const Value& v : row) records.ResultValue(v);
    records.EndArray();
  }
  buffer << (first ? "]" : "\n]");
  if (!more_members.empty()) buffer << ", " << more_members;
  buffer << "}\n";
  return buffer.Finish();
}

absl::Status WriteResultJsonLines(const Graph& graph,
                                  absl::Span<const std::string> columns,
                                  absl::Span<const std::vector<Value>> rows,
                                  std::ostream& out) {
  OutBuffer buffer(out);
  RecordWriter records(graph, buffer);
  for (const std::vector<Value>& row : rows) {
    records.Begin();
    records.StartObject();
    for (size_t i = 0; i < columns.size() && i < row.size(); ++i) {
      records.Key(columns[i]);
      records.ResultValue(row[i]);
    }
    records.EndObject();
    buffer.Put('\n');
  }
  return buffer.Finish();
}

namespace export_internal {

std::string JsonText(const Value& value) {
  rapidjson::StringBuffer text;
  JsonWriter<rapidjson::StringBuffer> writer(text);
  std::string scratch;
  WriteValue(writer, value, &scratch);
  return std::string(text.GetString(), text.GetSize());
}

}  // namespace export_internal
}  // namespace kg
