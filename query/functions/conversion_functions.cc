// Type conversions: toInteger, toFloat, toString, toBoolean. Text that does
// not parse converts to null; a value of a kind that cannot convert at all
// (a list, a node) is an InvalidArgumentValue error.
#include <cmath>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "query/errors.h"
#include "query/functions/registry.h"

namespace kg::query {
namespace {

using Args = absl::Span<const Value>;

absl::Status CannotConvert(const Value& v, const char* to) {
  return RuntimeError("InvalidArgumentValue", std::string("cannot convert a ") +
                                                  Value::KindName(v.kind()) +
                                                  " to " + to);
}

std::optional<double> ParseDouble(const std::string& s) {
  double d;
  std::string t(absl::StripAsciiWhitespace(s));
  if (t.empty() || !absl::SimpleAtod(t, &d)) return std::nullopt;
  return d;
}

absl::StatusOr<Value> ToInteger(ExecContext&, Args a) {
  const Value& v = a[0];
  if (v.is_null() || v.is_int()) return v;
  if (v.is_float()) {
    double d = v.AsFloat();
    if (std::isnan(d) || d >= 9.2233720368547758e18 ||
        d < -9.2233720368547758e18) {
      return Value();
    }
    return Value::Int(static_cast<int64_t>(d));
  }
  if (v.is_bool()) return Value::Int(v.AsBool() ? 1 : 0);
  if (v.is_string()) {
    int64_t i;
    std::string t(absl::StripAsciiWhitespace(v.AsString()));
    if (absl::SimpleAtoi(t, &i)) return Value::Int(i);
    std::optional<double> d = ParseDouble(v.AsString());
    if (!d || std::isnan(*d) || std::abs(*d) >= 9.2233720368547758e18) {
      return Value();
    }
    return Value::Int(static_cast<int64_t>(*d));
  }
  return CannotConvert(v, "Integer");
}

absl::StatusOr<Value> ToFloat(ExecContext&, Args a) {
  const Value& v = a[0];
  if (v.is_null() || v.is_float()) return v;
  if (v.is_int()) return Value::Float(static_cast<double>(v.AsInt()));
  if (v.is_string()) {
    std::optional<double> d = ParseDouble(v.AsString());
    return d ? Value::Float(*d) : Value();
  }
  return CannotConvert(v, "Float");
}

absl::StatusOr<Value> ToString(ExecContext&, Args a) {
  const Value& v = a[0];
  switch (v.kind()) {
    case Value::Kind::kNull:
    case Value::Kind::kString:
      return v;
    case Value::Kind::kBool:
      return Value::String(v.AsBool() ? "true" : "false");
    case Value::Kind::kInt:
      return Value::String(std::to_string(v.AsInt()));
    case Value::Kind::kFloat:
      return Value::String(FormatDouble(v.AsFloat()));
    default:
      if (v.is_temporal()) return Value::String(v.TemporalText());
      return CannotConvert(v, "String");
  }
}

absl::StatusOr<Value> ToBoolean(ExecContext&, Args a) {
  const Value& v = a[0];
  if (v.is_null() || v.is_bool()) return v;
  if (v.is_string()) {
    std::string t =
        absl::AsciiStrToLower(absl::StripAsciiWhitespace(v.AsString()));
    if (t == "true") return Value::Bool(true);
    if (t == "false") return Value::Bool(false);
    return Value();
  }
  if (v.is_int()) return Value::Bool(v.AsInt() != 0);
  return CannotConvert(v, "Boolean");
}

const Function kFunctions[] = {
    {"toInteger", 1, 1, ToInteger},
    {"toFloat", 1, 1, ToFloat},
    {"toString", 1, 1, ToString},
    {"toBoolean", 1, 1, ToBoolean},
};

}  // namespace

absl::Span<const Function> ConversionFunctions() { return kFunctions; }

}  // namespace kg::query
