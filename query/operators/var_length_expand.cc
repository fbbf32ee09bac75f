// VarLengthExpand: trails of min..max relationships, depth-first with an
// explicit stack (no recursion, so no depth limit on user-sized graphs), and
// an interrupt check every step.
#include "absl/strings/str_cat.h"
#include "query/operators/match_ops.h"

namespace kg::query {

VarLengthExpand::VarLengthExpand(OperatorPtr child, Slot from,
                                 const BoundRel& rel, ast::Direction direction,
                                 const BoundNode& to, bool to_bound,
                                 bool rel_bound, EarlierRels unique_rels)
    : Operator(std::move(child)),
      from_(from),
      rel_(rel),
      direction_(direction),
      to_(to),
      to_bound_(to_bound),
      rel_bound_(rel_bound),
      unique_rels_(std::move(unique_rels)) {}

void VarLengthExpand::Reset() {
  Operator::Reset();
  stack_.clear();
  path_.clear();
  fresh_ = false;
}

std::string VarLengthExpand::ToString() const {
  return absl::StrCat(
      "VarLengthExpand ",
      RelText(rel_, direction_, from_name_, SlotName(to_.name, to_.slot)));
}

absl::StatusOr<bool> VarLengthExpand::Emit(ExecContext& ctx, NodeId end,
                                           Row& row) {
  if (to_bound_) {
    const Value& want = input_[to_.slot];
    if (!want.is_node() || want.AsNode() != end) return false;
  }
  size_t n = path_.size();
  auto step = [&](size_t i) { return path_[reversed_ ? n - 1 - i : i]; };
  if (rel_bound_) {
    const Value& want = input_[rel_.slot];
    if (!want.is_list() || want.AsList().size() != n) return false;
    for (size_t i = 0; i < n; ++i) {
      const Value& r = want.AsList()[i];
      if (!r.is_relationship() || r.AsRelationship() != step(i)) return false;
    }
  }
  KG_ASSIGN_OR_RETURN(bool ok, NodeMatches(ctx, input_, end, to_));
  if (!ok) return false;
  row = input_;
  ValueList rels;
  rels.reserve(path_.size());
  for (size_t i = 0; i < n; ++i) rels.push_back(Value::Relationship(step(i)));
  row[rel_.slot] = Value::List(std::move(rels));
  row[to_.slot] = Value::Node(end);
  return true;
}

absl::StatusOr<bool> VarLengthExpand::Produce(ExecContext& ctx, Row& row) {
  while (true) {
    if (fresh_) {
      fresh_ = false;
      if (rel_.min_hops == 0) {
        KG_ASSIGN_OR_RETURN(bool emitted, Emit(ctx, stack_[0].node, row));
        if (emitted) return true;
      }
    }
    while (!stack_.empty()) {
      KG_RETURN_IF_ERROR(ctx.Tick());
      Frame& top = stack_.back();
      if (top.pos >= top.next.size()) {
        stack_.pop_back();
        if (!path_.empty()) path_.pop_back();
        continue;
      }
      auto [r, other] = top.next[top.pos++];
      bool repeated = false;
      for (RelId used : path_) repeated |= used == r;
      if (repeated || RelUsed(input_, unique_rels_.slots(), r)) continue;
      KG_ASSIGN_OR_RETURN(bool ok, RelMatches(ctx, input_, r, rel_));
      if (!ok) continue;
      path_.push_back(r);
      int64_t depth = static_cast<int64_t>(path_.size());
      Frame frame{other, {}, 0};
      if (rel_.max_hops < 0 || depth < rel_.max_hops) {
        frame.next = Neighbours(ctx, other, direction_, rel_);
      }
      stack_.push_back(std::move(frame));
      if (depth >= rel_.min_hops) {
        KG_ASSIGN_OR_RETURN(bool emitted, Emit(ctx, other, row));
        if (emitted) return true;
      }
    }
    KG_ASSIGN_OR_RETURN(bool more, child_->Next(ctx, input_));
    if (!more) return false;
    const Value& from = input_[from_];
    if (!from.is_node() || !ctx.NodeAlive(from.AsNode())) continue;
    NodeId start = from.AsNode();
    Frame frame{start, {}, 0};
    if (rel_.max_hops != 0) {
      frame.next = Neighbours(ctx, start, direction_, rel_);
    }
    stack_.push_back(std::move(frame));
    path_.clear();
    fresh_ = true;
  }
}

}  // namespace kg::query
