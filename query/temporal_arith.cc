#include "query/temporal_arith.h"

#include <cmath>

#include "absl/strings/str_cat.h"
#include "graph/status_macros.h"
#include "graph/temporal_parse.h"
#include "graph/time_zone.h"
#include "query/errors.h"
#include "query/temporal_build.h"

namespace kg::query {
namespace {

using namespace temporal;  // NOLINT: this file is about temporal values

absl::Status Overflow() {
  return RuntimeError("InvalidArgumentValue", "temporal arithmetic overflows");
}

// Adds months on the calendar, clamping the day to the month's length.
absl::StatusOr<int64_t> AddMonths(int64_t days, int64_t months) {
  const CivilDate c = CivilFromDays(days);
  int64_t total;
  if (__builtin_add_overflow(c.year * 12 + (c.month - 1), months, &total) ||
      total >= int64_t{1000000000} * 12 || total < -int64_t{1000000000} * 12) {
    return Overflow();
  }
  const int64_t year = FloorDiv(total, 12);
  const int month = static_cast<int>(FloorMod(total, 12)) + 1;
  const int day = std::min(c.day, DaysInMonth(year, month));
  return DaysFromCivil(year, month, day);
}

// A billion years either way, as far as dates may go: keeps every
// wall-clock second count far inside int64.
constexpr int64_t kMaxDays = int64_t{366} * 1000000000;

absl::StatusOr<int64_t> AddDays(int64_t days, int64_t more) {
  int64_t out;
  if (__builtin_add_overflow(days, more, &out) || out > kMaxDays ||
      out < -kMaxDays) {
    return Overflow();
  }
  return out;
}

// The time part of `d` in nanoseconds.
Int128 TimeNanos(const Duration& d) {
  return static_cast<Int128>(d.seconds) * kNanosPerSecond + d.nanos;
}

absl::StatusOr<Duration> Checked(Int128 months, Int128 days, Int128 nanos) {
  Int128 seconds = nanos / kNanosPerSecond;
  Int128 rest = nanos % kNanosPerSecond;
  if (rest < 0) {
    rest += kNanosPerSecond;
    --seconds;
  }
  const Int128 kMax = INT64_MAX, kMin = INT64_MIN;
  if (months > kMax || months < kMin || days > kMax || days < kMin ||
      seconds > kMax || seconds < kMin) {
    return Overflow();
  }
  return Duration{static_cast<int64_t>(months), static_cast<int64_t>(days),
                  static_cast<int64_t>(seconds), static_cast<int32_t>(rest)};
}

// Gives `to`, when local, the zone of `from`: a named zone's offset on the
// day `to` names, or the fixed offset.
absl::Status LendZone(const TemporalParts& from, TemporalParts* to) {
  if (to->offset || !from.offset) return absl::OkStatus();
  to->offset = from.offset;
  if (!from.zone.empty() && to->days) {
    absl::StatusOr<DateTime> t = DateTimeInZone(
        *to->days * kSecondsPerDay + to->nanos.value_or(0) / kNanosPerSecond, 0,
        from.zone);
    if (!t.ok()) {
      return RuntimeError("InvalidArgumentValue",
                          std::string(t.status().message()));
    }
    to->offset = t->offset;
  }
  return absl::OkStatus();
}

absl::StatusOr<Value> ScaleDuration(const Duration& d, const Value& factor,
                                    bool divide) {
  if (factor.is_int() && !divide) {
    const Int128 f = factor.AsInt();
    KG_ASSIGN_OR_RETURN(
        Duration out,
        Checked(
            f * d.months, f * d.days,
            f * (static_cast<Int128>(d.seconds) * kNanosPerSecond + d.nanos)));
    return Value::FromDuration(out);
  }
  double f = factor.AsNumber();
  if (divide) {
    if (f == 0) return RuntimeError("DivisionByZero", "division by zero");
    f = 1.0 / f;
  }
  // Fractions of months and days flow into the smaller units.
  DurationBuilder b;
  b.AddDouble(DurationUnit::kMonths, static_cast<double>(d.months) * f);
  b.AddDouble(DurationUnit::kDays, static_cast<double>(d.days) * f);
  // Seconds and nanoseconds scale apart, and a fraction of a nanosecond is
  // dropped, as Neo4j does it: P1DT0.000000001S / 2 is P12H.
  const double secs = static_cast<double>(d.seconds) * f;
  const double nanos = static_cast<double>(d.nanos) * f;
  if (!std::isfinite(secs) || std::fabs(secs) > 9e18 || !std::isfinite(nanos) ||
      std::fabs(nanos) > 9e18) {
    return Overflow();
  }
  const double whole = std::trunc(secs);
  b.Add(DurationUnit::kSeconds, static_cast<int64_t>(whole), 0);
  b.Add(DurationUnit::kNanoseconds,
        static_cast<int64_t>(std::trunc((secs - whole) * 1e9 + nanos)), 0);
  absl::StatusOr<Duration> out = b.Build();
  if (!out.ok()) return Overflow();
  return Value::FromDuration(*out);
}

}  // namespace

absl::StatusOr<Duration> NegateDuration(const Duration& d) {
  if (d.months == INT64_MIN || d.days == INT64_MIN) return Overflow();
  return Checked(-static_cast<Int128>(d.months), -static_cast<Int128>(d.days),
                 -(static_cast<Int128>(d.seconds) * kNanosPerSecond + d.nanos));
}

absl::StatusOr<Value> AddDuration(const Value& instant, const Duration& d) {
  TemporalParts p = PartsOf(instant);
  const Int128 time_nanos = TimeNanos(d);
  if (instant.kind() == Value::Kind::kDate) {
    KG_ASSIGN_OR_RETURN(int64_t days, AddMonths(*p.days, d.months));
    // Whole days of the time part count; the rest cannot show on a date.
    const Int128 extra = time_nanos / kNanosPerDay;
    KG_ASSIGN_OR_RETURN(days, AddDays(days, d.days));
    KG_ASSIGN_OR_RETURN(days, AddDays(days, static_cast<int64_t>(extra)));
    return Value::FromDate(Date{days});
  }
  if (!p.days) {  // a time of day wraps around midnight
    const Int128 n = (*p.nanos + time_nanos % kNanosPerDay) % kNanosPerDay;
    p.nanos = static_cast<int64_t>(n < 0 ? n + kNanosPerDay : n);
    return Assemble(instant.kind(), p);
  }
  KG_ASSIGN_OR_RETURN(int64_t days, AddMonths(*p.days, d.months));
  KG_ASSIGN_OR_RETURN(days, AddDays(days, d.days));
  if (time_nanos / kNanosPerSecond > int64_t{1} << 52 ||
      time_nanos / kNanosPerSecond < -(int64_t{1} << 52)) {
    return Overflow();
  }
  if (instant.kind() == Value::Kind::kDateTime) {
    // Months and days on the wall clock, then the time on the UTC line.
    const int32_t frac = static_cast<int32_t>(*p.nanos % kNanosPerSecond);
    p.days = days;
    KG_ASSIGN_OR_RETURN(Value moved, Assemble(instant.kind(), p));
    DateTime t = moved.AsDateTime();
    const Int128 total =
        static_cast<Int128>(t.seconds) * kNanosPerSecond + frac + time_nanos;
    const Int128 whole =
        total / kNanosPerSecond - (total % kNanosPerSecond < 0 ? 1 : 0);
    if (whole > Int128{kMaxDays} * kSecondsPerDay ||
        whole < -Int128{kMaxDays} * kSecondsPerDay) {
      return Overflow();
    }
    const int64_t secs = static_cast<int64_t>(whole);
    const int32_t nanos = static_cast<int32_t>(
        (total % kNanosPerSecond + kNanosPerSecond) % kNanosPerSecond);
    if (!t.zone.empty()) {
      auto z = DateTimeAtUtc(secs, nanos, t.zone);
      if (!z.ok())
        return RuntimeError("InvalidArgumentValue",
                            std::string(z.status().message()));
      return Value::FromDateTime(*std::move(z));
    }
    return Value::FromDateTime(DateTime{secs, nanos, t.offset, ""});
  }
  const Int128 total =
      (static_cast<Int128>(days) * kNanosPerDay) + *p.nanos + time_nanos;
  Int128 day = total / kNanosPerDay;
  Int128 rest = total % kNanosPerDay;
  if (rest < 0) {
    rest += kNanosPerDay;
    --day;
  }
  if (day > kMaxDays || day < -kMaxDays) return Overflow();
  p.days = static_cast<int64_t>(day);
  p.nanos = static_cast<int64_t>(rest);
  return Assemble(instant.kind(), p);
}

absl::StatusOr<Duration> TemporalBetween(const Value& from, const Value& to,
                                         bool months, bool days, bool seconds) {
  TemporalParts a = PartsOf(from);
  TemporalParts b = PartsOf(to);
  // A time of day is read on the date of the other value, and a local
  // value in the zone of the other.
  if (a.days && !b.days) b.days = a.days;
  if (b.days && !a.days) a.days = b.days;
  KG_RETURN_IF_ERROR(LendZone(a, &b));
  KG_RETURN_IF_ERROR(LendZone(b, &a));
  const Int128 kDay = kNanosPerDay;
  Int128 na = a.nanos.value_or(0);
  Int128 nb = b.nanos.value_or(0);
  if (a.offset && b.offset) {
    nb += static_cast<Int128>(*a.offset - *b.offset) * kNanosPerSecond;
  }
  if (!a.days || !b.days) {
    if (!seconds) return Duration{};
    nb = (nb % kDay + kDay) % kDay;
    return Checked(0, 0, nb - na);
  }
  // Whole days from the shifted time of day.
  Int128 db = *b.days + nb / kDay - (nb % kDay < 0 ? 1 : 0);
  nb = (nb % kDay + kDay) % kDay;
  const Int128 da = *a.days;
  // The end date counted for whole units: a day is not complete before its
  // time of day is reached.
  auto counted_end = [&](Int128 start) {
    if (db > start && nb < na) return db - 1;
    if (db < start && nb > na) return db + 1;
    return db;
  };
  int64_t m = 0;
  if (months) {
    const CivilDate s = CivilFromDays(static_cast<int64_t>(da));
    const CivilDate e = CivilFromDays(static_cast<int64_t>(counted_end(da)));
    const Int128 p1 = (static_cast<Int128>(s.year) * 12 + s.month) * 32 + s.day;
    const Int128 p2 = (static_cast<Int128>(e.year) * 12 + e.month) * 32 + e.day;
    m = static_cast<int64_t>((p2 - p1) / 32);
  }
  KG_ASSIGN_OR_RETURN(int64_t mid, AddMonths(static_cast<int64_t>(da), m));
  Int128 d = 0;
  if (days) d = counted_end(mid) - mid;
  Int128 rest = 0;
  if (seconds) rest = (db * kDay + nb) - ((mid + d) * kDay + na);
  return Checked(m, d, rest);
}

std::optional<absl::StatusOr<Value>> TemporalArithmetic(ast::BinaryOp op,
                                                        const Value& a,
                                                        const Value& b) {
  if (!a.is_temporal() && !b.is_temporal()) return std::nullopt;
  const bool a_dur = a.kind() == Value::Kind::kDuration;
  const bool b_dur = b.kind() == Value::Kind::kDuration;
  auto mismatch = [&]() -> absl::StatusOr<Value> {
    return TypeError(absl::StrCat("cannot apply an arithmetic operator to ",
                                  Value::KindName(a.kind()), " and ",
                                  Value::KindName(b.kind())));
  };
  switch (op) {
    case ast::BinaryOp::kAdd:
    case ast::BinaryOp::kSubtract: {
      const bool subtract = op == ast::BinaryOp::kSubtract;
      if (a_dur && b_dur) {
        const Duration& x = a.AsDuration();
        const Duration& y = b.AsDuration();
        const int sign = subtract ? -1 : 1;
        const Int128 xn =
            static_cast<Int128>(x.seconds) * kNanosPerSecond + x.nanos;
        const Int128 yn =
            static_cast<Int128>(y.seconds) * kNanosPerSecond + y.nanos;
        absl::StatusOr<Duration> d = Checked(
            static_cast<Int128>(x.months) + sign * y.months,
            static_cast<Int128>(x.days) + sign * y.days, xn + sign * yn);
        if (!d.ok()) return d.status();
        return Value::FromDuration(*d);
      }
      if (b_dur && a.is_temporal()) {
        if (!subtract) return AddDuration(a, b.AsDuration());
        absl::StatusOr<Duration> neg = NegateDuration(b.AsDuration());
        if (!neg.ok()) return neg.status();
        return AddDuration(a, *neg);
      }
      if (a_dur && b.is_temporal() && !subtract) {
        return AddDuration(b, a.AsDuration());
      }
      return mismatch();
    }
    case ast::BinaryOp::kMultiply:
      if (a_dur && b.is_number())
        return ScaleDuration(a.AsDuration(), b, false);
      if (b_dur && a.is_number())
        return ScaleDuration(b.AsDuration(), a, false);
      return mismatch();
    case ast::BinaryOp::kDivide:
      if (a_dur && b.is_number()) return ScaleDuration(a.AsDuration(), b, true);
      return mismatch();
    default:
      return mismatch();
  }
}

}  // namespace kg::query
