#include "graph/temporal.h"

#include <cstdlib>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace kg::temporal {
namespace {

template <typename T>
int Cmp(const T& x, const T& y) {
  return x < y ? -1 : (y < x ? 1 : 0);
}

// ".5", ".000000001": the fraction of a second without trailing zeros, or
// nothing for a whole second. REQUIRES: 0 <= nanos < 1e9.
std::string Fraction(int64_t nanos) {
  if (nanos == 0) return "";
  std::string digits = absl::StrFormat("%09d", nanos);
  while (!digits.empty() && digits.back() == '0') digits.pop_back();
  return "." + digits;
}

// hh:mm, hh:mm:ss or hh:mm:ss.fff: seconds are left out only when they and
// the fraction are zero.
std::string FormatNanosOfDay(int64_t nanos) {
  int64_t secs = nanos / kNanosPerSecond;
  int64_t frac = nanos % kNanosPerSecond;
  std::string out = absl::StrFormat("%02d:%02d", secs / 3600, (secs / 60) % 60);
  if (secs % 60 != 0 || frac != 0) {
    absl::StrAppend(&out, absl::StrFormat(":%02d", secs % 60), Fraction(frac));
  }
  return out;
}

// Years outside 0000..9999 carry a sign, as ISO 8601's expanded form does.
std::string FormatYear(int64_t year) {
  if (year >= 0 && year <= 9999) return absl::StrFormat("%04d", year);
  return absl::StrFormat("%+05d", year);
}

bool AddOverflows(int64_t a, int64_t b, int64_t* out) {
  return __builtin_add_overflow(a, b, out);
}

}  // namespace

int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = FloorDiv(y, 400);
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = FloorDiv(z, 146097);
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  CivilDate c;
  c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  c.year = yoe + era * 400 + (c.month <= 2);
  return c;
}

bool IsLeapYear(int64_t y) {
  return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

int DaysInMonth(int64_t year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

int DayOfWeek(int64_t days) {
  // 1970-01-01 was a Thursday (4).
  return static_cast<int>(FloorMod(days + 3, 7)) + 1;
}

int64_t IsoWeekOneMonday(int64_t week_year) {
  // Week 1 holds January 4th.
  int64_t jan4 = DaysFromCivil(week_year, 1, 4);
  return jan4 - (DayOfWeek(jan4) - 1);
}

int IsoWeeksInYear(int64_t week_year) {
  return static_cast<int>(
      (IsoWeekOneMonday(week_year + 1) - IsoWeekOneMonday(week_year)) / 7);
}

void IsoWeek(int64_t days, int64_t* week_year, int* week) {
  int64_t year = CivilFromDays(days).year;
  int64_t start = IsoWeekOneMonday(year + 1);
  if (days >= start) {
    ++year;
  } else {
    start = IsoWeekOneMonday(year);
    if (days < start) start = IsoWeekOneMonday(--year);
  }
  *week_year = year;
  *week = static_cast<int>((days - start) / 7) + 1;
}

absl::StatusOr<Duration> MakeDuration(int64_t months, int64_t days,
                                      int64_t seconds, int64_t nanos) {
  Duration d;
  d.months = months;
  d.days = days;
  if (AddOverflows(seconds, FloorDiv(nanos, kNanosPerSecond), &d.seconds)) {
    return absl::OutOfRangeError("duration overflows");
  }
  d.nanos = static_cast<int32_t>(FloorMod(nanos, kNanosPerSecond));
  return d;
}

std::string FormatOffset(int32_t offset) {
  if (offset == 0) return "Z";
  int32_t a = std::abs(offset);
  std::string out = absl::StrFormat("%c%02d:%02d", offset < 0 ? '-' : '+',
                                    a / 3600, (a / 60) % 60);
  if (a % 60 != 0) absl::StrAppend(&out, absl::StrFormat(":%02d", a % 60));
  return out;
}

std::string FormatDate(const Date& d) {
  CivilDate c = CivilFromDays(d.days);
  return absl::StrFormat("%s-%02d-%02d", FormatYear(c.year), c.month, c.day);
}

std::string FormatLocalTime(const LocalTime& t) {
  return FormatNanosOfDay(t.nanos);
}

std::string FormatTime(const Time& t) {
  return FormatNanosOfDay(t.nanos) + FormatOffset(t.offset);
}

std::string FormatLocalDateTime(const LocalDateTime& t) {
  int64_t days = FloorDiv(t.seconds, kSecondsPerDay);
  int64_t secs = FloorMod(t.seconds, kSecondsPerDay);
  return absl::StrCat(FormatDate(Date{days}), "T",
                      FormatNanosOfDay(secs * kNanosPerSecond + t.nanos));
}

std::string FormatDateTime(const DateTime& t) {
  std::string out =
      FormatLocalDateTime(LocalDateTime{t.local_seconds(), t.nanos}) +
      FormatOffset(t.offset);
  if (!t.zone.empty()) absl::StrAppend(&out, "[", t.zone, "]");
  return out;
}

std::string FormatDuration(const Duration& d) {
  std::string out = "P";
  auto part = [&out](int64_t n, char unit) {
    if (n != 0) absl::StrAppend(&out, n, std::string(1, unit));
  };
  part(d.months / 12, 'Y');
  part(d.months % 12, 'M');
  part(d.days, 'D');
  if (d.seconds != 0 || d.nanos != 0) {
    // Hours, minutes and seconds each carry the sign of the whole time part:
    // -1.5s is PT-1.5S, not PT-2S+0.5.
    int64_t s = d.seconds;
    int64_t n = d.nanos;
    if (s < 0 && n != 0) {
      ++s;
      n = kNanosPerSecond - n;
    }
    bool negative = d.seconds < 0;
    out += "T";
    part(s / 3600, 'H');
    part((s % 3600) / 60, 'M');
    int64_t sec = s % 60;
    if (sec != 0 || n != 0) {
      if (sec == 0 && negative) out += "-";
      absl::StrAppend(&out, sec, Fraction(n), "S");
    }
  }
  if (out == "P") out = "PT0S";
  return out;
}

int CompareTimes(const Time& a, const Time& b) {
  int64_t ua = a.nanos - int64_t{a.offset} * kNanosPerSecond;
  int64_t ub = b.nanos - int64_t{b.offset} * kNanosPerSecond;
  if (int c = Cmp(ua, ub)) return c;
  return Cmp(a.offset, b.offset);
}

int CompareDateTimes(const DateTime& a, const DateTime& b) {
  if (int c = Cmp(a.seconds, b.seconds)) return c;
  if (int c = Cmp(a.nanos, b.nanos)) return c;
  if (int c = Cmp(a.offset, b.offset)) return c;
  return Cmp(a.zone, b.zone);
}

}  // namespace kg::temporal
