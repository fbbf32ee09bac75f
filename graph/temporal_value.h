// Temporal Values from text, by kind name: what the readers of kg's export
// formats share. The names are the lower-case ones neo4j-admin CSV headers
// use ("date", "localtime", "time", "localdatetime", "datetime",
// "duration"); kg's JSON tags are the same names after '$'.
// Thread-safety: pure functions.
#ifndef KG_GRAPH_TEMPORAL_VALUE_H_
#define KG_GRAPH_TEMPORAL_VALUE_H_

#include <optional>
#include <string_view>

#include "absl/status/statusor.h"
#include "graph/value.h"

namespace kg {

// "date", ...; REQUIRES: a temporal kind.
const char* TemporalTypeName(Value::Kind kind);

// The temporal kind `name` names (exactly, lower case), or nullopt.
std::optional<Value::Kind> TemporalKindNamed(std::string_view name);

// Reads `text` (temporal_parse.h) as a value of `kind`. REQUIRES: a temporal
// kind. Errors are InvalidArgument and quote the text.
absl::StatusOr<Value> ParseTemporalValue(Value::Kind kind,
                                         std::string_view text);

}  // namespace kg

#endif  // KG_GRAPH_TEMPORAL_VALUE_H_
