// Planning MATCH patterns: the start node (bound, index seek, label scan or
// all nodes), expansions both ways from it, and WHERE conjuncts placed as
// early as their slots allow.
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "query/operators/match_ops.h"
#include "query/operators/row_ops.h"
#include "query/planner_internal.h"

namespace kg::query {
namespace {

void SplitAnd(const BoundExpr* e, std::vector<const BoundExpr*>& out) {
  if (e->kind == BoundExpr::Kind::kBinary &&
      static_cast<ast::BinaryOp>(e->op) == ast::BinaryOp::kAnd) {
    SplitAnd(e->children[0].get(), out);
    SplitAnd(e->children[1].get(), out);
    return;
  }
  out.push_back(e);
}

// The slots `e` reads and declares, and whether it holds a pattern.
void Collect(const BoundExpr* e, absl::flat_hash_set<Slot>& reads,
             absl::flat_hash_set<Slot>& declares, bool& late) {
  if (e == nullptr) return;
  switch (e->kind) {
    case BoundExpr::Kind::kSlot:
      reads.insert(e->slot);
      break;
    case BoundExpr::Kind::kListComprehension:
    case BoundExpr::Kind::kQuantifier:
    case BoundExpr::Kind::kReduce:
      declares.insert(e->slot);
      declares.insert(e->slot2);
      break;
    case BoundExpr::Kind::kPath:
      reads.insert(e->slots.begin(), e->slots.end());
      break;
    case BoundExpr::Kind::kExists:
    case BoundExpr::Kind::kPatternComprehension:
      late = true;
      break;
    default:
      break;
  }
  for (const BoundExprPtr& c : e->children)
    Collect(c.get(), reads, declares, late);
}

}  // namespace

void Planner::Reads(const BoundExpr* e, absl::flat_hash_set<Slot>& out) const {
  absl::flat_hash_set<Slot> reads, declares;
  bool late = false;
  Collect(e, reads, declares, late);
  for (Slot s : reads) {
    if (!declares.contains(s)) out.insert(s);
  }
}

bool Planner::Seekable(const BoundExpr* value, const MatchState& state) const {
  absl::flat_hash_set<Slot> reads, declares;
  bool late = false;
  Collect(value, reads, declares, late);
  if (late) return false;
  for (Slot s : reads) {
    if (!declares.contains(s) && !state.Bound(s)) return false;
  }
  return true;
}

std::string Planner::Text(const SourceSpan& span) const {
  if (span.end() > text_.size()) return "";
  return std::string(text_.substr(span.offset, span.length));
}

namespace {

// Whether `e` is `<node>.<key> <op> <other>` (either order for `=`), with
// `node` in `slot`; sets key and other.
bool PropertyOperand(const BoundExpr* e, Slot slot, bool starts_with,
                     KeyId& key, const BoundExpr*& other) {
  int sides = 2;
  if (starts_with) {
    if (e->kind != BoundExpr::Kind::kBinary ||
        static_cast<ast::BinaryOp>(e->op) != ast::BinaryOp::kStartsWith) {
      return false;
    }
    sides = 1;  // only `n.key STARTS WITH value`
  } else if (e->kind != BoundExpr::Kind::kComparison || e->cops.size() != 1 ||
             e->cops[0] != ast::CompareOp::kEq) {
    return false;
  }
  for (int side = 0; side < sides; ++side) {
    const BoundExpr* p = e->children[side].get();
    if (p->kind == BoundExpr::Kind::kProperty &&
        p->children[0]->kind == BoundExpr::Kind::kSlot &&
        p->children[0]->slot == slot) {
      key = p->key;
      other = e->children[1 - side].get();
      return true;
    }
  }
  return false;
}

}  // namespace

bool Planner::FindSeek(const BoundNode& node, const MatchState& state,
                       size_t& label, KeyId& key, const BoundExpr*& value,
                       bool* prefix) const {
  for (int pass = 0; pass < (prefix != nullptr ? 2 : 1); ++pass) {
    bool starts_with = pass == 1;
    for (size_t i = 0; i < node.labels.size(); ++i) {
      std::optional<uint32_t> id = node.labels[i].Label(graph_);
      if (!id) continue;
      if (!starts_with) {
        for (const auto& [k, expr] : node.properties) {
          if (Seekable(expr.get(), state) && graph_.HasIndex(*id, k)) {
            label = i, key = k, value = expr.get();
            return true;
          }
        }
      }
      for (const Conjunct& c : state.conjuncts) {
        KeyId k;
        const BoundExpr* v;
        if (PropertyOperand(c.expr, node.slot, starts_with, k, v) &&
            Seekable(v, state) && graph_.HasIndex(*id, k)) {
          label = i, key = k, value = v;
          if (prefix != nullptr) *prefix = starts_with;
          return true;
        }
      }
    }
  }
  return false;
}

OperatorPtr Planner::ApplyFilters(OperatorPtr input, MatchState& state,
                                  bool all) {
  for (Conjunct& c : state.conjuncts) {
    if (c.done) continue;
    bool ready =
        all || (!c.late && std::all_of(c.needs.begin(), c.needs.end(),
                                       [&](Slot s) { return state.Bound(s); }));
    if (!ready) continue;
    c.done = true;
    input =
        std::make_unique<Filter>(std::move(input), *c.expr, Text(c.expr->span));
  }
  return input;
}

OperatorPtr Planner::ScanNode(OperatorPtr input, const BoundNode& node,
                              MatchState& state) {
  size_t label = 0;
  KeyId key = 0;
  const BoundExpr* value = nullptr;
  std::string var = SlotName(node.name, node.slot);
  OperatorPtr op;
  if (state.Bound(node.slot)) {
    if (node.labels.empty() && node.properties.empty()) return input;
    op = std::make_unique<NodeScan>(std::move(input), node,
                                    NodeScan::Mode::kBound, 0, 0, nullptr,
                                    absl::StrCat("NodeCheck (", var, ")"));
  } else if (bool prefix = false;
             FindSeek(node, state, label, key, value, &prefix)) {
    std::string seek =
        prefix
            ? absl::StrCat("IndexPrefixSeek (", var, ":",
                           node.labels[label].name(), " {", graph_.KeyName(key),
                           " STARTS WITH ", Text(value->span), "})")
            : absl::StrCat("IndexSeek (", var, ":", node.labels[label].name(),
                           " {", graph_.KeyName(key), ": ", Text(value->span),
                           "})");
    op = std::make_unique<NodeScan>(
        std::move(input), node,
        prefix ? NodeScan::Mode::kIndexPrefixSeek : NodeScan::Mode::kIndexSeek,
        label, key, value, std::move(seek));
  } else if (!node.labels.empty()) {
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < node.labels.size(); ++i) {
      std::optional<uint32_t> id = node.labels[i].Label(graph_);
      size_t n = id ? graph_.NodesWithLabel(*id).size() : 0;
      if (n < best) best = n, label = i;
    }
    op = std::make_unique<NodeScan>(
        std::move(input), node, NodeScan::Mode::kLabel, label, 0, nullptr,
        absl::StrCat("LabelScan (", var, ":", node.labels[label].name(), ")"));
  } else {
    op = std::make_unique<NodeScan>(std::move(input), node,
                                    NodeScan::Mode::kAll, 0, 0, nullptr,
                                    absl::StrCat("AllNodesScan (", var, ")"));
  }
  state.planned.insert(node.slot);
  return ApplyFilters(std::move(op), state, false);
}

