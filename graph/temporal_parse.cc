#include "graph/temporal_parse.h"

#include <cmath>
#include <string>

#include "absl/strings/str_cat.h"
#include "graph/time_zone.h"

namespace kg::temporal {
namespace {

constexpr int64_t kSecondsPerMonth = 2629746;  // 365.2425 / 12 days

absl::Status Bad(std::string_view what, std::string_view text) {
  return absl::InvalidArgumentError(absl::StrCat(
      "cannot parse '", std::string(text), "' as a ", std::string(what)));
}

// A cursor over the text; every Read* consumes only on success.
class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  bool done() const { return pos_ == s_.size(); }
  char peek() const { return done() ? '\0' : s_[pos_]; }
  bool Accept(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  size_t DigitsAhead() const {
    size_t n = 0;
    while (pos_ + n < s_.size() && s_[pos_ + n] >= '0' && s_[pos_ + n] <= '9')
      ++n;
    return n;
  }
  // Exactly n digits.
  bool ReadFixed(size_t n, int64_t* out) {
    if (DigitsAhead() < n) return false;
    int64_t v = 0;
    for (size_t i = 0; i < n; ++i) v = v * 10 + (s_[pos_ + i] - '0');
    pos_ += n;
    *out = v;
    return true;
  }
  std::string_view Rest() const { return s_.substr(pos_); }
  void Skip(size_t n) { pos_ += n; }

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

bool ValidDate(int64_t y, int64_t m, int64_t d) {
  return m >= 1 && m <= 12 && d >= 1 &&
         d <= DaysInMonth(y, static_cast<int>(m));
}

// The date part; leaves the cursor after it.
bool ReadDate(Cursor& c, int64_t* days) {
  // A signed year may have up to nine digits (-999999999-01-01).
  int sign = 0;
  if (c.Accept('-')) {
    sign = -1;
  } else if (c.Accept('+')) {
    sign = 1;
  }
  int64_t year = 0;
  const size_t year_digits = sign != 0 && c.DigitsAhead() > 4 &&
                                     c.DigitsAhead() <= 9 &&
                                     (c.Rest().size() == c.DigitsAhead() ||
                                      c.Rest()[c.DigitsAhead()] == '-')
                                 ? c.DigitsAhead()
                                 : 4;
  if (!c.ReadFixed(year_digits, &year)) return false;
  year *= sign == 0 ? 1 : sign;
  const bool dashed = c.Accept('-');
  if (c.Accept('W')) {
    int64_t week = 0, dow = 1;
    if (!c.ReadFixed(2, &week)) return false;
    if (dashed ? c.Accept('-') : c.DigitsAhead() == 1) {
      if (!c.ReadFixed(1, &dow)) return false;
    }
    if (week < 1 || week > IsoWeeksInYear(year) || dow < 1 || dow > 7)
      return false;
    *days = IsoWeekOneMonday(year) + (week - 1) * 7 + (dow - 1);
    return true;
  }
  const size_t n = c.DigitsAhead();
  int64_t month = 1, day = 1;
  if (dashed) {
    if (n == 3) {  // ordinal day
      int64_t ordinal = 0;
      c.ReadFixed(3, &ordinal);
      if (ordinal < 1 || ordinal > (IsLeapYear(year) ? 366 : 365)) return false;
      *days = DaysFromCivil(year, 1, 1) + ordinal - 1;
      return true;
    }
    if (!c.ReadFixed(2, &month)) return false;
    if (c.Accept('-') && !c.ReadFixed(2, &day)) return false;
  } else if (n == 2) {  // 201507
    c.ReadFixed(2, &month);
  } else if (n == 4) {  // 20150721
    c.ReadFixed(2, &month);
    c.ReadFixed(2, &day);
  } else if (n != 0) {  // 2015202 is read by ReadDateOrOrdinal
    return false;
  }
  if (!ValidDate(year, month, day)) return false;
  *days = DaysFromCivil(year, static_cast<int>(month), static_cast<int>(day));
  return true;
}

// Undashed ordinal dates (2015202) share their first digits with months, so
// they are told apart by length before ReadDate runs.
bool ReadDateOrOrdinal(Cursor& c, int64_t* days) {
  Cursor probe = c;
  probe.Accept('+');
  probe.Accept('-');
  if (probe.DigitsAhead() == 7) {
    int sign = c.Accept('-') ? -1 : (c.Accept('+'), 1);
    int64_t year = 0, ordinal = 0;
    c.ReadFixed(4, &year);
    c.ReadFixed(3, &ordinal);
    year *= sign;
    if (ordinal < 1 || ordinal > (IsLeapYear(year) ? 366 : 365)) return false;
    *days = DaysFromCivil(year, 1, 1) + ordinal - 1;
    return true;
  }
  return ReadDate(c, days);
}

// hh[:mm[:ss[.f]]] or hh[mm[ss[.f]]].
bool ReadTime(Cursor& c, int64_t* nanos) {
  int64_t h = 0, m = 0, s = 0, frac = 0;
  if (!c.ReadFixed(2, &h)) return false;
  const bool colons = c.peek() == ':';
  if (colons ? c.Accept(':') : c.DigitsAhead() >= 2) {
    if (!c.ReadFixed(2, &m)) return false;
    if (colons ? c.Accept(':') : c.DigitsAhead() >= 2) {
      if (!c.ReadFixed(2, &s)) return false;
      if (c.Accept('.') || c.Accept(',')) {
        size_t n = c.DigitsAhead();
        if (n == 0 || n > 9) return false;
        c.ReadFixed(n, &frac);
        for (size_t i = n; i < 9; ++i) frac *= 10;
      }
    }
  }
  if (h > 23 || m > 59 || s > 59) return false;
  *nanos = ((h * 60 + m) * 60 + s) * kNanosPerSecond + frac;
  return true;
}

// An offset at the cursor, if any: Z, +hh, +hhmm, +hh:mm, +hh:mm:ss.
bool ReadOffset(Cursor& c, bool* present, int32_t* offset) {
  *present = false;
  *offset = 0;
  if (c.Accept('Z')) {
    *present = true;
    return true;
  }
  int sign;
  if (c.Accept('+')) {
    sign = 1;
  } else if (c.Accept('-')) {
    sign = -1;
  } else {
    return true;
  }
  int64_t h = 0, m = 0, s = 0;
  if (!c.ReadFixed(2, &h)) return false;
  const bool colons = c.peek() == ':';
  if (colons ? c.Accept(':') : c.DigitsAhead() >= 2) {
    if (!c.ReadFixed(2, &m)) return false;
    if (colons && c.Accept(':') && !c.ReadFixed(2, &s)) return false;
  }
  if (h > 18 || m > 59 || s > 59) return false;
  int32_t total = static_cast<int32_t>(h * 3600 + m * 60 + s);
  if (total > 18 * 3600) return false;
  *present = true;
  *offset = sign * total;
  return true;
}

}  // namespace

absl::StatusOr<int32_t> ParseOffset(std::string_view text) {
  Cursor c(text);
  bool present;
  int32_t offset;
  if (!ReadOffset(c, &present, &offset) || !present || !c.done()) {
    return Bad("time zone offset", text);
  }
  return offset;
}

absl::StatusOr<Date> ParseDate(std::string_view text) {
  Cursor c(text);
  int64_t days = 0;
  if (!ReadDateOrOrdinal(c, &days) || !c.done()) return Bad("date", text);
  return Date{days};
}

absl::StatusOr<LocalTime> ParseLocalTime(std::string_view text) {
  Cursor c(text);
  int64_t nanos = 0;
  if (!ReadTime(c, &nanos) || !c.done()) return Bad("local time", text);
  return LocalTime{nanos};
}

absl::StatusOr<Time> ParseTime(std::string_view text) {
  Cursor c(text);
  int64_t nanos = 0;
  bool present;
  int32_t offset;
  if (!ReadTime(c, &nanos) || !ReadOffset(c, &present, &offset) || !c.done()) {
    return Bad("time", text);
  }
  return Time{nanos, offset};
}

absl::StatusOr<LocalDateTime> ParseLocalDateTime(std::string_view text) {
  Cursor c(text);
  int64_t days = 0, nanos = 0;
  if (!ReadDateOrOrdinal(c, &days)) return Bad("local datetime", text);
  if (c.Accept('T') && !ReadTime(c, &nanos)) {
    return Bad("local datetime", text);
  }
  if (!c.done()) return Bad("local datetime", text);
  return LocalDateTime{days * kSecondsPerDay + nanos / kNanosPerSecond,
                       static_cast<int32_t>(nanos % kNanosPerSecond)};
}

absl::StatusOr<DateTime> ParseDateTime(std::string_view text) {
  Cursor c(text);
  int64_t days = 0, nanos = 0;
  bool present = false;
  int32_t offset = 0;
  if (!ReadDateOrOrdinal(c, &days)) return Bad("datetime", text);
  if (c.Accept('T') &&
      (!ReadTime(c, &nanos) || !ReadOffset(c, &present, &offset))) {
    return Bad("datetime", text);
  }
  std::string zone;
  if (c.Accept('[')) {
    std::string_view rest = c.Rest();
    size_t close = rest.find(']');
    if (close == std::string_view::npos || close + 1 != rest.size()) {
      return Bad("datetime", text);
    }
    zone = std::string(rest.substr(0, close));
    c.Skip(rest.size());
  }
  if (!c.done()) return Bad("datetime", text);
  const int64_t local = days * kSecondsPerDay + nanos / kNanosPerSecond;
  DateTime t;
  t.nanos = static_cast<int32_t>(nanos % kNanosPerSecond);
  if (!zone.empty()) {
    return DateTimeInZone(local, t.nanos, zone);
  }
  t.offset = offset;
  t.seconds = local - offset;
  return t;
}

absl::StatusOr<Duration> ParseDuration(std::string_view text) {
  Cursor c(text);
  if (!c.Accept('P')) return Bad("duration", text);
  DurationBuilder b;
  // The alternative form P2012-02-02T14:37:21.545.
  if (c.DigitsAhead() == 4 && c.Rest().size() > 4 && c.Rest()[4] == '-') {
    int64_t y = 0, mo = 0, d = 0, nanos = 0;
    if (!c.ReadFixed(4, &y) || !c.Accept('-') || !c.ReadFixed(2, &mo) ||
        !c.Accept('-') || !c.ReadFixed(2, &d)) {
      return Bad("duration", text);
    }
    if (c.Accept('T') && !ReadTime(c, &nanos)) return Bad("duration", text);
    if (!c.done()) return Bad("duration", text);
    b.Add(DurationUnit::kYears, y, 0);
    b.Add(DurationUnit::kMonths, mo, 0);
    b.Add(DurationUnit::kDays, d, 0);
    b.Add(DurationUnit::kNanoseconds, nanos, 0);
    return b.Build();
  }
  bool in_time = false, any = false;
  while (!c.done()) {
    if (!in_time && c.Accept('T')) {
      in_time = true;
      continue;
    }
    const bool negative = c.Accept('-');
    size_t n = c.DigitsAhead();
    if (n == 0 || n > 18) return Bad("duration", text);
    int64_t whole = 0, frac = 0;
    c.ReadFixed(n, &whole);
    if (c.Accept('.') || c.Accept(',')) {
      size_t f = c.DigitsAhead();
      if (f == 0) return Bad("duration", text);
      c.ReadFixed(std::min<size_t>(f, 9), &frac);
      for (size_t i = f; i < 9; ++i) frac *= 10;
      c.Skip(f > 9 ? f - 9 : 0);  // beyond nanoseconds
    }
    if (negative) {
      whole = -whole;
      frac = -frac;
    }
    DurationUnit unit;
    switch (c.peek()) {
      case 'Y':
        unit = DurationUnit::kYears;
        break;
      case 'M':
        unit = in_time ? DurationUnit::kMinutes : DurationUnit::kMonths;
        break;
      case 'W':
        unit = DurationUnit::kWeeks;
        break;
      case 'D':
        unit = DurationUnit::kDays;
        break;
      case 'H':
        unit = DurationUnit::kHours;
        break;
      case 'S':
        unit = DurationUnit::kSeconds;
        break;
      default:
        return Bad("duration", text);
    }
    const bool time_unit =
        unit >= DurationUnit::kHours || (unit == DurationUnit::kMinutes);
    if (time_unit != in_time) return Bad("duration", text);
    c.Skip(1);
    b.Add(unit, whole, frac);
    any = true;
  }
  if (!any) return Bad("duration", text);
  return b.Build();
}

void DurationBuilder::Add(DurationUnit unit, int64_t whole, int64_t nanos) {
  using I = Int128;
  const I kBillion = kNanosPerSecond;
  switch (unit) {
    case DurationUnit::kYears: {
      months_ += I{whole} * 12;
      I m = I{nanos} * 12;  // billionths of a month
      months_ += m / kBillion;
      I rest = m % kBillion * kSecondsPerMonth;  // nanoseconds
      days_ += rest / (kBillion * kSecondsPerDay);
      nanos_ += rest % (kBillion * kSecondsPerDay);
      break;
    }
    case DurationUnit::kMonths: {
      months_ += whole;
      I rest = I{nanos} * kSecondsPerMonth;
      days_ += rest / (kBillion * kSecondsPerDay);
      nanos_ += rest % (kBillion * kSecondsPerDay);
      break;
    }
    case DurationUnit::kWeeks: {
      days_ += I{whole} * 7;
      I d = I{nanos} * 7;
      days_ += d / kBillion;
      nanos_ += d % kBillion * kSecondsPerDay;
      break;
    }
    case DurationUnit::kDays:
      days_ += whole;
      nanos_ += I{nanos} * kSecondsPerDay;
      break;
    case DurationUnit::kHours:
      nanos_ += (I{whole} * kBillion + nanos) * 3600;
      break;
    case DurationUnit::kMinutes:
      nanos_ += (I{whole} * kBillion + nanos) * 60;
      break;
    case DurationUnit::kSeconds:
      nanos_ += I{whole} * kBillion + nanos;
      break;
    case DurationUnit::kMilliseconds:
      nanos_ += I{whole} * 1000000 + nanos / 1000;
      break;
    case DurationUnit::kMicroseconds:
      nanos_ += I{whole} * 1000 + nanos / 1000000;
      break;
    case DurationUnit::kNanoseconds:
      nanos_ += whole;
      break;
  }
  const I kLimit = I{1} << 100;
  if (months_ > kLimit || months_ < -kLimit || days_ > kLimit ||
      days_ < -kLimit || nanos_ > kLimit || nanos_ < -kLimit) {
    overflow_ = true;
  }
}

void DurationBuilder::AddDouble(DurationUnit unit, double amount) {
  if (!std::isfinite(amount) || std::fabs(amount) > 9e18) {
    overflow_ = true;
    return;
  }
  double whole = std::trunc(amount);
  int64_t nanos = static_cast<int64_t>(std::llround((amount - whole) * 1e9));
  Add(unit, static_cast<int64_t>(whole), nanos);
}

absl::StatusOr<Duration> DurationBuilder::Build() const {
  using I = Int128;
  const I kBillion = kNanosPerSecond;
  I seconds = nanos_ / kBillion;
  I nanos = nanos_ % kBillion;
  if (nanos < 0) {
    nanos += kBillion;
    seconds -= 1;
  }
  const I kMax = INT64_MAX, kMin = INT64_MIN;
  if (overflow_ || months_ > kMax || months_ < kMin || days_ > kMax ||
      days_ < kMin || seconds > kMax || seconds < kMin) {
    return absl::OutOfRangeError("the duration is too large");
  }
  Duration d;
  d.months = static_cast<int64_t>(months_);
  d.days = static_cast<int64_t>(days_);
  d.seconds = static_cast<int64_t>(seconds);
  d.nanos = static_cast<int32_t>(nanos);
  return d;
}

}  // namespace kg::temporal
