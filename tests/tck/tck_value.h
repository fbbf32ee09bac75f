// TckValue: one value written in the TCK's notation, as expected-result cells
// and parameter tables spell it (README.adoc, "Format of the expected
// results"):
//   null  true  false  42  -7  1.0  -0.0  1e-5  .5  NaN  Inf  -Inf
//   'text' (backslash escapes as in Cypher: \' \" \\ \n \t \uXXXX ...)
//   [1, 'a']  {k: 1, `odd key`: 2}
//   (:A:B {k: 1})     a node: labels and properties
//   [:T {k: 1}]       a relationship: type and properties
//   <(:A)-[:T]->(:B)<-[:U]-()>   a path, each relationship's direction given
// An integer and a float are different values here: `1` never stands for 1.0.
// Graph elements carry no identity (the TCK has none); they are matched by
// content. Parsing is recursive with a fixed depth limit.
#ifndef KG_TESTS_TCK_TCK_VALUE_H_
#define KG_TESTS_TCK_TCK_VALUE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/value.h"

namespace kg::tck {

struct TckValue {
  enum class Kind : uint8_t {
    kNull,
    kBool,
    kInt,
    kFloat,
    kString,
    kList,
    kMap,
    kNode,
    kRelationship,
    kPath,
  };
  Kind kind = Kind::kNull;
  bool bool_value = false;
  int64_t int_value = 0;
  double float_value = 0;
  std::string string_value;
  // List elements; for a path its node, relationship, node, ... in order.
  std::vector<TckValue> items;
  // Map entries or element properties, sorted by key, keys unique.
  std::vector<std::pair<std::string, TckValue>> entries;
  // A node's labels, sorted; a relationship's type as the only entry.
  std::vector<std::string> labels;
  // A path: for each relationship, true when written `-[...]->`.
  std::vector<bool> forward;
};

// Parses one cell. InvalidArgument ("at column N: ...") when malformed.
absl::StatusOr<TckValue> ParseTckValue(std::string_view text);

// The kg::Value for a parameter. Nodes, relationships and paths cannot be
// parameters in the TCK and are refused with InvalidArgument.
absl::StatusOr<Value> ToValue(const TckValue& value);

}  // namespace kg::tck

#endif  // KG_TESTS_TCK_TCK_VALUE_H_
