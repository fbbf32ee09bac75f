// Create, Update, Delete and Merge; see update_ops.h.
#include "query/operators/update_ops.h"

#include "absl/strings/str_cat.h"
#include "query/errors.h"
#include "query/eval.h"

namespace kg::query {
namespace {

absl::Status SetProperties(ExecContext& ctx, const BoundProperties& props,
                           const Value& entity, Row& row) {
  for (const auto& [key, expr] : props) {
    KG_ASSIGN_OR_RETURN(Value v, Eval(*expr, row, ctx));
    if (v.is_null()) continue;
    KG_RETURN_IF_ERROR(ctx.mutations->SetProperty(entity, key, std::move(v)));
  }
  return absl::OkStatus();
}

// The properties a SET n = / n += value assigns, by key name.
absl::StatusOr<ValueMap> AssignedMap(ExecContext& ctx, const Value& v) {
  if (v.is_null()) return ValueMap();
  if (v.is_map()) return v.AsMap();
  if (v.is_node() || v.is_relationship()) {
    ValueMap out;
    const PropertyList& props = v.is_node()
                                    ? ctx.graph->Properties(v.AsNode())
                                    : ctx.graph->Properties(v.AsRelationship());
    for (const auto& [k, value] : props) out[ctx.graph->KeyName(k)] = value;
    return out;
  }
  return TypeError("SET needs a map, a node or a relationship");
}

absl::Status SetAll(ExecContext& ctx, const BoundSetItem& item,
                    const Value& target, Row& row) {
  KG_ASSIGN_OR_RETURN(Value v, Eval(*item.value, row, ctx));
  KG_ASSIGN_OR_RETURN(ValueMap map, AssignedMap(ctx, v));
  if (item.kind == ast::SetItem::Kind::kAllProperties) {
    const PropertyList& props =
        target.is_node() ? ctx.graph->Properties(target.AsNode())
                         : ctx.graph->Properties(target.AsRelationship());
    std::vector<KeyId> stale;
    for (const auto& [k, value] : props) {
      if (!map.contains(ctx.graph->KeyName(k))) stale.push_back(k);
    }
    for (KeyId k : stale) {
      KG_RETURN_IF_ERROR(ctx.mutations->SetProperty(target, k, Value()));
    }
  }
  for (const auto& [name, value] : map) {
    KG_RETURN_IF_ERROR(
        ctx.mutations->SetProperty(target, ctx.graph->InternKey(name), value));
  }
  return absl::OkStatus();
}

// MERGE cannot match or create a property equal to null.
absl::Status CheckNoNulls(ExecContext& ctx, const BoundPattern& pattern,
                          Row& row) {
  auto check = [&](const BoundProperties& props) -> absl::Status {
    for (const auto& [key, expr] : props) {
      KG_ASSIGN_OR_RETURN(Value v, Eval(*expr, row, ctx));
      if (v.is_null()) {
        return RuntimeError("MergeReadOwnWrites",
                            "cannot merge using a null property value");
      }
    }
    return absl::OkStatus();
  };
  for (const BoundNode& n : pattern.nodes)
    KG_RETURN_IF_ERROR(check(n.properties));
  for (const BoundRel& r : pattern.rels)
    KG_RETURN_IF_ERROR(check(r.properties));
  return absl::OkStatus();
}

}  // namespace

absl::Status CreatePattern(ExecContext& ctx, const BoundPattern& pattern,
                           const absl::flat_hash_set<Slot>& bound, Row& row) {
  for (const BoundNode& node : pattern.nodes) {
    if (node.bound_before || bound.contains(node.slot)) {
      if (!row[node.slot].is_node()) {
        return RuntimeError("InvalidArgumentType",
                            "cannot create a relationship to a non-node");
      }
      continue;
    }
    NodeId id = ctx.mutations->CreateNode();
    Value v = Value::Node(id);
    for (const LazyId& l : node.labels) {
      KG_RETURN_IF_ERROR(
          ctx.mutations->AddLabel(id, ctx.graph->InternLabel(l.name())));
    }
    KG_RETURN_IF_ERROR(SetProperties(ctx, node.properties, v, row));
    row[node.slot] = std::move(v);
  }
  PathValue path;
  path.nodes.push_back(row[pattern.nodes[0].slot].AsNode());
  for (size_t i = 0; i < pattern.rels.size(); ++i) {
    const BoundRel& rel = pattern.rels[i];
    NodeId a = row[pattern.nodes[i].slot].AsNode();
    NodeId b = row[pattern.nodes[i + 1].slot].AsNode();
    if (rel.direction == ast::Direction::kRightToLeft) std::swap(a, b);
    TypeId type = ctx.graph->InternType(rel.types[0].name());
    KG_ASSIGN_OR_RETURN(RelId id,
                        ctx.mutations->CreateRelationship(a, b, type));
    Value v = Value::Relationship(id);
    KG_RETURN_IF_ERROR(SetProperties(ctx, rel.properties, v, row));
    row[rel.slot] = std::move(v);
    path.rels.push_back(id);
    path.nodes.push_back(row[pattern.nodes[i + 1].slot].AsNode());
  }
  if (pattern.path_slot != kNoSlot) {
    row[pattern.path_slot] = Value::Path(std::move(path));
  }
  return absl::OkStatus();
}

absl::Status ApplySetItems(ExecContext& ctx,
                           const std::vector<BoundSetItem>& items, Row& row) {
  for (const BoundSetItem& item : items) {
    KG_ASSIGN_OR_RETURN(Value target, Eval(*item.target, row, ctx));
    if (target.is_null()) continue;
    if (!target.is_node() && !target.is_relationship()) {
      return TypeError(
          absl::StrCat("cannot update a ", Value::KindName(target.kind())));
    }
    switch (item.kind) {
      case ast::SetItem::Kind::kProperty: {
        Value v;
        if (!item.remove) {
          KG_ASSIGN_OR_RETURN(v, Eval(*item.value, row, ctx));
        }
        KG_RETURN_IF_ERROR(
            ctx.mutations->SetProperty(target, item.key, std::move(v)));
        break;
      }
      case ast::SetItem::Kind::kLabels:
        if (!target.is_node()) return TypeError("only nodes have labels");
        for (const LazyId& l : item.labels) {
          if (item.remove) {
            if (auto id = l.Label(*ctx.graph)) {
              KG_RETURN_IF_ERROR(
                  ctx.mutations->RemoveLabel(target.AsNode(), *id));
            }
          } else {
            KG_RETURN_IF_ERROR(ctx.mutations->AddLabel(
                target.AsNode(), ctx.graph->InternLabel(l.name())));
          }
        }
        break;
      default:
        KG_RETURN_IF_ERROR(SetAll(ctx, item, target, row));
        break;
    }
  }
  return absl::OkStatus();
}

void EagerUpdate::Reset() {
  Operator::Reset();
  done_ = false;
  rows_.clear();
  pos_ = 0;
}

absl::StatusOr<bool> EagerUpdate::Produce(ExecContext& ctx, Row& row) {
  if (!done_) {
    done_ = true;
    Row in;
    while (true) {
      KG_ASSIGN_OR_RETURN(bool more, child_->Next(ctx, in));
      if (!more) break;
      rows_.push_back(in);
    }
    for (Row& r : rows_) {
      KG_RETURN_IF_ERROR(ctx.CheckInterrupt());
      KG_RETURN_IF_ERROR(Apply(ctx, r));
    }
  }
  if (pos_ >= rows_.size()) return false;
  row = std::move(rows_[pos_++]);
  return true;
}

absl::Status Create::Apply(ExecContext& ctx, Row& row) {
  for (const BoundPattern& p : create_.patterns) {
    KG_RETURN_IF_ERROR(CreatePattern(ctx, p, bound_, row));
  }
  return absl::OkStatus();
}

std::string Update::ToString() const {
  bool remove = !set_.items.empty() && set_.items[0].remove;
  return remove ? "Remove" : "Set";
}

absl::Status Delete::Apply(ExecContext& ctx, Row& row) {
  for (const BoundExprPtr& e : delete_.targets) {
    KG_ASSIGN_OR_RETURN(Value v, Eval(*e, row, ctx));
    if (v.is_null()) continue;
    if (v.is_node()) {
      KG_RETURN_IF_ERROR(ctx.mutations->DeleteNode(v.AsNode(), delete_.detach));
    } else if (v.is_relationship()) {
      KG_RETURN_IF_ERROR(ctx.mutations->DeleteRelationship(v.AsRelationship()));
    } else if (v.is_path()) {
      for (RelId r : v.AsPath().rels) {
        KG_RETURN_IF_ERROR(ctx.mutations->DeleteRelationship(r));
      }
      for (NodeId n : v.AsPath().nodes) {
        KG_RETURN_IF_ERROR(ctx.mutations->DeleteNode(n, delete_.detach));
      }
    } else {
      return TypeError(
          absl::StrCat("cannot delete a ", Value::KindName(v.kind())));
    }
  }
  return absl::OkStatus();
}

void Merge::Reset() {
  Operator::Reset();
  done_ = false;
  out_.clear();
  pos_ = 0;
}

std::vector<const Operator*> Merge::Children() const {
  return {child_.get(), match_.root.get()};
}

absl::StatusOr<bool> Merge::Produce(ExecContext& ctx, Row& row) {
  if (!done_) {
    done_ = true;
    std::vector<Row> inputs;
    Row in;
    while (true) {
      KG_ASSIGN_OR_RETURN(bool more, child_->Next(ctx, in));
      if (!more) break;
      inputs.push_back(in);
    }
    for (Row& input : inputs) {
      KG_RETURN_IF_ERROR(CheckNoNulls(ctx, merge_.pattern, input));
      match_.argument->SetInput(&input);
      match_.root->Reset();
      std::vector<Row> matched;
      Row m;
      while (true) {
        KG_ASSIGN_OR_RETURN(bool more, match_.root->Next(ctx, m));
        if (!more) break;
        matched.push_back(m);
      }
      if (matched.empty()) {
        KG_RETURN_IF_ERROR(CreatePattern(ctx, merge_.pattern, bound_, input));
        KG_RETURN_IF_ERROR(ApplySetItems(ctx, merge_.on_create, input));
        out_.push_back(std::move(input));
      } else {
        for (Row& r : matched) {
          KG_RETURN_IF_ERROR(ApplySetItems(ctx, merge_.on_match, r));
          out_.push_back(std::move(r));
        }
      }
    }
  }
  if (pos_ >= out_.size()) return false;
  row = std::move(out_[pos_++]);
  return true;
}

}  // namespace kg::query
