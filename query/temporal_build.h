// Building temporal values the way openCypher's date(), localtime(), time(),
// localdatetime(), datetime() and duration() functions do, and reading
// their components (d.year, t.offset, dur.minutes).
//
// A temporal value is split into Parts -- a date, a time of day, an offset
// and a zone name, each possibly absent -- so that one routine serves every
// target kind: select the parts of other values (`{date: d, time: t}`),
// move them to another zone (`timezone:`), override single fields
// (`day: 28`), and assemble the kind asked for. Errors carry TCK
// categories (errors.h).
#ifndef KG_QUERY_TEMPORAL_BUILD_H_
#define KG_QUERY_TEMPORAL_BUILD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "graph/value.h"

namespace kg::query {

struct TemporalParts {
  std::optional<int64_t> days;   // since 1970-01-01
  std::optional<int64_t> nanos;  // local time of day
  std::optional<int32_t> offset;
  std::string zone;  // a named zone, or empty
};

// The parts of a temporal instant (not a Duration). REQUIRES: is_temporal().
TemporalParts PartsOf(const Value& v);

// Assembles a value of `kind` from parts; absent parts default to the first
// day of 1970, midnight and UTC. REQUIRES: a temporal kind but Duration.
absl::StatusOr<Value> Assemble(Value::Kind kind, const TemporalParts& parts);

// `parts` with a map's fields applied, as truncate() does it: `timezone:`
// replaces the zone without moving the wall clock; `day: 2` and the like
// override single fields.
absl::StatusOr<Value> BuildFromParts(Value::Kind kind, TemporalParts parts,
                                     const ValueMap& fields);

// date(x), localtime(x), ...: x is a string, a map or a temporal value.
absl::StatusOr<Value> BuildTemporal(Value::Kind kind, const Value& arg);

// duration(x): x is a string or a map of units.
absl::StatusOr<Value> BuildDuration(const Value& arg);

// A component of a temporal value: `d.year`, `t.timezone`, `dur.hours`...
// Null for null; an error naming the kind for an unknown component.
absl::StatusOr<Value> TemporalComponent(const Value& v, std::string_view name);

}  // namespace kg::query

#endif  // KG_QUERY_TEMPORAL_BUILD_H_
