// Mutations: every graph write a statement makes, counted and undoable.
//
// Write operators never touch the Graph directly: they go through this class,
// which counts the TCK's side effects and keeps an undo log, so that a
// statement that fails part-way is rolled back (Rollback) and one that
// succeeds is made final (Commit). Deletions are staged: a deleted node or
// relationship disappears from scans and expansions at once (IsDeleted) but is
// removed from the graph only at Commit, where a node deleted without DETACH
// that still has relationships fails with DeleteConnectedNode - as openCypher
// checks it at the end of the statement.
#ifndef KG_QUERY_MUTATIONS_H_
#define KG_QUERY_MUTATIONS_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "graph/graph.h"
#include "query/engine.h"

namespace kg::query {

class Mutations {
 public:
  explicit Mutations(Graph* graph);
  Mutations(const Mutations&) = delete;
  Mutations& operator=(const Mutations&) = delete;

  NodeId CreateNode();
  absl::StatusOr<RelId> CreateRelationship(NodeId from, NodeId to, TypeId type);
  // Null removes; a value that is not storable is InvalidArgumentType.
  absl::Status SetProperty(const Value& entity, KeyId key, Value value);
  absl::Status AddLabel(NodeId node, LabelId label);
  absl::Status RemoveLabel(NodeId node, LabelId label);
  absl::Status DeleteNode(NodeId node, bool detach);
  absl::Status DeleteRelationship(RelId rel);

  bool IsDeleted(NodeId node) const { return deleted_nodes_.contains(node); }
  bool IsDeleted(RelId rel) const { return deleted_rels_.contains(rel); }

  absl::Status Commit();
  void Rollback();

  // The side effects as the TCK counts them: the difference between the
  // graph before and after the statement. A node created and deleted in the
  // same statement counts for nothing; a property is +1 when it appears, -1
  // when it disappears, both when its value changes, nothing when it ends as
  // it began; labels count as label names coming into or going out of use.
  // Valid after a successful Commit().
  const SideEffects& side_effects() const { return effects_; }

 private:
  struct Undo {
    enum class Kind : uint8_t {
      kNode,
      kRel,
      kNodeProperty,
      kRelProperty,
      kAddLabel,
      kRemoveLabel
    };
    Kind kind;
    uint64_t id;
    uint32_t key;  // property key or label
    Value old;     // old property value (null: absent)
  };

  std::vector<bool> LabelsInUse() const;
  // (is_node, raw id) of an element.
  using Element = std::pair<bool, uint64_t>;
  // Remembers a property's value from before the statement, on first touch.
  void Touch(Element element, KeyId key, const Value* old);
  void CountEffects();

  Graph* graph_;
  std::vector<bool> labels_before_;
  std::vector<Undo> undo_;
  SideEffects effects_;
  absl::flat_hash_set<NodeId> deleted_nodes_;
  std::vector<std::pair<NodeId, bool>> node_deletes_;  // (node, detach)
  absl::flat_hash_set<RelId> deleted_rels_;
  absl::flat_hash_set<NodeId> created_nodes_;
  absl::flat_hash_set<RelId> created_rels_;
  // The original values (null: absent) of every property written.
  absl::flat_hash_map<Element, absl::flat_hash_map<KeyId, Value>> touched_;
};

}  // namespace kg::query

#endif  // KG_QUERY_MUTATIONS_H_
