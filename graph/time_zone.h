// Named time zones ("Europe/Stockholm") from the system's tz database.
//
// g++ 12's <chrono> has no tzdb, so kg reads the compiled TZif files itself
// (RFC 8536) from $TZDIR or /usr/share/zoneinfo, each zone once, keeping its
// transitions in memory for the life of the process. Instants past a zone's
// last recorded transition (2037 in the "fat" files Debian ships) keep that
// transition's offset: the POSIX rule in the file's footer is not applied.
// Thread-safety: all functions may be called concurrently.
#ifndef KG_GRAPH_TIME_ZONE_H_
#define KG_GRAPH_TIME_ZONE_H_

#include <cstdint>
#include <string_view>

#include "absl/status/statusor.h"
#include "graph/temporal.h"

namespace kg::temporal {

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
