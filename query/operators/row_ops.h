// The operators that transform rows without touching the graph: Filter,
// Projection, Aggregate, Sort, Skip/Limit, Distinct, Unwind, Optional and
// Union. They hold references into the BoundQuery, which must outlive the
// plan. Aggregate, Sort and Distinct materialise what they need; the others
// stream.
#ifndef KG_QUERY_OPERATORS_ROW_OPS_H_
#define KG_QUERY_OPERATORS_ROW_OPS_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "query/operators/operator.h"

namespace kg::query {

class Filter final : public Operator {
 public:
  Filter(OperatorPtr child, const BoundExpr& predicate, std::string text)
      : Operator(std::move(child)), predicate_(predicate), text_(text) {}
  std::string ToString() const override { return "Filter " + text_; }

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  const BoundExpr& predicate_;
  std::string text_;
};

// Writes each expression's value into its slot.
class Projection final : public Operator {
 public:
  Projection(OperatorPtr child,
             std::vector<std::pair<const BoundExpr*, Slot>> items)
      : Operator(std::move(child)), items_(std::move(items)) {}
  std::string ToString() const override;
  double Estimate() const override { return child_->Estimate(); }

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  std::vector<std::pair<const BoundExpr*, Slot>> items_;
};

// Groups by the keys (equivalence) and folds the aggregates; each output row
// is fresh: key slots and aggregate slots only. Groups come out in the order
// they were first seen.
class Aggregate final : public Operator {
 public:
  Aggregate(OperatorPtr child,
            std::vector<std::pair<const BoundExpr*, Slot>> keys,
            const std::vector<BoundAggregate>& aggregates, Slot slot_count)
      : Operator(std::move(child)),
        keys_(std::move(keys)),
        aggregates_(aggregates),
        slot_count_(slot_count) {}
  void Reset() override;
  std::string ToString() const override;
  // One row without keys; with keys, no estimate (the groups are unknown).
  double Estimate() const override { return keys_.empty() ? 1 : -1; }

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  absl::Status Consume(ExecContext& ctx);

  std::vector<std::pair<const BoundExpr*, Slot>> keys_;
  const std::vector<BoundAggregate>& aggregates_;
  Slot slot_count_;
  bool done_ = false;
  std::vector<Row> out_;
  size_t pos_ = 0;
};

// Stable sort by the ORDER BY keys. With a SKIP and LIMIT above it (either
// may be null; both are evaluated once), it keeps only the first skip+limit
// rows of the order as they come (top-K), in memory for those rows alone.
class Sort final : public Operator {
 public:
  Sort(OperatorPtr child,
       const std::vector<std::pair<BoundExprPtr, bool>>& keys,
       const BoundExpr* skip = nullptr, const BoundExpr* limit = nullptr)
      : Operator(std::move(child)), keys_(keys), skip_(skip), limit_(limit) {}
  void Reset() override;
  std::string ToString() const override;
  double Estimate() const override { return child_->Estimate(); }

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  // The rows of the input and their keys, in input order.
  absl::Status SortAll(ExecContext& ctx);
  // Only the first `k` rows of the order.
  absl::Status SortTop(ExecContext& ctx, size_t k);
  // The ORDER BY keys of `row`.
  absl::StatusOr<ValueList> Key(ExecContext& ctx, Row& row) const;
  // Negative, zero or positive as key `a` orders before, with or after `b`.
  int Compare(const ValueList& a, const ValueList& b) const;

  const std::vector<std::pair<BoundExprPtr, bool>>& keys_;
  const BoundExpr* skip_;
  const BoundExpr* limit_;
  bool done_ = false;
  std::vector<Row> rows_;
  size_t pos_ = 0;
};

// SKIP and/or LIMIT (either may be null), evaluated once. With `drain`, the
// rows past the limit are still pulled (and dropped), so that the writes
// below happen in full.
class SkipLimit final : public Operator {
 public:
  SkipLimit(OperatorPtr child, const BoundExpr* skip, const BoundExpr* limit,
            bool drain)
      : Operator(std::move(child)), skip_(skip), limit_(limit), drain_(drain) {}
  void Reset() override;
  std::string ToString() const override;

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  const BoundExpr* skip_;
  const BoundExpr* limit_;
  bool drain_;
  bool started_ = false;
  int64_t to_skip_ = 0;
  int64_t left_ = -1;  // -1: no limit
};

// Drops rows whose values in `slots` are equivalent to an earlier row's.
class Distinct final : public Operator {
 public:
  Distinct(OperatorPtr child, std::vector<Slot> slots)
      : Operator(std::move(child)), slots_(std::move(slots)) {}
  void Reset() override;
  std::string ToString() const override { return "Distinct"; }

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  std::vector<Slot> slots_;
  absl::flat_hash_set<Value, ValueHash, ValueEquivalent> seen_;
};

class Unwind final : public Operator {
 public:
  Unwind(OperatorPtr child, const BoundExpr& list, Slot slot)
      : Operator(std::move(child)), list_(list), slot_(slot) {}
  void Reset() override;
  std::string ToString() const override;

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  const BoundExpr& list_;
  Slot slot_;
  Row input_;
  Value items_;
  size_t pos_ = 0;
};

// For each input row, the rows of `inner` (run with that row as argument),
// or the input row with `nulls` set to null when there are none.
class Optional final : public Operator {
 public:
  Optional(OperatorPtr child, SubPlan inner, std::vector<Slot> nulls)
      : Operator(std::move(child)),
        inner_(std::move(inner)),
        nulls_(std::move(nulls)) {}
  void Reset() override;
  std::string ToString() const override { return "Optional"; }
  std::vector<const Operator*> Children() const override;

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  SubPlan inner_;
  std::vector<Slot> nulls_;
  Row input_;
  bool active_ = false;
  bool matched_ = false;
};

// The rows of each part in turn, copied into the first part's output slots.
class Union final : public Operator {
 public:
  Union(std::vector<OperatorPtr> parts, std::vector<std::vector<Slot>> outputs)
      : parts_(std::move(parts)), outputs_(std::move(outputs)) {}
  void Reset() override;
  std::string ToString() const override { return "Union"; }
  std::vector<const Operator*> Children() const override;

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  std::vector<OperatorPtr> parts_;
  std::vector<std::vector<Slot>> outputs_;
  size_t current_ = 0;
};

}  // namespace kg::query

#endif  // KG_QUERY_OPERATORS_ROW_OPS_H_
