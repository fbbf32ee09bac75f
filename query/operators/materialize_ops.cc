// The row operators that look at more than one row: Aggregate, Sort,
// Skip/Limit and Distinct.
#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "query/errors.h"
#include "query/eval.h"
#include "query/functions/registry.h"
#include "query/operators/row_ops.h"

namespace kg::query {

namespace {

absl::StatusOr<int64_t> Count(const BoundExpr* e, ExecContext& ctx,
                              const char* what) {
  Row empty;
  KG_ASSIGN_OR_RETURN(Value v, Eval(*e, empty, ctx));
  if (!v.is_int()) {
    return TypeError(absl::StrCat(what, " expects an integer"));
  }
  if (v.AsInt() < 0) {
    return RuntimeError("NegativeIntegerArgument",
                        absl::StrCat(what, " expects a non-negative integer"));
  }
  return v.AsInt();
}

}  // namespace

void Aggregate::Reset() {
  Operator::Reset();
  done_ = false;
  out_.clear();
  pos_ = 0;
}

std::string Aggregate::ToString() const {
  std::string out = "Aggregate keys:";
  for (const auto& k : keys_) absl::StrAppend(&out, " $", k.second);
  absl::StrAppend(&out, " aggregates:");
  for (const auto& a : aggregates_) absl::StrAppend(&out, " $", a.slot);
  return out;
}

absl::Status Aggregate::Consume(ExecContext& ctx) {
  struct Group {
    Row row;
    std::vector<std::unique_ptr<Accumulator>> accs;
  };
  std::vector<Group> groups;
  absl::flat_hash_map<Value, size_t, ValueHash, ValueEquivalent> index;
  auto new_group = [&](Row row) {
    Group g;
    g.row = std::move(row);
    for (const BoundAggregate& a : aggregates_) {
      g.accs.push_back(MakeAccumulator(a.function, a.distinct));
    }
    groups.push_back(std::move(g));
  };
  Row in;
  std::vector<Value> args;
  ValueList key;  // reused: no allocation per row
  uint64_t rows = 0;
  while (true) {
    KG_ASSIGN_OR_RETURN(bool more, child_->Next(ctx, in));
    if (!more) break;
    if ((++rows & 1023) == 0) KG_RETURN_IF_ERROR(ctx.CheckInterrupt());
    key.clear();
    for (const auto& [expr, slot] : keys_) {
      KG_ASSIGN_OR_RETURN(Value v, Eval(*expr, in, ctx));
      key.push_back(std::move(v));
    }
    // One key groups by itself: no list to build and hash per row, and
    // nothing copied for a group already seen.
    size_t group;
    auto found =
        key.size() == 1 ? index.find(key[0]) : index.find(Value::List(key));
    if (found != index.end()) {
      group = found->second;
    } else {
      group = groups.size();
      index.emplace(key.size() == 1 ? key[0] : Value::List(key), group);
      Row row(slot_count_);
      for (size_t i = 0; i < keys_.size(); ++i) row[keys_[i].second] = key[i];
      new_group(std::move(row));
    }
    Group& g = groups[group];
    for (size_t i = 0; i < aggregates_.size(); ++i) {
      args.clear();
      for (const BoundExprPtr& a : aggregates_[i].args) {
        KG_ASSIGN_OR_RETURN(Value v, Eval(*a, in, ctx));
        args.push_back(std::move(v));
      }
      if (args.empty()) args.push_back(Value::Bool(true));
      KG_RETURN_IF_ERROR(g.accs[i]->Add(args));
    }
  }
  if (groups.empty() && keys_.empty()) new_group(Row(slot_count_));
  for (Group& g : groups) {
    for (size_t i = 0; i < aggregates_.size(); ++i) {
      KG_ASSIGN_OR_RETURN(g.row[aggregates_[i].slot], g.accs[i]->Finish());
      KG_RETURN_IF_ERROR(CheckDepth(g.row[aggregates_[i].slot]));  // collect()
    }
    out_.push_back(std::move(g.row));
  }
  return absl::OkStatus();
}

absl::StatusOr<bool> Aggregate::Produce(ExecContext& ctx, Row& row) {
  if (!done_) {
    done_ = true;
    KG_RETURN_IF_ERROR(Consume(ctx));
  }
  if (pos_ >= out_.size()) return false;
  row = std::move(out_[pos_++]);
  return true;
}

void Sort::Reset() {
  Operator::Reset();
  done_ = false;
  rows_.clear();
  pos_ = 0;
}

std::string Sort::ToString() const {
  std::string out = "Sort";
  for (const auto& k : keys_)
    absl::StrAppend(&out, k.second ? " DESC" : " ASC");
  return out;
}

namespace {

// A stable sort that checks the statement's limits as it goes (std::sort and
// std::stable_sort cannot be stopped): runs of kRun items sorted
// alone, then merged pairwise, with a check every kRun items merged.
template <typename T, typename Less>
absl::Status StableSort(std::vector<T>& items, Less less, ExecContext& ctx) {
  constexpr size_t kRun = 4096;
  const size_t n = items.size();
  for (size_t begin = 0; begin < n; begin += kRun) {
    KG_RETURN_IF_ERROR(ctx.CheckInterrupt());
    std::stable_sort(items.begin() + begin,
                     items.begin() + std::min(n, begin + kRun), less);
  }
  if (n <= kRun) return absl::OkStatus();
  KG_RETURN_IF_ERROR(ctx.CheckMemory(n * sizeof(T)));
  std::vector<T> buffer(n);
  for (size_t width = kRun; width < n; width *= 2) {
    size_t done = 0;
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = std::min(n, lo + width), hi = std::min(n, lo + 2 * width);
      size_t i = lo, j = mid, k = lo;
      while (i < mid || j < hi) {
        if (++done % kRun == 0) KG_RETURN_IF_ERROR(ctx.CheckInterrupt());
        // Ties take the left run first: stable.
        if (j == hi || (i < mid && !less(items[j], items[i]))) {
          buffer[k++] = std::move(items[i++]);
        } else {
          buffer[k++] = std::move(items[j++]);
        }
      }
    }
    items.swap(buffer);
  }
  return absl::OkStatus();
}

}  // namespace

