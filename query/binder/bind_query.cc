// Binding a statement: UNION parts, clause order, and the clauses that are
// not MATCH or projections (UNWIND, CREATE, MERGE, SET, REMOVE, DELETE).
#include <string>

#include "absl/strings/str_cat.h"
#include "query/binder/binder_internal.h"

namespace kg::query {

absl::StatusOr<BoundQuery> Bind(const ast::Statement& statement, Graph* graph,
                                const ValueMap& parameters) {
  Binder binder(graph, parameters);
  return binder.BindStatement(statement);
}

absl::StatusOr<BoundQuery> Binder::BindStatement(
    const ast::Statement& statement) {
  BoundQuery out;
  out.mode = statement.mode;
  const ast::Query& query = *statement.query;
  for (const ast::SingleQuery& part : query.parts) {
    for (const ast::ClausePtr& c : part.clauses) {
      switch (c->kind()) {
        case ast::Clause::Kind::kCreate:
        case ast::Clause::Kind::kMerge:
        case ast::Clause::Kind::kSet:
        case ast::Clause::Kind::kRemove:
        case ast::Clause::Kind::kDelete:
          read_only_ = false;
          break;
        default:
          break;
      }
    }
  }
  for (size_t i = 0; i < query.parts.size(); ++i) {
    std::vector<std::string> columns;
    scope_ = Scope();
    KG_ASSIGN_OR_RETURN(BoundSingleQuery part,
                        BindSingle(query.parts[i], columns));
    if (i == 0) {
      out.columns = columns;
    } else {
      if (query.union_all[i - 1] != query.union_all[0]) {
        return SemanticError(query.parts[i].span, "InvalidClauseComposition",
                             "UNION and UNION ALL cannot be mixed");
      }
      if (columns != out.columns) {
        return SemanticError(query.parts[i].span, "DifferentColumnsInUnion",
                             "all parts of a UNION must return the same "
                             "columns");
      }
    }
    out.parts.push_back(std::move(part));
  }
  out.union_all = query.union_all;
  out.slot_count = slot_count_;
  out.subqueries = std::move(subqueries_);
  return out;
}

absl::StatusOr<BoundSingleQuery> Binder::BindSingle(
    const ast::SingleQuery& query, std::vector<std::string>& columns) {
  BoundSingleQuery out;
  const auto& clauses = query.clauses;
  for (size_t i = 0; i < clauses.size(); ++i) {
    KG_RETURN_IF_ERROR(
        BindClause(*clauses[i], i + 1 == clauses.size(), out, columns));
  }
  if (!clauses.empty()) {
    ast::Clause::Kind last = clauses.back()->kind();
    if (last == ast::Clause::Kind::kMatch || last == ast::Clause::Kind::kWith ||
        last == ast::Clause::Kind::kUnwind) {
      return SemanticError(clauses.back()->span(), "InvalidClauseComposition",
                           "a query cannot end with this clause; add RETURN");
    }
  }
  if (!out.clauses.empty()) {
    if (auto* p = std::get_if<BoundProjection>(&out.clauses.back());
        p != nullptr && p->is_return) {
      for (const auto& item : p->items) out.output_slots.push_back(item.slot);
    }
  }
  return out;
}

absl::Status Binder::BindClause(const ast::Clause& clause, bool last,
                                BoundSingleQuery& out,
                                std::vector<std::string>& columns) {
  using K = ast::Clause::Kind;
  // Each clause adds operators to one pull chain, which runs recursively:
  // cap them so that no statement can exhaust the stack (the planner's
  // depth limit, kMaxPlanDepth, is the last word), and so that binding
  // stays small.
  if (++clause_count_ > kMaxClauses) {
    return SemanticError(
        clause.span(), "NestingTooDeep",
        absl::StrCat("a statement may have at most ", kMaxClauses, " clauses"));
  }
  absl::StatusOr<BoundClause> bound;
  switch (clause.kind()) {
    case K::kMatch:
      bound = BindMatch(static_cast<const ast::MatchClause&>(clause));
      break;
    case K::kUnwind:
      bound = BindUnwind(static_cast<const ast::UnwindClause&>(clause));
      break;
    case K::kWith: {
      const auto& w = static_cast<const ast::WithClause&>(clause);
      bound = BindProjection(w.projection, w.where.get(), false, clause.span(),
                             columns);
      break;
    }
    case K::kReturn:
      if (!last) {
        return SemanticError(clause.span(), "InvalidClauseComposition",
                             "RETURN can only be the last clause");
      }
      bound = BindProjection(
          static_cast<const ast::ReturnClause&>(clause).projection, nullptr,
          true, clause.span(), columns);
      break;
    case K::kCreate:
      bound = BindCreate(static_cast<const ast::CreateClause&>(clause));
      break;
    case K::kMerge:
      bound = BindMerge(static_cast<const ast::MergeClause&>(clause));
      break;
    case K::kSet: {
      BoundSet set;
      for (const ast::SetItem& item :
           static_cast<const ast::SetClause&>(clause).items) {
        KG_ASSIGN_OR_RETURN(BoundSetItem b, BindSetItem(item));
        set.items.push_back(std::move(b));
      }
      bound = BoundClause(std::move(set));
      break;
    }
    case K::kRemove: {
      BoundSet set;
      for (const ast::RemoveItem& item :
           static_cast<const ast::RemoveClause&>(clause).items) {
        KG_ASSIGN_OR_RETURN(BoundSetItem b, BindRemoveItem(item));
        set.items.push_back(std::move(b));
      }
      bound = BoundClause(std::move(set));
      break;
    }
    case K::kDelete:
      bound = BindDelete(static_cast<const ast::DeleteClause&>(clause));
      break;
    case K::kCall:
      return SemanticError(clause.span(), "ProcedureNotFound",
                           "kg has no procedures to CALL");
  }
  if (!bound.ok()) return bound.status();
  out.clauses.push_back(std::move(*bound));
  return absl::OkStatus();
}

absl::StatusOr<BoundClause> Binder::BindUnwind(
    const ast::UnwindClause& clause) {
  BoundUnwind out;
  KG_ASSIGN_OR_RETURN(out.list, BindExpr(*clause.list, scope_));
  if (scope_.Find(clause.variable.text) != nullptr) {
    return SemanticError(clause.variable.span, "VariableAlreadyBound",
                         absl::StrCat("variable '", clause.variable.text,
                                      "' is already declared"));
  }
  out.slot = NewSlot();
  scope_.vars[clause.variable.text] = Var{out.slot, VarType::kAny};
  return BoundClause(std::move(out));
}

absl::StatusOr<BoundClause> Binder::BindCreate(
    const ast::CreateClause& clause) {
  BoundCreate out;
  std::vector<Slot> new_slots;
  for (const ast::PatternPtr& p : clause.patterns) {
    KG_ASSIGN_OR_RETURN(BoundPattern bp, BindPattern(*p, PatternUse::kCreate,
                                                     scope_, new_slots));
    out.patterns.push_back(std::move(bp));
  }
  return BoundClause(std::move(out));
}

absl::StatusOr<BoundClause> Binder::BindMerge(const ast::MergeClause& clause) {
  BoundMerge out;
  KG_ASSIGN_OR_RETURN(
      out.pattern,
      BindPattern(*clause.pattern, PatternUse::kMerge, scope_, out.new_slots));
  for (const auto& action : clause.actions) {
    for (const ast::SetItem& item : action.items) {
      KG_ASSIGN_OR_RETURN(BoundSetItem b, BindSetItem(item));
      (action.on_create ? out.on_create : out.on_match).push_back(std::move(b));
    }
  }
  return BoundClause(std::move(out));
}

absl::StatusOr<BoundClause> Binder::BindDelete(
    const ast::DeleteClause& clause) {
  BoundDelete out;
  out.detach = clause.detach;
  for (const ast::ExprPtr& target : clause.targets) {
    if (target->kind() == ast::Expr::Kind::kBinary ||
        target->kind() == ast::Expr::Kind::kUnary) {
      return SemanticError(target->span(), "InvalidArgumentType",
                           "DELETE expects nodes, relationships or paths");
    }
    if (target->kind() == ast::Expr::Kind::kHasLabels ||
        target->kind() == ast::Expr::Kind::kLiteral) {
      return SemanticError(target->span(), "InvalidDelete",
                           "DELETE expects nodes, relationships or paths");
    }
    KG_ASSIGN_OR_RETURN(BoundExprPtr b, BindExpr(*target, scope_));
    out.targets.push_back(std::move(b));
  }
  return BoundClause(std::move(out));
}

absl::StatusOr<BoundSetItem> Binder::BindSetItem(const ast::SetItem& item) {
  BoundSetItem out;
  out.kind = item.kind;
  if (item.kind == ast::SetItem::Kind::kProperty) {
    const auto& p = static_cast<const ast::PropertyExpr&>(*item.target);
    KG_ASSIGN_OR_RETURN(out.target, BindExpr(*p.object, scope_));
    out.key = Key(p.key.text);
  } else {
    KG_ASSIGN_OR_RETURN(out.target, BindExpr(*item.target, scope_));
  }
  if (item.value) {
    KG_ASSIGN_OR_RETURN(out.value, BindExpr(*item.value, scope_));
  }
  for (const ast::Name& l : item.labels) out.labels.emplace_back(l.text);
  return out;
}

absl::StatusOr<BoundSetItem> Binder::BindRemoveItem(
    const ast::RemoveItem& item) {
  BoundSetItem out;
  out.remove = true;
  if (item.target->kind() == ast::Expr::Kind::kProperty) {
    const auto& p = static_cast<const ast::PropertyExpr&>(*item.target);
    out.kind = ast::SetItem::Kind::kProperty;
    KG_ASSIGN_OR_RETURN(out.target, BindExpr(*p.object, scope_));
    out.key = Key(p.key.text);
  } else {
    out.kind = ast::SetItem::Kind::kLabels;
    KG_ASSIGN_OR_RETURN(out.target, BindExpr(*item.target, scope_));
    for (const ast::Name& l : item.labels) out.labels.emplace_back(l.text);
  }
  return out;
}

}  // namespace kg::query
