// Temporal values of openCypher: Date, LocalTime, Time, LocalDateTime,
// DateTime and Duration, the calendar arithmetic under them and their ISO 8601
// text forms.
//
// Every instant is kept as plain integers in the proleptic Gregorian calendar
// with nanosecond precision, so values are small, copyable and exact:
//   * Date           -- days since 1970-01-01.
//   * LocalTime      -- nanoseconds since midnight, in [0, 86400e9).
//   * Time           -- a LocalTime plus a UTC offset in seconds.
//   * LocalDateTime  -- wall-clock seconds since 1970-01-01T00:00 and the
//                       nanoseconds of that second.
//   * DateTime       -- UTC seconds since the epoch, nanoseconds, the offset
//                       in force at that instant and, when the value was made
//                       in a named zone ("Europe/Stockholm"), that name.
//   * Duration       -- months, days, seconds and nanoseconds, kept apart
//                       because a month and a day have no fixed length. The
//                       nanoseconds are in [0, 1e9) and the sign of the
//                       fraction lives in `seconds` (-1.5s is -2s + 5e8ns).
// The text forms are those of openCypher's toString(): 2015-07-21,
// 21:40:32.142, 21:40:32+01:00, 2015-07-21T21:40, 2015-07-21T21:40Z,
// 2017-08-08T12:31:14+02:00[Europe/Stockholm], P1Y2M3DT4H5M6.5S. They are also
// the forms kg writes to JSON, CSV and Cypher exports.
// They live in kg::temporal because extract/ has its own, looser kg::Date.
// Thread-safety: plain values; the functions are pure.
#ifndef KG_GRAPH_TEMPORAL_H_
#define KG_GRAPH_TEMPORAL_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace kg::temporal {

inline constexpr int64_t kNanosPerSecond = 1000000000;
inline constexpr int64_t kSecondsPerDay = 86400;
inline constexpr int64_t kNanosPerDay = kSecondsPerDay * kNanosPerSecond;

struct Date {
  int64_t days = 0;
  friend bool operator==(const Date&, const Date&) = default;
};

struct LocalTime {
  int64_t nanos = 0;
  friend bool operator==(const LocalTime&, const LocalTime&) = default;
};

struct Time {
  int64_t nanos = 0;  // local nanoseconds of the day
  int32_t offset = 0;
  friend bool operator==(const Time&, const Time&) = default;
};

struct LocalDateTime {
  int64_t seconds = 0;
  int32_t nanos = 0;
  friend bool operator==(const LocalDateTime&, const LocalDateTime&) = default;
};

struct DateTime {
  int64_t seconds = 0;  // UTC
  int32_t nanos = 0;
  int32_t offset = 0;
  std::string zone;  // empty for a fixed offset
  friend bool operator==(const DateTime&, const DateTime&) = default;
  int64_t local_seconds() const { return seconds + offset; }
};

struct Duration {
  int64_t months = 0;
  int64_t days = 0;
  int64_t seconds = 0;
  int32_t nanos = 0;  // [0, 1e9)
  friend bool operator==(const Duration&, const Duration&) = default;
};

// A calendar date's fields. Month and day are 1-based.
struct CivilDate {
  int64_t year = 1970;
  int month = 1;
  int day = 1;
};

// Hinnant's algorithms: exact for every int64 year that fits the range.
int64_t DaysFromCivil(int64_t year, int month, int day);
CivilDate CivilFromDays(int64_t days);

bool IsLeapYear(int64_t year);
int DaysInMonth(int64_t year, int month);
// 1 = Monday ... 7 = Sunday.
int DayOfWeek(int64_t days);
// The ISO week-numbering year and week (1..53) of a date.
void IsoWeek(int64_t days, int64_t* week_year, int* week);
// The Monday of week 1 of an ISO week-numbering year.
int64_t IsoWeekOneMonday(int64_t week_year);
int IsoWeeksInYear(int64_t week_year);

// Floor division and modulo, for splitting signed counts into units.
inline int64_t FloorDiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
inline int64_t FloorMod(int64_t a, int64_t b) { return a - FloorDiv(a, b) * b; }

// Builds a duration from possibly denormal parts: nanos outside [0, 1e9)
// carry into seconds. Fails on overflow.
absl::StatusOr<Duration> MakeDuration(int64_t months, int64_t days,
                                      int64_t seconds, int64_t nanos);

// ISO 8601 text, as openCypher's toString() writes it.
std::string FormatDate(const Date& d);
std::string FormatLocalTime(const LocalTime& t);
std::string FormatTime(const Time& t);
std::string FormatLocalDateTime(const LocalDateTime& t);
std::string FormatDateTime(const DateTime& t);
std::string FormatDuration(const Duration& d);
// "Z" for zero, else +hh:mm (and :ss when the offset has seconds).
std::string FormatOffset(int32_t offset);

// Three-way orders used by `<` and ORDER BY. Times and date-times order by
// the instant they stand for (the UTC time), ties broken by offset so that
// the order stays consistent with equality.
int CompareTimes(const Time& a, const Time& b);
int CompareDateTimes(const DateTime& a, const DateTime& b);

}  // namespace kg::temporal

#endif  // KG_GRAPH_TEMPORAL_H_
