// Canonical text of values, so that an expected TCK cell and an actual engine
// value compare as plain strings, and failures print both in the TCK's own
// notation.
//
// Two values get the same canonical text exactly when the TCK counts them as
// the same cell:
//   * integers and floats never meet (1 prints as `1`, 1.0 as `1.0`); floats
//     compare by value (shortest round-trip text; -0.0 is 0.0; NaN is NaN);
//   * strings compare by their bytes; map keys in byte order;
//   * a node is its labels (as a set) and properties, a relationship its type
//     and properties, a path its elements with each relationship's direction
//     -- graph identity plays no part, as the TCK has none;
//   * with `sort_lists`, every list at any depth is rendered with its
//     elements in sorted order, which compares lists as multisets ("ignoring
//     element order for lists").
#ifndef KG_TESTS_TCK_CANONICAL_H_
#define KG_TESTS_TCK_CANONICAL_H_

#include <string>

#include "graph/graph.h"
#include "graph/value.h"
#include "tests/tck/tck_value.h"

namespace kg::tck {

std::string Canonical(const TckValue& value, bool sort_lists = false);

// Resolves nodes and relationships in `graph` for their labels, type and
// properties. A node or relationship the graph no longer holds renders as
// `(deleted node 7)` / `[deleted relationship 3]`, which matches nothing.
std::string Canonical(const Graph& graph, const Value& value,
                      bool sort_lists = false);

}  // namespace kg::tck

#endif  // KG_TESTS_TCK_CANONICAL_H_
