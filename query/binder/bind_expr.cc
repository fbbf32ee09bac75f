// Binding expressions: names to slots and key ids, parameters to literals;
// function calls, iterations and map projections are in bind_forms.cc.
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "query/binder/binder_internal.h"
#include "query/functions/registry.h"

namespace kg::query {

using Kind = BoundExpr::Kind;

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
      out = MakeBound(Kind::kLiteral, expr.span());
      out->value = static_cast<const ast::LiteralExpr&>(expr).value;
      return out;
    case AK::kParameter: {
      const auto& p = static_cast<const ast::ParameterExpr&>(expr);
      auto it = parameters_.find(p.name);
      if (it == parameters_.end()) {
        return SemanticError(expr.span(), "MissingParameter",
                             absl::StrCat("missing parameter $", p.name));
      }
      out = MakeBound(Kind::kLiteral, expr.span());
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
      out = MakeBound(Kind::kProperty, expr.span());
      KG_ASSIGN_OR_RETURN(BoundExprPtr object, bind(p.object));
      out->children.push_back(std::move(object));
      out->key = Key(p.key.text);
      out->names.push_back(p.key.text);
      return out;
    }
    case AK::kSubscript: {
      const auto& s = static_cast<const ast::SubscriptExpr&>(expr);
      out = MakeBound(Kind::kSubscript, expr.span());
      KG_ASSIGN_OR_RETURN(BoundExprPtr object, bind(s.object));
      KG_ASSIGN_OR_RETURN(BoundExprPtr index, bind(s.index));
      out->children.push_back(std::move(object));
      out->children.push_back(std::move(index));
      return out;
    }
    case AK::kSlice: {
      const auto& s = static_cast<const ast::SliceExpr&>(expr);
      out = MakeBound(Kind::kSlice, expr.span());
      for (const ast::ExprPtr* e : {&s.object, &s.from, &s.to}) {
        KG_ASSIGN_OR_RETURN(BoundExprPtr b, bind(*e));
        out->children.push_back(std::move(b));
      }
      return out;
    }
    case AK::kHasLabels: {
      const auto& h = static_cast<const ast::HasLabelsExpr&>(expr);
      out = MakeBound(Kind::kHasLabels, expr.span());
      KG_ASSIGN_OR_RETURN(BoundExprPtr object, bind(h.object));
      out->children.push_back(std::move(object));
      for (const ast::Name& l : h.labels) out->labels.emplace_back(l.text);
      return out;
    }
    case AK::kUnary: {
      const auto& u = static_cast<const ast::UnaryExpr&>(expr);
      out = MakeBound(Kind::kUnary, expr.span());
      out->op = static_cast<int>(u.op);
      KG_ASSIGN_OR_RETURN(BoundExprPtr operand, bind(u.operand));
      out->children.push_back(std::move(operand));
      return out;
    }
    case AK::kBinary: {
      const auto& b = static_cast<const ast::BinaryExpr&>(expr);
      out = MakeBound(Kind::kBinary, expr.span());
      out->op = static_cast<int>(b.op);
      KG_ASSIGN_OR_RETURN(BoundExprPtr lhs, bind(b.lhs));
      KG_ASSIGN_OR_RETURN(BoundExprPtr rhs, bind(b.rhs));
      out->children.push_back(std::move(lhs));
      out->children.push_back(std::move(rhs));
      return out;
    }
    case AK::kComparison: {
      const auto& c = static_cast<const ast::ComparisonExpr&>(expr);
      out = MakeBound(Kind::kComparison, expr.span());
      out->cops = c.ops;
      for (const ast::ExprPtr& e : c.operands) {
        KG_ASSIGN_OR_RETURN(BoundExprPtr b, bind(e));
        out->children.push_back(std::move(b));
      }
      return out;
    }
    case AK::kIsNull: {
      const auto& n = static_cast<const ast::IsNullExpr&>(expr);
      out = MakeBound(Kind::kIsNull, expr.span());
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
      out = MakeBound(Kind::kCase, expr.span());
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
      out = MakeBound(Kind::kList, expr.span());
      for (const ast::ExprPtr& e :
           static_cast<const ast::ListExpr&>(expr).items) {
        KG_ASSIGN_OR_RETURN(BoundExprPtr b, bind(e));
        out->children.push_back(std::move(b));
      }
      return out;
    }
    case AK::kMap: {
      out = MakeBound(Kind::kMap, expr.span());
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
