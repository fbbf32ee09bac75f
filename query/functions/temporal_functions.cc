// Temporal functions: date(), localtime(), time(), localdatetime(),
// datetime(), duration() and their namespaced helpers (date.truncate(),
// datetime.fromEpoch(), duration.between(), duration.inMonths(), ...).
// Null in, null out. The building itself lives in query/temporal_build.h.
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "graph/status_macros.h"
#include "graph/time_zone.h"
#include "query/errors.h"
#include "query/functions/registry.h"
#include "query/temporal_arith.h"
#include "query/temporal_build.h"

namespace kg::query {
namespace {

using namespace temporal;  // NOLINT: this file is about temporal values
using Args = absl::Span<const Value>;
using Kind = Value::Kind;

// An instant as a UTC DateTime.
Value AtInstant(absl::Time t) {
  const int64_t nanos = absl::ToUnixNanos(t);
  return Value::FromDateTime(
      DateTime{FloorDiv(nanos, kNanosPerSecond),
               static_cast<int32_t>(FloorMod(nanos, kNanosPerSecond)), 0, ""});
}

// The value of kind K at an instant, in UTC or in the zone `a[0]` names.
absl::StatusOr<Value> NowIn(Kind kind, absl::Time t, Args a) {
  if (a.empty()) return Assemble(kind, PartsOf(AtInstant(t)));
  if (a[0].is_null()) return Value();
  if (!a[0].is_string()) return BuildTemporal(kind, a[0]);
  ValueMap fields;
  fields["datetime"] = AtInstant(t);
  fields["timezone"] = a[0];
  return BuildTemporal(kind, Value::Map(std::move(fields)));
}

// date(), date('2015-07-21'), date({...}), date(otherTemporal). Without an
// argument, the statement's instant; date.transaction() and
// date.statement() are that too (kg runs one statement per transaction),
// date.realtime() reads the clock.
template <Kind K>
absl::StatusOr<Value> Construct(ExecContext& ctx, Args a) {
  if (a.empty()) return NowIn(K, ctx.statement_time, a);
  return BuildTemporal(K, a[0]);
}

template <Kind K>
absl::StatusOr<Value> Statement(ExecContext& ctx, Args a) {
  return NowIn(K, ctx.statement_time, a);
}

template <Kind K>
absl::StatusOr<Value> Realtime(ExecContext&, Args a) {
  return NowIn(K, absl::Now(), a);
}

absl::StatusOr<Value> DurationFn(ExecContext&, Args a) {
  return BuildDuration(a[0]);
}

// Cuts the parts below `unit` off; false for an unknown unit.
bool TruncateParts(std::string_view unit, TemporalParts* p) {
  const std::string u = absl::AsciiStrToLower(std::string(unit));
  static constexpr std::string_view kDateUnits[] = {
      "millennium", "century", "decade", "year", "weekyear",
      "quarter",    "month",   "week",   "day"};
  bool date_unit = false;
  for (std::string_view d : kDateUnits) date_unit |= (u == d);
  if (date_unit) {
    if (!p->days) return false;
    const CivilDate c = CivilFromDays(*p->days);
    int64_t days = *p->days;
    if (u == "millennium") {
      days = DaysFromCivil(FloorDiv(c.year, 1000) * 1000, 1, 1);
    } else if (u == "century") {
      days = DaysFromCivil(FloorDiv(c.year, 100) * 100, 1, 1);
    } else if (u == "decade") {
      days = DaysFromCivil(FloorDiv(c.year, 10) * 10, 1, 1);
    } else if (u == "year") {
      days = DaysFromCivil(c.year, 1, 1);
    } else if (u == "weekyear") {
      int64_t week_year;
      int week;
      IsoWeek(days, &week_year, &week);
      days = IsoWeekOneMonday(week_year);
    } else if (u == "quarter") {
      days = DaysFromCivil(c.year, (c.month - 1) / 3 * 3 + 1, 1);
    } else if (u == "month") {
      days = DaysFromCivil(c.year, c.month, 1);
    } else if (u == "week") {
      days -= DayOfWeek(days) - 1;
    }
    p->days = days;
    if (p->nanos) p->nanos = 0;
    return true;
  }
  int64_t step;
  if (u == "hour") {
    step = 3600 * kNanosPerSecond;
  } else if (u == "minute") {
    step = 60 * kNanosPerSecond;
  } else if (u == "second") {
    step = kNanosPerSecond;
  } else if (u == "millisecond") {
    step = 1000000;
  } else if (u == "microsecond") {
    step = 1000;
  } else {
    return false;
  }
  if (!p->nanos) p->nanos = 0;
  *p->nanos -= *p->nanos % step;
  return true;
}

template <Kind K>
absl::StatusOr<Value> Truncate(ExecContext&, Args a) {
  if (a[0].is_null() || a[1].is_null()) return Value();
  if (!a[0].is_string()) return TypeError("the truncation unit is a string");
  if (!a[1].is_temporal() || a[1].kind() == Kind::kDuration) {
    return TypeError("truncate() expects a temporal instant");
  }
  if (a.size() > 2 && !a[2].is_null() && !a[2].is_map()) {
    return TypeError("truncate() expects a map of fields to set");
  }
  TemporalParts p = PartsOf(a[1]);
  if ((K == Kind::kDate || K == Kind::kLocalDateTime || K == Kind::kDateTime) &&
      !p.days) {
    return RuntimeError(
        "InvalidArgumentValue",
        absl::StrCat("cannot truncate a ", Value::KindName(a[1].kind()),
                     " to a ", Value::KindName(K)));
  }
  if (!TruncateParts(a[0].AsString(), &p)) {
    return RuntimeError(
        "InvalidArgumentValue",
        absl::StrCat("cannot truncate a ", Value::KindName(a[1].kind()),
                     " to the unit '", a[0].AsString(), "'"));
  }
  static const ValueMap* const kNoFields = new ValueMap();
  const ValueMap& fields =
      a.size() > 2 && a[2].is_map() ? a[2].AsMap() : *kNoFields;
  return BuildFromParts(K, std::move(p), fields);
}

// datetime.fromEpoch(s, ns) is datetime({epochSeconds: s, nanosecond: ns}),
// with the same checks.
absl::StatusOr<Value> FromEpoch(ExecContext&, Args a) {
  if (a[0].is_null() || a[1].is_null()) return Value();
  ValueMap fields;
  fields["epochSeconds"] = a[0];
  fields["nanosecond"] = a[1];
  return BuildTemporal(Kind::kDateTime, Value::Map(std::move(fields)));
}

absl::StatusOr<Value> FromEpochMillis(ExecContext&, Args a) {
  if (a[0].is_null()) return Value();
  ValueMap fields;
  fields["epochMillis"] = a[0];
  return BuildTemporal(Kind::kDateTime, Value::Map(std::move(fields)));
}

// Which parts of duration.between() to compute.
enum class Between { kAll, kMonths, kDays, kSeconds };

template <Between B>
absl::StatusOr<Value> DurationBetween(ExecContext&, Args a) {
  if (a[0].is_null() || a[1].is_null()) return Value();
  for (const Value& v : a) {
    if (!v.is_temporal() || v.kind() == Kind::kDuration) {
      return TypeError("duration.between() expects two temporal instants");
    }
  }
  KG_ASSIGN_OR_RETURN(
      Duration d,
      TemporalBetween(a[0], a[1], B == Between::kAll || B == Between::kMonths,
                      B == Between::kAll || B == Between::kDays,
                      B == Between::kAll || B == Between::kSeconds));
  return Value::FromDuration(d);
}

const Function kFunctions[] = {
    {"date.transaction", 0, 1, Statement<Kind::kDate>},
    {"date.statement", 0, 1, Statement<Kind::kDate>},
    {"date.realtime", 0, 1, Realtime<Kind::kDate>},
    {"localtime.transaction", 0, 1, Statement<Kind::kLocalTime>},
    {"localtime.statement", 0, 1, Statement<Kind::kLocalTime>},
    {"localtime.realtime", 0, 1, Realtime<Kind::kLocalTime>},
    {"time.transaction", 0, 1, Statement<Kind::kTime>},
    {"time.statement", 0, 1, Statement<Kind::kTime>},
    {"time.realtime", 0, 1, Realtime<Kind::kTime>},
    {"localdatetime.transaction", 0, 1, Statement<Kind::kLocalDateTime>},
    {"localdatetime.statement", 0, 1, Statement<Kind::kLocalDateTime>},
    {"localdatetime.realtime", 0, 1, Realtime<Kind::kLocalDateTime>},
    {"datetime.transaction", 0, 1, Statement<Kind::kDateTime>},
    {"datetime.statement", 0, 1, Statement<Kind::kDateTime>},
    {"datetime.realtime", 0, 1, Realtime<Kind::kDateTime>},
    {"date", 0, 1, Construct<Kind::kDate>},
    {"localtime", 0, 1, Construct<Kind::kLocalTime>},
    {"time", 0, 1, Construct<Kind::kTime>},
    {"localdatetime", 0, 1, Construct<Kind::kLocalDateTime>},
    {"datetime", 0, 1, Construct<Kind::kDateTime>},
    {"duration", 1, 1, DurationFn},
    {"date.truncate", 2, 3, Truncate<Kind::kDate>},
    {"localtime.truncate", 2, 3, Truncate<Kind::kLocalTime>},
    {"time.truncate", 2, 3, Truncate<Kind::kTime>},
    {"localdatetime.truncate", 2, 3, Truncate<Kind::kLocalDateTime>},
    {"datetime.truncate", 2, 3, Truncate<Kind::kDateTime>},
    {"datetime.fromEpoch", 2, 2, FromEpoch},
    {"datetime.fromEpochMillis", 1, 1, FromEpochMillis},
    {"duration.between", 2, 2, DurationBetween<Between::kAll>},
    {"duration.inMonths", 2, 2, DurationBetween<Between::kMonths>},
    {"duration.inDays", 2, 2, DurationBetween<Between::kDays>},
    {"duration.inSeconds", 2, 2, DurationBetween<Between::kSeconds>},
};

}  // namespace

absl::Span<const Function> TemporalFunctions() { return kFunctions; }

}  // namespace kg::query
