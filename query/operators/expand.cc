// Expand: one relationship hop along adjacency lists.
#include "absl/container/inlined_vector.h"
#include "absl/strings/str_cat.h"
#include "query/operators/match_ops.h"

namespace kg::query {

std::vector<std::pair<RelId, NodeId>> Neighbours(ExecContext& ctx, NodeId node,
                                                 ast::Direction direction,
                                                 const BoundRel& rel) {
  std::vector<std::pair<RelId, NodeId>> out;
  Neighbours(ctx, node, direction, rel, &out);
  return out;
}

void Neighbours(ExecContext& ctx, NodeId node, ast::Direction direction,
                const BoundRel& rel,
                std::vector<std::pair<RelId, NodeId>>* out_buffer) {
  std::vector<std::pair<RelId, NodeId>>& out = *out_buffer;
  out.clear();
  const Graph& g = *ctx.graph;
  // Resolve the types once; an unknown type matches nothing.
  absl::InlinedVector<TypeId, 4> types;
  for (const LazyId& t : rel.types) {
    if (auto id = t.Type(g)) types.push_back(*id);
  }
  if (!rel.types.empty() && types.empty()) return;
  auto keep = [&](const Adjacent& a) {
    if (ctx.mutations->IsDeleted(a.rel)) return false;
    if (types.empty()) return true;
    for (TypeId want : types) {
      if (want == a.type) return true;
    }
    return false;
  };
  if (direction != ast::Direction::kRightToLeft) {
    for (const Adjacent& a : g.Out(node)) {
      if (keep(a)) out.emplace_back(a.rel, a.node());
    }
  }
  if (direction != ast::Direction::kLeftToRight) {
    bool both = direction == ast::Direction::kBoth;
    for (const Adjacent& a : g.In(node)) {
      // A self-loop was already seen going out.
      if (both && a.node() == node) continue;
      if (keep(a)) out.emplace_back(a.rel, a.node());
    }
  }
}

namespace {

// The relationships of every type a hop in `d` from `node` looks through.
size_t Degree(const Graph& g, NodeId node, ast::Direction d) {
  size_t n = 0;
  if (d != ast::Direction::kRightToLeft) n += g.OutDegree(node);
  if (d != ast::Direction::kLeftToRight) n += g.InDegree(node);
  return n;
}

const char* Arrow(ast::Direction d, bool left) {
  if (d == ast::Direction::kRightToLeft) return left ? "<-" : "-";
  if (d == ast::Direction::kLeftToRight) return left ? "-" : "->";
  return "-";
}

}  // namespace

std::string SlotName(const std::string& name, Slot slot) {
  return name.empty() ? absl::StrCat("$", slot) : name;
}

std::string RelText(const BoundRel& rel, ast::Direction d,
                    const std::string& from, const std::string& to) {
  std::string types;
  for (const LazyId& t : rel.types) {
    absl::StrAppend(&types, types.empty() ? ":" : "|", t.name());
  }
  std::string length;
  if (rel.var_length) {
    length = absl::StrCat(
        "*", rel.min_hops, "..",
        rel.max_hops < 0 ? std::string() : absl::StrCat(rel.max_hops));
  }
  return absl::StrCat("(", from, ")", Arrow(d, true), "[", rel.name, types,
                      length, "]", Arrow(d, false), "(", to, ")");
}

Expand::Expand(OperatorPtr child, Slot from, const BoundRel& rel,
               ast::Direction direction, const BoundNode& to, bool to_bound,
               bool rel_bound, EarlierRels unique_rels)
    : Operator(std::move(child)),
      from_(from),
      rel_(rel),
      direction_(direction),
      to_(to),
      to_bound_(to_bound),
      rel_bound_(rel_bound),
      unique_rels_(std::move(unique_rels)) {}

void Expand::Reset() {
  Operator::Reset();
  candidates_.clear();
  pos_ = 0;
}

std::string Expand::ToString() const {
  return absl::StrCat(
      to_bound_ ? "ExpandInto " : "Expand ",
      RelText(rel_, direction_, from_name_, SlotName(to_.name, to_.slot)));
}

absl::StatusOr<bool> Expand::Produce(ExecContext& ctx, Row& row) {
  while (true) {
    while (pos_ < candidates_.size()) {
      auto [r, other] = candidates_[pos_++];
      if ((pos_ & 1023) == 0) KG_RETURN_IF_ERROR(ctx.CheckInterrupt());
      if (rel_bound_) {
        const Value& want = input_[rel_.slot];
        if (!want.is_relationship() || want.AsRelationship() != r) continue;
      }
      if (RelUsed(input_, unique_rels_.slots(), r)) continue;
      if (to_bound_) {
        const Value& want = input_[to_.slot];
        if (!want.is_node() || want.AsNode() != other) continue;
      }
      // Neighbours() kept only the pattern's types; properties are left.
      if (!rel_.properties.empty()) {
        KG_ASSIGN_OR_RETURN(bool rel_ok, RelMatches(ctx, input_, r, rel_));
        if (!rel_ok) continue;
      }
      KG_ASSIGN_OR_RETURN(bool node_ok, NodeMatches(ctx, input_, other, to_));
      if (!node_ok) continue;
      row = input_;
      row[rel_.slot] = Value::Relationship(r);
      row[to_.slot] = Value::Node(other);
      return true;
    }
    KG_ASSIGN_OR_RETURN(bool more, child_->Next(ctx, input_));
    if (!more) return false;
    candidates_.clear();
    pos_ = 0;
    const Value& from = input_[from_];
    if (!from.is_node() || !ctx.NodeAlive(from.AsNode())) continue;
    NodeId a = from.AsNode();
    const Value& to = input_[to_.slot];
    if (to_bound_ && to.is_node() && ctx.NodeAlive(to.AsNode()) &&
        Degree(*ctx.graph, to.AsNode(), ast::Reversed(direction_)) <
            Degree(*ctx.graph, a, direction_)) {
      // Both ends are known: walk the shorter adjacency, from the far end
      // back, and keep the relationships that reach `a`.
      NodeId b = to.AsNode();
      Neighbours(ctx, b, ast::Reversed(direction_), rel_, &scratch_);
      for (auto [r, other] : scratch_) {
        if (other == a) candidates_.emplace_back(r, b);
      }
    } else {
      Neighbours(ctx, a, direction_, rel_, &candidates_);
    }
  }
}

}  // namespace kg::query
