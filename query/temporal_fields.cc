// The components of temporal values: d.year, t.offset, dur.minutes...
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "graph/temporal_parse.h"
#include "query/errors.h"
#include "query/temporal_build.h"

namespace kg::query {
namespace {

using namespace temporal;  // NOLINT: this file is about temporal values

std::optional<Value> DateComponent(int64_t days, std::string_view name) {
  const CivilDate c = CivilFromDays(days);
  if (name == "year") return Value::Int(c.year);
  if (name == "month") return Value::Int(c.month);
  if (name == "day") return Value::Int(c.day);
  if (name == "quarter") return Value::Int((c.month - 1) / 3 + 1);
  if (name == "dayofquarter") {
    const int first_month = (c.month - 1) / 3 * 3 + 1;
    return Value::Int(days - DaysFromCivil(c.year, first_month, 1) + 1);
  }
  if (name == "ordinalday") {
    return Value::Int(days - DaysFromCivil(c.year, 1, 1) + 1);
  }
  if (name == "weekday" || name == "dayofweek") {
    return Value::Int(DayOfWeek(days));
  }
  if (name == "week" || name == "weekyear") {
    int64_t week_year;
    int week;
    IsoWeek(days, &week_year, &week);
    return Value::Int(name == "week" ? week : week_year);
  }
  return std::nullopt;
}

std::optional<Value> TimeComponent(int64_t nanos, std::string_view name) {
  const int64_t secs = nanos / kNanosPerSecond;
  const int64_t frac = nanos % kNanosPerSecond;
  if (name == "hour") return Value::Int(secs / 3600);
  if (name == "minute") return Value::Int(secs / 60 % 60);
  if (name == "second") return Value::Int(secs % 60);
  if (name == "millisecond") return Value::Int(frac / 1000000);
  if (name == "microsecond") return Value::Int(frac / 1000);
  if (name == "nanosecond") return Value::Int(frac);
  return std::nullopt;
}

std::optional<Value> ZoneComponent(int32_t offset, const std::string& zone,
                                   std::string_view name) {
  // An offset of zero is written +00:00 here, unlike in a value's text.
  const std::string text = offset == 0 ? "+00:00" : FormatOffset(offset);
  if (name == "timezone") return Value::String(zone.empty() ? text : zone);
  if (name == "offset") return Value::String(text);
  if (name == "offsetminutes") return Value::Int(offset / 60);
  if (name == "offsetseconds") return Value::Int(offset);
  return std::nullopt;
}

std::optional<Value> DurationComponent(const Duration& d,
                                       std::string_view name) {
  // Each unit counts whole units within its group (months; days; seconds
  // and nanoseconds), truncated toward zero; the *Of* forms give the
  // remainder below the next larger unit. As in Neo4j, the seconds are the
  // stored ones, floored: PT-0.1S has seconds -1 and nanosecondsOfSecond
  // 900000000.
  const int64_t s = d.seconds;
  const int64_t n = d.nanos;
  if (name == "years") return Value::Int(d.months / 12);
  if (name == "quarters") return Value::Int(d.months / 3);
  if (name == "months") return Value::Int(d.months);
  if (name == "weeks") return Value::Int(d.days / 7);
  if (name == "days") return Value::Int(d.days);
  if (name == "hours") return Value::Int(s / 3600);
  if (name == "minutes") return Value::Int(s / 60);
  if (name == "seconds") return Value::Int(s);
  if (name == "quartersofyear") return Value::Int(d.months / 3 % 4);
  if (name == "monthsofquarter") return Value::Int(d.months % 3);
  if (name == "monthsofyear") return Value::Int(d.months % 12);
  if (name == "daysofweek") return Value::Int(d.days % 7);
  if (name == "minutesofhour") return Value::Int(s / 60 % 60);
  if (name == "secondsofminute") return Value::Int(s % 60);
  if (name == "millisecondsofsecond") return Value::Int(n / 1000000);
  if (name == "microsecondsofsecond") return Value::Int(n / 1000);
  if (name == "nanosecondsofsecond") return Value::Int(n);
  return std::nullopt;
}

}  // namespace

absl::StatusOr<Value> TemporalComponent(const Value& v,
                                        std::string_view field) {
  const std::string name = absl::AsciiStrToLower(std::string(field));
  std::optional<Value> out;
  if (v.kind() == Value::Kind::kDuration) {
    const Duration& d = v.AsDuration();
    // The totals in small units may not fit an integer.
    const Int128 nanos = Int128{d.seconds} * kNanosPerSecond + d.nanos;
    for (const auto& [unit, per] :
         {std::pair<const char*, int64_t>{"milliseconds", 1000000},
          {"microseconds", 1000},
          {"nanoseconds", 1}}) {
      if (name != unit) continue;
      const Int128 total = nanos / per;
      if (total > INT64_MAX || total < INT64_MIN) {
        return RuntimeError(
            "IntegerOverflow",
            absl::StrCat("the duration in ", unit, " does not fit an integer"));
      }
      return Value::Int(static_cast<int64_t>(total));
    }
    out = DurationComponent(d, name);
  } else {
    const TemporalParts p = PartsOf(v);
    if (p.days) out = DateComponent(*p.days, name);
    if (!out && p.nanos) out = TimeComponent(*p.nanos, name);
    if (!out && p.offset) out = ZoneComponent(*p.offset, p.zone, name);
    if (!out && v.kind() == Value::Kind::kDateTime) {
      const DateTime& t = v.AsDateTime();
      if (name == "epochseconds") out = Value::Int(t.seconds);
      if (name == "epochmillis") {
        const Int128 ms = Int128{t.seconds} * 1000 + t.nanos / 1000000;
        if (ms > INT64_MAX || ms < INT64_MIN) {
          return RuntimeError("IntegerOverflow",
                              "the epoch milliseconds do not fit an integer");
        }
        out = Value::Int(static_cast<int64_t>(ms));
      }
    }
  }
  if (!out) {
    return RuntimeError(
        "InvalidArgumentValue",
        absl::StrCat("a ", Value::KindName(v.kind()), " has no component '",
                     std::string(field), "'"));
  }
  return *std::move(out);
}

}  // namespace kg::query
