// String functions: toLower, toUpper, trim, ltrim, rtrim, substring,
// replace, split, left, right. Offsets and lengths count code points.
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "query/errors.h"
#include "query/functions/registry.h"
#include "query/functions/utf8.h"

namespace kg::query {
namespace {

using Args = absl::Span<const Value>;

// Null when any argument is null; a type error when the first is no string.
#define KG_STRING_ARGS(a, name)      \
  for (const Value& v : a) {         \
    if (v.is_null()) return Value(); \
  }                                  \
  if (!a[0].is_string()) return TypeError(name " expects a string")

absl::StatusOr<Value> ToLower(ExecContext&, Args a) {
  KG_STRING_ARGS(a, "toLower()");
  return Value::String(absl::AsciiStrToLower(a[0].AsString()));
}

absl::StatusOr<Value> ToUpper(ExecContext&, Args a) {
  KG_STRING_ARGS(a, "toUpper()");
  return Value::String(absl::AsciiStrToUpper(a[0].AsString()));
}

absl::StatusOr<Value> Trim(ExecContext&, Args a) {
  KG_STRING_ARGS(a, "trim()");
  return Value::String(
      std::string(absl::StripAsciiWhitespace(a[0].AsString())));
}

absl::StatusOr<Value> LTrim(ExecContext&, Args a) {
  KG_STRING_ARGS(a, "ltrim()");
  return Value::String(
      std::string(absl::StripLeadingAsciiWhitespace(a[0].AsString())));
}

absl::StatusOr<Value> RTrim(ExecContext&, Args a) {
  KG_STRING_ARGS(a, "rtrim()");
  return Value::String(
      std::string(absl::StripTrailingAsciiWhitespace(a[0].AsString())));
}

absl::Status CheckCount(const Value& v, const char* what) {
  if (!v.is_int()) return TypeError(std::string(what) + " expects an integer");
  if (v.AsInt() < 0) {
    return RuntimeError("NegativeIntegerArgument",
                        std::string(what) + " expects a non-negative integer");
  }
  return absl::OkStatus();
}

absl::StatusOr<Value> Substring(ExecContext&, Args a) {
  KG_STRING_ARGS(a, "substring()");
  KG_RETURN_IF_ERROR(CheckCount(a[1], "substring()"));
  int64_t count = INT64_MAX;
  if (a.size() > 2) {
    KG_RETURN_IF_ERROR(CheckCount(a[2], "substring()"));
    count = a[2].AsInt();
  }
  return Value::String(CodePointSubstr(a[0].AsString(), a[1].AsInt(), count));
}

absl::StatusOr<Value> Left(ExecContext&, Args a) {
  KG_STRING_ARGS(a, "left()");
  KG_RETURN_IF_ERROR(CheckCount(a[1], "left()"));
  return Value::String(CodePointSubstr(a[0].AsString(), 0, a[1].AsInt()));
}

absl::StatusOr<Value> Right(ExecContext&, Args a) {
  KG_STRING_ARGS(a, "right()");
  KG_RETURN_IF_ERROR(CheckCount(a[1], "right()"));
  int64_t n = CodePointCount(a[0].AsString());
  int64_t from = a[1].AsInt() >= n ? 0 : n - a[1].AsInt();
  return Value::String(CodePointSubstr(a[0].AsString(), from, INT64_MAX));
}

absl::StatusOr<Value> Replace(ExecContext&, Args a) {
  KG_STRING_ARGS(a, "replace()");
  if (!a[1].is_string() || !a[2].is_string()) {
    return TypeError("replace() expects strings");
  }
  if (a[1].AsString().empty()) return a[0];
  return Value::String(absl::StrReplaceAll(
      a[0].AsString(), {{a[1].AsString(), a[2].AsString()}}));
}

absl::StatusOr<Value> Split(ExecContext&, Args a) {
  KG_STRING_ARGS(a, "split()");
  if (!a[1].is_string()) return TypeError("split() expects a string delimiter");
  ValueList out;
  const std::string& s = a[0].AsString();
  const std::string& d = a[1].AsString();
  if (d.empty()) {
    std::vector<size_t> offsets = CodePointOffsets(s);
    for (size_t i = 0; i + 1 < offsets.size(); ++i) {
      out.push_back(
          Value::String(s.substr(offsets[i], offsets[i + 1] - offsets[i])));
    }
  } else {
    for (absl::string_view part : absl::StrSplit(s, d)) {
      out.push_back(Value::String(std::string(part)));
    }
  }
  return Value::List(std::move(out));
}

#undef KG_STRING_ARGS

const Function kFunctions[] = {
    {"toLower", 1, 1, ToLower}, {"toUpper", 1, 1, ToUpper},
    {"trim", 1, 1, Trim},       {"ltrim", 1, 1, LTrim},
    {"rtrim", 1, 1, RTrim},     {"substring", 2, 3, Substring},
    {"left", 2, 2, Left},       {"right", 2, 2, Right},
    {"replace", 3, 3, Replace}, {"split", 2, 2, Split},
};

}  // namespace

absl::Span<const Function> StringFunctions() { return kFunctions; }

}  // namespace kg::query
