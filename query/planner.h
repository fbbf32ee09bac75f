// The planner: BoundQuery -> a tree of physical operators.
//
// Each clause becomes a few operators stacked on the previous clause's. A
// pattern starts where it is most selective: at a node bound by an earlier
// clause, else an IndexSeek when a labelled node has an equality on an
// indexed key with a value known before the scan ({name: 'NASA'},
// WHERE n.name = $x, or {name: a.boss} with a bound), else the
// smallest label scan, else all nodes; it then expands along adjacency lists,
// both ways from the start. WHERE is split at AND and every conjunct runs as
// soon as the slots it reads are bound.
//
// Rows are pulled through the tree by recursion, one call level per operator
// on the way down: a plan deeper than kMaxPlanDepth is refused
// (NestingTooDeep) so that no statement can exhaust the stack.
#ifndef KG_QUERY_PLANNER_H_
#define KG_QUERY_PLANNER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "query/bound.h"
#include "query/operators/operator.h"

namespace kg::query {

inline constexpr size_t kMaxPlanDepth = 4096;

struct Plan {
  OperatorPtr root;
  std::vector<Slot> output_slots;         // the columns, in order
  std::unique_ptr<Row> start_row;         // what the leaves start from
  std::vector<BoundExprPtr> owned_exprs;  // expressions the planner made
};

// REQUIRES: `query` outlives the plan (operators point into it). `text` is
// the statement's source, quoted in EXPLAIN.
absl::StatusOr<Plan> PlanQuery(BoundQuery& query, const Graph& graph,
                               std::string_view text);

}  // namespace kg::query

#endif  // KG_QUERY_PLANNER_H_