int Sort::Compare(const ValueList& a, const ValueList& b) const {
  for (size_t i = 0; i < keys_.size(); ++i) {
    int c = OrderCompare(a[i], b[i]);
    if (c != 0) return keys_[i].second ? -c : c;
  }
  return 0;
}

absl::StatusOr<ValueList> Sort::Key(ExecContext& ctx, Row& row) const {
  ValueList key;
  for (const auto& [expr, desc] : keys_) {
    KG_ASSIGN_OR_RETURN(Value v, Eval(*expr, row, ctx));
    key.push_back(std::move(v));
  }
  return key;
}

absl::Status Sort::SortAll(ExecContext& ctx) {
  std::vector<std::pair<ValueList, size_t>> keyed;
  Row in;
  while (true) {
    KG_ASSIGN_OR_RETURN(bool more, child_->Next(ctx, in));
    if (!more) break;
    KG_ASSIGN_OR_RETURN(ValueList key, Key(ctx, in));
    keyed.emplace_back(std::move(key), rows_.size());
    rows_.push_back(in);
  }
  KG_RETURN_IF_ERROR(StableSort(
      keyed,
      [&](const auto& a, const auto& b) {
        return Compare(a.first, b.first) < 0;
      },
      ctx));
  std::vector<Row> sorted;
  sorted.reserve(rows_.size());
  for (auto& k : keyed) sorted.push_back(std::move(rows_[k.second]));
  rows_ = std::move(sorted);
  return absl::OkStatus();
}

