#include "query/temporal_build.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "graph/status_macros.h"
#include "graph/temporal_parse.h"
#include "graph/time_zone.h"
#include "query/errors.h"

namespace kg::query {
namespace {

using namespace temporal;  // NOLINT: this file is about temporal values

using Kind = Value::Kind;

absl::Status BadValue(std::string_view message) {
  return RuntimeError("InvalidArgumentValue", message);
}

// Parse errors of the graph layer become InvalidArgumentValue.
absl::Status Categorized(const absl::Status& s) {
  return s.ok() ? s : BadValue(std::string(s.message()));
}

bool HasDate(Kind k) {
  return k == Kind::kDate || k == Kind::kLocalDateTime || k == Kind::kDateTime;
}
bool HasTime(Kind k) { return k != Kind::kDate && k != Kind::kDuration; }
bool HasZone(Kind k) { return k == Kind::kTime || k == Kind::kDateTime; }

// The fields of a map argument, looked up case-insensitively.
class Fields {
 public:
  explicit Fields(const ValueMap& map) {
    for (const auto& [key, value] : map) {
      entries_.emplace_back(absl::AsciiStrToLower(key), &value);
    }
  }
  const Value* Find(std::string_view lower) {
    for (auto& [key, value] : entries_) {
      if (key == lower) {
        key.clear();  // used
        return value;
      }
    }
    return nullptr;
  }
  // The first key no Find() asked for, or empty.
  std::string Unused() const {
    for (const auto& [key, value] : entries_) {
      if (!key.empty()) return key;
    }
    return "";
  }

