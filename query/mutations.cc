// The undo log and side-effect counters behind every write; see mutations.h.
#include "query/mutations.h"

#include "query/errors.h"

namespace kg::query {

Mutations::Mutations(Graph* graph)
    : graph_(graph), labels_before_(LabelsInUse()) {}

std::vector<bool> Mutations::LabelsInUse() const {
  std::vector<bool> out(graph_->label_count());
  for (LabelId l = 0; l < out.size(); ++l) {
    out[l] = !graph_->NodesWithLabel(l).empty();
  }
  return out;
}

NodeId Mutations::CreateNode() {
  NodeId id = graph_->AddNode();
  undo_.push_back({Undo::Kind::kNode, Raw(id), 0, Value()});
  created_nodes_.insert(id);
  return id;
}

absl::StatusOr<RelId> Mutations::CreateRelationship(NodeId from, NodeId to,
                                                    TypeId type) {
  if (IsDeleted(from) || IsDeleted(to)) {
    return RuntimeError("DeletedEntityAccess",
                        "cannot create a relationship to a deleted node");
  }
  KG_ASSIGN_OR_RETURN(RelId id, graph_->AddRelationship(from, to, type));
  undo_.push_back({Undo::Kind::kRel, Raw(id), 0, Value()});
  created_rels_.insert(id);
  return id;
}

absl::Status Mutations::SetProperty(const Value& entity, KeyId key,
                                    Value value) {
  const Value* old = nullptr;
  bool node = entity.is_node();
  if (node) {
    if (IsDeleted(entity.AsNode())) {
      return RuntimeError("DeletedEntityAccess", "node is deleted");
    }
    old = graph_->Property(entity.AsNode(), key);
  } else if (entity.is_relationship()) {
    if (IsDeleted(entity.AsRelationship())) {
      return RuntimeError("DeletedEntityAccess", "relationship is deleted");
    }
    old = graph_->Property(entity.AsRelationship(), key);
  } else {
    return TypeError("properties can only be set on nodes and relationships");
  }
  if (value.is_null() && old == nullptr) return absl::OkStatus();
  Element element{node,
                  node ? Raw(entity.AsNode()) : Raw(entity.AsRelationship())};
  Touch(element, key, old);
  Value previous = old ? *old : Value();
  if (!value.is_null()) {
    if (!value.IsStorableProperty()) {
      return RuntimeError(
          "InvalidPropertyType",
          "property values must be primitives or lists of them");
    }
  }
  absl::Status status =
      node
          ? graph_->SetProperty(entity.AsNode(), key, std::move(value))
          : graph_->SetProperty(entity.AsRelationship(), key, std::move(value));
  if (!status.ok()) {
    return RuntimeError("InvalidPropertyType", std::string(status.message()));
  }
  undo_.push_back({node ? Undo::Kind::kNodeProperty : Undo::Kind::kRelProperty,
                   node ? Raw(entity.AsNode()) : Raw(entity.AsRelationship()),
                   key, std::move(previous)});
  return absl::OkStatus();
}

absl::Status Mutations::AddLabel(NodeId node, LabelId label) {
  if (IsDeleted(node)) {
    return RuntimeError("DeletedEntityAccess", "node is deleted");
  }
  if (graph_->AddLabel(node, label)) {
    undo_.push_back({Undo::Kind::kAddLabel, Raw(node), label, Value()});
  }
  return absl::OkStatus();
}

absl::Status Mutations::RemoveLabel(NodeId node, LabelId label) {
  if (IsDeleted(node)) {
    return RuntimeError("DeletedEntityAccess", "node is deleted");
  }
  if (graph_->RemoveLabel(node, label)) {
    undo_.push_back({Undo::Kind::kRemoveLabel, Raw(node), label, Value()});
  }
  return absl::OkStatus();
}

absl::Status Mutations::DeleteNode(NodeId node, bool detach) {
  if (!graph_->ContainsNode(node)) return absl::OkStatus();
  if (detach) {
    std::vector<RelId> rels;
    graph_->ForEachOut(node, [&](RelId r, NodeId) { rels.push_back(r); });
    graph_->ForEachIn(node, [&](RelId r, NodeId) { rels.push_back(r); });
    for (RelId r : rels) KG_RETURN_IF_ERROR(DeleteRelationship(r));
  }
  if (deleted_nodes_.insert(node).second) {
    node_deletes_.emplace_back(node, detach);
  }
  return absl::OkStatus();
}

absl::Status Mutations::DeleteRelationship(RelId rel) {
  if (!graph_->ContainsRelationship(rel)) return absl::OkStatus();
  deleted_rels_.insert(rel);
  return absl::OkStatus();
}

absl::Status Mutations::Commit() {
  for (const auto& [node, detach] : node_deletes_) {
    bool connected = false;
    auto check = [&](RelId r, NodeId) {
      if (!deleted_rels_.contains(r)) connected = true;
    };
    graph_->ForEachOut(node, check);
    graph_->ForEachIn(node, check);
    if (connected) {
      Rollback();
      return RuntimeError("DeleteConnectedNode",
                          "cannot delete a node that has relationships; "
                          "use DETACH DELETE");
    }
  }
  CountEffects();
  for (RelId rel : deleted_rels_) {
    if (graph_->ContainsRelationship(rel)) {
      KG_RETURN_IF_ERROR(graph_->DeleteRelationship(rel));
    }
  }
  for (const auto& entry : node_deletes_) {
    if (graph_->ContainsNode(entry.first)) {
      KG_RETURN_IF_ERROR(graph_->DeleteNode(entry.first, true));
    }
  }
  undo_.clear();
  std::vector<bool> after = LabelsInUse();
  for (size_t l = 0; l < after.size(); ++l) {
    bool before = l < labels_before_.size() && labels_before_[l];
    if (after[l] && !before) ++effects_.labels_added;
    if (!after[l] && before) ++effects_.labels_removed;
  }
  return absl::OkStatus();
}

void Mutations::Touch(Element element, KeyId key, const Value* old) {
  // A map per element: SET with many items on one node stays linear.
  touched_[element].try_emplace(key, old ? *old : Value());
}

void Mutations::CountEffects() {
  for (NodeId n : created_nodes_) {
    if (!deleted_nodes_.contains(n)) ++effects_.nodes_created;
  }
  for (NodeId n : deleted_nodes_) {
    if (!created_nodes_.contains(n)) ++effects_.nodes_deleted;
  }
  for (RelId r : created_rels_) {
    if (!deleted_rels_.contains(r)) ++effects_.relationships_created;
  }
  for (RelId r : deleted_rels_) {
    if (!created_rels_.contains(r)) ++effects_.relationships_deleted;
  }
  // Properties of elements that survive: original against final value.
  auto deleted = [&](Element e) {
    return e.first ? deleted_nodes_.contains(NodeId{e.second})
                   : deleted_rels_.contains(RelId{e.second});
  };
  auto created = [&](Element e) {
    return e.first ? created_nodes_.contains(NodeId{e.second})
                   : created_rels_.contains(RelId{e.second});
  };
  for (const auto& [element, keys] : touched_) {
    if (deleted(element)) continue;
    for (const auto& [key, original] : keys) {
      const Value* now = element.first
                             ? graph_->Property(NodeId{element.second}, key)
                             : graph_->Property(RelId{element.second}, key);
      bool had = !original.is_null();
      bool has = now != nullptr;
      bool same = had && has && Equivalent(original, *now) &&
                  original.kind() == now->kind();
      if (has && !same) ++effects_.properties_set;
      if (had && !same) ++effects_.properties_removed;
    }
  }
  // Elements that existed before and are deleted take their original
  // properties with them.
  auto count_original = [&](Element e, const PropertyList& props) {
    int64_t n = static_cast<int64_t>(props.size());
    auto it = touched_.find(e);
    if (it != touched_.end()) {
      for (const auto& [key, original] : it->second) {
        bool now = props.Get(key) != nullptr;
        n += (original.is_null() ? 0 : 1) - (now ? 1 : 0);
      }
    }
    effects_.properties_removed += n;
  };
  for (NodeId n : deleted_nodes_) {
    if (!created_nodes_.contains(n) && graph_->ContainsNode(n)) {
      count_original({true, Raw(n)}, graph_->Properties(n));
    }
  }
  for (RelId r : deleted_rels_) {
    if (!created_rels_.contains(r) && graph_->ContainsRelationship(r)) {
      count_original({false, Raw(r)}, graph_->Properties(r));
    }
  }
  (void)created;
}

void Mutations::Rollback() {
  // The relationships created, all at once: one by one, a node that got
  // thousands would be searched thousands of times. Nothing else of the
  // statement touched the graph's adjacency (deletions wait for Commit), so
  // the rest undone after them in reverse comes out the same.
  std::vector<RelId> created;
  for (const Undo& u : undo_) {
    if (u.kind == Undo::Kind::kRel) created.push_back(RelId{u.id});
  }
  graph_->DeleteRelationships(created);
  for (auto it = undo_.rbegin(); it != undo_.rend(); ++it) {
    switch (it->kind) {
      case Undo::Kind::kNode:
        if (graph_->ContainsNode(NodeId{it->id})) {
          (void)graph_->DeleteNode(NodeId{it->id}, true);
        }
        break;
      case Undo::Kind::kRel:
        if (graph_->ContainsRelationship(RelId{it->id})) {
          (void)graph_->DeleteRelationship(RelId{it->id});
        }
        break;
      case Undo::Kind::kNodeProperty:
        if (graph_->ContainsNode(NodeId{it->id})) {
          (void)graph_->SetProperty(NodeId{it->id}, it->key, it->old);
        }
        break;
      case Undo::Kind::kRelProperty:
        if (graph_->ContainsRelationship(RelId{it->id})) {
          (void)graph_->SetProperty(RelId{it->id}, it->key, it->old);
        }
        break;
      case Undo::Kind::kAddLabel:
        if (graph_->ContainsNode(NodeId{it->id})) {
          graph_->RemoveLabel(NodeId{it->id}, it->key);
        }
        break;
      case Undo::Kind::kRemoveLabel:
        if (graph_->ContainsNode(NodeId{it->id})) {
          graph_->AddLabel(NodeId{it->id}, it->key);
        }
        break;
    }
  }
  undo_.clear();
  deleted_nodes_.clear();
  deleted_rels_.clear();
  node_deletes_.clear();
  created_nodes_.clear();
  created_rels_.clear();
  touched_.clear();
  effects_ = SideEffects();
}

}  // namespace kg::query
