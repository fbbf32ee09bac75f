// The calendar under the date finder (dates.cc): ISO text, days in a
// month, day counts and weekdays, and whether two dates can be the same.
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "extract/text/dates.h"

namespace kg {

std::string Date::ToIso() const {
  if (year == 0) return "";
  char buf[16];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

std::optional<Date> ParseIsoDate(std::string_view iso) {
  // The n digits at pos as a number; -1 when they are not all digits.
  auto digits = [&](size_t pos, size_t n) -> int {
    if (pos + n > iso.size()) return -1;
    int v = 0;
    for (char c : iso.substr(pos, n)) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  };
  Date d;
  d.year = digits(0, 4);
  if (d.year <= 0) return std::nullopt;
  if (iso.size() == 4) return d;
  if (iso.size() < 7 || iso[4] != '-') return std::nullopt;
  d.month = digits(5, 2);
  if (d.month < 1 || d.month > 12) return std::nullopt;
  if (iso.size() == 7) return d;
  if (iso.size() != 10 || iso[7] != '-') return std::nullopt;
  d.day = digits(8, 2);
  if (d.day < 1 || d.day > DaysInMonth(d.year, d.month)) return std::nullopt;
  return d;
}

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t DaysFromCivil(int year, int month, int day) {
  int64_t y = year - (month <= 2 ? 1 : 0);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t mp = (month + 9) % 12;
  int64_t doy = (153 * mp + 2) / 5 + day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date CivilFromDays(int64_t days) {
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t doe = days - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return Date{year, month, day};
}

int Weekday(const Date& date) {
  int64_t days = DaysFromCivil(date.year, date.month, date.day);
  // 1970-01-01 was a Thursday (4).
  return static_cast<int>(((days % 7) + 11) % 7);
}

Date AddDays(const Date& date, int days) {
  return CivilFromDays(DaysFromCivil(date.year, date.month, date.day) + days);
}

bool DatesCompatible(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return true;
  const std::string_view shorter = a.size() < b.size() ? a : b;
  const std::string_view longer = a.size() < b.size() ? b : a;
  return longer.substr(0, shorter.size()) == shorter &&
         (longer.size() == shorter.size() || longer[shorter.size()] == '-');
}

}  // namespace kg