OperatorPtr Planner::PlanStep(OperatorPtr input, const BoundPattern& pattern,
                              size_t j, bool forward, MatchState& state) {
  const BoundRel& rel = pattern.rels[j];
  const BoundNode& from = pattern.nodes[forward ? j : j + 1];
  const BoundNode& to = pattern.nodes[forward ? j + 1 : j];
  ast::Direction dir = forward ? rel.direction : ast::Reversed(rel.direction);
  bool to_bound = state.Bound(to.slot);
  OperatorPtr op;
  std::string from_name = SlotName(from.name, from.slot);
  if (rel.var_length) {
    auto expand = std::make_unique<VarLengthExpand>(
        std::move(input), from.slot, rel, dir, to, to_bound,
        state.Bound(rel.slot), state.EarlierRelsNow());
    expand->set_from_name(from_name);
    expand->set_reversed(!forward);
    op = std::move(expand);
  } else {
    auto expand = std::make_unique<Expand>(
        std::move(input), from.slot, rel, dir, to, to_bound,
        state.Bound(rel.slot), state.EarlierRelsNow());
    expand->set_from_name(from_name);
    op = std::move(expand);
  }
  state.rels->push_back(rel.slot);
  state.planned.insert(rel.slot);
  state.planned.insert(to.slot);
  return ApplyFilters(std::move(op), state, false);
}

