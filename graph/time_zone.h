// Named time zones ("Europe/Stockholm") from the system's tz database.
//
// g++ 12's <chrono> has no tzdb, so kg reads the compiled TZif files itself
// (RFC 8536) from $TZDIR or /usr/share/zoneinfo, each zone once, keeping its
// transitions in memory for the life of the process. Instants past a zone's
// last recorded transition (2037 in the "fat" files Debian ships) follow the
// POSIX TZ rule of the file's footer ("GMT0BST,M3.5.0/1,M10.5.0"), so
// daylight saving goes on as the zone's current law says.
// Thread-safety: all functions may be called concurrently.
#ifndef KG_GRAPH_TIME_ZONE_H_
#define KG_GRAPH_TIME_ZONE_H_

#include <cstdint>
#include <string_view>

#include "absl/status/statusor.h"
#include "graph/temporal.h"

namespace kg::temporal {

// A POSIX TZ rule as RFC 8536 extends it: standard time, and optionally
// daylight time with the dates it starts and ends each year, e.g.
// "EST5EDT,M3.2.0,M11.1.0", "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0",
// "IST-1GMT0,M10.5.0,M3.5.0/1" (Ireland's negative daylight time) or "JST-9".
// POSIX offsets count west of UTC; the fields here count east, as kg does.
struct PosixTz {
  // When daylight time starts or ends: a day of the year and a time of day
  // (seconds, -167h..167h) in the local time then in force.
  struct When {
    enum class Form : uint8_t {
      kJulian,     // Jn: 1..365, February 29 never counted
      kZeroBased,  // n: 0..365, February 29 counted
      kMonthWeek,  // Mm.w.d: day d (0 = Sunday) of week w (5 = last)
    };
    Form form = Form::kMonthWeek;
    int day = 0;    // n, or d
    int month = 0;  // kMonthWeek
    int week = 0;   // kMonthWeek
    int32_t time = 7200;

    // The local day (days since 1970-01-01) it falls on in `year`.
    int64_t DayIn(int64_t year) const;
  };

  int32_t standard = 0;  // seconds east of UTC
  bool has_daylight = false;
  int32_t daylight = 0;
  When start, end;

  // The offset in force at a UTC instant.
  int32_t OffsetAt(int64_t utc_seconds) const;
};

// Parses a POSIX TZ rule; InvalidArgument naming what is wrong.
absl::StatusOr<PosixTz> ParsePosixTz(std::string_view text);

// The offset (seconds east of UTC) of `zone` at a UTC instant; NotFound for
// an unknown zone name.
absl::StatusOr<int32_t> ZoneOffsetAt(std::string_view zone,
                                     int64_t utc_seconds);

// The DateTime in `zone` at a UTC instant.
absl::StatusOr<DateTime> DateTimeAtUtc(int64_t utc_seconds, int32_t nanos,
                                       std::string_view zone);

// The DateTime in `zone` that a wall-clock time names. As java.time does it:
// in an overlap (clocks set back) the earlier offset wins; in a gap (clocks
// set forward) the time moves forward by the gap's length.
absl::StatusOr<DateTime> DateTimeInZone(int64_t local_seconds, int32_t nanos,
                                        std::string_view zone);

}  // namespace kg::temporal

#endif  // KG_GRAPH_TIME_ZONE_H_
