// JsonRecordReader: the SAX state machine behind ReadJson.
#include "graph/json_record_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

#include "absl/strings/str_cat.h"
#include "graph/export_util.h"
#include "graph/status_macros.h"
#include "graph/temporal_value.h"

namespace kg::export_internal {
namespace {

using rapidjson::SizeType;

constexpr absl::string_view kFieldNames[] = {
    "kind", "id", "labels", "type", "start", "end", "properties"};

std::optional<JsonRecordReader::Field> FieldFromName(std::string_view name) {
  for (size_t i = 0; i < std::size(kFieldNames); ++i) {
    if (kFieldNames[i] == Absl(name)) return JsonRecordReader::Field(i);
  }
  return std::nullopt;
}

// A key or string as it may appear in a message: quoted, cut when long
// (at a character boundary).
std::string Quoted(std::string_view s) {
  constexpr size_t kMax = 40;
  if (s.size() <= kMax) return absl::StrCat("'", Absl(s), "'");
  size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return absl::StrCat("'", Absl(s.substr(0, cut)), "...'");
}

// The keys of the tagged objects json_write.cc writes.
bool IsTag(std::string_view key) {
  return key == "$float" ||
         (key.starts_with('$') && TemporalKindNamed(key.substr(1)).has_value());
}

absl::StatusOr<Value> TaggedValue(std::string_view tag, std::string_view s) {
  if (tag == "$float") {
    if (s == "NaN")
      return Value::Float(std::numeric_limits<double>::quiet_NaN());
    if (s == "Infinity" || s == "-Infinity") {
      return Value::Float(s[0] == '-'
                              ? -std::numeric_limits<double>::infinity()
                              : std::numeric_limits<double>::infinity());
    }
    return absl::InvalidArgumentError(absl::StrCat(
        "\"$float\" must be \"NaN\", \"Infinity\" or \"-Infinity\", not ",
        Quoted(s)));
  }
  std::optional<Value::Kind> kind = TemporalKindNamed(tag.substr(1));
  if (!kind.has_value()) {
    return absl::InternalError(absl::StrCat("unknown tag ", Quoted(tag)));
  }
  return ParseTemporalValue(*kind, s);
}

}  // namespace

absl::Status ParseJsonNumber(std::string_view text, Value* out) {
  const char* first = text.data();
  const char* last = first + text.size();
  if (text.find_first_of(".eEIN") == std::string_view::npos) {
    int64_t i;
    auto [ptr, ec] = std::from_chars(first, last, i);
    if (ec == std::errc() && ptr == last) {
      *out = Value::Int(i);
      return absl::OkStatus();
    }
    return absl::InvalidArgumentError(
        absl::StrCat("integer ", Absl(text), " does not fit in 64 bits"));
  }
  // RapidJSON has checked the syntax; from_chars rounds correctly and reads
  // NaN and Infinity, which RapidJSON lets through with kParseNanAndInfFlag.
  double d;
  auto [ptr, ec] = std::from_chars(first, last, d);
  if (ptr != last ||
      (ec != std::errc() && ec != std::errc::result_out_of_range)) {
    return absl::InvalidArgumentError(absl::StrCat("bad number ", Absl(text)));
  }
  if (ec == std::errc::result_out_of_range) {
    // Underflow reads as zero; overflow RapidJSON has refused already.
    bool negative = text[0] == '-';
    d = negative ? -0.0 : 0.0;
  }
  *out = Value::Float(d);
  return absl::OkStatus();
}

namespace {

// RapidJSON turns a lone "\\uDC00".."\\uDFFF" escape (a low surrogate
// without its high half) into the three bytes of the surrogate, which are
// no UTF-8: a string written back would read as something else.
bool HoldsSurrogate(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xED &&
        (static_cast<unsigned char>(s[i + 1]) & 0xE0) == 0xA0) {
      return true;
    }
  }
  return false;
}

constexpr char kSurrogate[] =
    "a string holds a \\u escape of a lone UTF-16 surrogate (\\uD800 to "
    "\\uDFFF without its pair), which is no character";

}  // namespace

bool JsonRecordReader::Fail(std::string message) {
  message_ = std::move(message);
  size_t at = stream_->Tell();
  if (!at_bracket_) {
    // RapidJSON reports a scalar after it ends: find where it starts.
    std::string_view text(stream_->begin_, stream_->size_);
    at =
        std::min(text.find_first_not_of(" \t\r\n,:]}", last_end_), text.size());
  }
  error_offset_ = base_ + at;
  return false;
}

