// The memory a statement may take: its budget, and the measure behind it.
//
// The measure is exact, not an estimate of value sizes: kg replaces the
// global operator new and delete (memory_budget.cc) with ones that count the
// bytes the calling thread holds, so that shared lists count once and
// everything a statement builds counts (rows, sort buffers, strings, hash
// tables, the graph's own growth). A statement records the count when it
// starts; its growth since then, checked where values and rows are built,
// may not pass the budget. Reading the count is a thread-local load.
//
// Thread-safety: the count is per thread; a statement runs on one thread.
// Memory that thread frees but another allocated lowers its count, which
// only errs on the side of letting a statement run.
#ifndef KG_QUERY_MEMORY_BUDGET_H_
#define KG_QUERY_MEMORY_BUDGET_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"

namespace kg::query {

// The bytes the calling thread has allocated and not freed (may be
// negative after it frees what other threads allocated).
int64_t ThreadHeapBytes();

class MemoryBudget {
 public:
  // limit 0: no budget.
  explicit MemoryBudget(uint64_t limit)
      : limit_(limit), start_(ThreadHeapBytes()) {}

  // ResourceExhausted when the heap has grown past the budget since the
  // statement started, or would with `more` bytes about to be allocated.
  absl::Status Check(uint64_t more = 0) const {
    if (limit_ == 0) return absl::OkStatus();
    int64_t grown = ThreadHeapBytes() - start_;
    if (grown < 0) grown = 0;
    if (static_cast<uint64_t>(grown) + more <= limit_) {
      return absl::OkStatus();
    }
    return Exhausted(static_cast<uint64_t>(grown) + more);
  }

  uint64_t limit() const { return limit_; }

 private:
  absl::Status Exhausted(uint64_t needed) const;

  uint64_t limit_;
  int64_t start_;
};

// "2 GiB", "512 MiB", "1.5 KiB", "17 bytes".
std::string FormatBytes(uint64_t bytes);

}  // namespace kg::query

#endif  // KG_QUERY_MEMORY_BUDGET_H_
