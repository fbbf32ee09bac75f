// Reading temporal values from ISO 8601 text, and building durations from
// fractional amounts of units.
//
// The accepted forms are those of openCypher's date(), time(), ... functions:
//   date           2015-07-21, 20150721, 2015-07, 201507, 2015-W30-2,
//                  2015W302, 2015-W30, 2015-202, 2015202, 2015
//   local time     21:40:32.142, 214032.142, 21:40:32, 2140, 21
//   time           a local time and Z, +01:00, +0100 or +01
//   local datetime a date, 'T' and a local time
//   datetime       a local datetime, an optional offset and an optional zone
//                  name in brackets: 2015-07-21T21:40:32.142+02:00[Europe/Oslo]
//   duration       P1Y2M3W4DT5H6M7.5S (any unit may be fractional or
//                  negative) or P2012-02-02T14:37:21.545
// A missing offset means UTC. Errors are InvalidArgument with the text.
// Thread-safety: pure functions (zone rules are read once, see time_zone.h).
#ifndef KG_GRAPH_TEMPORAL_PARSE_H_
#define KG_GRAPH_TEMPORAL_PARSE_H_

#include <cstdint>
#include <string_view>

#include "absl/status/statusor.h"
#include "graph/temporal.h"

namespace kg::temporal {

// Wide enough for any sum or product of two int64 values; __extension__
// keeps -Wpedantic quiet about the GCC/Clang type.
__extension__ typedef __int128 Int128;

absl::StatusOr<Date> ParseDate(std::string_view text);
absl::StatusOr<LocalTime> ParseLocalTime(std::string_view text);
absl::StatusOr<Time> ParseTime(std::string_view text);
absl::StatusOr<LocalDateTime> ParseLocalDateTime(std::string_view text);
absl::StatusOr<DateTime> ParseDateTime(std::string_view text);
absl::StatusOr<Duration> ParseDuration(std::string_view text);

// Z, +hh:mm, +hhmm, +hh, +hh:mm:ss -> seconds east of UTC.
absl::StatusOr<int32_t> ParseOffset(std::string_view text);

// The units a duration is built from, largest first.
enum class DurationUnit {
  kYears,
  kMonths,
  kWeeks,
  kDays,
  kHours,
  kMinutes,
  kSeconds,
  kMilliseconds,
  kMicroseconds,
  kNanoseconds,
};

// Sums amounts of units into a Duration. A fraction of a unit flows into the
// smaller ones: half a year is six months, a fraction of a month becomes days
// and seconds at the average month (2629746 s), a fraction of a day seconds.
class DurationBuilder {
 public:
  // `whole` and `nanos` (billionths of the unit, with the sign of whole)
  // give the amount.
  void Add(DurationUnit unit, int64_t whole, int64_t nanos);
  void AddDouble(DurationUnit unit, double amount);
  absl::StatusOr<Duration> Build() const;

 private:
  Int128 months_ = 0;
  Int128 days_ = 0;
  Int128 nanos_ = 0;
  bool overflow_ = false;
};

}  // namespace kg::temporal

#endif  // KG_GRAPH_TEMPORAL_PARSE_H_