bool JsonRecordReader::Unexpected(absl::string_view what) {
  switch (state_) {
    case State::kStart:
      return Fail(mode_ == Mode::kRecord
                      ? absl::StrCat("expected a record object, found ", what)
                      : absl::StrCat("expected an object, found ", what));
    case State::kTopValue:
      return Fail(absl::StrCat(section_ == JsonRecord::Kind::kNode
                                   ? "\"nodes\""
                                   : "\"relationships\"",
                               " must be an array, not ", what));
    case State::kSection:
      return Fail(absl::StrCat("expected a record object, found ", what));
    case State::kFieldValue:
      switch (field_) {
        case kKind:
        case kType:
          return Fail(absl::StrCat("\"", kFieldNames[field_],
                                   "\" must be a string, not ", what));
        case kId:
        case kStart:
        case kEnd:
          return Fail(absl::StrCat("\"", kFieldNames[field_],
                                   "\" must be a non-negative integer, not ",
                                   what));
        case kLabels:
          return Fail(absl::StrCat(
              "\"labels\" must be an array of strings, not ", what));
        case kProps:
          return Fail(
              absl::StrCat("\"properties\" must be an object, not ", what));
      }
      break;
    case State::kLabels:
      return Fail(
          absl::StrCat("\"labels\" must be an array of strings, found ", what));
    case State::kPropertyValue:
      return Fail(absl::StrCat("property ", Quoted(property_key_),
                               ": a property value cannot be ", what));
    case State::kPropertyList:
      return Fail(absl::StrCat("property ", Quoted(property_key_),
                               ": a list property cannot hold ", what));
    default:
      break;
  }
  return Fail(absl::StrCat("unexpected ", what));
}

bool JsonRecordReader::BeginRecord() {
  record_ = JsonRecord();
  record_.kind = section_;
  // The iterative parser calls StartObject before it consumes the '{'.
  record_.offset = base_ + stream_->Tell();
  state_ = State::kRecordKey;
  return true;
}

bool JsonRecordReader::OnNull() {
  if (state_ == State::kPropertyValue) {  // null means "no such property"
    state_ = State::kPropertyKey;
    return true;
  }
  return Unexpected("null");
}

bool JsonRecordReader::OnBool(bool b) {
  return Scalar(Value::Bool(b), "a boolean");
}

bool JsonRecordReader::Default() { return Fail("internal: unexpected event"); }

bool JsonRecordReader::OnRawNumber(const char* str, SizeType length, bool) {
  std::string_view text(str, length);
  if (state_ == State::kFieldValue &&
      (field_ == kId || field_ == kStart || field_ == kEnd)) {
    return FieldNumber(text);
  }
  Value v;
  absl::Status parsed = ParseJsonNumber(text, &v);
  if (!parsed.ok()) return Fail(std::string(parsed.message()));
  return Scalar(std::move(v), "a number");
}

bool JsonRecordReader::FieldNumber(std::string_view text) {
  uint64_t n;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || ptr != text.data() + text.size()) {
    return Fail(absl::StrCat("\"", kFieldNames[field_],
                             "\" must be a non-negative integer, not ",
                             Absl(text)));
  }
  if (field_ == kId) record_.id = n;
  if (field_ == kStart) record_.start = n;
  if (field_ == kEnd) record_.end = n;
  state_ = State::kRecordKey;
  return true;
}

bool JsonRecordReader::OnString(const char* str, SizeType length, bool) {
  std::string_view s(str, length);
  if (HoldsSurrogate(s)) return Fail(kSurrogate);
  if (state_ == State::kFloatValue) {
    absl::StatusOr<Value> v = TaggedValue(tag_, s);
    if (!v.ok()) {
      return Fail(absl::StrCat("property ", Quoted(property_key_), ": ",
                               v.status().message()));
    }
    tagged_ = *std::move(v);
    state_ = State::kFloatEnd;
    return true;
  }
  if (state_ == State::kLabels) {
    record_.labels.emplace_back(s);
    return true;
  }
  if (state_ == State::kFieldValue && field_ == kType) {
    record_.type.emplace(s);
    state_ = State::kRecordKey;
    return true;
  }
  if (state_ == State::kFieldValue && field_ == kKind) {
    JsonRecord::Kind kind = s == "node" ? JsonRecord::Kind::kNode
                            : s == "relationship"
                                ? JsonRecord::Kind::kRelationship
                                : JsonRecord::Kind::kUnknown;
    if (kind == JsonRecord::Kind::kUnknown) {
      return Fail(absl::StrCat("unknown record kind ", Quoted(s),
                               " (expected 'node' or 'relationship')"));
    }
    if (record_.kind != JsonRecord::Kind::kUnknown && record_.kind != kind) {
      return Fail(absl::StrCat(
          "a record of kind ", Quoted(s), " in \"",
          record_.kind == JsonRecord::Kind::kNode ? "nodes" : "relationships",
          "\""));
    }
    record_.kind = kind;
    state_ = State::kRecordKey;
    return true;
  }
  return Scalar(Value::String(std::string(s)), "a string");
}

