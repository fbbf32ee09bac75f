// The order in which a MATCH's hops are planned: estimated rows from the
// graph's statistics (nodes per label, relationships per type and per
// (type, label, end)), a start node tried in every place, and from it,
// greedily, the hop that yields the fewest rows — so that a hop closing a
// cycle (both ends bound) comes as soon as it can, and a hub is not expanded
// twice before a rare relationship is checked.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

#include "query/planner_internal.h"

namespace kg::query {
namespace {

// A property map entry or an index seek keeps about this share of rows.
constexpr double kPropertySelectivity = 0.1;
// Matches with more nodes than this are planned as written: greedy ordering
// is quadratic in nodes and long chains have one sensible order anyway.
constexpr size_t kMaxOrderedNodes = 64;
// Matches with more hops or nodes than this try only the cheapest start.
constexpr size_t kMaxStartsTried = 12;

// A node of the pattern as written: pattern `p`, position `i`.
struct Occurrence {
  size_t p, i;
};

// A step's rows out per row in, and the nodes or relationships it looks at.
struct Estimate {
  double rows;
  double work;
};

}  // namespace

class MatchOrderer {
 public:
  MatchOrderer(const Graph& g, const Planner& planner,
               const std::vector<const BoundPattern*>& patterns,
               const Planner::MatchState& state)
      : g_(g), planner_(planner), patterns_(patterns), state_(state) {
    for (size_t p = 0; p < patterns.size(); ++p) {
      for (size_t i = 0; i < patterns[p]->nodes.size(); ++i) {
        occurrences_.push_back({p, i});
      }
    }
  }

  std::vector<Planner::MatchItem> Order() const {
    // Each distinct node is a possible start; the written order breaks ties.
    std::vector<Occurrence> starts;
    absl::flat_hash_set<Slot> seen;
    for (const Occurrence& o : occurrences_) {
      const BoundNode& node = Node(o);
      if (!Ready(node.properties, node.slot, state_.planned)) continue;
      if (seen.insert(node.slot).second) starts.push_back(o);
    }
    if (occurrences_.empty()) return {};
    if (starts.empty()) starts.push_back(occurrences_.front());
    size_t rels = 0;
    for (const BoundPattern* p : patterns_) rels += p->rels.size();
    if (rels > kMaxStartsTried || starts.size() > kMaxStartsTried) {
      auto cheapest =
          std::min_element(starts.begin(), starts.end(),
                           [&](const Occurrence& a, const Occurrence& b) {
                             return Start(a, state_.planned).rows <
                                    Start(b, state_.planned).rows;
                           });
      starts = {*cheapest};
    }
    std::vector<Planner::MatchItem> best;
    double best_cost = std::numeric_limits<double>::infinity();
    for (const Occurrence& start : starts) {
      double cost = 0;
      std::vector<Planner::MatchItem> order = Greedy(start, cost);
      if (cost < best_cost) best_cost = cost, best = std::move(order);
    }
    return best;
  }

 private:
  using Slots = absl::flat_hash_set<Slot>;

  const BoundNode& Node(const Occurrence& o) const {
    return patterns_[o.p]->nodes[o.i];
  }
  bool IsBound(Slot s, const Slots& planned) const {
    return !state_.fresh.contains(s) || planned.contains(s);
  }

  // Whether the property expressions of `props` read only bound slots.
  bool Ready(const BoundProperties& props, Slot self,
             const Slots& planned) const {
    for (const auto& [key, expr] : props) {
      absl::flat_hash_set<Slot> reads;
      planner_.Reads(expr.get(), reads);
      for (Slot s : reads) {
        if (s != self && !IsBound(s, planned)) return false;
      }
    }
    return true;
  }

  // The candidates for a node: the smallest of its labels (over every
  // occurrence), or every node, thinned by its property maps if `filtered`.
  double Candidates(Slot slot, bool filtered) const {
    auto cached = candidates_.find(std::make_pair(slot, filtered));
    if (cached != candidates_.end()) return cached->second;
    double n = Count(slot, filtered);
    candidates_[std::make_pair(slot, filtered)] = n;
    return n;
  }
  double Count(Slot slot, bool filtered) const {
    double n = static_cast<double>(g_.node_count());
    int properties = 0;
    for (const Occurrence& o : occurrences_) {
      const BoundNode& node = Node(o);
      if (node.slot != slot) continue;
      properties += static_cast<int>(node.properties.size());
      for (const LazyId& l : node.labels) {
        std::optional<uint32_t> id = l.Label(g_);
        n = std::min(
            n, id ? static_cast<double>(g_.NodesWithLabel(*id).size()) : 0.0);
      }
    }
    for (int i = 0; filtered && i < properties; ++i) n *= kPropertySelectivity;
    return n;
  }

