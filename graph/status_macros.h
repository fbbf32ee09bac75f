// Helpers for absl::Status plumbing, defined once in the lowest layer.
//
// Abseil 20220623 (Debian 12) has no RETURN_IF_ERROR / ASSIGN_OR_RETURN, so
// kg defines its own. KG_DCHECK is for programming errors only: user input
// must never reach one.
#ifndef KG_GRAPH_STATUS_MACROS_H_
#define KG_GRAPH_STATUS_MACROS_H_

#include <cassert>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define KG_RETURN_IF_ERROR(expr)             \
  do {                                       \
    ::absl::Status kg_status_ = (expr);      \
    if (!kg_status_.ok()) return kg_status_; \
  } while (0)

#define KG_CONCAT_INNER_(a, b) a##b
#define KG_CONCAT_(a, b) KG_CONCAT_INNER_(a, b)

#define KG_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                              \
  if (!tmp.ok()) return tmp.status();             \
  lhs = std::move(tmp).value()

// KG_ASSIGN_OR_RETURN(auto x, Foo()); declares x, or returns Foo()'s error.
#define KG_ASSIGN_OR_RETURN(lhs, expr) \
  KG_ASSIGN_OR_RETURN_IMPL_(KG_CONCAT_(kg_statusor_, __LINE__), lhs, expr)

#define KG_DCHECK(cond) assert(cond)

#endif  // KG_GRAPH_STATUS_MACROS_H_
