// The operators that write: Create, Merge, Update (SET and REMOVE) and
// Delete. All go through ExecContext::mutations, so writes are counted and
// undone when the statement fails. Create, Update and Delete are eager: they
// read all their input rows before writing, so that a clause never sees its
// own writes (MATCH (a), (b) CREATE () must not meet the new nodes). Merge
// runs its match per input row, so it does see what earlier rows created.
#ifndef KG_QUERY_OPERATORS_UPDATE_OPS_H_
#define KG_QUERY_OPERATORS_UPDATE_OPS_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "query/operators/operator.h"

namespace kg::query {

// Writes one pattern into the graph for `row`: the nodes whose slots are in
// `bound` are used as they are, the others are created. Shared by Create and
// Merge.
absl::Status CreatePattern(ExecContext& ctx, const BoundPattern& pattern,
                           const absl::flat_hash_set<Slot>& bound, Row& row);

// Applies SET / REMOVE items to a row.
absl::Status ApplySetItems(ExecContext& ctx,
                           const std::vector<BoundSetItem>& items, Row& row);

// Base for the eager operators: drains the child, then hands each row to
// Apply() and returns it.
class EagerUpdate : public Operator {
 public:
  explicit EagerUpdate(OperatorPtr child) : Operator(std::move(child)) {}
  void Reset() override;

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) final;
  virtual absl::Status Apply(ExecContext& ctx, Row& row) = 0;

 private:
  bool done_ = false;
  std::vector<Row> rows_;
  size_t pos_ = 0;
};

class Create final : public EagerUpdate {
 public:
  Create(OperatorPtr child, const BoundCreate& create,
         absl::flat_hash_set<Slot> bound)
      : EagerUpdate(std::move(child)),
        create_(create),
        bound_(std::move(bound)) {}
  std::string ToString() const override { return "Create"; }

 protected:
  absl::Status Apply(ExecContext& ctx, Row& row) override;

 private:
  const BoundCreate& create_;
  absl::flat_hash_set<Slot> bound_;
};

class Update final : public EagerUpdate {
 public:
  Update(OperatorPtr child, const BoundSet& set)
      : EagerUpdate(std::move(child)), set_(set) {}
  std::string ToString() const override;

 protected:
  absl::Status Apply(ExecContext& ctx, Row& row) override {
    return ApplySetItems(ctx, set_.items, row);
  }

 private:
  const BoundSet& set_;
};

class Delete final : public EagerUpdate {
 public:
  Delete(OperatorPtr child, const BoundDelete& del)
      : EagerUpdate(std::move(child)), delete_(del) {}
  std::string ToString() const override {
    return delete_.detach ? "DetachDelete" : "Delete";
  }

 protected:
  absl::Status Apply(ExecContext& ctx, Row& row) override;

 private:
  const BoundDelete& delete_;
};

// MERGE: for each input row, the rows of `match` (with ON MATCH applied), or
// else the pattern created (with ON CREATE applied).
class Merge final : public Operator {
 public:
  Merge(OperatorPtr child, SubPlan match, const BoundMerge& merge,
        absl::flat_hash_set<Slot> bound)
      : Operator(std::move(child)),
        match_(std::move(match)),
        merge_(merge),
        bound_(std::move(bound)) {}
  void Reset() override;
  std::string ToString() const override { return "Merge"; }
  std::vector<const Operator*> Children() const override;

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  SubPlan match_;
  const BoundMerge& merge_;
  absl::flat_hash_set<Slot> bound_;
  bool done_ = false;
  std::vector<Row> out_;
  size_t pos_ = 0;
};

}  // namespace kg::query

#endif  // KG_QUERY_OPERATORS_UPDATE_OPS_H_
