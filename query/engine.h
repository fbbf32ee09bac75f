// Engine: the Cypher engine's facade, the one header of query/ that cli/ and
// the tests see.
//
// Execute() runs one statement against a graph: parse -> bind (scopes, slots,
// interned ids, semantic checks) -> plan (operator tree; index seek, label
// scan or all-nodes scan; expansion along adjacency) -> pull rows. Writes
// (CREATE, MERGE, SET, REMOVE, DELETE) change the graph in place; a statement
// that fails part-way leaves the graph as it was before the statement.
//
// Errors are absl::Status values: syntax errors carry a position and the TCK
// category as payloads (see source_span.h); semantic and run-time errors carry
// their TCK category too (e.g. "VariableAlreadyBound", "DeleteConnectedNode").
// Thread-safety: one Engine per thread; the graph must not change under a
// running query from elsewhere.
#ifndef KG_QUERY_ENGINE_H_
#define KG_QUERY_ENGINE_H_

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "graph/graph.h"
#include "graph/value.h"

namespace kg::query {

// What a statement changed, as the TCK's "side effects" count it.
struct SideEffects {
  int64_t nodes_created = 0;
  int64_t nodes_deleted = 0;
  int64_t relationships_created = 0;
  int64_t relationships_deleted = 0;
  int64_t labels_added = 0;
  int64_t labels_removed = 0;
  int64_t properties_set = 0;
  int64_t properties_removed = 0;
  friend bool operator==(const SideEffects&, const SideEffects&) = default;
};

// The counters of SideEffects by the names `kg query --format json` gives
// them in its "stats" (the TCK's "+nodes" and so on are theirs).
struct SideEffectCounter {
  const char* name;
  int64_t SideEffects::*count;
};
inline constexpr SideEffectCounter kSideEffectCounters[] = {
    {"nodes_created", &SideEffects::nodes_created},
    {"nodes_deleted", &SideEffects::nodes_deleted},
    {"relationships_created", &SideEffects::relationships_created},
    {"relationships_deleted", &SideEffects::relationships_deleted},
    {"labels_added", &SideEffects::labels_added},
    {"labels_removed", &SideEffects::labels_removed},
    {"properties_set", &SideEffects::properties_set},
    {"properties_removed", &SideEffects::properties_removed},
};

struct QueryResult {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;  // each row in column order
  SideEffects side_effects;
  // EXPLAIN / PROFILE: the operator tree, one operator per line.
  std::string plan;
};

// A statement's memory budget when the caller says nothing: well above what
// a query over a news corpus needs, well below what ends in the kernel's OOM
// killer on a small machine.
inline constexpr uint64_t kDefaultMaxMemory = uint64_t{2} << 30;  // 2 GiB

struct QueryOptions {
  ValueMap parameters;
  // Stop with DeadlineExceeded after this long (infinite by default).
  absl::Duration timeout = absl::InfiniteDuration();
  // Stop with ResourceExhausted past this many result rows (0: no cap).
  uint64_t max_rows = 0;
  // Stop with ResourceExhausted when the statement's heap grows past this
  // many bytes (0: no budget); see query/memory_budget.h.
  uint64_t max_memory = kDefaultMaxMemory;
  // Set from another thread (or a signal handler) to cancel: the query stops
  // with Cancelled at the next row.
  const std::atomic<bool>* cancel = nullptr;
};

// The Neo4j status code of an error that Execute() returned, as Neo4j's
// drivers report it: "Neo.ClientError.Statement.SyntaxError" for what the
// parser and the binder refuse (ParameterMissing and
// Neo.ClientError.Procedure.ProcedureNotFound apart), and for run-time
// errors "...Statement.TypeError", "...ArgumentError", "...EntityNotFound",
// "...SemanticError" or "Neo.ClientError.Schema.ConstraintValidationFailed"
// by their TCK category; a timeout, a cancel and the memory budget have
// Neo4j's transaction and memory codes. With the category itself
// (GetCategory in source_span.h, e.g. "VariableAlreadyBound") it tells
// errors apart as the openCypher TCK does.
std::string ErrorCode(const absl::Status& status);

// The built-in functions' names in their canonical spelling, sorted: for
// completion and "did you mean" in the shell.
std::vector<std::string> FunctionNames();

class Engine {
 public:
  // REQUIRES: graph outlives the engine.
  explicit Engine(Graph* graph);
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  absl::StatusOr<QueryResult> Execute(std::string_view text,
                                      const QueryOptions& options = {});

 private:
  Graph* graph_;
};

}  // namespace kg::query

#endif  // KG_QUERY_ENGINE_H_
