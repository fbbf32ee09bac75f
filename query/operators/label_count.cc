// LabelCount: nodes per label, read from the label index.
#include <algorithm>
#include <tuple>

#include "query/operators/match_ops.h"

namespace kg::query {

void LabelCount::Reset() {
  Operator::Reset();
  done_ = false;
  out_.clear();
  pos_ = 0;
}

absl::StatusOr<bool> LabelCount::Produce(ExecContext& ctx, Row& row) {
  if (!done_) {
    done_ = true;
    const Graph& g = *ctx.graph;
    // (first node, place of the label in its list, label, count).
    std::vector<std::tuple<uint64_t, size_t, LabelId, int64_t>> found;
    for (LabelId l = 0; l < g.label_count(); ++l) {
      KG_RETURN_IF_ERROR(ctx.Tick());
      const absl::btree_set<NodeId>& nodes = g.NodesWithLabel(l);
      if (nodes.empty()) continue;
      const NodeId first = *nodes.begin();
      absl::Span<const LabelId> labels = g.Labels(first);
      const size_t place =
          std::find(labels.begin(), labels.end(), l) - labels.begin();
      found.emplace_back(Raw(first), place, l,
                         static_cast<int64_t>(nodes.size()));
    }
    std::sort(found.begin(), found.end());
    for (const auto& [first, place, label, n] : found) {
      out_.emplace_back(label, n);
    }
  }
  if (pos_ >= out_.size()) return false;
  const auto& [label, n] = out_[pos_++];
  row.assign(slot_count_, Value());
  row[key_slot_] = Value::String(ctx.graph->LabelName(label));
  for (Slot s : count_slots_) row[s] = Value::Int(n);
  return true;
}

}  // namespace kg::query
