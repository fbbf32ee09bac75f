// The operators that match patterns against the graph: node scans (all
// nodes, by label, by index seek), single-hop Expand, VarLengthExpand and
// ShortestPath. Each runs once per input row and adds the pattern elements it
// binds to that row. They hold references into the BoundQuery, which must
// outlive the plan.
#ifndef KG_QUERY_OPERATORS_MATCH_OPS_H_
#define KG_QUERY_OPERATORS_MATCH_OPS_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/types/span.h"
#include "query/operators/operator.h"

namespace kg::query {

// Whether `node` has the pattern node's labels and properties (evaluated
// against `row`).
absl::StatusOr<bool> NodeMatches(ExecContext& ctx, Row& row, NodeId node,
                                 const BoundNode& pattern);
// Whether `rel` has one of the pattern's types and its properties.
absl::StatusOr<bool> RelMatches(ExecContext& ctx, Row& row, RelId rel,
                                const BoundRel& pattern);
// The relationship slots a hop of a MATCH must not repeat (relationship
// uniqueness): those bound by the hops planned before it, a prefix of one
// list that all the MATCH's hops share, so that a chain of n hops holds n
// slots rather than n*n/2.
class EarlierRels {
 public:
  EarlierRels() = default;
  EarlierRels(std::shared_ptr<const std::vector<Slot>> all, size_t count)
      : all_(std::move(all)), count_(count) {}
  // REQUIRES: the shared list no longer changes (planning is over).
  absl::Span<const Slot> slots() const {
    if (all_ == nullptr) return {};
    return absl::Span<const Slot>(all_->data(), count_);
  }

 private:
  std::shared_ptr<const std::vector<Slot>> all_;
  size_t count_ = 0;
};

// Whether `rel` already appears in one of `slots` (a relationship, or a list
// of them from a variable-length pattern): relationship uniqueness.
bool RelUsed(const Row& row, absl::Span<const Slot> slots, RelId rel);

class NodeScan final : public Operator {
 public:
  enum class Mode : uint8_t {
    kAll,
    kLabel,
    kIndexSeek,
    kIndexPrefixSeek,
    kBound
  };
  // kLabel and the seeks scan node.labels[label]; kIndexSeek looks `key` up
  // with the value of `seek`, kIndexPrefixSeek takes the index's range of
  // strings that start with it (the STARTS WITH filter stays above); kBound
  // checks the node already in node.slot.
  NodeScan(OperatorPtr child, const BoundNode& node, Mode mode, size_t label,
           KeyId key, const BoundExpr* seek, std::string description);
  void Reset() override;
  std::string ToString() const override { return description_; }

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  absl::Status Fill(ExecContext& ctx);

  const BoundNode& node_;
  Mode mode_;
  size_t label_;
  KeyId key_;
  const BoundExpr* seek_;
  std::string description_;
  Row input_;
  std::vector<NodeId> candidates_;
  size_t pos_ = 0;
};

// One hop from the node in `from` along `rel` (in `direction`, which is the
// pattern's or its reverse) to `to`. When `to_bound`, the far end must be the
// node already in to.slot; when `rel_bound`, the relationship must be the one
// in rel.slot.
class Expand final : public Operator {
 public:
  void set_from_name(std::string name) { from_name_ = std::move(name); }
  Expand(OperatorPtr child, Slot from, const BoundRel& rel,
         ast::Direction direction, const BoundNode& to, bool to_bound,
         bool rel_bound, EarlierRels unique_rels);
  void Reset() override;
  std::string ToString() const override;

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  Slot from_;
  std::string from_name_;
  const BoundRel& rel_;
  ast::Direction direction_;
  const BoundNode& to_;
  bool to_bound_;
  bool rel_bound_;
  EarlierRels unique_rels_;
  Row input_;
  std::vector<std::pair<RelId, NodeId>> candidates_;
  std::vector<std::pair<RelId, NodeId>> scratch_;  // the far end's hops
  size_t pos_ = 0;
};

// "(a)-[r:T*1..3]->(b)": a hop as EXPLAIN prints it.
std::string RelText(const BoundRel& rel, ast::Direction direction,
                    const std::string& from, const std::string& to);
// A variable's name, or "$slot" for an anonymous one.
std::string SlotName(const std::string& name, Slot slot);

// The relationships of one node in a direction, filtered by type and by the
// relationships already deleted in this statement. The second form fills
// `out` (cleared first), so that a caller can keep its buffer.
std::vector<std::pair<RelId, NodeId>> Neighbours(ExecContext& ctx, NodeId node,
                                                 ast::Direction direction,
                                                 const BoundRel& rel);
void Neighbours(ExecContext& ctx, NodeId node, ast::Direction direction,
                const BoundRel& rel,
                std::vector<std::pair<RelId, NodeId>>* out);

// rel*min..max: every trail (no relationship twice) from `from`, walked with
// an explicit stack; rel.slot gets the list of relationships.
class VarLengthExpand final : public Operator {
 public:
  void set_from_name(std::string name) { from_name_ = std::move(name); }
  // Walking the pattern right to left: the list in rel.slot must still be
  // in the pattern's left-to-right order.
  void set_reversed(bool reversed) { reversed_ = reversed; }
  VarLengthExpand(OperatorPtr child, Slot from, const BoundRel& rel,
                  ast::Direction direction, const BoundNode& to, bool to_bound,
                  bool rel_bound, EarlierRels unique_rels);
  void Reset() override;
  std::string ToString() const override;

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  struct Frame {
    NodeId node;
    std::vector<std::pair<RelId, NodeId>> next;
    size_t pos = 0;
  };
  absl::StatusOr<bool> Emit(ExecContext& ctx, NodeId end, Row& row);

