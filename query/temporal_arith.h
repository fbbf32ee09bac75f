// Arithmetic on temporal values: instant +/- duration, duration +/-
// duration, duration * or / number, and -duration.
//
// An instant moves by a duration's months first (the day clamped to the
// month's end: Jan 31 + 1 month is Feb 28 or 29), then its days, then its
// seconds. A Date ignores the part of the seconds below a whole day; times
// of day wrap around midnight. A DateTime in a named zone moves months and
// days on its wall clock and seconds on the UTC time line, as java.time
// does. Errors carry TCK categories (errors.h).
#ifndef KG_QUERY_TEMPORAL_ARITH_H_
#define KG_QUERY_TEMPORAL_ARITH_H_

#include <optional>

#include "absl/status/statusor.h"
#include "graph/value.h"
#include "query/ast_expr.h"

namespace kg::query {

// nullopt when neither operand is temporal (the caller's rules apply); an
// error for a temporal operand the operator does not fit.
// REQUIRES: neither operand is null.
std::optional<absl::StatusOr<Value>> TemporalArithmetic(ast::BinaryOp op,
                                                        const Value& a,
                                                        const Value& b);

// The duration with every component negated.
absl::StatusOr<temporal::Duration> NegateDuration(const temporal::Duration& d);

// `instant` moved by `d` (already negated for subtraction).
// REQUIRES: instant.is_temporal() and not a Duration.
absl::StatusOr<Value> AddDuration(const Value& instant,
                                  const temporal::Duration& d);

// duration.between(from, to) and its single-unit forms: whole months (when
// `months`), then whole days (when `days`), then the rest in seconds (when
// `seconds`), as java.time's until() counts them: a unit only counts once
// its time of day is reached. When both values have offsets, `to` is first
// moved to the offset of `from`; when either lacks a date, only the times of
// day count. REQUIRES: both are temporal instants (not Durations).
absl::StatusOr<temporal::Duration> TemporalBetween(const Value& from,
                                                   const Value& to, bool months,
                                                   bool days, bool seconds);

}  // namespace kg::query

#endif  // KG_QUERY_TEMPORAL_ARITH_H_
