// ExecContext: what every operator and the evaluator share while one
// statement runs - the graph, the write log, the limits, and a random source.
// Owned by Engine::Execute for the life of one statement; not thread-safe.
//
// The limits (deadline, cancel flag, memory budget) are checked by Tick()
// in every loop whose length the data decides: each row an operator pulls,
// each item of a comprehension, reduce or quantifier, each range() element,
// each step of a variable-length expansion; by CheckMemory(bytes) before
// one large value is built (a concatenation, a range); and by ORDER BY's
// sort between its runs and merges (materialize_ops.cc).
#ifndef KG_QUERY_EXEC_CONTEXT_H_
#define KG_QUERY_EXEC_CONTEXT_H_

#include <atomic>
#include <random>

#include "absl/container/flat_hash_map.h"
#include "absl/container/inlined_vector.h"
#include "absl/status/status.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "graph/graph.h"
#include "query/memory_budget.h"
#include "query/mutations.h"

namespace kg::query {

struct ExecContext {
  ExecContext(Graph* g, Mutations* m) : graph(g), mutations(m) {}

  Graph* graph;
  Mutations* mutations;
  absl::Time deadline = absl::InfiniteFuture();
  const std::atomic<bool>* cancel = nullptr;
  bool profile = false;
  MemoryBudget memory{0};  // Engine::Execute sets the budget
  std::mt19937_64 rng{std::random_device{}()};
  // The instant date(), datetime(), ... without arguments stand for: one
  // per statement, so that localtime() = localtime() holds.
  absl::Time statement_time = absl::Now();
  // labels(n)'s lists by label set: a node of a label set already seen gets
  // the same list, with no allocation.
  absl::flat_hash_map<absl::InlinedVector<LabelId, 4>, Value> label_lists;

  // Cancelled / DeadlineExceeded once the caller asked to stop.
  absl::Status CheckInterrupt() const {
    if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) {
      return absl::CancelledError("query cancelled");
    }
    if (deadline != absl::InfiniteFuture() && absl::Now() > deadline) {
      return absl::DeadlineExceededError("query timed out");
    }
    return absl::OkStatus();
  }

  // ResourceExhausted when `more` bytes would take the statement past its
  // memory budget.
  absl::Status CheckMemory(uint64_t more = 0) const {
    return memory.Check(more);
  }

  // One step of a loop: the memory budget every time (a thread-local load),
  // the clock and the cancel flag every kTickStride steps.
  absl::Status Tick() {
    absl::Status status = memory.Check();
    if (!status.ok()) return status;
    if (++ticks_ % kTickStride != 0) return absl::OkStatus();
    return CheckInterrupt();
  }

  bool NodeAlive(NodeId n) const {
    return graph->ContainsNode(n) && !mutations->IsDeleted(n);
  }
  bool RelAlive(RelId r) const {
    return graph->ContainsRelationship(r) && !mutations->IsDeleted(r);
  }

 private:
  static constexpr uint32_t kTickStride = 256;
  uint32_t ticks_ = 0;
};

}  // namespace kg::query

#endif  // KG_QUERY_EXEC_CONTEXT_H_
