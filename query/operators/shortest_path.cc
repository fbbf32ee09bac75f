// ShortestPath: breadth-first search between two bound nodes, keeping for
// each node reached the relationships that first reached it (all of them,
// for allShortestPaths), then walking those back to enumerate the paths.
#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "query/operators/match_ops.h"

namespace kg::query {

ShortestPath::ShortestPath(OperatorPtr child, Slot from, const BoundRel& rel,
                           const BoundNode& to, Slot path_slot, bool all)
    : Operator(std::move(child)),
      from_(from),
      rel_(rel),
      to_(to),
      path_slot_(path_slot),
      all_(all) {}

void ShortestPath::Reset() {
  Operator::Reset();
  paths_.clear();
  pos_ = 0;
}

std::string ShortestPath::ToString() const {
  return absl::StrCat(
      all_ ? "AllShortestPaths " : "ShortestPath ",
      RelText(rel_, rel_.direction, from_name_, SlotName(to_.name, to_.slot)));
}

absl::Status ShortestPath::Search(ExecContext& ctx) {
  paths_.clear();
  pos_ = 0;
  const Value& a = input_[from_];
  const Value& b = input_[to_.slot];
  if (!a.is_node() || !b.is_node()) return absl::OkStatus();
  NodeId source = a.AsNode(), target = b.AsNode();
  if (source == target) {
    if (rel_.min_hops == 0) paths_.push_back(PathValue{{source}, {}});
    return absl::OkStatus();
  }
  // parents[n]: (relationship, previous node) pairs on shortest paths to n.
  absl::flat_hash_map<NodeId, std::vector<std::pair<RelId, NodeId>>> parents;
  parents[source];
  std::vector<NodeId> layer = {source};
  int64_t depth = 0;
  bool found = false;
  while (!layer.empty() && !found &&
         (rel_.max_hops < 0 || depth < rel_.max_hops)) {
    KG_RETURN_IF_ERROR(ctx.CheckInterrupt());
    ++depth;
    absl::flat_hash_map<NodeId, std::vector<std::pair<RelId, NodeId>>> next;
    for (NodeId n : layer) {
      for (auto [r, other] : Neighbours(ctx, n, rel_.direction, rel_)) {
        if (parents.contains(other)) continue;
        KG_ASSIGN_OR_RETURN(bool ok, RelMatches(ctx, input_, r, rel_));
        if (!ok) continue;
        next[other].emplace_back(r, n);
      }
    }
    layer.clear();
    for (auto& [n, via] : next) {
      if (n == target) found = true;
      layer.push_back(n);
      parents[n] = std::move(via);
    }
  }
  if (!found || depth < rel_.min_hops) return absl::OkStatus();
  // Walk back from the target; each partial path is reversed at the end.
  std::vector<PathValue> partial = {PathValue{{target}, {}}};
  for (int64_t step = 0; step < depth; ++step) {
    std::vector<PathValue> longer;
    for (PathValue& p : partial) {
      const auto& via = parents[p.nodes.back()];
      for (size_t i = 0; i < via.size(); ++i) {
        PathValue q = p;
        q.rels.push_back(via[i].first);
        q.nodes.push_back(via[i].second);
        longer.push_back(std::move(q));
        if (!all_) break;
      }
    }
    partial = std::move(longer);
    if (!all_ && partial.size() > 1) partial.resize(1);
  }
  for (PathValue& p : partial) {
    std::reverse(p.nodes.begin(), p.nodes.end());
    std::reverse(p.rels.begin(), p.rels.end());
    paths_.push_back(std::move(p));
    if (!all_) break;
  }
  return absl::OkStatus();
}

absl::StatusOr<bool> ShortestPath::Produce(ExecContext& ctx, Row& row) {
  while (true) {
    if (pos_ < paths_.size()) {
      const PathValue& p = paths_[pos_++];
      row = input_;
      ValueList rels;
      for (RelId r : p.rels) rels.push_back(Value::Relationship(r));
      row[rel_.slot] = Value::List(std::move(rels));
      if (path_slot_ != kNoSlot) row[path_slot_] = Value::Path(p);
      return true;
    }
    KG_ASSIGN_OR_RETURN(bool more, child_->Next(ctx, input_));
    if (!more) return false;
    KG_RETURN_IF_ERROR(Search(ctx));
  }
}

}  // namespace kg::query