  Slot from_;
  std::string from_name_;
  const BoundRel& rel_;
  ast::Direction direction_;
  const BoundNode& to_;
  bool to_bound_;
  bool rel_bound_;  // rel.slot already holds the list to follow
  bool reversed_ = false;
  EarlierRels unique_rels_;
  Row input_;
  std::vector<Frame> stack_;
  std::vector<RelId> path_;
  bool fresh_ = false;  // the start node itself is still to be considered
};

// shortestPath / allShortestPaths between two bound nodes, by breadth-first
// search; writes the path into path_slot and the relationships into rel.slot.
class ShortestPath final : public Operator {
 public:
  void set_from_name(std::string name) { from_name_ = std::move(name); }
  ShortestPath(OperatorPtr child, Slot from, const BoundRel& rel,
               const BoundNode& to, Slot path_slot, bool all);
  void Reset() override;
  std::string ToString() const override;

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  absl::Status Search(ExecContext& ctx);

  Slot from_;
  std::string from_name_;
  const BoundRel& rel_;
  const BoundNode& to_;
  Slot path_slot_;
  bool all_;
  Row input_;
  std::vector<PathValue> paths_;
  size_t pos_ = 0;
};

// The nodes of each label, read from the label index: what
// `MATCH (n) UNWIND labels(n) AS l RETURN l, count(*)` would group row by
// row. Labels come out in the order that scan would first meet them (by
// their first node, then the label's place in that node's list); labels
// with no live node are left out.
class LabelCount final : public Operator {
 public:
  LabelCount(Slot key_slot, std::vector<Slot> count_slots, Slot slot_count)
      : key_slot_(key_slot),
        count_slots_(std::move(count_slots)),
        slot_count_(slot_count) {}
  void Reset() override;
  std::string ToString() const override { return "LabelCount"; }

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  Slot key_slot_;
  std::vector<Slot> count_slots_;
  Slot slot_count_;
  bool done_ = false;
  std::vector<std::pair<LabelId, int64_t>> out_;
  size_t pos_ = 0;
};

// `MATCH (a)-[:T]->(b:L) WITH a, count(*) AS n`: the count of one hop per
// node, read from adjacency instead of expanding a row per relationship and
// grouping them. Yields, for each node `a` matching its labels with at least
// one such relationship, a fresh row with `a` in the key's slot and the count
// in each aggregate slot, in node id order. It counts from the smaller side:
// over a's candidates and their adjacency, or -- when `b` has a label with
// fewer nodes -- over b's and theirs into a counter per node.
class DegreeCount final : public Operator {
 public:
  DegreeCount(const BoundNode& from, const BoundRel& rel,
              ast::Direction direction, const BoundNode& to, Slot key_slot,
              std::vector<Slot> count_slots, Slot slot_count)
      : from_(from),
        rel_(rel),
        direction_(direction),
        to_(to),
        key_slot_(key_slot),
        count_slots_(std::move(count_slots)),
        slot_count_(slot_count) {}
  void Reset() override;
  std::string ToString() const override;

 protected:
  absl::StatusOr<bool> Produce(ExecContext& ctx, Row& row) override;

 private:
  absl::Status Count(ExecContext& ctx);

  const BoundNode& from_;
  const BoundRel& rel_;
  ast::Direction direction_;  // from `from_` towards `to_`
  const BoundNode& to_;
  Slot key_slot_;  // where the grouping key goes
  std::vector<Slot> count_slots_;
  Slot slot_count_;
  bool done_ = false;
  bool from_far_side_ = false;  // for EXPLAIN after a run
  std::vector<std::pair<NodeId, int64_t>> out_;
  size_t pos_ = 0;
};

}  // namespace kg::query

#endif  // KG_QUERY_OPERATORS_MATCH_OPS_H_