bool JsonRecordReader::Scalar(Value value, absl::string_view what) {
  if (state_ == State::kPropertyValue) {
    record_.properties.emplace_back(std::move(property_key_), std::move(value));
    state_ = State::kPropertyKey;
    return true;
  }
  if (state_ == State::kPropertyList) {
    list_.push_back(std::move(value));
    return true;
  }
  return Unexpected(what);
}

bool JsonRecordReader::OnStartObject() {
  switch (state_) {
    case State::kStart:
      if (mode_ == Mode::kRecord) return BeginRecord();
      state_ = State::kTopKey;
      return true;
    case State::kSection:
      return BeginRecord();
    case State::kFieldValue:
      if (field_ != kProps) break;
      state_ = State::kPropertyKey;
      return true;
    case State::kPropertyValue:
    case State::kPropertyList:
      // Only tagged scalars ({"$float": "NaN"}, {"$date": "2015-07-21"}):
      // a property holds no map.
      float_return_ = state_;
      state_ = State::kFloatKey;
      return true;
    default:
      break;
  }
  return Unexpected("an object");
}

bool JsonRecordReader::OnKey(const char* str, SizeType length, bool) {
  std::string_view key(str, length);
  if (HoldsSurrogate(key)) return Fail(kSurrogate);
  if (state_ == State::kFloatKey) {
    if (!IsTag(key)) {
      return Fail(absl::StrCat("property ", Quoted(property_key_),
                               ": a property value cannot be an object (only "
                               "{\"$float\": \"NaN\"}, the infinities and "
                               "temporal values)"));
    }
    tag_.assign(key);
    state_ = State::kFloatValue;
    return true;
  }
  if (state_ == State::kPropertyKey) {
    property_key_.assign(key);
    state_ = State::kPropertyValue;
    return true;
  }
  if (state_ == State::kTopKey) {
    uint32_t bit;
    if (key == "nodes") {
      section_ = JsonRecord::Kind::kNode;
      bit = 1;
    } else if (key == "relationships") {
      section_ = JsonRecord::Kind::kRelationship;
      bit = 2;
    } else {
      return Fail(absl::StrCat("unknown key ", Quoted(key),
                               " (expected \"nodes\" and \"relationships\")"));
    }
    if (sections_seen_ & bit) {
      return Fail(absl::StrCat("duplicate key \"", Absl(key), "\""));
    }
    sections_seen_ |= bit;
    state_ = State::kTopValue;
    return true;
  }
  // State::kRecordKey: the reader only calls Key() inside objects.
  std::optional<Field> field = FieldFromName(key);
  if (!field) return Fail(absl::StrCat("unknown field ", Quoted(key)));
  if (record_.fields & (1u << *field)) {
    return Fail(absl::StrCat("duplicate field \"", Absl(key), "\""));
  }
  record_.fields |= 1u << *field;
  field_ = *field;
  state_ = State::kFieldValue;
  return true;
}

bool JsonRecordReader::OnEndObject(SizeType) {
  switch (state_) {
    case State::kFloatEnd:
      state_ = float_return_;
      return Scalar(std::move(tagged_), "a number");
    case State::kFloatKey:
      return Fail(absl::StrCat("property ", Quoted(property_key_),
                               ": a property value cannot be an object (only "
                               "{\"$float\": \"NaN\"}, the infinities and "
                               "temporal values)"));
    case State::kTopKey:
      state_ = State::kEnd;
      return true;
    case State::kPropertyKey:
      state_ = State::kRecordKey;
      return true;
    case State::kRecordKey:
      state_ = mode_ == Mode::kRecord ? State::kEnd : State::kSection;
      sink_status_ = sink_(record_);
      return sink_status_.ok();
    default:
      return Fail("internal: unexpected '}'");
  }
}

bool JsonRecordReader::OnStartArray() {
  switch (state_) {
    case State::kTopValue:
      state_ = State::kSection;
      return true;
    case State::kFieldValue:
      if (field_ != kLabels) break;
      state_ = State::kLabels;
      return true;
    case State::kPropertyValue:
      list_.clear();
      state_ = State::kPropertyList;
      return true;
    default:
      break;
  }
  return Unexpected("an array");
}

bool JsonRecordReader::OnEndArray(SizeType) {
  switch (state_) {
    case State::kSection:
      state_ = State::kTopKey;
      return true;
    case State::kLabels:
      state_ = State::kRecordKey;
      return true;
    case State::kPropertyList:
      record_.properties.emplace_back(std::move(property_key_),
                                      Value::List(std::move(list_)));
      list_.clear();
      state_ = State::kPropertyKey;
      return true;
    default:
      return Fail("internal: unexpected ']'");
  }
}

}  // namespace kg::export_internal
