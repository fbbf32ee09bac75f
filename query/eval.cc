// The expression evaluator's dispatcher: one case per BoundExpr kind.
// Collection-building and iterating forms live in eval_collections.cc.
#include "query/eval.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "query/errors.h"
#include "query/eval_internal.h"
#include "query/functions/registry.h"
#include "query/temporal_build.h"

namespace kg::query {
namespace {

absl::StatusOr<Value> EvalHasLabels(const BoundExpr& e, Row& row,
                                    ExecContext& ctx) {
  KG_ASSIGN_OR_RETURN(Value v, Eval(*e.children[0], row, ctx));
  if (v.is_null()) return Value();
  if (v.is_relationship()) {
    // r:T holds when T is the relationship's type.
    if (!ctx.graph->ContainsRelationship(v.AsRelationship())) return Value();
    TypeId type = ctx.graph->Type(v.AsRelationship());
    for (const LazyId& label : e.labels) {
      std::optional<uint32_t> id = label.Type(*ctx.graph);
      if (!id || *id != type) return Value::Bool(false);
    }
    return Value::Bool(true);
  }
  if (!v.is_node()) return TypeError("label predicates need a node");
  if (!ctx.graph->ContainsNode(v.AsNode())) return Value();
  for (const LazyId& label : e.labels) {
    std::optional<uint32_t> id = label.Label(*ctx.graph);
    if (!id || !ctx.graph->HasLabel(v.AsNode(), *id)) return Value::Bool(false);
  }
  return Value::Bool(true);
}

absl::StatusOr<Value> EvalUnary(const BoundExpr& e, Row& row,
                                ExecContext& ctx) {
  KG_ASSIGN_OR_RETURN(Value v, Eval(*e.children[0], row, ctx));
  switch (static_cast<ast::UnaryOp>(e.op)) {
    case ast::UnaryOp::kNot:
      if (v.is_null()) return v;
      if (!v.is_bool()) return TypeError("NOT expects a boolean");
      return Value::Bool(!v.AsBool());
    case ast::UnaryOp::kMinus:
      return Negate(v);
    case ast::UnaryOp::kPlus:
      if (!v.is_null() && !v.is_number()) return TypeError("expected a number");
      return v;
  }
  return v;
}

// -1 false, 0 null, 1 true.
absl::StatusOr<int> Truth(const Value& v) {
  if (v.is_null()) return 0;
  if (!v.is_bool()) {
    return TypeError(std::string("expected a boolean, not a ") +
                     Value::KindName(v.kind()));
  }
  return v.AsBool() ? 1 : -1;
}

Value FromTruth(int t) { return t == 0 ? Value() : Value::Bool(t > 0); }

absl::StatusOr<Value> EvalLogical(ast::BinaryOp op, const BoundExpr& e,
                                  Row& row, ExecContext& ctx) {
  KG_ASSIGN_OR_RETURN(Value a, Eval(*e.children[0], row, ctx));
  KG_ASSIGN_OR_RETURN(int x, Truth(a));
  KG_ASSIGN_OR_RETURN(Value b, Eval(*e.children[1], row, ctx));
  KG_ASSIGN_OR_RETURN(int y, Truth(b));
  switch (op) {
    case ast::BinaryOp::kAnd:
      return FromTruth(std::min(x, y));
    case ast::BinaryOp::kOr:
      return FromTruth(std::max(x, y));
    default:
      if (x == 0 || y == 0) return Value();
      return Value::Bool(x != y);
  }
}

absl::StatusOr<Value> EvalStringOp(ast::BinaryOp op, const Value& a,
                                   const Value& b) {
  if (!a.is_string() || !b.is_string()) return Value();
  const std::string& s = a.AsString();
  const std::string& t = b.AsString();
  switch (op) {
    case ast::BinaryOp::kStartsWith:
      return Value::Bool(s.compare(0, t.size(), t) == 0 &&
                         s.size() >= t.size());
    case ast::BinaryOp::kEndsWith:
      return Value::Bool(s.size() >= t.size() &&
                         s.compare(s.size() - t.size(), t.size(), t) == 0);
    default:
      return Value::Bool(s.find(t) != std::string::npos);
  }
}

absl::StatusOr<Value> EvalBinary(const BoundExpr& e, Row& row,
                                 ExecContext& ctx) {
  auto op = static_cast<ast::BinaryOp>(e.op);
  switch (op) {
    case ast::BinaryOp::kAnd:
    case ast::BinaryOp::kOr:
    case ast::BinaryOp::kXor:
      return EvalLogical(op, e, row, ctx);
    default:
      break;
  }
  KG_ASSIGN_OR_RETURN(Value a, Eval(*e.children[0], row, ctx));
  KG_ASSIGN_OR_RETURN(Value b, Eval(*e.children[1], row, ctx));
  switch (op) {
    case ast::BinaryOp::kIn:
      return InList(a, b);
    case ast::BinaryOp::kStartsWith:
    case ast::BinaryOp::kEndsWith:
    case ast::BinaryOp::kContains:
      return EvalStringOp(op, a, b);
    case ast::BinaryOp::kRegexMatch:
      return RegexMatch(a, b);
    default:
      break;
  }
  if (op == ast::BinaryOp::kAdd) {
    // The bytes a concatenation is about to allocate, checked first: a
    // doubling string or list must stop at the budget, not at bad_alloc.
    uint64_t more = 0;
    for (const Value* v : {&a, &b}) {
      if (v->is_string()) more += v->AsString().size();
      if (v->is_list()) more += v->AsList().size() * sizeof(Value);
    }
    KG_RETURN_IF_ERROR(ctx.CheckMemory(more));
  }
  return Arithmetic(op, a, b);
}

absl::StatusOr<Value> EvalComparison(const BoundExpr& e, Row& row,
                                     ExecContext& ctx) {
  KG_ASSIGN_OR_RETURN(Value left, Eval(*e.children[0], row, ctx));
  int result = 1;
  for (size_t i = 0; i < e.cops.size(); ++i) {
    KG_ASSIGN_OR_RETURN(Value right, Eval(*e.children[i + 1], row, ctx));
    Value v = CompareValues(e.cops[i], left, right);
    int t = v.is_null() ? 0 : v.AsBool() ? 1 : -1;
    result = std::min(result, t);
    left = std::move(right);
  }
  return FromTruth(result);
}

absl::StatusOr<Value> EvalFunction(const BoundExpr& e, Row& row,
                                   ExecContext& ctx) {
  std::vector<Value> args;
  args.reserve(e.children.size());
  for (const BoundExprPtr& c : e.children) {
    KG_ASSIGN_OR_RETURN(Value v, Eval(*c, row, ctx));
    args.push_back(std::move(v));
  }
  return e.function->call(ctx, args);
}

absl::StatusOr<Value> EvalCase(const BoundExpr& e, Row& row, ExecContext& ctx) {
  size_t i = 0;
  Value subject;
  if (e.flag) {
    KG_ASSIGN_OR_RETURN(subject, Eval(*e.children[0], row, ctx));
    i = 1;
  }
  size_t end = e.children.size() - (e.op == 1 ? 1 : 0);
  for (; i + 1 < end; i += 2) {
    KG_ASSIGN_OR_RETURN(Value w, Eval(*e.children[i], row, ctx));
    bool hit = e.flag ? Equals(subject, w) == Ternary::kTrue
                      : (w.is_bool() && w.AsBool());
    if (hit) return Eval(*e.children[i + 1], row, ctx);
  }
  if (e.op == 1) return Eval(*e.children.back(), row, ctx);
  return Value();
}

}  // namespace

absl::StatusOr<Value> PropertyOf(const Value& object, KeyId key,
                                 std::string_view name, ExecContext& ctx) {
  const Value* v = nullptr;
  switch (object.kind()) {
    case Value::Kind::kNull:
      return Value();
    case Value::Kind::kNode:
      if (!ctx.graph->ContainsNode(object.AsNode())) return Value();
      if (ctx.mutations->IsDeleted(object.AsNode())) {
        return RuntimeError("DeletedEntityAccess", "the node was deleted");
      }
      v = ctx.graph->Property(object.AsNode(), key);
      break;
    case Value::Kind::kRelationship:
      if (!ctx.graph->ContainsRelationship(object.AsRelationship())) {
        return Value();
      }
      if (ctx.mutations->IsDeleted(object.AsRelationship())) {
        return RuntimeError("DeletedEntityAccess",
                            "the relationship was deleted");
      }
      v = ctx.graph->Property(object.AsRelationship(), key);
      break;
    case Value::Kind::kMap: {
      auto it = object.AsMap().find(name);
      if (it != object.AsMap().end()) v = &it->second;
      break;
    }
    default:
      if (object.is_temporal()) return TemporalComponent(object, name);
      return TypeError(std::string("cannot read a property of a ") +
                       Value::KindName(object.kind()));
  }
  return v == nullptr ? Value() : *v;
}

absl::Status CheckDepth(const Value& v) {
  if (v.depth() <= kMaxValueDepth) return absl::OkStatus();
  return RuntimeError("NestingTooDeep",
                      absl::StrCat("a value may nest lists and maps at most ",
                                   kMaxValueDepth, " levels deep"));
}

absl::StatusOr<Value> Eval(const BoundExpr& e, Row& row, ExecContext& ctx) {
  switch (e.kind) {
    case BoundExpr::Kind::kLiteral:
      return e.value;
    case BoundExpr::Kind::kSlot:
      return row[e.slot];
    case BoundExpr::Kind::kProperty: {
      KG_ASSIGN_OR_RETURN(Value object, Eval(*e.children[0], row, ctx));
      return PropertyOf(object, e.key, e.names[0], ctx);
    }
    case BoundExpr::Kind::kSubscript:
      return EvalSubscript(e, row, ctx);
    case BoundExpr::Kind::kSlice:
      return EvalSlice(e, row, ctx);
    case BoundExpr::Kind::kHasLabels:
      return EvalHasLabels(e, row, ctx);
    case BoundExpr::Kind::kUnary:
      return EvalUnary(e, row, ctx);
    case BoundExpr::Kind::kBinary:
      return EvalBinary(e, row, ctx);
    case BoundExpr::Kind::kComparison:
      return EvalComparison(e, row, ctx);
    case BoundExpr::Kind::kIsNull: {
      KG_ASSIGN_OR_RETURN(Value v, Eval(*e.children[0], row, ctx));
      return Value::Bool(v.is_null() != e.flag);
    }
    case BoundExpr::Kind::kFunction:
      return EvalFunction(e, row, ctx);
    case BoundExpr::Kind::kCase:
      return EvalCase(e, row, ctx);
    case BoundExpr::Kind::kList:
    case BoundExpr::Kind::kMap:
    case BoundExpr::Kind::kListComprehension:
    case BoundExpr::Kind::kQuantifier:
    case BoundExpr::Kind::kReduce:
    case BoundExpr::Kind::kMapProjection: {
      // The forms that nest values are where a value can grow deeper.
      KG_ASSIGN_OR_RETURN(Value v, EvalCollection(e, row, ctx));
      KG_RETURN_IF_ERROR(CheckDepth(v));
      return v;
    }
    case BoundExpr::Kind::kPatternComprehension:
    case BoundExpr::Kind::kExists: {
      KG_ASSIGN_OR_RETURN(Value v, EvalSubPlan(e, row, ctx));
      KG_RETURN_IF_ERROR(CheckDepth(v));
      return v;
    }
    case BoundExpr::Kind::kPath:
      return EvalPath(e, row, ctx);
  }
  return Value();
}

absl::StatusOr<bool> EvalPredicate(const BoundExpr& expr, Row& row,
                                   ExecContext& ctx) {
  KG_ASSIGN_OR_RETURN(Value v, Eval(expr, row, ctx));
  if (v.is_null()) return false;
  if (!v.is_bool()) {
    return TypeError(std::string("a predicate must be a boolean, not a ") +
                     Value::KindName(v.kind()));
  }
  return v.AsBool();
}

}  // namespace kg::query
