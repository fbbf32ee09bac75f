// Binding the expression forms that need more than their children bound:
// function calls (registry lookup, arity, aggregates into the slots an
// Aggregate operator fills), list iterations with their own variable, map
// projections and EXISTS { full subquery }.
#include <string>

#include "absl/strings/str_cat.h"
#include "query/binder/binder_internal.h"
#include "query/functions/registry.h"

namespace kg::query {

using Kind = BoundExpr::Kind;

absl::StatusOr<BoundExprPtr> Binder::BindFunction(
    const ast::FunctionCallExpr& call, const ExprEnv& env) {
  const Function* f = FindFunction(call.name);
  if (f == nullptr) {
    return SemanticError(call.span(), "UnknownFunction",
                         absl::StrCat("unknown function '", call.name, "'"));
  }
  int n = static_cast<int>(call.args.size());
  if (n < f->min_args || (f->max_args >= 0 && n > f->max_args)) {
    return SemanticError(call.span(), "InvalidNumberOfArguments",
                         absl::StrCat("wrong number of arguments to ",
                                      std::string(f->name), "()"));
  }
  if (f->name == "exists" && n == 1 &&
      call.args[0]->kind() == ast::Expr::Kind::kPatternPredicate) {
    return BindExpr(*call.args[0], env);
  }
  if (n == 1 && call.args[0]->kind() == ast::Expr::Kind::kVariable) {
    // Arguments whose kind is known at compile time.
    const Var* v = env.scope->Find(
        static_cast<const ast::VariableExpr&>(*call.args[0]).name);
    VarType t = v ? v->type : VarType::kAny;
    bool bad =
        (f->name == "type" && (t == VarType::kNode || t == VarType::kPath)) ||
        (f->name == "length" && (t == VarType::kNode || t == VarType::kRel)) ||
        (f->name == "size" && t == VarType::kPath);
    if (bad) {
      return SemanticError(call.args[0]->span(), "InvalidArgumentType",
                           absl::StrCat("wrong kind of argument to ",
                                        std::string(f->name), "()"));
    }
  }
  if (!f->aggregate()) {
    BoundExprPtr e = MakeBound(Kind::kFunction, call.span());
    e->function = f;
    for (const ast::ExprPtr& arg : call.args) {
      KG_ASSIGN_OR_RETURN(BoundExprPtr b, BindExpr(*arg, env));
      e->children.push_back(std::move(b));
    }
    return e;
  }
  if (env.in_aggregate) {
    return SemanticError(call.span(), "NestedAggregation",
                         "aggregate functions cannot be nested");
  }
  if (env.aggregates == nullptr) {
    return SemanticError(
        call.span(), "InvalidAggregation",
        absl::StrCat("aggregate functions are not allowed ", env.where));
  }
  ExprEnv inner;
  inner.scope = env.input_scope ? env.input_scope : env.scope;
  inner.aggregates = env.aggregates;
  inner.in_aggregate = true;
  BoundAggregate agg;
  agg.function = f;
  agg.distinct = call.distinct;
  for (const ast::ExprPtr& arg : call.args) {
    KG_ASSIGN_OR_RETURN(BoundExprPtr b, BindExpr(*arg, inner));
    agg.args.push_back(std::move(b));
  }
  agg.slot = NewSlot();
  Slot slot = agg.slot;
  env.aggregates->push_back(std::move(agg));
  return SlotRef(slot, call.span());
}

absl::StatusOr<BoundExprPtr> Binder::BindIterating(const ast::Expr& expr,
                                                   const ExprEnv& env) {
  Scope inner_scope = *env.scope;
  ExprEnv inner = env;
  inner.scope = &inner_scope;
  inner.aggregates = nullptr;
  inner.where = "inside a list iteration";
  auto declare = [&](const ast::Name& name) {
    Slot slot = NewSlot();
    inner_scope.vars[name.text] = Var{slot, VarType::kAny};
    return slot;
  };
  auto bind_opt = [&](const ast::ExprPtr& e) -> absl::StatusOr<BoundExprPtr> {
    if (!e) return BoundExprPtr();
    return BindExpr(*e, inner);
  };
  BoundExprPtr out;
  if (expr.kind() == ast::Expr::Kind::kReduce) {
    const auto& r = static_cast<const ast::ReduceExpr&>(expr);
    out = MakeBound(Kind::kReduce, expr.span());
    KG_ASSIGN_OR_RETURN(BoundExprPtr init, BindExpr(*r.init, env));
    KG_ASSIGN_OR_RETURN(BoundExprPtr list, BindExpr(*r.list, env));
    out->slot2 = declare(r.accumulator);
    out->slot = declare(r.variable);
    KG_ASSIGN_OR_RETURN(BoundExprPtr body, BindExpr(*r.expression, inner));
    out->children.push_back(std::move(init));
    out->children.push_back(std::move(list));
    out->children.push_back(std::move(body));
    return out;
  }
  if (expr.kind() == ast::Expr::Kind::kQuantifier) {
    const auto& q = static_cast<const ast::QuantifierExpr&>(expr);
    out = MakeBound(Kind::kQuantifier, expr.span());
    out->op = static_cast<int>(q.quantifier);
    KG_ASSIGN_OR_RETURN(BoundExprPtr list, BindExpr(*q.list, env));
    out->slot = declare(q.variable);
    KG_ASSIGN_OR_RETURN(BoundExprPtr pred, bind_opt(q.predicate));
    out->children.push_back(std::move(list));
    out->children.push_back(std::move(pred));
    return out;
  }
  const auto& c = static_cast<const ast::ListComprehensionExpr&>(expr);
  out = MakeBound(Kind::kListComprehension, expr.span());
  KG_ASSIGN_OR_RETURN(BoundExprPtr list, BindExpr(*c.list, env));
  out->slot = declare(c.variable);
  KG_ASSIGN_OR_RETURN(BoundExprPtr pred, bind_opt(c.predicate));
  KG_ASSIGN_OR_RETURN(BoundExprPtr proj, bind_opt(c.projection));
  out->children.push_back(std::move(list));
  out->children.push_back(std::move(pred));
  out->children.push_back(std::move(proj));
  return out;
}

absl::StatusOr<BoundExprPtr> Binder::BindExistsQuery(const ast::ExistsExpr& x,
                                                     const ExprEnv& env) {
  if (x.query->parts.size() != 1) {
    return SemanticError(x.span(), "UnsupportedFeature",
                         "UNION inside EXISTS is not supported");
  }
  auto query = std::make_shared<BoundSingleQuery>();
  Scope inner = *env.scope;  // env.scope may be scope_ itself
  Scope saved = std::move(scope_);
  scope_ = std::move(inner);
  std::vector<std::string> columns;
  absl::Status status;
  const auto& clauses = x.query->parts[0].clauses;
  for (size_t i = 0; i < clauses.size() && status.ok(); ++i) {
    switch (clauses[i]->kind()) {
      case ast::Clause::Kind::kMatch:
      case ast::Clause::Kind::kUnwind:
      case ast::Clause::Kind::kWith:
      case ast::Clause::Kind::kReturn:
        status =
            BindClause(*clauses[i], i + 1 == clauses.size(), *query, columns);
        break;
      default:
        status = SemanticError(clauses[i]->span(), "InvalidClauseComposition",
                               "EXISTS { } cannot update the graph");
    }
  }
  scope_ = std::move(saved);
  KG_RETURN_IF_ERROR(status);
  auto out = MakeBound(Kind::kExists, x.span());
  out->query = std::move(query);
  subqueries_.push_back(out.get());
  return out;
}

absl::StatusOr<BoundExprPtr> Binder::BindMapProjection(
    const ast::MapProjectionExpr& expr, const ExprEnv& env) {
  const Var* var = env.scope->Find(expr.variable.text);
  if (var == nullptr) {
    return SemanticError(
        expr.variable.span, "UndefinedVariable",
        absl::StrCat("variable '", expr.variable.text, "' is not defined"));
  }
  BoundExprPtr out = MakeBound(Kind::kMapProjection, expr.span());
  out->children.push_back(SlotRef(var->slot, expr.variable.span));
  for (const auto& item : expr.items) {
    out->item_kinds.push_back(static_cast<int>(item.kind));
    out->names.push_back(item.name.text);
    out->keys.push_back(item.kind == ast::MapProjectionExpr::ItemKind::kProperty
                            ? Key(item.name.text)
                            : 0);
    BoundExprPtr value;
    if (item.kind == ast::MapProjectionExpr::ItemKind::kEntry) {
      KG_ASSIGN_OR_RETURN(value, BindExpr(*item.value, env));
    } else if (item.kind == ast::MapProjectionExpr::ItemKind::kVariable) {
      const Var* v = env.scope->Find(item.name.text);
      if (v == nullptr) {
        return SemanticError(
            item.name.span, "UndefinedVariable",
            absl::StrCat("variable '", item.name.text, "' is not defined"));
      }
      value = SlotRef(v->slot, item.name.span);
    }
    out->children.push_back(std::move(value));
  }
  return out;
}

}  // namespace kg::query