 private:
  std::vector<std::pair<std::string, const Value*>> entries_;
};

absl::StatusOr<std::optional<int64_t>> IntField(Fields& f,
                                                std::string_view name) {
  const Value* v = f.Find(name);
  if (v == nullptr || v->is_null()) return std::optional<int64_t>();
  if (!v->is_int()) {
    return TypeError(absl::StrCat("'", std::string(name),
                                  "' must be an integer, not ",
                                  Value::KindName(v->kind())));
  }
  return std::optional<int64_t>(v->AsInt());
}

absl::Status OutOfRange(std::string_view field, int64_t v) {
  return BadValue(
      absl::StrCat("invalid value for ", std::string(field), ": ", v));
}

absl::Status CheckRange(std::string_view field, std::optional<int64_t> v,
                        int64_t lo, int64_t hi) {
  if (v && (*v < lo || *v > hi)) return OutOfRange(field, *v);
  return absl::OkStatus();
}

// Year limits keep every later computation in range.
constexpr int64_t kMaxYear = 999999999;
constexpr int64_t kMaxEpochSeconds = kMaxYear * 366 * kSecondsPerDay;

// Applies the date fields of the map to `base` (the selected date, if any).
absl::StatusOr<std::optional<int64_t>> DateFromFields(
    Fields& f, std::optional<int64_t> base) {
  KG_ASSIGN_OR_RETURN(auto year, IntField(f, "year"));
  KG_ASSIGN_OR_RETURN(auto month, IntField(f, "month"));
  KG_ASSIGN_OR_RETURN(auto day, IntField(f, "day"));
  KG_ASSIGN_OR_RETURN(auto week, IntField(f, "week"));
  KG_ASSIGN_OR_RETURN(auto dow, IntField(f, "dayofweek"));
  KG_ASSIGN_OR_RETURN(auto quarter, IntField(f, "quarter"));
  KG_ASSIGN_OR_RETURN(auto doq, IntField(f, "dayofquarter"));
  KG_ASSIGN_OR_RETURN(auto ordinal, IntField(f, "ordinalday"));
  if (!year && !month && !day && !week && !dow && !quarter && !doq &&
      !ordinal) {
    return base;
  }
  KG_RETURN_IF_ERROR(CheckRange("year", year, -kMaxYear, kMaxYear));
  KG_RETURN_IF_ERROR(CheckRange("month", month, 1, 12));
  KG_RETURN_IF_ERROR(CheckRange("day", day, 1, 31));
  KG_RETURN_IF_ERROR(CheckRange("week", week, 1, 53));
  KG_RETURN_IF_ERROR(CheckRange("dayOfWeek", dow, 1, 7));
  KG_RETURN_IF_ERROR(CheckRange("quarter", quarter, 1, 4));
  KG_RETURN_IF_ERROR(CheckRange("dayOfQuarter", doq, 1, 92));
  KG_RETURN_IF_ERROR(CheckRange("ordinalDay", ordinal, 1, 366));
  CivilDate b;
  if (base) b = CivilFromDays(*base);
  if (!year && !base) return BadValue("a date needs a year");
  if (week || dow) {
    int64_t base_week_year = 0;
    int base_week = 1;
    if (base) IsoWeek(*base, &base_week_year, &base_week);
    const int64_t y = year ? *year : base_week_year;
    const int64_t w = week ? *week : (base ? base_week : 1);
    if (w > IsoWeeksInYear(y)) return OutOfRange("week", w);
    const int64_t d = dow ? *dow : (base ? DayOfWeek(*base) : 1);
    return std::optional<int64_t>(IsoWeekOneMonday(y) + (w - 1) * 7 + d - 1);
  }
  const int64_t y = year ? *year : b.year;
  if (ordinal) {
    if (*ordinal > (IsLeapYear(y) ? 366 : 365)) {
      return OutOfRange("ordinalDay", *ordinal);
    }
    return std::optional<int64_t>(DaysFromCivil(y, 1, 1) + *ordinal - 1);
  }
  if (quarter || doq) {
    int64_t base_q = 1, base_doq = 1;
    if (base) {
      base_q = (b.month - 1) / 3 + 1;
      base_doq = *base - DaysFromCivil(b.year, (base_q - 1) * 3 + 1, 1) + 1;
    }
    const int64_t q = quarter ? *quarter : base_q;
    const int64_t start =
        DaysFromCivil(y, static_cast<int>((q - 1) * 3 + 1), 1);
    const int64_t end = q == 4
                            ? DaysFromCivil(y + 1, 1, 1)
                            : DaysFromCivil(y, static_cast<int>(q * 3 + 1), 1);
    const int64_t d = doq ? *doq : base_doq;
    if (start + d - 1 >= end) return OutOfRange("dayOfQuarter", d);
    return std::optional<int64_t>(start + d - 1);
  }
  const int64_t m = month ? *month : (base ? b.month : 1);
  const int64_t d = day ? *day : (base ? b.day : 1);
  if (d > DaysInMonth(y, static_cast<int>(m))) return OutOfRange("day", d);
  return std::optional<int64_t>(
      DaysFromCivil(y, static_cast<int>(m), static_cast<int>(d)));
}

absl::StatusOr<std::optional<int64_t>> TimeFromFields(
    Fields& f, std::optional<int64_t> base) {
  KG_ASSIGN_OR_RETURN(auto hour, IntField(f, "hour"));
  KG_ASSIGN_OR_RETURN(auto minute, IntField(f, "minute"));
  KG_ASSIGN_OR_RETURN(auto second, IntField(f, "second"));
  KG_ASSIGN_OR_RETURN(auto ms, IntField(f, "millisecond"));
  KG_ASSIGN_OR_RETURN(auto us, IntField(f, "microsecond"));
  KG_ASSIGN_OR_RETURN(auto ns, IntField(f, "nanosecond"));
  if (!hour && !minute && !second && !ms && !us && !ns) return base;
  KG_RETURN_IF_ERROR(CheckRange("hour", hour, 0, 23));
  KG_RETURN_IF_ERROR(CheckRange("minute", minute, 0, 59));
  KG_RETURN_IF_ERROR(CheckRange("second", second, 0, 59));
  KG_RETURN_IF_ERROR(CheckRange("millisecond", ms, 0, 999));
  KG_RETURN_IF_ERROR(CheckRange("microsecond", us, 0, ms ? 999 : 999999));
  KG_RETURN_IF_ERROR(
      CheckRange("nanosecond", ns, 0, ms || us ? 999 : 999999999));
  const int64_t b = base ? *base : 0;
  const int64_t b_secs = b / kNanosPerSecond;
  const int64_t h = hour ? *hour : b_secs / 3600;
  const int64_t m = minute ? *minute : (base ? (b_secs / 60) % 60 : 0);
  const int64_t s = second ? *second : (base ? b_secs % 60 : 0);
  // Each sub-second field replaces its own digits of the fraction: with a
  // base of .645, nanosecond: 2 gives .645000002. A microsecond of 1000 or
  // more, or a nanosecond of 1000000 or more, is the whole fraction.
  int64_t frac = b % kNanosPerSecond;
  if (ms) frac = *ms * 1000000 + frac % 1000000;
  if (us) {
    frac = *us >= 1000 ? *us * 1000 + frac % 1000
                       : frac / 1000000 * 1000000 + *us * 1000 + frac % 1000;
  }
  if (ns) frac = *ns >= 1000 ? *ns : frac / 1000 * 1000 + *ns;
  return std::optional<int64_t>(((h * 60 + m) * 60 + s) * kNanosPerSecond +
                                frac);
}

// A `timezone:` value: an offset or a zone name.
absl::Status ReadZone(const Value& v, TemporalParts* zone) {
  if (!v.is_string()) return TypeError("timezone must be a string");
  absl::StatusOr<int32_t> offset = ParseOffset(v.AsString());
  if (offset.ok()) {
    zone->offset = *offset;
    zone->zone.clear();
    return absl::OkStatus();
  }
  // A name: validated by looking up its offset now.
  absl::StatusOr<int32_t> probe = ZoneOffsetAt(v.AsString(), 0);
  if (!probe.ok()) return BadValue(std::string(probe.status().message()));
  zone->zone = v.AsString();
  zone->offset.reset();
  return absl::OkStatus();
}

// Moves the parts to another zone, keeping the instant when there is one.
absl::Status Rezone(TemporalParts* p, const TemporalParts& to) {
  if (!p->offset || !p->nanos) {
    p->offset = to.offset;
    p->zone = to.zone;
    return absl::OkStatus();
  }
  const int64_t days = p->days.value_or(0);
  const int64_t local = days * kSecondsPerDay + *p->nanos / kNanosPerSecond;
  const int64_t utc = local - *p->offset;
  int32_t offset;
  if (!to.zone.empty()) {
    KG_ASSIGN_OR_RETURN(offset, ZoneOffsetAt(to.zone, utc));
  } else {
    offset = *to.offset;
  }
  const int64_t new_local = utc + offset;
  if (p->days) p->days = FloorDiv(new_local, kSecondsPerDay);
  p->nanos = FloorMod(new_local, kSecondsPerDay) * kNanosPerSecond +
             *p->nanos % kNanosPerSecond;
  p->offset = offset;
  p->zone = to.zone;
  return absl::OkStatus();
}

// datetime({epochSeconds: s, nanosecond: n}) or ({epochMillis: ms}), in UTC
// or in the zone `tz` names.
absl::StatusOr<Value> FromEpoch(std::optional<int64_t> epoch_s,
                                std::optional<int64_t> epoch_ms,
                                const Value* tz, Fields& f) {
  KG_ASSIGN_OR_RETURN(auto ns, IntField(f, "nanosecond"));
  if (std::string unused = f.Unused(); !unused.empty()) {
    return BadValue(
        absl::StrCat("'", unused, "' does not go with an epoch instant"));
  }
  const int64_t secs = epoch_s ? *epoch_s : FloorDiv(*epoch_ms, 1000);
  const int64_t nanos =
      epoch_s ? ns.value_or(0) : FloorMod(*epoch_ms, 1000) * 1000000;
  if (nanos < 0 || nanos >= kNanosPerSecond) {
    return OutOfRange("nanosecond", nanos);
  }
  if (secs > kMaxEpochSeconds || secs < -kMaxEpochSeconds) {
    return OutOfRange("epochSeconds", secs);
  }
  TemporalParts zone;
  zone.offset = 0;
  if (tz != nullptr && !tz->is_null()) {
    KG_RETURN_IF_ERROR(ReadZone(*tz, &zone));
  }
  if (!zone.zone.empty()) {
    auto t = DateTimeAtUtc(secs, static_cast<int32_t>(nanos), zone.zone);
    if (!t.ok()) return Categorized(t.status());
    return Value::FromDateTime(*std::move(t));
  }
  return Value::FromDateTime(
      DateTime{secs, static_cast<int32_t>(nanos), *zone.offset, ""});
}

// Applies a map's zone and fields to the selected parts and assembles the
// value. With convert_zone, `timezone:` moves an instant to the zone (the
// wall clock changes); without, it only replaces the zone (truncate()).
absl::StatusOr<Value> ApplyFields(Kind kind, TemporalParts p, Fields& f,
                                  bool convert_zone) {
  const Value* tz = f.Find("timezone");
  if (tz != nullptr && !tz->is_null() && !HasZone(kind)) {
    return BadValue("a local temporal value has no time zone");
  }
  if (kind == Kind::kDateTime) {
    KG_ASSIGN_OR_RETURN(auto epoch_s, IntField(f, "epochseconds"));
    KG_ASSIGN_OR_RETURN(auto epoch_ms, IntField(f, "epochmillis"));
    if (epoch_s || epoch_ms) return FromEpoch(epoch_s, epoch_ms, tz, f);
  }
  // The date comes first: a time in a named zone has the offset of the day
  // it ends up on, and a new zone converts that instant.
  if (HasDate(kind)) {
    KG_ASSIGN_OR_RETURN(p.days, DateFromFields(f, p.days));
    if (!p.days) return BadValue("a date needs a year");
  }
  if (!p.zone.empty() && p.days && p.nanos) {
    absl::StatusOr<DateTime> t = DateTimeInZone(
        *p.days * kSecondsPerDay + *p.nanos / kNanosPerSecond, 0, p.zone);
    if (!t.ok()) return Categorized(t.status());
    p.offset = t->offset;
  }
  if (tz != nullptr && !tz->is_null()) {
    TemporalParts zone;
    KG_RETURN_IF_ERROR(ReadZone(*tz, &zone));
    if (convert_zone) {
      KG_RETURN_IF_ERROR(Rezone(&p, zone));
    } else {
      p.offset = zone.offset;
      p.zone = zone.zone;
    }
  }
  if (HasTime(kind)) {
    KG_ASSIGN_OR_RETURN(p.nanos, TimeFromFields(f, p.nanos));
  }
  if (std::string unused = f.Unused(); !unused.empty()) {
    return BadValue(absl::StrCat("'", unused, "' is not a field of a ",
                                 Value::KindName(kind)));
  }
  return Assemble(kind, p);
}

absl::StatusOr<Value> FromMap(Kind kind, const ValueMap& map) {
  Fields f(map);
  TemporalParts p;
  for (std::string_view key : {"date", "time", "datetime"}) {
    const Value* base = f.Find(key);
    if (base == nullptr) continue;
    if (base->is_null()) return Value();
    if (!base->is_temporal() || base->kind() == Kind::kDuration) {
      return TypeError(
          absl::StrCat("'", std::string(key), "' must be a temporal value"));
    }
    TemporalParts b = PartsOf(*base);
    if (key != "time" && b.days) p.days = b.days;
    if (key != "date" && b.nanos) {
      p.nanos = b.nanos;
      p.offset = b.offset;
      p.zone = b.zone;
    }
  }
  return ApplyFields(kind, std::move(p), f, /*convert_zone=*/true);
}

}  // namespace

absl::StatusOr<Value> BuildFromParts(Kind kind, TemporalParts parts,
                                     const ValueMap& fields) {
  Fields f(fields);
  return ApplyFields(kind, std::move(parts), f, /*convert_zone=*/false);
}

namespace {

absl::StatusOr<Value> FromString(Kind kind, const std::string& text) {
  switch (kind) {
    case Kind::kDate: {
      auto d = ParseDate(text);
      if (!d.ok()) return Categorized(d.status());
      return Value::FromDate(*d);
    }
    case Kind::kLocalTime: {
      auto t = ParseLocalTime(text);
      if (!t.ok()) return Categorized(t.status());
      return Value::FromLocalTime(*t);
    }
    case Kind::kTime: {
      auto t = ParseTime(text);
      if (!t.ok()) return Categorized(t.status());
      return Value::FromTime(*t);
    }
    case Kind::kLocalDateTime: {
      auto t = ParseLocalDateTime(text);
      if (!t.ok()) return Categorized(t.status());
      return Value::FromLocalDateTime(*t);
    }
    default: {
      auto t = ParseDateTime(text);
      if (!t.ok()) return Categorized(t.status());
      return Value::FromDateTime(*std::move(t));
    }
  }
}

}  // namespace

TemporalParts PartsOf(const Value& v) {
  TemporalParts p;
  switch (v.kind()) {
    case Kind::kDate:
      p.days = v.AsDate().days;
      break;
    case Kind::kLocalTime:
      p.nanos = v.AsLocalTime().nanos;
      break;
    case Kind::kTime:
      p.nanos = v.AsTime().nanos;
      p.offset = v.AsTime().offset;
      break;
    case Kind::kLocalDateTime: {
      const LocalDateTime& t = v.AsLocalDateTime();
      p.days = FloorDiv(t.seconds, kSecondsPerDay);
      p.nanos = FloorMod(t.seconds, kSecondsPerDay) * kNanosPerSecond + t.nanos;
      break;
    }
    case Kind::kDateTime: {
      const DateTime& t = v.AsDateTime();
      p.days = FloorDiv(t.local_seconds(), kSecondsPerDay);
      p.nanos = FloorMod(t.local_seconds(), kSecondsPerDay) * kNanosPerSecond +
                t.nanos;
      p.offset = t.offset;
      p.zone = t.zone;
      break;
    }
    default:
      break;
  }
  return p;
}

absl::StatusOr<Value> Assemble(Kind kind, const TemporalParts& p) {
  const int64_t days = p.days.value_or(0);
  const int64_t nanos = p.nanos.value_or(0);
  const int64_t local = days * kSecondsPerDay + nanos / kNanosPerSecond;
  const int32_t frac = static_cast<int32_t>(nanos % kNanosPerSecond);
  switch (kind) {
    case Kind::kDate:
      return Value::FromDate(Date{days});
    case Kind::kLocalTime:
      return Value::FromLocalTime(LocalTime{nanos});
    case Kind::kTime: {
      int32_t offset = p.offset.value_or(0);
      if (!p.zone.empty()) {
        // A time has no date: take the zone's offset on the date given, or
        // on the epoch day.
        auto t = DateTimeInZone(local, frac, p.zone);
        if (!t.ok()) return Categorized(t.status());
        offset = t->offset;
      }
      return Value::FromTime(Time{nanos, offset});
    }
    case Kind::kLocalDateTime:
      return Value::FromLocalDateTime(LocalDateTime{local, frac});
    case Kind::kDateTime: {
      if (!p.zone.empty()) {
        auto t = DateTimeInZone(local, frac, p.zone);
        if (!t.ok()) return Categorized(t.status());
        return Value::FromDateTime(*std::move(t));
      }
      const int32_t offset = p.offset.value_or(0);
      return Value::FromDateTime(DateTime{local - offset, frac, offset, ""});
    }
    default:
      return BadValue("not a temporal instant kind");
  }
}

absl::StatusOr<Value> BuildTemporal(Kind kind, const Value& arg) {
  if (arg.is_null()) return Value();
  if (arg.is_string()) return FromString(kind, arg.AsString());
  if (arg.is_map()) return FromMap(kind, arg.AsMap());
  if (arg.is_temporal() && arg.kind() != Kind::kDuration) {
    TemporalParts p = PartsOf(arg);
    if (HasDate(kind) && !p.days) {
      return BadValue(absl::StrCat("cannot make a ", Value::KindName(kind),
                                   " from a ", Value::KindName(arg.kind())));
    }
    return Assemble(kind, p);
  }
  return TypeError(absl::StrCat("cannot make a ", Value::KindName(kind),
                                " from a ", Value::KindName(arg.kind())));
}

absl::StatusOr<Value> BuildDuration(const Value& arg) {
  if (arg.is_null()) return Value();
  if (arg.is_string()) {
    auto d = ParseDuration(arg.AsString());
    if (!d.ok()) return Categorized(d.status());
    return Value::FromDuration(*d);
  }
  if (!arg.is_map()) {
    return TypeError(absl::StrCat("cannot make a Duration from a ",
                                  Value::KindName(arg.kind())));
  }
  static constexpr std::pair<std::string_view, DurationUnit> kUnits[] = {
      {"years", DurationUnit::kYears},
      {"quarters", DurationUnit::kYears},  // scaled below
      {"months", DurationUnit::kMonths},
      {"weeks", DurationUnit::kWeeks},
      {"days", DurationUnit::kDays},
      {"hours", DurationUnit::kHours},
      {"minutes", DurationUnit::kMinutes},
      {"seconds", DurationUnit::kSeconds},
      {"milliseconds", DurationUnit::kMilliseconds},
      {"microseconds", DurationUnit::kMicroseconds},
      {"nanoseconds", DurationUnit::kNanoseconds},
  };
  DurationBuilder b;
  for (const auto& [key, value] : arg.AsMap()) {
    const std::string lower = absl::AsciiStrToLower(key);
    const auto* unit =
        std::find_if(std::begin(kUnits), std::end(kUnits),
                     [&](const auto& u) { return u.first == lower; });
    if (unit == std::end(kUnits)) {
      return BadValue(absl::StrCat("'", key, "' is not a unit of a Duration"));
    }
    if (value.is_null()) return Value();
    if (!value.is_number()) {
      return TypeError(absl::StrCat("'", key, "' must be a number"));
    }
    // A quarter is three months.
    const double scale = lower == "quarters" ? 3 : 1;
    const DurationUnit u =
        lower == "quarters" ? DurationUnit::kMonths : unit->second;
    if (value.is_int() && scale == 1) {
      b.Add(u, value.AsInt(), 0);
    } else {
      b.AddDouble(u, value.AsNumber() * scale);
    }
  }
  auto d = b.Build();
  if (!d.ok())
    return RuntimeError("InvalidArgumentValue",
                        std::string(d.status().message()));
  return Value::FromDuration(*d);
}

}  // namespace kg::query