  // Rows out of a scan of `o` (per input row), and nodes looked at.
  Estimate Start(const Occurrence& o, const Slots& planned) const {
    const BoundNode& node = Node(o);
    if (IsBound(node.slot, planned)) return {1, 1};
    size_t label;
    KeyId key;
    const BoundExpr* value;
    Planner::MatchState probe;
    probe.fresh = state_.fresh;
    probe.planned = planned;
    double rows = Candidates(node.slot, true);
    if (planner_.FindSeek(node, probe, label, key, value)) {
      rows = std::min(1.0, rows);
      return {rows, rows};
    }
    return {rows, Candidates(node.slot, false)};
  }

  // The labels every occurrence of `slot` requires, resolved; nullopt for a
  // label the graph does not have.
  const std::vector<std::optional<uint32_t>>& Labels(Slot slot) const {
    auto cached = labels_.find(slot);
    if (cached != labels_.end()) return cached->second;
    std::vector<std::optional<uint32_t>>& out = labels_[slot];
    for (const Occurrence& o : occurrences_) {
      const BoundNode& node = Node(o);
      if (node.slot != slot) continue;
      for (const LazyId& l : node.labels) out.push_back(l.Label(g_));
    }
    return out;
  }

  // Relationships of `rel`'s types, all of them or those with an end of
  // `label` (`incoming`: the target end).
  double TypeCount(const BoundRel& rel, std::optional<uint32_t> label,
                   bool incoming) const {
    double sum = 0;
    auto add = [&](TypeId t) {
      sum += static_cast<double>(label ? g_.TypeLabelCount(t, *label, incoming)
                                       : g_.RelationshipsWithType(t).size());
    };
    if (rel.types.empty()) {
      for (TypeId t = 0; t < g_.type_count(); ++t) add(t);
    }
    for (const LazyId& t : rel.types) {
      if (std::optional<uint32_t> id = t.Type(g_)) add(*id);
    }
    return sum;
  }

  // Rows per input row of one hop from `from` to `to` along `rel` in `dir`,
  // and relationships looked at.
  Estimate Hop(const BoundRel& rel, ast::Direction dir, Slot from,
               const BoundNode& to, const Slots& planned) const {
    double n = std::max<double>(1, g_.node_count());
    double all = TypeCount(rel, std::nullopt, false);
    if (all == 0) return {0, 0};
    // Average degree of `from` along the hop, by its most selective label.
    auto degree = [&](bool incoming) {
      const std::vector<std::optional<uint32_t>>& labels = Labels(from);
      if (labels.empty()) return all / n;
      double d = std::numeric_limits<double>::infinity();
      for (std::optional<uint32_t> l : labels) {
        if (!l) return 0.0;
        double nodes = static_cast<double>(g_.NodesWithLabel(*l).size());
        d = std::min(d, nodes == 0 ? 0.0 : TypeCount(rel, l, incoming) / nodes);
      }
      return d;
    };
    // The share of those relationships whose far end has `to`'s labels.
    auto reach = [&](bool far_incoming) {
      double share = 1;
      for (std::optional<uint32_t> l : Labels(to.slot)) {
        if (!l) return 0.0;
        share = std::min(share, TypeCount(rel, l, far_incoming) / all);
      }
      return share;
    };
    double f = 0, work = 0;
    if (dir != ast::Direction::kRightToLeft) {
      f += degree(false) * reach(true);
      work += degree(false);
    }
    if (dir != ast::Direction::kLeftToRight) {
      f += degree(true) * reach(false);
      work += degree(true);
    }
    if (rel.var_length) {
      // Paths of each length, through nodes of any label.
      int64_t lo = std::max<int64_t>(rel.min_hops, 1);
      int64_t hi = rel.max_hops < 0 ? lo + 2 : std::min(rel.max_hops, lo + 3);
      double paths = 0;
      for (int64_t k = lo; k <= hi; ++k) paths += std::pow(work, k);
      f = (rel.min_hops == 0 ? 1 : 0) + paths * (work > 0 ? f / work : 0);
      work = paths;
    }
    for (size_t i = 0; i < to.properties.size() + rel.properties.size(); ++i) {
      f *= kPropertySelectivity;
    }
    if (IsBound(to.slot, planned)) {
      f /= std::max(1.0, Candidates(to.slot, false));
    }
    if (IsBound(rel.slot, planned)) f /= std::max(1.0, all);
    return {f, work};
  }

