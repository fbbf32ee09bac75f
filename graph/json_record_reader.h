// Internal to ReadJson: a RapidJSON SAX handler that turns the JSON forms of
// SCHEMA.md into JsonRecords, one node or relationship at a time.
//
// The handler is a flat state machine over the only shapes the forms allow
// (root object > section array > record > properties > list), so it never
// recurses, refuses anything deeper at its first token, and never holds more
// than one record. Type errors (labels that are not strings, a property that
// is an object, an id that is not an integer) stop the parse with a message;
// the caller adds the position. Numbers arrive as text
// (kParseNumbersAsStringsFlag): integers become Int, anything with a '.', an
// exponent, NaN or Infinity becomes Float, exactly and independently of
// RapidJSON's own number conversion.
#ifndef KG_GRAPH_JSON_RECORD_READER_H_
#define KG_GRAPH_JSON_RECORD_READER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "graph/value.h"
#include "rapidjson/memorystream.h"
#include "rapidjson/reader.h"

namespace kg::export_internal {

struct JsonRecord {
  enum class Kind : uint8_t { kUnknown, kNode, kRelationship };
  Kind kind = Kind::kUnknown;
  std::optional<uint64_t> id;
  std::vector<std::string> labels;
  std::optional<std::string> type;
  std::optional<uint64_t> start;
  std::optional<uint64_t> end;
  std::vector<std::pair<std::string, Value>> properties;
  // Fields seen, one bit per JsonRecordReader::Field.
  uint32_t fields = 0;
  // Byte offset of the record's '{' in the whole input.
  size_t offset = 0;
};

class JsonRecordReader
    : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, JsonRecordReader> {
 public:
  enum class Mode : uint8_t {
    kWholeGraph,  // {"nodes": [records], "relationships": [records]}
    kRecord,      // one record with "kind": a line of JSONL
  };
  enum Field : uint8_t { kKind, kId, kLabels, kType, kStart, kEnd, kProps };
  // Receives each complete record; an error it returns stops the parse.
  using Sink = absl::FunctionRef<absl::Status(JsonRecord&)>;

  // `stream` is what the reader reads; `base` is its offset in the input.
  JsonRecordReader(Mode mode, const rapidjson::MemoryStream* stream,
                   size_t base, Sink sink)
      : mode_(mode), stream_(stream), base_(base), sink_(sink) {}

  // After a failed parse: either the sink's error (already positioned), or
  // a message about the token that starts at error_offset() (empty when
  // RapidJSON itself found the error).
  const absl::Status& sink_status() const { return sink_status_; }
  const std::string& message() const { return message_; }
  size_t error_offset() const { return error_offset_; }

  // The SAX interface.
  bool Null() { return Done(OnNull()); }
  bool Bool(bool b) { return Done(OnBool(b)); }
  bool RawNumber(const char* str, rapidjson::SizeType length, bool copy) {
    return Done(OnRawNumber(str, length, copy));
  }
  bool String(const char* str, rapidjson::SizeType length, bool copy) {
    return Done(OnString(str, length, copy));
  }
  bool StartObject() {
    at_bracket_ = true;
    return Done(OnStartObject());
  }
  bool Key(const char* str, rapidjson::SizeType length, bool copy) {
    return Done(OnKey(str, length, copy));
  }
  bool EndObject(rapidjson::SizeType n) { return Done(OnEndObject(n)); }
  bool StartArray() {
    at_bracket_ = true;
    return Done(OnStartArray());
  }
  bool EndArray(rapidjson::SizeType n) { return Done(OnEndArray(n)); }
  bool Default();

 private:
  enum class State : uint8_t {
    kStart,          // before the root value
    kTopKey,         // in the root object: a section name or '}'
    kTopValue,       // after a section name: '['
    kSection,        // in a section: a record or ']'
    kRecordKey,      // in a record: a field name or '}'
    kFieldValue,     // after a field name
    kLabels,         // in "labels": strings or ']'
    kPropertyKey,    // in "properties": a key or '}'
    kPropertyValue,  // after a property key
    kPropertyList,   // in a list property value: scalars or ']'
    kFloatKey,       // in {"$float": ...} or {"$date": ...}: the key
    kFloatValue,     // after the key: "NaN", "Infinity", "-Infinity" or
                     // a temporal value's text
    kFloatEnd,       // after that: '}'
    kEnd,            // after the root value
  };

  // Notes where the last token ended; returns `ok`.
  bool Done(bool ok) {
    if (ok) last_end_ = stream_->Tell();
    at_bracket_ = false;
    return ok;
  }
  bool OnNull();
  bool OnBool(bool b);
  bool OnRawNumber(const char* str, rapidjson::SizeType length, bool copy);
  bool OnString(const char* str, rapidjson::SizeType length, bool copy);
  bool OnStartObject();
  bool OnKey(const char* str, rapidjson::SizeType length, bool copy);
  bool OnEndObject(rapidjson::SizeType member_count);
  bool OnStartArray();
  bool OnEndArray(rapidjson::SizeType element_count);
  bool Fail(std::string message);
  // A value in a place that does not take one of its kind.
  bool Unexpected(absl::string_view what);
  bool BeginRecord();
  bool Scalar(Value value, absl::string_view what);
  bool FieldNumber(std::string_view text);

  Mode mode_;
  const rapidjson::MemoryStream* stream_;
  size_t base_;
  Sink sink_;
  State state_ = State::kStart;
  JsonRecord::Kind section_ = JsonRecord::Kind::kUnknown;
  uint32_t sections_seen_ = 0;
  JsonRecord record_;
  Field field_ = kKind;
  std::string property_key_;
  ValueList list_;
  State float_return_ = State::kStart;  // where a tagged value goes
  std::string tag_;                     // "$float", "$date", ...
  Value tagged_;                        // the value read inside the tag
  // Where the last successful event's token ended, relative to stream_. The
  // next token starts at the first character after it that is not
  // whitespace or punctuation: RapidJSON reports strings where they end.
  size_t last_end_ = 0;
  // Whether the current event is StartObject or StartArray, which the
  // iterative parser calls before consuming the bracket.
  bool at_bracket_ = false;
  absl::Status sink_status_;
  std::string message_;
  size_t error_offset_ = 0;
};

// Parses a number as RawNumber hands it over: an Int, or a Float when it has
// a fraction, an exponent, or is NaN or (-)Infinity. Fails on an integer that
// does not fit in 64 bits.
absl::Status ParseJsonNumber(std::string_view text, Value* out);

}  // namespace kg::export_internal

#endif  // KG_GRAPH_JSON_RECORD_READER_H_
