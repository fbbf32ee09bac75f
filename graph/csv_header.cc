#include "graph/csv_header.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <system_error>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "graph/status_macros.h"
#include "graph/temporal_value.h"

namespace kg {
namespace {

// Debian's Abseil has its own absl::string_view, distinct from the std one.
absl::string_view AbslView(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::string_view TrimBlanks(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return s;
}

constexpr std::pair<const char*, CsvType> kTypeNames[] = {
    {"int", CsvType::kInt},
    {"long", CsvType::kLong},
    {"short", CsvType::kShort},
    {"byte", CsvType::kByte},
    {"float", CsvType::kFloat},
    {"double", CsvType::kDouble},
    {"boolean", CsvType::kBoolean},
    {"string", CsvType::kString},
    {"char", CsvType::kChar},
    {"date", CsvType::kDate},
    {"localtime", CsvType::kLocalTime},
    {"time", CsvType::kTime},
    {"localdatetime", CsvType::kLocalDateTime},
    {"datetime", CsvType::kDateTime},
    {"duration", CsvType::kDuration},
};

constexpr std::pair<const char*, CsvColumn::Role> kRoleNames[] = {
    {"ID", CsvColumn::Role::kId},
    {"LABEL", CsvColumn::Role::kLabel},
    {"START_ID", CsvColumn::Role::kStartId},
    {"END_ID", CsvColumn::Role::kEndId},
    {"TYPE", CsvColumn::Role::kType},
    {"IGNORE", CsvColumn::Role::kIgnore},
};

bool IsIdRole(std::string_view role) {
  return EqualsIgnoreCase(role, "ID") || EqualsIgnoreCase(role, "START_ID") ||
         EqualsIgnoreCase(role, "END_ID");
}

// Shows field text in an error, shortened when long.
std::string Quote(std::string_view text) {
  constexpr size_t kMax = 40;
  if (text.size() <= kMax) return absl::StrCat("'", AbslView(text), "'");
  return absl::StrCat("'", AbslView(text.substr(0, kMax)), "...'");
}

absl::Status FieldError(const CsvColumn& column, std::string_view text,
                        std::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(
      "column '", column.name, "' (", CsvTypeName(column.type),
      column.array ? "[]" : "", "): ", Quote(text), " ", AbslView(what)));
}

absl::StatusOr<Value> DecodeInteger(const CsvColumn& column,
                                    std::string_view text) {
  std::string_view t = TrimBlanks(text);
  if (t.size() > 1 && t[0] == '+' && t[1] != '-') t.remove_prefix(1);
  int64_t v = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
  if (ec == std::errc::result_out_of_range) {
    return FieldError(
        column, text,
        absl::StrCat("is out of range for ", CsvTypeName(column.type)));
  }
  if (ec != std::errc() || end != t.data() + t.size()) {
    return FieldError(column, text, "is not an integer");
  }
  int64_t lo = std::numeric_limits<int64_t>::min();
  int64_t hi = std::numeric_limits<int64_t>::max();
  switch (column.type) {
    case CsvType::kInt:
      lo = std::numeric_limits<int32_t>::min();
      hi = std::numeric_limits<int32_t>::max();
      break;
    case CsvType::kShort:
      lo = std::numeric_limits<int16_t>::min();
      hi = std::numeric_limits<int16_t>::max();
      break;
    case CsvType::kByte:
      lo = std::numeric_limits<int8_t>::min();
      hi = std::numeric_limits<int8_t>::max();
      break;
    default:
      break;
  }
  if (v < lo || v > hi) {
    return FieldError(
        column, text,
        absl::StrCat("is out of range for ", CsvTypeName(column.type)));
  }
  return Value::Int(v);
}

absl::StatusOr<Value> DecodeFloat(const CsvColumn& column,
                                  std::string_view text) {
  std::string_view t = TrimBlanks(text);
  if (t.size() > 1 && t[0] == '+' && t[1] != '-') t.remove_prefix(1);
  double v = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
  if (end != t.data() + t.size() ||
      (ec != std::errc() && ec != std::errc::result_out_of_range)) {
    return FieldError(column, text, "is not a number");
  }
  if (ec == std::errc::result_out_of_range) {
    // A number past the double's range is refused, as a long's overflow is,
    // rather than read as an infinity or as zero (Java's Double.parseDouble
    // would): 1e999 is not Infinity, -1e-999 is not -0.0. An underflow to a
    // subnormal keeps the value, as closely as a double can. strtod says
    // which it is.
    v = std::strtod(std::string(t).c_str(), nullptr);
    if (std::isinf(v)) {
      return FieldError(
          column, text,
          absl::StrCat("is out of range for ", CsvTypeName(column.type)));
    }
    if (v == 0) {
      return FieldError(
          column, text,
          absl::StrCat("is too close to zero for ", CsvTypeName(column.type),
                       " (it would read as 0)"));
    }
  }
  return Value::Float(v);
}

absl::StatusOr<Value> DecodeScalar(const CsvColumn& column,
                                   std::string_view text) {
  switch (column.type) {
    case CsvType::kInt:
    case CsvType::kLong:
    case CsvType::kShort:
    case CsvType::kByte:
      return DecodeInteger(column, text);
    case CsvType::kFloat:
    case CsvType::kDouble:
      return DecodeFloat(column, text);
    case CsvType::kBoolean: {
      std::string_view t = TrimBlanks(text);
      if (EqualsIgnoreCase(t, "true")) return Value::Bool(true);
      if (EqualsIgnoreCase(t, "false")) return Value::Bool(false);
      return FieldError(column, text, "is not a boolean (true or false)");
    }
    case CsvType::kString:
      return Value::String(std::string(text));
    case CsvType::kChar: {
      size_t code_points = 0;
      for (char c : text) code_points += (c & 0xC0) != 0x80;
      if (code_points != 1) {
        return FieldError(column, text, "is not a single character");
      }
      return Value::String(std::string(text));
    }
    case CsvType::kDate:
    case CsvType::kLocalTime:
    case CsvType::kTime:
    case CsvType::kLocalDateTime:
    case CsvType::kDateTime:
    case CsvType::kDuration: {
      // The header type names are the temporal kinds' names.
      std::optional<Value::Kind> kind =
          TemporalKindNamed(CsvTypeName(column.type));
      KG_DCHECK(kind.has_value());
      absl::StatusOr<Value> v = ParseTemporalValue(*kind, TrimBlanks(text));
      if (!v.ok()) {
        return FieldError(column, text,
                          absl::StrCat("is not a ", CsvTypeName(column.type)));
      }
      return v;
    }
  }
  return absl::InternalError("unknown CSV type");
}

}  // namespace

const char* CsvTypeName(CsvType type) {
  for (const auto& [name, t] : kTypeNames) {
    if (t == type) return name;
  }
  return "?";
}

const char* CsvRoleName(CsvColumn::Role role) {
  for (const auto& [name, r] : kRoleNames) {
    if (r == role) return name;
  }
  return "";
}

std::string CsvRoleText(CsvColumn::Role role, std::string_view id_space) {
  if (id_space.empty()) return absl::StrCat(":", CsvRoleName(role));
  return absl::StrCat(":", CsvRoleName(role), "(", AbslView(id_space), ")");
}

absl::StatusOr<CsvColumn> ParseCsvColumn(std::string_view field) {
  CsvColumn column;
  std::string_view spec = field;
  // An ID space in parentheses, which may itself hold ':'.
  std::string_view space;
  if (!spec.empty() && spec.back() == ')') {
    size_t open = spec.rfind('(');
    size_t colon = open == std::string_view::npos
                       ? std::string_view::npos
                       : spec.substr(0, open).rfind(':');
    if (colon != std::string_view::npos &&
        IsIdRole(spec.substr(colon + 1, open - colon - 1))) {
      space = spec.substr(open + 1, spec.size() - open - 2);
      spec = spec.substr(0, open);
    }
  }
  size_t colon = spec.rfind(':');
  if (colon == std::string_view::npos) {
    if (spec.empty()) return absl::InvalidArgumentError("empty column name");
    column.name = std::string(spec);
    return column;
  }
  std::string_view name = spec.substr(0, colon);
  std::string_view type = spec.substr(colon + 1);
  for (const auto& [role_name, role] : kRoleNames) {
    if (!EqualsIgnoreCase(type, role_name)) continue;
    column.role = role;
    // Names on the other roles are allowed, and mean nothing.
    if (role == CsvColumn::Role::kId) column.name = std::string(name);
    column.id_space = std::string(space);
    return column;
  }
  if (type.size() > 2 && type.substr(type.size() - 2) == "[]") {
    column.array = true;
    type.remove_suffix(2);
  }
  bool known = false;
  for (const auto& [type_name, t] : kTypeNames) {
    if (EqualsIgnoreCase(type, type_name)) {
      column.type = t;
      known = true;
    }
  }
  if (!known) {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown type '", AbslView(spec.substr(colon + 1)), "'"));
  }
  if (name.empty()) {
    return absl::InvalidArgumentError("a property column needs a name");
  }
  column.name = std::string(name);
  return column;
}

absl::StatusOr<Value> DecodeCsvField(const CsvColumn& column,
                                     const CsvReader::Field& field,
                                     char array_delimiter) {
  std::string_view text = field.text;
  if (text.empty() && !field.quoted) return Value();
  bool is_string =
      column.type == CsvType::kString || column.type == CsvType::kChar;
  if (!is_string && TrimBlanks(text).empty()) {
    // Blank: absent, or (quoted) an empty array.
    return column.array && field.quoted ? Value::List({}) : Value();
  }
  if (!column.array) return DecodeScalar(column, text);
  if (text.empty()) return Value::List({});
  ValueList items;
  for (;;) {
    size_t cut = text.find(array_delimiter);
    KG_ASSIGN_OR_RETURN(Value item, DecodeScalar(column, text.substr(0, cut)));
    items.push_back(std::move(item));
    if (cut == std::string_view::npos) break;
    text.remove_prefix(cut + 1);
  }
  return Value::List(std::move(items));
}

}  // namespace kg