  // The plan from `start`: at each step the ready hop with the fewest rows
  // after it, or, when none touches a bound node, the cheapest new scan.
  // `cost` is the sum of the nodes and relationships each step looks at.
  std::vector<Planner::MatchItem> Greedy(const Occurrence& start,
                                         double& cost) const {
    std::vector<Planner::MatchItem> order;
    Slots planned = state_.planned;
    std::vector<std::vector<bool>> done(patterns_.size());
    size_t left = 0;
    for (size_t p = 0; p < patterns_.size(); ++p) {
      done[p].assign(patterns_[p]->rels.size(), false);
      left += patterns_[p]->rels.size();
    }
    Estimate first = Start(start, planned);
    double rows = first.rows;
    cost = first.work;
    order.push_back({true, start.p, start.i, true, rows});
    planned.insert(Node(start).slot);
    while (true) {
      double best = std::numeric_limits<double>::infinity(), best_work = 0;
      Planner::MatchItem step{};
      for (size_t p = 0; p < patterns_.size() && left > 0; ++p) {
        const BoundPattern& pattern = *patterns_[p];
        for (size_t j = 0; j < pattern.rels.size(); ++j) {
          if (done[p][j]) continue;
          for (bool forward : {true, false}) {
            const BoundNode& from = pattern.nodes[forward ? j : j + 1];
            const BoundNode& to = pattern.nodes[forward ? j + 1 : j];
            const BoundRel& rel = pattern.rels[j];
            if (!IsBound(from.slot, planned)) continue;
            if (!Ready(to.properties, to.slot, planned) ||
                !Ready(rel.properties, rel.slot, planned)) {
              continue;
            }
            ast::Direction dir =
                forward ? rel.direction : ast::Reversed(rel.direction);
            Estimate e = Hop(rel, dir, from.slot, to, planned);
            if (e.rows < best) {
              best = e.rows, best_work = e.work, step = {false, p, j, forward};
            }
          }
        }
      }
      if (best < std::numeric_limits<double>::infinity()) {
        const BoundPattern& pattern = *patterns_[step.pattern];
        done[step.pattern][step.index] = true;
        --left;
        planned.insert(pattern.rels[step.index].slot);
        planned.insert(
            pattern.nodes[step.forward ? step.index + 1 : step.index].slot);
        cost += rows * best_work;
        rows *= best;
        step.rows = rows;
        order.push_back(step);
        continue;
      }
      // No hop can go on: scan the cheapest node not yet bound (a new part
      // of a disconnected pattern), preferring one whose properties are
      // ready.
      const Occurrence* next = nullptr;
      double next_rows = std::numeric_limits<double>::infinity(), next_work = 0;
      bool next_ready = false;
      for (const Occurrence& o : occurrences_) {
        const BoundNode& node = Node(o);
        if (IsBound(node.slot, planned)) continue;
        bool ready = Ready(node.properties, node.slot, planned);
        Estimate e = Start(o, planned);
        if ((ready && !next_ready) ||
            (ready == next_ready && e.rows < next_rows)) {
          next = &o, next_rows = e.rows, next_work = e.work, next_ready = ready;
        }
      }
      if (next == nullptr) break;
      cost += rows * next_work;
      rows *= next_rows;
      order.push_back({true, next->p, next->i, true, rows});
      planned.insert(Node(*next).slot);
    }
    // Hops whose properties never became ready (they read each other) go
    // last, as written.
    for (size_t p = 0; p < patterns_.size(); ++p) {
      for (size_t j = 0; j < done[p].size(); ++j) {
        if (!done[p][j]) order.push_back({false, p, j, true});
      }
    }
    return order;
  }

  const Graph& g_;
  const Planner& planner_;
  const std::vector<const BoundPattern*>& patterns_;
  const Planner::MatchState& state_;
  std::vector<Occurrence> occurrences_;
  // Candidates() by (slot, filtered): a slot's occurrences are looked
  // through once, not at every step of every start.
  // std::map: Labels() hands out references that later insertions keep.
  mutable std::map<std::pair<Slot, bool>, double> candidates_;
  mutable std::map<Slot, std::vector<std::optional<uint32_t>>> labels_;
};

std::optional<std::vector<Planner::MatchItem>> Planner::OrderMatch(
    const std::vector<const BoundPattern*>& patterns,
    const MatchState& state) const {
  size_t nodes = 0;
  for (const BoundPattern* p : patterns) {
    if (p->shortest != ast::Pattern::Shortest::kNone) return std::nullopt;
    nodes += p->nodes.size();
  }
  if (nodes > kMaxOrderedNodes) return std::nullopt;
  return MatchOrderer(graph_, *this, patterns, state).Order();
}

}  // namespace kg::query
