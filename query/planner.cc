// Planning a statement: UNION parts, then clause by clause; see planner.h.
#include "query/planner.h"

#include <algorithm>
#include <initializer_list>
#include <optional>

#include "absl/strings/str_cat.h"
#include "query/errors.h"
#include "query/functions/registry.h"
#include "query/operators/match_ops.h"
#include "query/operators/row_ops.h"
#include "query/operators/update_ops.h"
#include "query/planner_internal.h"

namespace kg::query {

namespace {

// The slots of `p`'s aggregates when every one counts rows: count(*), or a
// plain count() of one of `never_null` (slots no row leaves null); nullopt
// when one does anything else.
std::optional<std::vector<Slot>> RowCounts(
    const BoundProjection& p, std::initializer_list<Slot> never_null) {
  std::vector<Slot> slots;
  for (const BoundAggregate& a : p.aggregates) {
    const bool star = a.function == nullptr && a.args.empty();
    const bool of_row =
        a.function != nullptr && a.function->name == "count" && !a.distinct &&
        a.args.size() == 1 && a.args[0]->kind == BoundExpr::Kind::kSlot &&
        std::find(never_null.begin(), never_null.end(), a.args[0]->slot) !=
            never_null.end();
    if (!star && !of_row) return std::nullopt;
    slots.push_back(a.slot);
  }
  return slots;
}

}  // namespace

OperatorPtr Planner::DegreeCountOf(const BoundMatch& m,
                                   const BoundProjection& p) const {
  if (m.optional || m.where || m.patterns.size() != 1) return nullptr;
  const BoundPattern& pat = m.patterns[0];
  if (pat.rels.size() != 1 || pat.path_slot != kNoSlot ||
      pat.shortest != ast::Pattern::Shortest::kNone) {
    return nullptr;
  }
  const BoundRel& rel = pat.rels[0];
  if (rel.var_length || !rel.properties.empty() || rel.bound_before) {
    return nullptr;
  }
  for (const BoundNode& n : pat.nodes) {
    if (!n.properties.empty() || n.bound_before) return nullptr;
  }
  if (pat.nodes[0].slot == pat.nodes[1].slot) return nullptr;  // (a)-->(a)
  // One grouping key, a bare node of the hop.
  const BoundExpr* key = nullptr;
  Slot key_slot = kNoSlot;
  for (const auto& item : p.items) {
    if (!item.grouping) continue;
    if (key != nullptr) return nullptr;
    key = item.expr.get();
    key_slot = item.slot;
  }
  if (key == nullptr || key->kind != BoundExpr::Kind::kSlot) return nullptr;
  int end = key->slot == pat.nodes[0].slot   ? 0
            : key->slot == pat.nodes[1].slot ? 1
                                             : -1;
  if (end < 0) return nullptr;
  // Every aggregate counts rows: count(*), or count() of the relationship or
  // the far node, which are never null.
  const BoundNode& from = pat.nodes[end];
  const BoundNode& to = pat.nodes[1 - end];
  std::optional<std::vector<Slot>> slots = RowCounts(p, {rel.slot, to.slot});
  if (!slots) return nullptr;
  // The written direction runs from nodes[0]; from nodes[1] it is reversed.
  ast::Direction d = end == 0 ? rel.direction : ast::Reversed(rel.direction);
  return std::make_unique<DegreeCount>(
      from, rel, d, to, key_slot, std::move(*slots),
      static_cast<Slot>(plan_.start_row->size()));
}

OperatorPtr Planner::LabelCountOf(const BoundMatch& m, const BoundUnwind& u,
                                  const BoundProjection& p) const {
  if (m.optional || m.where || m.patterns.size() != 1) return nullptr;
  const BoundPattern& pat = m.patterns[0];
  if (pat.nodes.size() != 1 || pat.path_slot != kNoSlot) return nullptr;
  const BoundNode& n = pat.nodes[0];
  if (!n.labels.empty() || !n.properties.empty() || n.bound_before) {
    return nullptr;
  }
  // UNWIND labels(n) AS l
  const BoundExpr* list = u.list.get();
  if (list == nullptr || list->kind != BoundExpr::Kind::kFunction ||
      list->function == nullptr || list->function->name != "labels" ||
      list->children.size() != 1 ||
      list->children[0]->kind != BoundExpr::Kind::kSlot ||
      list->children[0]->slot != n.slot) {
    return nullptr;
  }
  // RETURN l, count(*): one grouping key, l itself, and counts of rows.
  Slot key_slot = kNoSlot;
  for (const auto& item : p.items) {
    if (!item.grouping) continue;
    if (key_slot != kNoSlot || item.expr->kind != BoundExpr::Kind::kSlot ||
        item.expr->slot != u.slot) {
      return nullptr;
    }
    key_slot = item.slot;
  }
  if (key_slot == kNoSlot) return nullptr;
  std::optional<std::vector<Slot>> slots = RowCounts(p, {n.slot, u.slot});
  if (!slots) return nullptr;
  return std::make_unique<LabelCount>(
      key_slot, std::move(*slots), static_cast<Slot>(plan_.start_row->size()));
}

OperatorPtr Planner::PlanProjection(OperatorPtr op, const BoundProjection& p,
                                    bool aggregated) {
  std::vector<std::pair<const BoundExpr*, Slot>> keys, rest;
  for (const auto& item : p.items) {
    (item.grouping ? keys : rest).emplace_back(item.expr.get(), item.slot);
  }
  if (!p.aggregates.empty()) {
    if (!aggregated) {
      op = std::make_unique<Aggregate>(
          std::move(op), std::move(keys), p.aggregates,
          static_cast<Slot>(plan_.start_row->size()));
    }
    if (!rest.empty()) {
      op = std::make_unique<Projection>(std::move(op), std::move(rest));
    }
  } else {
    keys.insert(keys.end(), rest.begin(), rest.end());
    op = std::make_unique<Projection>(std::move(op), std::move(keys));
  }
  if (p.distinct) {
    std::vector<Slot> slots;
    for (const auto& item : p.items) slots.push_back(item.slot);
    op = std::make_unique<Distinct>(std::move(op), std::move(slots));
  }
  if (!p.order_by.empty())
    op = std::make_unique<Sort>(std::move(op), p.order_by, p.skip.get(),
                                p.limit.get());
  if (p.skip || p.limit) {
    op = std::make_unique<SkipLimit>(std::move(op), p.skip.get(), p.limit.get(),
                                     writes_);
  }
  if (p.where) {
    op = std::make_unique<Filter>(std::move(op), *p.where, Text(p.where->span));
  }
  return op;
}

absl::StatusOr<OperatorPtr> Planner::PlanPart(BoundSingleQuery& part) {
  auto leaf = std::make_unique<Argument>();
  leaf->SetInput(plan_.start_row.get());
  return PlanClauses(std::move(leaf), part);
}

absl::StatusOr<OperatorPtr> Planner::PlanClauses(OperatorPtr op,
                                                 BoundSingleQuery& part) {
  writes_ = false;
  const bool leaf = dynamic_cast<Argument*>(op.get()) != nullptr;
  for (size_t i = 0; i < part.clauses.size(); ++i) {
    const BoundClause& clause = part.clauses[i];
    writes_ |= !std::holds_alternative<BoundMatch>(clause) &&
               !std::holds_alternative<BoundUnwind>(clause) &&
               !std::holds_alternative<BoundProjection>(clause);
    // A statement that opens by counting one hop per node reads the counts
    // from adjacency (DegreeCount) instead of grouping a row per hop.
    if (i == 0 && leaf && part.clauses.size() > 1 &&
        std::holds_alternative<BoundMatch>(clause) &&
        std::holds_alternative<BoundProjection>(part.clauses[1])) {
      const auto& p = std::get<BoundProjection>(part.clauses[1]);
      if (!p.aggregates.empty()) {
        if (OperatorPtr count =
                DegreeCountOf(std::get<BoundMatch>(clause), p)) {
          op = PlanProjection(std::move(count), p, /*aggregated=*/true);
          ++i;
          continue;
        }
      }
    }
    // So does one that counts the nodes of each label (LabelCount), from
    // the label index.
    if (i == 0 && leaf && part.clauses.size() > 2 &&
        std::holds_alternative<BoundMatch>(clause) &&
        std::holds_alternative<BoundUnwind>(part.clauses[1]) &&
        std::holds_alternative<BoundProjection>(part.clauses[2])) {
      const auto& p = std::get<BoundProjection>(part.clauses[2]);
      if (!p.aggregates.empty()) {
        if (OperatorPtr count =
                LabelCountOf(std::get<BoundMatch>(clause),
                             std::get<BoundUnwind>(part.clauses[1]), p)) {
          op = PlanProjection(std::move(count), p, /*aggregated=*/true);
          i += 2;
          continue;
        }
      }
    }
    if (const auto* m = std::get_if<BoundMatch>(&clause)) {
      if (m->optional) {
        op = std::make_unique<Optional>(std::move(op), PlanSubPlan(*m),
                                        m->new_slots);
      } else {
        op = PlanMatch(std::move(op), *m);
      }
    } else if (const auto* u = std::get_if<BoundUnwind>(&clause)) {
      op = std::make_unique<Unwind>(std::move(op), *u->list, u->slot);
    } else if (const auto* p = std::get_if<BoundProjection>(&clause)) {
      op = PlanProjection(std::move(op), *p);
    } else if (const auto* c = std::get_if<BoundCreate>(&clause)) {
      op = std::make_unique<Create>(std::move(op), *c,
                                    absl::flat_hash_set<Slot>());
    } else if (const auto* mg = std::get_if<BoundMerge>(&clause)) {
      auto arg = std::make_unique<Argument>();
      SubPlan sub;
      sub.argument = arg.get();
      sub.root =
          PlanPatterns(std::move(arg), {&mg->pattern}, nullptr, mg->new_slots);
      op = std::make_unique<Merge>(std::move(op), std::move(sub), *mg,
                                   absl::flat_hash_set<Slot>());
    } else if (const auto* s = std::get_if<BoundSet>(&clause)) {
      op = std::make_unique<Update>(std::move(op), *s);
    } else if (const auto* d = std::get_if<BoundDelete>(&clause)) {
      op = std::make_unique<Delete>(std::move(op), *d);
    }
  }
  return op;
}

absl::StatusOr<Plan> PlanQuery(BoundQuery& query, const Graph& graph,
                               std::string_view text) {
  Plan plan;
  plan.start_row = std::make_unique<Row>(query.slot_count);
  Planner planner(graph, text, plan);
  for (BoundExpr* e : query.subqueries) {
    if (e->query) {
      auto arg = std::make_unique<Argument>();
      auto sub = std::make_shared<SubPlan>();
      sub->argument = arg.get();
      KG_ASSIGN_OR_RETURN(sub->root,
                          planner.PlanClauses(std::move(arg), *e->query));
      e->subplan = std::move(sub);
    } else {
      e->subplan = std::make_shared<SubPlan>(planner.PlanSubPlan(*e->match));
    }
  }
  std::vector<OperatorPtr> parts;
  std::vector<std::vector<Slot>> outputs;
  for (BoundSingleQuery& part : query.parts) {
    KG_ASSIGN_OR_RETURN(OperatorPtr op, planner.PlanPart(part));
    parts.push_back(std::move(op));
    outputs.push_back(part.output_slots);
  }
  plan.output_slots = outputs[0];
  if (parts.size() == 1) {
    plan.root = std::move(parts[0]);
  } else {
    plan.root = std::make_unique<Union>(std::move(parts), outputs);
    if (!query.union_all.empty() && !query.union_all[0]) {
      plan.root =
          std::make_unique<Distinct>(std::move(plan.root), plan.output_slots);
    }
  }
  // A subplan runs inside an operator of the plan (and of other subplans):
  // count its depth on top.
  size_t depth = PlanDepth(*plan.root);
  for (BoundExpr* e : query.subqueries) depth += PlanDepth(*e->subplan->root);
  if (depth > kMaxPlanDepth) {
    SourceSpan all;
    all.length = static_cast<uint32_t>(text.size());
    return SemanticError(
        all, "NestingTooDeep",
        absl::StrCat("the statement is too large to run: its plan is ", depth,
                     " operators deep (the limit is ", kMaxPlanDepth,
                     "); split it into several statements"));
  }
  return plan;
}

}  // namespace kg::query
