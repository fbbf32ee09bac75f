// Operator: the pull interface every physical operator implements.
//
// A plan is a tree of operators; rows flow up. Next() fills `row` with the
// next output row and returns true, or returns false at the end. Almost every
// operator has one child and transforms its stream; the leaves are Argument
// operators that yield one given row (the empty start row of a statement, or
// the outer row of an OPTIONAL MATCH or a pattern predicate), so a scan is
// "for each input row, every matching node" and chains of scans are
// cartesian products. Reset() rewinds a whole subtree so that it can run
// again for a new argument row.
//
// ToString() is the operator's line in EXPLAIN; rows() and time() are the
// PROFILE counters (time is inclusive of the children and measured only when
// ExecContext::profile is set).
#ifndef KG_QUERY_OPERATORS_OPERATOR_H_
#define KG_QUERY_OPERATORS_OPERATOR_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "query/bound.h"
#include "query/exec_context.h"

namespace kg::query {

class Operator {
 public:
  explicit Operator(std::unique_ptr<Operator> child = nullptr)
      : child_(std::move(child)) {}
  Operator(const Operator&) = delete;
  Operator& operator=(const Operator&) = delete;
  virtual ~Operator();

  absl::StatusOr<bool> Next(ExecContext& ctx, Row& row);
  // Rewinds this operator and its subtree.
  virtual void Reset();
  virtual std::string ToString() const = 0;
  // The children to print under this operator in a plan.
  virtual std::vector<const Operator*> Children() const;

  uint64_t rows() const { return rows_; }
  absl::Duration time() const { return time_; }

  // The planner's estimate of the rows this operator yields per row of the
  // statement's input, from the graph's statistics; negative when it has
  // none. Operators that pass their input's rows on unchanged (a
  // projection, a sort) report their child's.
  virtual double Estimate() const;
  void set_estimate(double rows) { estimate_ = rows; }

 protected:
  virtual absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) = 0;

  std::unique_ptr<Operator> child_;

 private:
  uint64_t rows_ = 0;
  absl::Duration time_;
  double estimate_ = -1;
};

using OperatorPtr = std::unique_ptr<Operator>;

// Yields one given row per Reset().
class Argument final : public Operator {
 public:
  Argument() = default;
  // REQUIRES: `row` outlives the next pulls.
  void SetInput(const Row* row) { input_ = row; }
  void Reset() override { done_ = false; }
  std::string ToString() const override { return "Argument"; }
  double Estimate() const override { return 1; }

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  const Row* input_ = nullptr;
  bool done_ = false;
};

// A plan for a pattern inside an expression, run once per outer row.
struct SubPlan {
  OperatorPtr root;
  Argument* argument = nullptr;  // the leaf of `root`
};

// The plan text: one operator per line, children indented (past 32 levels
// the indentation stays and the line starts with its depth, "[40] "); with
// `profile`, each line ends with its row count and time.
std::string PlanToString(const Operator& root, bool profile);

// The number of operators on the longest path from `root` to a leaf: how
// deep Next() and Reset() recurse.
size_t PlanDepth(const Operator& root);

}  // namespace kg::query

#endif  // KG_QUERY_OPERATORS_OPERATOR_H_