OperatorPtr Planner::PlanPattern(OperatorPtr op, const BoundPattern& pattern,
                                 MatchState& state) {
  if (pattern.shortest != ast::Pattern::Shortest::kNone &&
      pattern.rels.size() == 1) {
    op = ScanNode(std::move(op), pattern.nodes[0], state);
    op = ScanNode(std::move(op), pattern.nodes[1], state);
    op = std::make_unique<ShortestPath>(
        std::move(op), pattern.nodes[0].slot, pattern.rels[0], pattern.nodes[1],
        pattern.path_slot, pattern.shortest == ast::Pattern::Shortest::kAll);
    state.planned.insert(pattern.rels[0].slot);
    state.planned.insert(pattern.path_slot);
    state.rels->push_back(pattern.rels[0].slot);
    return ApplyFilters(std::move(op), state, false);
  }
  size_t n = pattern.nodes.size();
  size_t start = n;
  for (size_t i = 0; i < n && start == n; ++i) {
    if (state.Bound(pattern.nodes[i].slot)) start = i;
  }
  size_t label;
  KeyId key;
  const BoundExpr* value;
  for (size_t i = 0; i < n && start == n; ++i) {
    if (FindSeek(pattern.nodes[i], state, label, key, value)) start = i;
  }
  if (start == n) {
    size_t best = SIZE_MAX;
    for (size_t k = 0; k < n; ++k) {
      for (const LazyId& l : pattern.nodes[k].labels) {
        std::optional<uint32_t> id = l.Label(graph_);
        size_t count = id ? graph_.NodesWithLabel(*id).size() : 0;
        if (count < best) best = count, start = k;
      }
    }
  }
  if (start == n) start = 0;
  op = ScanNode(std::move(op), pattern.nodes[start], state);
  for (size_t j = start; j + 1 < n; ++j) {
    op = PlanStep(std::move(op), pattern, j, true, state);
  }
  for (size_t j = start; j > 0; --j) {
    op = PlanStep(std::move(op), pattern, j - 1, false, state);
  }
  return ProjectPath(std::move(op), pattern, state);
}

OperatorPtr Planner::ProjectPath(OperatorPtr op, const BoundPattern& pattern,
                                 MatchState& state) {
  size_t n = pattern.nodes.size();
  if (pattern.path_slot != kNoSlot) {
    auto path =
        std::make_unique<BoundExpr>(BoundExpr::Kind::kPath, pattern.span);
    for (size_t i = 0; i < n; ++i) {
      path->slots.push_back(pattern.nodes[i].slot);
      if (i < pattern.rels.size()) path->slots.push_back(pattern.rels[i].slot);
    }
    std::vector<std::pair<const BoundExpr*, Slot>> items = {
        {path.get(), pattern.path_slot}};
    plan_.owned_exprs.push_back(std::move(path));
    op = std::make_unique<Projection>(std::move(op), std::move(items));
    state.planned.insert(pattern.path_slot);
    op = ApplyFilters(std::move(op), state, false);
  }
  return op;
}

