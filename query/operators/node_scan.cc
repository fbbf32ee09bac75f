// NodeScan and the node/relationship predicates shared by the match
// operators.
#include <algorithm>

#include "query/eval.h"
#include "query/operators/match_ops.h"

namespace kg::query {

absl::StatusOr<bool> NodeMatches(ExecContext& ctx, Row& row, NodeId node,
                                 const BoundNode& pattern) {
  for (const LazyId& label : pattern.labels) {
    std::optional<uint32_t> id = label.Label(*ctx.graph);
    if (!id || !ctx.graph->HasLabel(node, *id)) return false;
  }
  for (const auto& [key, expr] : pattern.properties) {
    KG_ASSIGN_OR_RETURN(Value want, Eval(*expr, row, ctx));
    const Value* have = ctx.graph->Property(node, key);
    if (have == nullptr || Equals(*have, want) != Ternary::kTrue) return false;
  }
  return true;
}

absl::StatusOr<bool> RelMatches(ExecContext& ctx, Row& row, RelId rel,
                                const BoundRel& pattern) {
  if (!pattern.types.empty()) {
    TypeId type = ctx.graph->Type(rel);
    bool any = false;
    for (const LazyId& t : pattern.types) {
      std::optional<uint32_t> id = t.Type(*ctx.graph);
      if (id && *id == type) any = true;
    }
    if (!any) return false;
  }
  for (const auto& [key, expr] : pattern.properties) {
    KG_ASSIGN_OR_RETURN(Value want, Eval(*expr, row, ctx));
    const Value* have = ctx.graph->Property(rel, key);
    if (have == nullptr || Equals(*have, want) != Ternary::kTrue) return false;
  }
  return true;
}

bool RelUsed(const Row& row, absl::Span<const Slot> slots, RelId rel) {
  for (Slot s : slots) {
    const Value& v = row[s];
    if (v.is_relationship() && v.AsRelationship() == rel) return true;
    if (v.is_list()) {
      for (const Value& r : v.AsList()) {
        if (r.is_relationship() && r.AsRelationship() == rel) return true;
      }
    }
  }
  return false;
}

NodeScan::NodeScan(OperatorPtr child, const BoundNode& node, Mode mode,
                   size_t label, KeyId key, const BoundExpr* seek,
                   std::string description)
    : Operator(std::move(child)),
      node_(node),
      mode_(mode),
      label_(label),
      key_(key),
      seek_(seek),
      description_(std::move(description)) {}

void NodeScan::Reset() {
  Operator::Reset();
  candidates_.clear();
  pos_ = 0;
}

absl::Status NodeScan::Fill(ExecContext& ctx) {
  candidates_.clear();
  pos_ = 0;
  const Graph& g = *ctx.graph;
  if (mode_ == Mode::kAll) {
    g.ForEachNode([&](NodeId n) { candidates_.push_back(n); });
    return absl::OkStatus();
  }
  if (mode_ == Mode::kBound) {
    if (input_[node_.slot].is_node()) {
      candidates_.push_back(input_[node_.slot].AsNode());
    }
    return absl::OkStatus();
  }
  std::optional<uint32_t> label = node_.labels[label_].Label(g);
  if (!label) return absl::OkStatus();
  if (mode_ == Mode::kIndexSeek && g.HasIndex(*label, key_)) {
    KG_ASSIGN_OR_RETURN(Value v, Eval(*seek_, input_, ctx));
    if (v.is_null()) return absl::OkStatus();
    candidates_ = g.FindNodes(*label, key_, v);
    return absl::OkStatus();
  }
  if (mode_ == Mode::kIndexPrefixSeek && g.HasIndex(*label, key_)) {
    KG_ASSIGN_OR_RETURN(Value v, Eval(*seek_, input_, ctx));
    if (v.is_string()) {
      candidates_ = g.FindNodesWithPrefix(*label, key_, v.AsString());
    }
    return absl::OkStatus();
  }
  const auto& nodes = g.NodesWithLabel(*label);
  candidates_.assign(nodes.begin(), nodes.end());
  return absl::OkStatus();
}

absl::StatusOr<bool> NodeScan::Produce(ExecContext& ctx, Row& row) {
  while (true) {
    while (pos_ < candidates_.size()) {
      NodeId n = candidates_[pos_++];
      if ((pos_ & 1023) == 0) KG_RETURN_IF_ERROR(ctx.CheckInterrupt());
      if (!ctx.NodeAlive(n)) continue;
      KG_ASSIGN_OR_RETURN(bool ok, NodeMatches(ctx, input_, n, node_));
      if (!ok) continue;
      row = input_;
      row[node_.slot] = Value::Node(n);
      return true;
    }
    KG_ASSIGN_OR_RETURN(bool more, child_->Next(ctx, input_));
    if (!more) return false;
    KG_RETURN_IF_ERROR(Fill(ctx));
  }
}

}  // namespace kg::query
