// The Planner class behind PlanQuery() (internal to query/): planner.cc plans
// clauses and projections, planner_match.cc patterns and filters.
#ifndef KG_QUERY_PLANNER_INTERNAL_H_
#define KG_QUERY_PLANNER_INTERNAL_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "query/operators/match_ops.h"
#include "query/planner.h"

namespace kg::query {

class Planner {
 public:
  Planner(const Graph& graph, std::string_view text, Plan& plan)
      : graph_(graph), text_(text), plan_(plan) {}

  absl::StatusOr<OperatorPtr> PlanPart(BoundSingleQuery& part);
  // The clauses of `part` on top of `leaf`.
  absl::StatusOr<OperatorPtr> PlanClauses(OperatorPtr leaf,
                                          BoundSingleQuery& part);
  // The pattern(s) and WHERE of a MATCH, on top of `input`.
  OperatorPtr PlanMatch(OperatorPtr input, const BoundMatch& match);
  OperatorPtr PlanPatterns(OperatorPtr input,
                           const std::vector<const BoundPattern*>& patterns,
                           const BoundExpr* where,
                           const std::vector<Slot>& new_slots);
  // A SubPlan for a pattern expression or MERGE: Argument -> match.
  SubPlan PlanSubPlan(const BoundMatch& match);

 private:
  friend class MatchOrderer;  // planner_order.cc

  struct Conjunct {
    const BoundExpr* expr;
    std::vector<Slot> needs;
    bool late;  // holds a pattern expression: run after the whole match
    bool done = false;
  };
  // Per-MATCH state.
  struct MatchState {
    absl::flat_hash_set<Slot> fresh;  // slots this match binds
    absl::flat_hash_set<Slot> planned;
    // The relationship slots bound so far, for relationship uniqueness.
    std::shared_ptr<std::vector<Slot>> rels =
        std::make_shared<std::vector<Slot>>();
    EarlierRels EarlierRelsNow() const {
      return EarlierRels(rels, rels->size());
    }
    std::vector<Conjunct> conjuncts;
    bool Bound(Slot s) const {
      return !fresh.contains(s) || planned.contains(s);
    }
  };

  // One element of a MATCH's plan: a scan of pattern `pattern`'s node
  // `index`, or its hop `index`, forward (in the written order) or not.
  struct MatchItem {
    bool scan;
    size_t pattern;
    size_t index;
    bool forward;
    // Estimated rows after this step per row into the MATCH; negative when
    // not estimated.
    double rows = -1;
  };
  // The order of the scans and hops of `patterns` by estimated rows
  // (planner_order.cc), or nullopt to plan them as written.
  std::optional<std::vector<MatchItem>> OrderMatch(
      const std::vector<const BoundPattern*>& patterns,
      const MatchState& state) const;
  // The slots `e` reads that it does not declare itself.
  void Reads(const BoundExpr* e, absl::flat_hash_set<Slot>& out) const;
  // Checks of the occurrences of `slot` in `patterns` but `done` that carry
  // labels or properties, once `slot` is bound.
  OperatorPtr CheckOccurrences(OperatorPtr input,
                               const std::vector<const BoundPattern*>& patterns,
                               Slot slot, const BoundNode* done,
                               MatchState& state);
  // The path variable of `pattern`, once its elements are all bound.
  OperatorPtr ProjectPath(OperatorPtr input, const BoundPattern& pattern,
                          MatchState& state);

  OperatorPtr PlanPattern(OperatorPtr input, const BoundPattern& pattern,
                          MatchState& state);
  OperatorPtr ScanNode(OperatorPtr input, const BoundNode& node,
                       MatchState& state);
  OperatorPtr PlanStep(OperatorPtr input, const BoundPattern& pattern,
                       size_t rel, bool forward, MatchState& state);
  OperatorPtr ApplyFilters(OperatorPtr input, MatchState& state, bool all);
  // The projection `p` on top of `input`; `aggregated` when `input` already
  // yields the groups (DegreeCount).
  OperatorPtr PlanProjection(OperatorPtr input, const BoundProjection& p,
                             bool aggregated = false);
  // A DegreeCount for MATCH `m` followed by aggregation `p`, or null when
  // the pair is not a count of one hop grouped by one of its nodes.
  // A LabelCount for `MATCH (n) UNWIND labels(n) AS l` followed by
  // aggregation `p` grouping by `l` and counting rows, or null when the
  // clauses are anything else.
  OperatorPtr LabelCountOf(const BoundMatch& m, const BoundUnwind& u,
                           const BoundProjection& p) const;
  OperatorPtr DegreeCountOf(const BoundMatch& m,
                            const BoundProjection& p) const;
  std::string Text(const SourceSpan& span) const;
  // Whether `value` can be computed before the node is scanned: it reads
  // only slots already bound and holds no pattern.
  bool Seekable(const BoundExpr* value, const MatchState& state) const;
  // An index-seek value for `node`: an equality on an indexed key with a
  // Seekable value. When `prefix` is given and no equality is found, a
  // Seekable `key STARTS WITH value` conjunct also serves (an index range),
  // and *prefix says which was found.
  bool FindSeek(const BoundNode& node, const MatchState& state, size_t& label,
                KeyId& key, const BoundExpr*& value,
                bool* prefix = nullptr) const;

  const Graph& graph_;
  std::string_view text_;
  Plan& plan_;
  bool writes_ = false;  // an update clause precedes in this part
};

}  // namespace kg::query

#endif  // KG_QUERY_PLANNER_INTERNAL_H_
