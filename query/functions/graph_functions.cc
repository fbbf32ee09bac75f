// Functions over graph elements: id, labels, type, properties, keys, nodes,
// relationships, length, startNode, endNode, exists.
#include <string>

#include "query/errors.h"
#include "query/functions/registry.h"

namespace kg::query {
namespace {

using Args = absl::Span<const Value>;

absl::StatusOr<Value> Id(ExecContext&, Args a) {
  if (a[0].is_null()) return Value();
  if (a[0].is_node())
    return Value::Int(static_cast<int64_t>(Raw(a[0].AsNode())));
  if (a[0].is_relationship()) {
    return Value::Int(static_cast<int64_t>(Raw(a[0].AsRelationship())));
  }
  return TypeError("id() expects a node or a relationship");
}

absl::StatusOr<Value> Labels(ExecContext& ctx, Args a) {
  if (a[0].is_null()) return Value();
  if (a[0].is_path()) return TypeError("labels() expects a node");
  if (!a[0].is_node()) {
    return RuntimeError("InvalidArgumentValue", "labels() expects a node");
  }
  if (ctx.mutations->IsDeleted(a[0].AsNode())) {
    return RuntimeError("DeletedEntityAccess", "the node was deleted");
  }
  if (!ctx.graph->ContainsNode(a[0].AsNode())) return Value();
  absl::Span<const LabelId> labels = ctx.graph->Labels(a[0].AsNode());
  absl::InlinedVector<LabelId, 4> key(labels.begin(), labels.end());
  auto [it, inserted] = ctx.label_lists.try_emplace(std::move(key));
  if (inserted) {
    ValueList out;
    for (LabelId l : labels) {
      out.push_back(Value::String(ctx.graph->LabelName(l)));
    }
    it->second = Value::List(std::move(out));
  }
  return it->second;
}

absl::StatusOr<Value> Type(ExecContext& ctx, Args a) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_relationship())
    return RuntimeError("InvalidArgumentValue",
                        "type() expects a relationship");
  RelId r = a[0].AsRelationship();
  if (!ctx.graph->ContainsRelationship(r)) return Value();
  return Value::String(ctx.graph->TypeName(ctx.graph->Type(r)));
}

absl::StatusOr<Value> PropertiesMap(ExecContext& ctx, const Value& v) {
  const PropertyList* props = nullptr;
  if (v.is_node() && ctx.graph->ContainsNode(v.AsNode())) {
    props = &ctx.graph->Properties(v.AsNode());
  } else if (v.is_relationship() &&
             ctx.graph->ContainsRelationship(v.AsRelationship())) {
    props = &ctx.graph->Properties(v.AsRelationship());
  } else if (v.is_node() || v.is_relationship()) {
    return Value::Map({});
  } else {
    return TypeError("expected a node, a relationship or a map");
  }
  ValueMap out;
  for (const auto& [key, value] : *props) {
    out.emplace(ctx.graph->KeyName(key), value);
  }
  return Value::Map(std::move(out));
}

absl::StatusOr<Value> Properties(ExecContext& ctx, Args a) {
  if (a[0].is_null()) return Value();
  if (a[0].is_map()) return a[0];
  return PropertiesMap(ctx, a[0]);
}

absl::StatusOr<Value> Keys(ExecContext& ctx, Args a) {
  if (a[0].is_null()) return Value();
  Value map = a[0];
  if (!map.is_map()) {
    KG_ASSIGN_OR_RETURN(map, PropertiesMap(ctx, a[0]));
  }
  ValueList out;
  for (const auto& [key, value] : map.AsMap()) {
    out.push_back(Value::String(key));
  }
  return Value::List(std::move(out));
}

absl::StatusOr<Value> Nodes(ExecContext&, Args a) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_path()) return TypeError("nodes() expects a path");
  ValueList out;
  for (NodeId n : a[0].AsPath().nodes) out.push_back(Value::Node(n));
  return Value::List(std::move(out));
}

absl::StatusOr<Value> Relationships(ExecContext&, Args a) {
  if (a[0].is_null()) return Value();
  if (!a[0].is_path()) return TypeError("relationships() expects a path");
  ValueList out;
  for (RelId r : a[0].AsPath().rels) out.push_back(Value::Relationship(r));
  return Value::List(std::move(out));
}

absl::StatusOr<Value> Length(ExecContext&, Args a) {
  if (a[0].is_null()) return Value();
  if (a[0].is_path()) {
    return Value::Int(static_cast<int64_t>(a[0].AsPath().rels.size()));
  }
  return TypeError("length() expects a path");
}

absl::StatusOr<Value> EndPoint(ExecContext& ctx, const Value& v, bool start) {
  if (v.is_null()) return Value();
  if (!v.is_relationship()) return TypeError("expected a relationship");
  RelId r = v.AsRelationship();
  if (!ctx.graph->ContainsRelationship(r)) return Value();
  return Value::Node(start ? ctx.graph->Source(r) : ctx.graph->Target(r));
}

absl::StatusOr<Value> StartNode(ExecContext& ctx, Args a) {
  return EndPoint(ctx, a[0], true);
}

absl::StatusOr<Value> EndNode(ExecContext& ctx, Args a) {
  return EndPoint(ctx, a[0], false);
}

absl::StatusOr<Value> Exists(ExecContext&, Args a) {
  return Value::Bool(!a[0].is_null());
}

const Function kFunctions[] = {
    {"id", 1, 1, Id},
    {"labels", 1, 1, Labels},
    {"type", 1, 1, Type},
    {"properties", 1, 1, Properties},
    {"keys", 1, 1, Keys},
    {"nodes", 1, 1, Nodes},
    {"relationships", 1, 1, Relationships},
    {"length", 1, 1, Length},
    {"startNode", 1, 1, StartNode},
    {"endNode", 1, 1, EndNode},
    {"exists", 1, 1, Exists},
};

}  // namespace

absl::Span<const Function> GraphFunctions() { return kFunctions; }

}  // namespace kg::query