absl::Status Sort::SortTop(ExecContext& ctx, size_t k) {
  // A max-heap of the k first rows so far; the input position breaks ties,
  // so the result is the stable sort's first k.
  struct Entry {
    ValueList key;
    size_t seq;
    Row row;
  };
  auto less = [&](const Entry& a, const Entry& b) {
    int c = Compare(a.key, b.key);
    return c != 0 ? c < 0 : a.seq < b.seq;
  };
  std::vector<Entry> heap;
  Row in;
  for (size_t seq = 0;; ++seq) {
    KG_ASSIGN_OR_RETURN(bool more, child_->Next(ctx, in));
    if (!more) break;
    KG_ASSIGN_OR_RETURN(ValueList key, Key(ctx, in));
    Entry e{std::move(key), seq, {}};
    if (heap.size() == k) {
      if (!less(e, heap.front())) continue;
      std::pop_heap(heap.begin(), heap.end(), less);
      heap.pop_back();
    }
    e.row = in;
    heap.push_back(std::move(e));
    std::push_heap(heap.begin(), heap.end(), less);
  }
  std::sort_heap(heap.begin(), heap.end(), less);
  for (Entry& e : heap) rows_.push_back(std::move(e.row));
  return absl::OkStatus();
}

absl::StatusOr<bool> Sort::Produce(ExecContext& ctx, Row& row) {
  if (!done_) {
    done_ = true;
    // Top-K pays off while k is small next to the input; past this, the
    // whole input is sorted.
    constexpr int64_t kMaxTop = 10'000;
    int64_t k = -1;
    if (limit_ != nullptr) {
      KG_ASSIGN_OR_RETURN(int64_t limit, Count(limit_, ctx, "LIMIT"));
      int64_t skip = 0;
      if (skip_ != nullptr) {
        KG_ASSIGN_OR_RETURN(skip, Count(skip_, ctx, "SKIP"));
      }
      if (limit <= kMaxTop && skip <= kMaxTop) k = limit + skip;
    }
    if (k > 0) {
      KG_RETURN_IF_ERROR(SortTop(ctx, static_cast<size_t>(k)));
    } else {
      KG_RETURN_IF_ERROR(SortAll(ctx));
    }
  }
  if (pos_ >= rows_.size()) return false;
  row = std::move(rows_[pos_++]);
  return true;
}

void SkipLimit::Reset() {
  Operator::Reset();
  started_ = false;
}

std::string SkipLimit::ToString() const {
  if (skip_ && limit_) return "Skip+Limit";
  return skip_ ? "Skip" : "Limit";
}

absl::StatusOr<bool> SkipLimit::Produce(ExecContext& ctx, Row& row) {
  if (!started_) {
    started_ = true;
    to_skip_ = 0;
    left_ = -1;
    if (skip_) {
      KG_ASSIGN_OR_RETURN(to_skip_, Count(skip_, ctx, "SKIP"));
    }
    if (limit_) {
      KG_ASSIGN_OR_RETURN(left_, Count(limit_, ctx, "LIMIT"));
    }
  }
  while (true) {
    if (left_ == 0) {
      while (drain_) {
        KG_ASSIGN_OR_RETURN(bool more, child_->Next(ctx, row));
        if (!more) break;
      }
      return false;
    }
    KG_ASSIGN_OR_RETURN(bool more, child_->Next(ctx, row));
    if (!more) return false;
    if (to_skip_ > 0) {
      --to_skip_;
      continue;
    }
    if (left_ > 0) --left_;
    return true;
  }
}

void Distinct::Reset() {
  Operator::Reset();
  seen_.clear();
}

absl::StatusOr<bool> Distinct::Produce(ExecContext& ctx, Row& row) {
  while (true) {
    KG_ASSIGN_OR_RETURN(bool more, child_->Next(ctx, row));
    if (!more) return false;
    ValueList key;
    for (Slot s : slots_) key.push_back(row[s]);
    if (seen_.insert(Value::List(std::move(key))).second) return true;
  }
}

}  // namespace kg::query
