// Binding expressions: names to slots and key ids, parameters to literals,
// function names to registry entries, aggregates to the slots an Aggregate
// operator fills.
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "query/binder/binder_internal.h"
#include "query/functions/registry.h"

namespace kg::query {
namespace {

using Kind = BoundExpr::Kind;

BoundExprPtr Make(Kind kind, SourceSpan span) {
  return std::make_unique<BoundExpr>(kind, span);
}

BoundExprPtr SlotRef(Slot slot, SourceSpan span) {
  BoundExprPtr e = Make(Kind::kSlot, span);
  e->slot = slot;
  return e;
}

}  // namespace

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
    BoundExprPtr e = Make(Kind::kFunction, call.span());
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
    out = Make(Kind::kReduce, expr.span());
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
    out = Make(Kind::kQuantifier, expr.span());
    out->op = static_cast<int>(q.quantifier);
    KG_ASSIGN_OR_RETURN(BoundExprPtr list, BindExpr(*q.list, env));
    out->slot = declare(q.variable);
    KG_ASSIGN_OR_RETURN(BoundExprPtr pred, bind_opt(q.predicate));
    out->children.push_back(std::move(list));
    out->children.push_back(std::move(pred));
    return out;
  }
  const auto& c = static_cast<const ast::ListComprehensionExpr&>(expr);
  out = Make(Kind::kListComprehension, expr.span());
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
  auto out = Make(Kind::kExists, x.span());
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
  BoundExprPtr out = Make(Kind::kMapProjection, expr.span());
  out->children.push_back(SlotRef(var->slot, expr.variable.span));
  for (const auto& item : expr.items) {
    out->item_kinds.push_back(static_cast<int>(item.kind));
    out->names.push_back(item.name.text);
    out->keys.push_back(item.kind == ast::MapProjectionExpr::ItemKind::kProperty
                            ? graph_->InternKey(item.name.text)
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

absl::StatusOr<BoundExprPtr> Binder::BindExpr(const ast::Expr& expr,
                                              const ExprEnv& env) {
  using AK = ast::Expr::Kind;
  if (env.projected != nullptr && !env.in_aggregate &&
      expr.kind() != AK::kLiteral && expr.kind() != AK::kParameter) {
    std::string dump = ast::Dump(expr);
    for (const auto& [text, slot] : *env.projected) {
      if (text != dump) continue;
      bool simple =
          expr.kind() == AK::kVariable || expr.kind() == AK::kFunctionCall ||
          expr.kind() == AK::kCountStar ||
          (expr.kind() == AK::kProperty &&
           static_cast<const ast::PropertyExpr&>(expr).object->kind() ==
               AK::kVariable);
      if (!env.top_level && env.aggregates != nullptr && !simple) {
        return SemanticError(expr.span(), "AmbiguousAggregationExpression",
                             "only projected variables and properties may "
                             "be used next to an aggregate");
      }
      return SlotRef(slot, expr.span());
    }
  }
  if (env.top_level) {
    ExprEnv inner = env;
    inner.top_level = false;
    return BindExpr(expr, inner);
  }
  auto bind = [&](const ast::ExprPtr& e) -> absl::StatusOr<BoundExprPtr> {
    if (!e) return BoundExprPtr();
    return BindExpr(*e, env);
  };
  BoundExprPtr out;
  switch (expr.kind()) {
    case AK::kLiteral:
      out = Make(Kind::kLiteral, expr.span());
      out->value = static_cast<const ast::LiteralExpr&>(expr).value;
      return out;
    case AK::kParameter: {
      const auto& p = static_cast<const ast::ParameterExpr&>(expr);
      auto it = parameters_.find(p.name);
      if (it == parameters_.end()) {
        return SemanticError(expr.span(), "ParameterMissing",
                             absl::StrCat("missing parameter $", p.name));
      }
      out = Make(Kind::kLiteral, expr.span());
      out->value = it->second;
      return out;
    }
    case AK::kVariable: {
      const auto& v = static_cast<const ast::VariableExpr&>(expr);
      const Var* var = env.scope->Find(v.name);
      if (var == nullptr) {
        if (env.aggregates != nullptr && env.input_scope != nullptr &&
            env.input_scope->Find(v.name) != nullptr) {
          return SemanticError(
              expr.span(), "AmbiguousAggregationExpression",
              absl::StrCat("'", v.name,
                           "' is neither aggregated nor a grouping key"));
        }
        return SemanticError(
            expr.span(), "UndefinedVariable",
            absl::StrCat("variable '", v.name, "' is not defined"));
      }
      return SlotRef(var->slot, expr.span());
    }
    case AK::kProperty: {
      const auto& p = static_cast<const ast::PropertyExpr&>(expr);
      if (p.object->kind() == AK::kVariable) {
        const Var* v = env.scope->Find(
            static_cast<const ast::VariableExpr&>(*p.object).name);
        if (v != nullptr && v->type == VarType::kPath) {
          return SemanticError(expr.span(), "InvalidArgumentType",
                               "paths have no properties");
        }
      }
      out = Make(Kind::kProperty, expr.span());
      KG_ASSIGN_OR_RETURN(BoundExprPtr object, bind(p.object));
      out->children.push_back(std::move(object));
      out->key = graph_->InternKey(p.key.text);
      return out;
    }
    case AK::kSubscript: {
      const auto& s = static_cast<const ast::SubscriptExpr&>(expr);
      out = Make(Kind::kSubscript, expr.span());
      KG_ASSIGN_OR_RETURN(BoundExprPtr object, bind(s.object));
      KG_ASSIGN_OR_RETURN(BoundExprPtr index, bind(s.index));
      out->children.push_back(std::move(object));
      out->children.push_back(std::move(index));
      return out;
    }
    case AK::kSlice: {
      const auto& s = static_cast<const ast::SliceExpr&>(expr);
      out = Make(Kind::kSlice, expr.span());
      for (const ast::ExprPtr* e : {&s.object, &s.from, &s.to}) {
        KG_ASSIGN_OR_RETURN(BoundExprPtr b, bind(*e));
        out->children.push_back(std::move(b));
      }
      return out;
    }
    case AK::kHasLabels: {
      const auto& h = static_cast<const ast::HasLabelsExpr&>(expr);
      out = Make(Kind::kHasLabels, expr.span());
      KG_ASSIGN_OR_RETURN(BoundExprPtr object, bind(h.object));
      out->children.push_back(std::move(object));
      for (const ast::Name& l : h.labels) out->labels.emplace_back(l.text);
      return out;
    }
    case AK::kUnary: {
      const auto& u = static_cast<const ast::UnaryExpr&>(expr);
      out = Make(Kind::kUnary, expr.span());
      out->op = static_cast<int>(u.op);
      KG_ASSIGN_OR_RETURN(BoundExprPtr operand, bind(u.operand));
      out->children.push_back(std::move(operand));
      return out;
    }
    case AK::kBinary: {
      const auto& b = static_cast<const ast::BinaryExpr&>(expr);
      out = Make(Kind::kBinary, expr.span());
      out->op = static_cast<int>(b.op);
      KG_ASSIGN_OR_RETURN(BoundExprPtr lhs, bind(b.lhs));
      KG_ASSIGN_OR_RETURN(BoundExprPtr rhs, bind(b.rhs));
      out->children.push_back(std::move(lhs));
      out->children.push_back(std::move(rhs));
      return out;
    }
    case AK::kComparison: {
      const auto& c = static_cast<const ast::ComparisonExpr&>(expr);
      out = Make(Kind::kComparison, expr.span());
      out->cops = c.ops;
      for (const ast::ExprPtr& e : c.operands) {
        KG_ASSIGN_OR_RETURN(BoundExprPtr b, bind(e));
        out->children.push_back(std::move(b));
      }
      return out;
    }
    case AK::kIsNull: {
      const auto& n = static_cast<const ast::IsNullExpr&>(expr);
      out = Make(Kind::kIsNull, expr.span());
      out->flag = n.negated;
      KG_ASSIGN_OR_RETURN(BoundExprPtr operand, bind(n.operand));
      out->children.push_back(std::move(operand));
      return out;
    }
    case AK::kFunctionCall:
      return BindFunction(static_cast<const ast::FunctionCallExpr&>(expr), env);
    case AK::kCountStar: {
      if (env.aggregates == nullptr || env.in_aggregate) {
        return SemanticError(
            expr.span(),
            env.in_aggregate ? "NestedAggregation" : "InvalidAggregation",
            absl::StrCat("count(*) is not allowed ", env.where));
      }
      BoundAggregate agg;
      agg.slot = NewSlot();
      Slot slot = agg.slot;
      env.aggregates->push_back(std::move(agg));
      return SlotRef(slot, expr.span());
    }
    case AK::kCase: {
      const auto& c = static_cast<const ast::CaseExpr&>(expr);
      out = Make(Kind::kCase, expr.span());
      if (c.subject) {
        out->flag = true;
        KG_ASSIGN_OR_RETURN(BoundExprPtr s, bind(c.subject));
        out->children.push_back(std::move(s));
      }
      for (const auto& [when, then] : c.whens) {
        KG_ASSIGN_OR_RETURN(BoundExprPtr w, bind(when));
        KG_ASSIGN_OR_RETURN(BoundExprPtr t, bind(then));
        out->children.push_back(std::move(w));
        out->children.push_back(std::move(t));
      }
      if (c.otherwise) {
        out->op = 1;
        KG_ASSIGN_OR_RETURN(BoundExprPtr e, bind(c.otherwise));
        out->children.push_back(std::move(e));
      }
      return out;
    }
    case AK::kList: {
      out = Make(Kind::kList, expr.span());
      for (const ast::ExprPtr& e :
           static_cast<const ast::ListExpr&>(expr).items) {
        KG_ASSIGN_OR_RETURN(BoundExprPtr b, bind(e));
        out->children.push_back(std::move(b));
      }
      return out;
    }
    case AK::kMap: {
      out = Make(Kind::kMap, expr.span());
      for (const auto& [name, e] :
           static_cast<const ast::MapExpr&>(expr).entries) {
        KG_ASSIGN_OR_RETURN(BoundExprPtr b, bind(e));
        out->names.push_back(name.text);
        out->children.push_back(std::move(b));
      }
      return out;
    }
    case AK::kListComprehension:
    case AK::kQuantifier:
    case AK::kReduce:
      return BindIterating(expr, env);
    case AK::kPatternComprehension: {
      const auto& p = static_cast<const ast::PatternComprehensionExpr&>(expr);
      return BindSubPattern({p.pattern.get()}, p.predicate.get(),
                            p.projection.get(), Kind::kPatternComprehension,
                            expr.span(), *env.scope);
    }
    case AK::kPatternPredicate: {
      const auto& p = static_cast<const ast::PatternPredicateExpr&>(expr);
      return BindSubPattern({p.pattern.get()}, nullptr, nullptr, Kind::kExists,
                            expr.span(), *env.scope);
    }
    case AK::kExists: {
      const auto& x = static_cast<const ast::ExistsExpr&>(expr);
      if (x.query) return BindExistsQuery(x, env);
      std::vector<const ast::Pattern*> patterns;
      for (const auto& p : x.patterns) patterns.push_back(p.get());
      return BindSubPattern(patterns, x.predicate.get(), nullptr, Kind::kExists,
                            expr.span(), *env.scope);
    }
    case AK::kMapProjection:
      return BindMapProjection(static_cast<const ast::MapProjectionExpr&>(expr),
                               env);
  }
  return SemanticError(expr.span(), "UnexpectedSyntax", "unknown expression");
}

}  // namespace kg::query
