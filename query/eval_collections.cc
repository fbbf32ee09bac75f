// The evaluator's collection forms: subscripts and slices, list and map
// literals, comprehensions, quantifiers, reduce, map projections, paths,
// pattern subplans and regular expressions.
#include <memory>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "query/errors.h"
#include "query/eval_internal.h"
#include "query/operators/operator.h"
#include "re2/re2.h"

namespace kg::query {
namespace {

// A negative index counts from the end; nullopt when out of range.
std::optional<size_t> Index(int64_t i, size_t size) {
  int64_t n = static_cast<int64_t>(size);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return std::nullopt;
  return static_cast<size_t>(i);
}

absl::StatusOr<Value> EvalQuantifier(const BoundExpr& e, const Value& list,
                                     Row& row, ExecContext& ctx) {
  int64_t trues = 0, falses = 0, nulls = 0;
  for (const Value& item : list.AsList()) {
    KG_RETURN_IF_ERROR(ctx.Tick());
    row[e.slot] = item;
    Value v = Value::Bool(true);
    if (e.children[1]) {
      KG_ASSIGN_OR_RETURN(v, Eval(*e.children[1], row, ctx));
    }
    if (v.is_null()) {
      ++nulls;
    } else if (!v.is_bool()) {
      return TypeError("a quantifier predicate must be a boolean");
    } else if (v.AsBool()) {
      ++trues;
    } else {
      ++falses;
    }
  }
  switch (static_cast<ast::QuantifierKind>(e.op)) {
    case ast::QuantifierKind::kAll:
      if (falses > 0) return Value::Bool(false);
      return nulls > 0 ? Value() : Value::Bool(true);
    case ast::QuantifierKind::kAny:
      if (trues > 0) return Value::Bool(true);
      return nulls > 0 ? Value() : Value::Bool(false);
    case ast::QuantifierKind::kNone:
      if (trues > 0) return Value::Bool(false);
      return nulls > 0 ? Value() : Value::Bool(true);
    case ast::QuantifierKind::kSingle:
      if (trues > 1) return Value::Bool(false);
      if (nulls > 0) return Value();
      return Value::Bool(trues == 1);
  }
  return Value();
}

absl::StatusOr<Value> EvalMapProjection(const BoundExpr& e, Row& row,
                                        ExecContext& ctx) {
  KG_ASSIGN_OR_RETURN(Value object, Eval(*e.children[0], row, ctx));
  if (object.is_null()) return Value();
  ValueMap out;
  for (size_t i = 0; i < e.item_kinds.size(); ++i) {
    auto kind = static_cast<ast::MapProjectionExpr::ItemKind>(e.item_kinds[i]);
    switch (kind) {
      case ast::MapProjectionExpr::ItemKind::kProperty: {
        KG_ASSIGN_OR_RETURN(Value v,
                            PropertyOf(object, e.keys[i], e.names[i], ctx));
        out[e.names[i]] = std::move(v);
        break;
      }
      case ast::MapProjectionExpr::ItemKind::kAllProperties: {
        if (object.is_map()) {
          for (const auto& [k, v] : object.AsMap()) out[k] = v;
          break;
        }
        if (!object.is_node() && !object.is_relationship()) {
          return TypeError("map projection needs a node, relationship or map");
        }
        const PropertyList& props =
            object.is_node() ? ctx.graph->Properties(object.AsNode())
                             : ctx.graph->Properties(object.AsRelationship());
        for (const auto& [k, v] : props) out[ctx.graph->KeyName(k)] = v;
        break;
      }
      default: {
        KG_ASSIGN_OR_RETURN(Value v, Eval(*e.children[i + 1], row, ctx));
        out[e.names[i]] = std::move(v);
        break;
      }
    }
  }
  return Value::Map(std::move(out));
}

}  // namespace

absl::StatusOr<Value> EvalSubscript(const BoundExpr& e, Row& row,
                                    ExecContext& ctx) {
  KG_ASSIGN_OR_RETURN(Value object, Eval(*e.children[0], row, ctx));
  KG_ASSIGN_OR_RETURN(Value index, Eval(*e.children[1], row, ctx));
  if (object.is_null() || index.is_null()) return Value();
  if (object.is_list()) {
    if (!index.is_int()) return TypeError("a list index must be an integer");
    std::optional<size_t> i = Index(index.AsInt(), object.AsList().size());
    return i ? object.AsList()[*i] : Value();
  }
  if (object.is_map() || object.is_node() || object.is_relationship()) {
    if (!index.is_string()) {
      return RuntimeError("MapElementAccessByNonString",
                          "a map key must be a string");
    }
    std::optional<KeyId> key = ctx.graph->FindKey(index.AsString());
    if (object.is_map()) {
      auto it = object.AsMap().find(index.AsString());
      return it == object.AsMap().end() ? Value() : it->second;
    }
    if (!key) return Value();
    return PropertyOf(object, *key, index.AsString(), ctx);
  }
  return TypeError(std::string("cannot subscript a ") +
                   Value::KindName(object.kind()));
}

absl::StatusOr<Value> EvalSlice(const BoundExpr& e, Row& row,
                                ExecContext& ctx) {
  KG_ASSIGN_OR_RETURN(Value object, Eval(*e.children[0], row, ctx));
  if (object.is_null()) return Value();
  if (!object.is_list()) return TypeError("only lists can be sliced");
  int64_t n = static_cast<int64_t>(object.AsList().size());
  int64_t bounds[2] = {0, n};
  for (int i = 0; i < 2; ++i) {
    if (!e.children[i + 1]) continue;
    KG_ASSIGN_OR_RETURN(Value b, Eval(*e.children[i + 1], row, ctx));
    if (b.is_null()) return Value();
    if (!b.is_int()) return TypeError("slice bounds must be integers");
    int64_t v = b.AsInt();
    if (v < 0) v += n;
    bounds[i] = std::clamp<int64_t>(v, 0, n);
  }
  if (bounds[1] <= bounds[0]) return Value::List({});
  const ValueList& l = object.AsList();
  return Value::List(ValueList(l.begin() + bounds[0], l.begin() + bounds[1]));
}

absl::StatusOr<Value> EvalCollection(const BoundExpr& e, Row& row,
                                     ExecContext& ctx) {
  switch (e.kind) {
    case BoundExpr::Kind::kList: {
      ValueList out;
      for (const BoundExprPtr& c : e.children) {
        KG_ASSIGN_OR_RETURN(Value v, Eval(*c, row, ctx));
        out.push_back(std::move(v));
      }
      return Value::List(std::move(out));
    }
    case BoundExpr::Kind::kMap: {
      ValueMap out;
      for (size_t i = 0; i < e.children.size(); ++i) {
        KG_ASSIGN_OR_RETURN(Value v, Eval(*e.children[i], row, ctx));
        out[e.names[i]] = std::move(v);
      }
      return Value::Map(std::move(out));
    }
    case BoundExpr::Kind::kMapProjection:
      return EvalMapProjection(e, row, ctx);
    default:
      break;
  }
  // The iterating forms: the list is children[0] (children[1] for reduce).
  bool reduce = e.kind == BoundExpr::Kind::kReduce;
  KG_ASSIGN_OR_RETURN(Value list, Eval(*e.children[reduce ? 1 : 0], row, ctx));
  if (list.is_null()) return Value();
  if (!list.is_list()) {
    return TypeError(std::string("expected a list, not a ") +
                     Value::KindName(list.kind()));
  }
  if (e.kind == BoundExpr::Kind::kQuantifier) {
    return EvalQuantifier(e, list, row, ctx);
  }
  if (reduce) {
    KG_ASSIGN_OR_RETURN(Value acc, Eval(*e.children[0], row, ctx));
    for (const Value& item : list.AsList()) {
      KG_RETURN_IF_ERROR(ctx.Tick());
      row[e.slot2] = std::move(acc);
      row[e.slot] = item;
      KG_ASSIGN_OR_RETURN(acc, Eval(*e.children[2], row, ctx));
    }
    return acc;
  }
  ValueList out;
  for (const Value& item : list.AsList()) {
    KG_RETURN_IF_ERROR(ctx.Tick());
    row[e.slot] = item;
    if (e.children[1]) {
      KG_ASSIGN_OR_RETURN(bool keep, EvalPredicate(*e.children[1], row, ctx));
      if (!keep) continue;
    }
    if (e.children[2]) {
      KG_ASSIGN_OR_RETURN(Value v, Eval(*e.children[2], row, ctx));
      out.push_back(std::move(v));
    } else {
      out.push_back(item);
    }
  }
  return Value::List(std::move(out));
}

absl::StatusOr<Value> EvalSubPlan(const BoundExpr& e, Row& row,
                                  ExecContext& ctx) {
  SubPlan& plan = *e.subplan;
  Row input = row;
  plan.argument->SetInput(&input);
  plan.root->Reset();
  Row out;
  if (e.kind == BoundExpr::Kind::kExists) {
    KG_ASSIGN_OR_RETURN(bool any, plan.root->Next(ctx, out));
    return Value::Bool(any);
  }
  ValueList items;
  while (true) {
    KG_ASSIGN_OR_RETURN(bool more, plan.root->Next(ctx, out));
    if (!more) break;
    KG_ASSIGN_OR_RETURN(Value v, Eval(*e.children[0], out, ctx));
    items.push_back(std::move(v));
  }
  return Value::List(std::move(items));
}

absl::StatusOr<Value> EvalPath(const BoundExpr& e, Row& row, ExecContext& ctx) {
  PathValue path;
  const Value& first = row[e.slots[0]];
  if (!first.is_node()) return Value();
  path.nodes.push_back(first.AsNode());
  for (size_t i = 0; i + 1 < e.slots.size(); i += 2) {
    const Value& rel = row[e.slots[i + 1]];
    const Value& next = row[e.slots[i + 2]];
    if (rel.is_null() || next.is_null()) return Value();
    if (rel.is_list()) {
      for (const Value& r : rel.AsList()) {
        RelId id = r.AsRelationship();
        NodeId here = path.nodes.back();
        NodeId src = ctx.graph->Source(id);
        path.rels.push_back(id);
        path.nodes.push_back(src == here ? ctx.graph->Target(id) : src);
      }
    } else {
      path.rels.push_back(rel.AsRelationship());
      path.nodes.push_back(next.AsNode());
    }
  }
  return Value::Path(std::move(path));
}

absl::StatusOr<Value> RegexMatch(const Value& s, const Value& pattern) {
  if (!s.is_string() || !pattern.is_string()) return Value();
  thread_local absl::flat_hash_map<std::string, std::unique_ptr<RE2>> cache;
  auto it = cache.find(pattern.AsString());
  if (it == cache.end()) {
    if (cache.size() > 64) cache.clear();
    RE2::Options options;
    options.set_log_errors(false);
    auto re = std::make_unique<RE2>(pattern.AsString(), options);
    if (!re->ok()) {
      return RuntimeError("InvalidArgumentValue",
                          "invalid regular expression: " + re->error());
    }
    it = cache.emplace(pattern.AsString(), std::move(re)).first;
  }
  return Value::Bool(RE2::FullMatch(s.AsString(), *it->second));
}

}  // namespace kg::query
