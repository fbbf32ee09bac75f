// DegreeCount: per-node counts of one hop, read from adjacency.
#include <algorithm>
#include <optional>

#include "absl/strings/str_cat.h"
#include "query/operators/match_ops.h"

namespace kg::query {

namespace {

// The ids of `names` as labels or types; nullopt when one is unknown (then
// nothing matches).
template <typename Resolve>
std::optional<std::vector<uint32_t>> Ids(const std::vector<LazyId>& names,
                                         Resolve resolve) {
  std::vector<uint32_t> ids;
  for (const LazyId& n : names) {
    std::optional<uint32_t> id = resolve(n);
    if (!id) return std::nullopt;
    ids.push_back(*id);
  }
  return ids;
}

bool HasAll(const Graph& g, NodeId n, const std::vector<uint32_t>& labels) {
  for (uint32_t l : labels) {
    if (!g.HasLabel(n, l)) return false;
  }
  return true;
}

}  // namespace

void DegreeCount::Reset() {
  Operator::Reset();
  done_ = false;
  out_.clear();
  pos_ = 0;
}

std::string DegreeCount::ToString() const {
  return absl::StrCat(
      "DegreeCount ",
      RelText(rel_, direction_, SlotName(from_.name, from_.slot),
              SlotName(to_.name, to_.slot)),
      from_far_side_ ? " counted from the far side" : "");
}

absl::Status DegreeCount::Count(ExecContext& ctx) {
  const Graph& g = *ctx.graph;
  auto label = [&](const LazyId& l) { return l.Label(g); };
  auto type = [&](const LazyId& t) { return t.Type(g); };
  std::optional<std::vector<uint32_t>> from_labels = Ids(from_.labels, label);
  std::optional<std::vector<uint32_t>> to_labels = Ids(to_.labels, label);
  std::optional<std::vector<uint32_t>> types = Ids(rel_.types, type);
  if (!from_labels || !to_labels || !types) return absl::OkStatus();
  auto type_ok = [&](TypeId t) {
    if (types->empty()) return true;
    return std::find(types->begin(), types->end(), t) != types->end();
  };
  const bool out = direction_ != ast::Direction::kRightToLeft;
  const bool in = direction_ != ast::Direction::kLeftToRight;
  const bool both = out && in;
  // One relationship seen from node `n` towards `other` (a self-loop of an
  // undirected hop once, as Expand sees it).
  auto counts = [&](NodeId n, const Adjacent& a, bool outgoing) {
    if (!outgoing && both && a.node() == n) return false;
    return type_ok(a.type) && !ctx.mutations->IsDeleted(a.rel);
  };
  // The nodes a label scan of `labels` visits: the smallest label's.
  auto smallest = [&](const std::vector<uint32_t>& labels)
      -> const absl::btree_set<NodeId>* {
    const absl::btree_set<NodeId>* best = nullptr;
    for (uint32_t l : labels) {
      const auto& set = g.NodesWithLabel(l);
      if (best == nullptr || set.size() < best->size()) best = &set;
    }
    return best;
  };
  const absl::btree_set<NodeId>* from_set = smallest(*from_labels);
  const absl::btree_set<NodeId>* to_set = smallest(*to_labels);
  const uint64_t from_size = from_set ? from_set->size() : g.node_count();
  from_far_side_ = to_set != nullptr && to_set->size() < from_size;
  uint64_t visited = 0;
  auto tick = [&]() -> absl::Status {
    if ((++visited & 4095) == 0) return ctx.CheckInterrupt();
    return absl::OkStatus();
  };
  if (from_far_side_) {
    // Each relationship from a `to` node back towards `from`: count it for
    // the node at the other end.
    KG_RETURN_IF_ERROR(ctx.CheckMemory(g.node_id_limit() * sizeof(uint32_t)));
    std::vector<uint32_t> per_node(g.node_id_limit(), 0);
    for (NodeId b : *to_set) {
      KG_RETURN_IF_ERROR(tick());
      if (!ctx.NodeAlive(b) || !HasAll(g, b, *to_labels)) continue;
      // Seen from `b`, the hop runs the other way; a self-loop of an
      // undirected hop counts once.
      auto add = [&](const Adjacent& a) {
        if (type_ok(a.type) && !ctx.mutations->IsDeleted(a.rel)) {
          ++per_node[a.other];
        }
      };
      if (in) {
        for (const Adjacent& a : g.Out(b)) add(a);
      }
      if (out) {
        for (const Adjacent& a : g.In(b)) {
          if (!(both && a.node() == b)) add(a);
        }
      }
    }
    for (uint64_t i = 0; i < per_node.size(); ++i) {
      if (per_node[i] == 0) continue;
      NodeId a{i};
      if (!ctx.NodeAlive(a) || !HasAll(g, a, *from_labels)) continue;
      out_.emplace_back(a, per_node[i]);
    }
    return absl::OkStatus();
  }
  auto count_node = [&](NodeId a) -> absl::Status {
    KG_RETURN_IF_ERROR(tick());
    if (!ctx.NodeAlive(a) || !HasAll(g, a, *from_labels)) {
      return absl::OkStatus();
    }
    int64_t n = 0;
    auto far_ok = [&](NodeId b) {
      return ctx.NodeAlive(b) && HasAll(g, b, *to_labels);
    };
    if (out) {
      for (const Adjacent& e : g.Out(a)) {
        if (counts(a, e, true) && far_ok(e.node())) ++n;
      }
    }
    if (in) {
      for (const Adjacent& e : g.In(a)) {
        if (counts(a, e, false) && far_ok(e.node())) ++n;
      }
    }
    if (n > 0) out_.emplace_back(a, n);
    return absl::OkStatus();
  };
  if (from_set != nullptr) {
    for (NodeId a : *from_set) KG_RETURN_IF_ERROR(count_node(a));
  } else {
    for (uint64_t i = 0; i < g.node_id_limit(); ++i) {
      if (g.ContainsNode(NodeId{i})) KG_RETURN_IF_ERROR(count_node(NodeId{i}));
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<bool> DegreeCount::Produce(ExecContext& ctx, Row& row) {
  if (!done_) {
    done_ = true;
    KG_RETURN_IF_ERROR(Count(ctx));
  }
  if (pos_ >= out_.size()) return false;
  const auto& [node, n] = out_[pos_++];
  row.assign(slot_count_, Value());
  row[key_slot_] = Value::Node(node);
  for (Slot s : count_slots_) row[s] = Value::Int(n);
  return true;
}

}  // namespace kg::query