OperatorPtr Planner::PlanMatch(OperatorPtr input, const BoundMatch& match) {
  std::vector<const BoundPattern*> patterns;
  for (const BoundPattern& p : match.patterns) patterns.push_back(&p);
  return PlanPatterns(std::move(input), patterns, match.where.get(),
                      match.new_slots);
}

OperatorPtr Planner::PlanPatterns(
    OperatorPtr input, const std::vector<const BoundPattern*>& patterns,
    const BoundExpr* where, const std::vector<Slot>& new_slots) {
  MatchState state;
  state.fresh.insert(new_slots.begin(), new_slots.end());
  if (where != nullptr) {
    std::vector<const BoundExpr*> parts;
    SplitAnd(where, parts);
    for (const BoundExpr* e : parts) {
      absl::flat_hash_set<Slot> reads, declares;
      bool late = false;
      Collect(e, reads, declares, late);
      Conjunct c{e, {}, late};
      for (Slot s : reads) {
        if (!declares.contains(s)) c.needs.push_back(s);
      }
      state.conjuncts.push_back(std::move(c));
    }
  }
  input = ApplyFilters(std::move(input), state, false);
  std::optional<std::vector<MatchItem>> order = OrderMatch(patterns, state);
  if (!order) {
    for (const BoundPattern* p : patterns) {
      input = PlanPattern(std::move(input), *p, state);
    }
    return ApplyFilters(std::move(input), state, true);
  }
  // Nodes bound by earlier clauses are checked first.
  absl::flat_hash_set<Slot> checked;
  for (const BoundPattern* p : patterns) {
    for (const BoundNode& node : p->nodes) {
      if (state.Bound(node.slot) && checked.insert(node.slot).second) {
        input = CheckOccurrences(std::move(input), patterns, node.slot, nullptr,
                                 state);
      }
    }
  }
  // Rows into the MATCH, for the estimates of its steps.
  const double in_rows = input->Estimate();
  for (const MatchItem& item : *order) {
    const BoundPattern& pattern = *patterns[item.pattern];
    const BoundNode* bound;
    // The rows after this item (the checks of its node included).
    auto estimate = [&] {
      if (in_rows >= 0 && item.rows >= 0) {
        input->set_estimate(in_rows * item.rows);
      }
    };
    if (item.scan) {
      const BoundNode& node = pattern.nodes[item.index];
      if (state.Bound(node.slot)) continue;  // checked above
      input = ScanNode(std::move(input), node, state);
      bound = &node;
    } else {
      const BoundNode& to =
          pattern.nodes[item.forward ? item.index + 1 : item.index];
      bool was_bound = state.Bound(to.slot);
      input =
          PlanStep(std::move(input), pattern, item.index, item.forward, state);
      if (was_bound) {
        estimate();
        continue;
      }
      bound = &to;
    }
    input =
        CheckOccurrences(std::move(input), patterns, bound->slot, bound, state);
    estimate();
  }
  for (const BoundPattern* p : patterns) {
    input = ProjectPath(std::move(input), *p, state);
  }
  return ApplyFilters(std::move(input), state, true);
}

OperatorPtr Planner::CheckOccurrences(
    OperatorPtr input, const std::vector<const BoundPattern*>& patterns,
    Slot slot, const BoundNode* done, MatchState& state) {
  for (const BoundPattern* p : patterns) {
    for (const BoundNode& node : p->nodes) {
      if (node.slot != slot || &node == done) continue;
      if (node.labels.empty() && node.properties.empty()) continue;
      input = ScanNode(std::move(input), node, state);
    }
  }
  return input;
}

SubPlan Planner::PlanSubPlan(const BoundMatch& match) {
  auto arg = std::make_unique<Argument>();
  SubPlan out;
  out.argument = arg.get();
  out.root = PlanMatch(std::move(arg), match);
  return out;
}

}  // namespace kg::query
