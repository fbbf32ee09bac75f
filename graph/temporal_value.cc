#include "graph/temporal_value.h"

#include <utility>

#include "graph/status_macros.h"
#include "graph/temporal_parse.h"

namespace kg {
namespace {

constexpr std::pair<const char*, Value::Kind> kNames[] = {
    {"date", Value::Kind::kDate},
    {"localtime", Value::Kind::kLocalTime},
    {"time", Value::Kind::kTime},
    {"localdatetime", Value::Kind::kLocalDateTime},
    {"datetime", Value::Kind::kDateTime},
    {"duration", Value::Kind::kDuration},
};

}  // namespace

const char* TemporalTypeName(Value::Kind kind) {
  for (const auto& [name, k] : kNames) {
    if (k == kind) return name;
  }
  KG_DCHECK(false);
  return "?";
}

std::optional<Value::Kind> TemporalKindNamed(std::string_view name) {
  for (const auto& [n, k] : kNames) {
    if (name == n) return k;
  }
  return std::nullopt;
}

absl::StatusOr<Value> ParseTemporalValue(Value::Kind kind,
                                         std::string_view text) {
  using namespace temporal;  // NOLINT: the cases name temporal kinds
  switch (kind) {
    case Value::Kind::kDate: {
      KG_ASSIGN_OR_RETURN(Date d, ParseDate(text));
      return Value::FromDate(d);
    }
    case Value::Kind::kLocalTime: {
      KG_ASSIGN_OR_RETURN(LocalTime t, ParseLocalTime(text));
      return Value::FromLocalTime(t);
    }
    case Value::Kind::kTime: {
      KG_ASSIGN_OR_RETURN(Time t, ParseTime(text));
      return Value::FromTime(t);
    }
    case Value::Kind::kLocalDateTime: {
      KG_ASSIGN_OR_RETURN(LocalDateTime t, ParseLocalDateTime(text));
      return Value::FromLocalDateTime(t);
    }
    case Value::Kind::kDateTime: {
      KG_ASSIGN_OR_RETURN(DateTime t, ParseDateTime(text));
      return Value::FromDateTime(std::move(t));
    }
    case Value::Kind::kDuration: {
      KG_ASSIGN_OR_RETURN(Duration d, ParseDuration(text));
      return Value::FromDuration(d);
    }
    default:
      break;
  }
  return absl::InternalError("ParseTemporalValue: not a temporal kind");
}

}  // namespace kg
