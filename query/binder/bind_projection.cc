// Binding WITH and RETURN: items (grouping keys and aggregates), DISTINCT,
// ORDER BY, SKIP, LIMIT and WITH's WHERE. After the clause only the
// projected names are in scope.
#include <algorithm>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "query/binder/binder_internal.h"

namespace kg::query {
namespace {

// SKIP and LIMIT may not read variables.
absl::StatusOr<BoundExprPtr> BindConstant(Binder& binder, const ast::Expr& e) {
  Scope empty;
  absl::StatusOr<BoundExprPtr> b = binder.BindExpr(e, empty);
  if (!b.ok() && GetCategory(b.status()) == "UndefinedVariable") {
    return SemanticError(e.span(), "NonConstantExpression",
                         "SKIP and LIMIT need a constant expression");
  }
  return b;
}

// What a projected expression is known to hold.
VarType InferType(const ast::Expr& e, const Scope& scope) {
  using K = ast::Expr::Kind;
  switch (e.kind()) {
    case K::kVariable: {
      const Var* v = scope.Find(static_cast<const ast::VariableExpr&>(e).name);
      return v ? v->type : VarType::kAny;
    }
    case K::kLiteral:
      return static_cast<const ast::LiteralExpr&>(e).value.is_null()
                 ? VarType::kAny
                 : VarType::kValue;
    case K::kList:
    case K::kMap:
    case K::kComparison:
    case K::kIsNull:
    case K::kCountStar:
    case K::kListComprehension:
    case K::kPatternComprehension:
    case K::kMapProjection:
    case K::kQuantifier:
      return VarType::kValue;
    default:
      return VarType::kAny;
  }
}

}  // namespace

absl::Status Binder::BindOrderBy(const ast::Projection& projection,
                                 const Scope& input, const Scope& output,
                                 bool aggregating, BoundProjection& out) {
  if (projection.order_by.empty()) return absl::OkStatus();
  Scope overlay = input;
  for (const auto& [name, var] : output.vars) overlay.vars[name] = var;
  std::vector<std::pair<std::string, Slot>> projected;
  for (size_t i = 0; i < projection.items.size(); ++i) {
    projected.emplace_back(ast::Dump(*projection.items[i].expr),
                           out.items[i].slot);
  }
  ExprEnv env;
  env.where = "in ORDER BY here";
  if (aggregating || out.distinct) {
    env.scope = &output;
    env.projected = &projected;
    if (aggregating) {
      // New aggregates in ORDER BY see only what the projection kept.
      env.aggregates = &out.aggregates;
      env.input_scope = &output;
    }
  } else {
    env.scope = &overlay;
  }
  env.top_level = true;
  for (const ast::SortItem& s : projection.order_by) {
    KG_ASSIGN_OR_RETURN(BoundExprPtr e, BindExpr(*s.expr, env));
    out.order_by.emplace_back(std::move(e), s.descending);
  }
  return absl::OkStatus();
}

absl::StatusOr<BoundClause> Binder::BindProjection(
    const ast::Projection& projection, const ast::Expr* where, bool is_return,
    SourceSpan span, std::vector<std::string>& columns) {
  BoundProjection out;
  out.is_return = is_return;
  out.distinct = projection.distinct;
  const Scope input = scope_;
  Scope output;
  absl::flat_hash_set<std::string> names;
  // RETURN * / WITH *: every named variable, by name.
  std::vector<std::pair<std::string, Var>> star;
  if (projection.star) {
    for (const auto& [name, var] : input.vars) star.emplace_back(name, var);
    std::sort(star.begin(), star.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    if (is_return && star.empty() && projection.items.empty()) {
      return SemanticError(span, "NoVariablesInScope",
                           "RETURN * and WITH * need variables in scope");
    }
  }
  for (const auto& [name, var] : star) {
    BoundProjection::Item item;
    item.expr = std::make_unique<BoundExpr>(BoundExpr::Kind::kSlot, span);
    item.expr->slot = var.slot;
    item.slot = NewSlot();
    item.name = name;
    names.insert(name);
    output.vars[name] = Var{item.slot, var.type};
    out.items.push_back(std::move(item));
  }
  // First pass: which items aggregate.
  std::vector<bool> aggregate(projection.items.size(), false);
  for (size_t i = 0; i < projection.items.size(); ++i) {
    std::vector<BoundAggregate> probe;
    ExprEnv env;
    env.scope = &input;
    env.aggregates = &probe;
    size_t subqueries = subqueries_.size();
    KG_ASSIGN_OR_RETURN(BoundExprPtr ignored,
                        BindExpr(*projection.items[i].expr, env));
    // The probe's expressions die here: forget the pattern expressions in it.
    subqueries_.resize(subqueries);
    aggregate[i] = !probe.empty();
  }
  bool aggregating =
      std::find(aggregate.begin(), aggregate.end(), true) != aggregate.end();
  std::vector<std::pair<std::string, Slot>> grouping;
  for (const auto& item : out.items)
    grouping.emplace_back(item.name, item.slot);
  size_t star_count = out.items.size();
  for (size_t i = 0; i < projection.items.size(); ++i) {
    const ast::ProjectionItem& ai = projection.items[i];
    BoundProjection::Item item;
    bool is_var = ai.expr->kind() == ast::Expr::Kind::kVariable;
    if (ai.alias) {
      item.name = ai.alias->text;
    } else if (is_var) {
      item.name = static_cast<const ast::VariableExpr&>(*ai.expr).name;
    } else if (!is_return) {
      return SemanticError(ai.expr->span(), "NoExpressionAlias",
                           "expressions in WITH must be aliased (use AS)");
    } else {
      item.name = ai.text;
    }
    if (!names.insert(item.name).second) {
      return SemanticError(
          ai.alias ? ai.alias->span : ai.expr->span(), "ColumnNameConflict",
          absl::StrCat("column name '", item.name, "' is used more than once"));
    }
    item.slot = NewSlot();
    item.grouping = !aggregate[i];
    if (item.grouping) {
      ExprEnv env;
      env.scope = &input;
      env.where = "here";
      KG_ASSIGN_OR_RETURN(item.expr, BindExpr(*ai.expr, env));
      grouping.emplace_back(ast::Dump(*ai.expr), item.slot);
    }
    VarType type = InferType(*ai.expr, input);
    output.vars[item.name] = Var{item.slot, type};
    out.items.push_back(std::move(item));
  }
  if (aggregating) {
    Scope none;
    for (size_t i = 0; i < projection.items.size(); ++i) {
      if (!aggregate[i]) continue;
      ExprEnv env;
      env.scope = &none;
      env.aggregates = &out.aggregates;
      env.projected = &grouping;
      env.input_scope = &input;
      KG_ASSIGN_OR_RETURN(out.items[star_count + i].expr,
                          BindExpr(*projection.items[i].expr, env));
    }
  }
  KG_RETURN_IF_ERROR(BindOrderBy(projection, input, output, aggregating, out));
  if (projection.skip) {
    KG_ASSIGN_OR_RETURN(out.skip, BindConstant(*this, *projection.skip));
  }
  if (projection.limit) {
    KG_ASSIGN_OR_RETURN(out.limit, BindConstant(*this, *projection.limit));
  }
  scope_ = output;
  if (where != nullptr) {
    // Without aggregation, WITH's WHERE also sees the variables
    // the projection dropped (they are still in the row).
    Scope overlay = input;
    for (const auto& [name, var] : output.vars) overlay.vars[name] = var;
    ExprEnv env;
    env.scope = aggregating ? &scope_ : &overlay;
    env.where = "in WHERE";
    KG_ASSIGN_OR_RETURN(out.where, BindExpr(*where, env));
  }
  if (is_return) {
    columns.clear();
    for (const auto& item : out.items) columns.push_back(item.name);
  }
  return BoundClause(std::move(out));
}

}  // namespace kg::query
