// Graph: kg's property graph, the one front header of graph/.
//
// Topology lives in per-node adjacency arrays, out and in, whose entries carry
// the relationship, the other end and the type side by side; this class owns
// them together with the per-node and per-relationship records (labels, type,
// properties) and the indexes. graph_bgl.h makes a Graph a Boost.Graph
// (IncidenceGraph, BidirectionalGraph, VertexListGraph).
//
// Invariants:
//   * NodeId and RelId are stable: deleting an element leaves a tombstone, so
//     no other id ever changes, and ids are never reused.
//   * Labels, relationship types and property keys are interned to small ids;
//     a name, once interned, keeps its id for the life of the graph.
//   * Every node has at most one copy of each label; every relationship has
//     exactly one type; properties never hold null (setting null removes).
//   * The label index, the relationship type index and every (label, key)
//     property index agree with the data after every public call. `name` is
//     indexed on every label.
// Thread-safety: const methods may run concurrently; any mutation needs
// exclusive access.
#ifndef KG_GRAPH_GRAPH_H_
#define KG_GRAPH_GRAPH_H_

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/btree_map.h"
#include "absl/container/btree_set.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/inlined_vector.h"
#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "graph/property_list.h"
#include "graph/status_macros.h"
#include "graph/value.h"

namespace kg {

using LabelId = uint32_t;
using TypeId = uint32_t;

// Maps names to dense ids and back. References returned by Name() stay valid
// for the life of the interner.
class Interner {
 public:
  uint32_t Intern(std::string_view name);
  std::optional<uint32_t> Find(std::string_view name) const;
  // REQUIRES: id < size().
  const std::string& Name(uint32_t id) const { return names_[id]; }
  size_t size() const { return names_.size(); }

 private:
  absl::flat_hash_map<std::string, uint32_t> ids_;
  std::deque<std::string> names_;
};

// One entry of a node's adjacency: a relationship, the node at its other end
// and its type, side by side, so that a typed hop reads no relationship record.
struct Adjacent {
  RelId rel;
  uint32_t other;  // the raw NodeId of the other end
  TypeId type;
  NodeId node() const { return NodeId{other}; }
};

struct Topology;  // the adjacency arrays, defined in graph.cc

class Graph {
 public:
  Graph();
  ~Graph();
  Graph(Graph&&) noexcept;
  Graph& operator=(Graph&&) noexcept;
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  // ---- Names ----
  // Interning a label also creates its `name` index.
  LabelId InternLabel(std::string_view name);
  std::optional<LabelId> FindLabel(std::string_view name) const {
    return labels_.Find(name);
  }
  const std::string& LabelName(LabelId id) const { return labels_.Name(id); }
  size_t label_count() const { return labels_.size(); }

  TypeId InternType(std::string_view name) { return types_.Intern(name); }
  std::optional<TypeId> FindType(std::string_view name) const {
    return types_.Find(name);
  }
  const std::string& TypeName(TypeId id) const { return types_.Name(id); }
  size_t type_count() const { return types_.size(); }

  KeyId InternKey(std::string_view name) { return keys_.Intern(name); }
  std::optional<KeyId> FindKey(std::string_view name) const {
    return keys_.Find(name);
  }
  const std::string& KeyName(KeyId id) const { return keys_.Name(id); }
  size_t key_count() const { return keys_.size(); }
  // The id of the `name` key, interned at construction.
  KeyId name_key() const { return name_key_; }

  // Makes room for this many more nodes and relationships, so that bulk
  // loaders (snapshots, CSV) do not pay for repeated growth.
  void Reserve(uint64_t more_nodes, uint64_t more_relationships);

  // Bulk loading. Between BeginBulkLoad() and EndBulkLoad(), AddRelationship
  // only records each relationship; EndBulkLoad() then builds the adjacency
  // with every node's lists sized once, instead of growing them one edge at a
  // time. In between, relationships may be added, given properties and
  // deleted, nodes added and labelled; nothing may read adjacency or degrees
  // or delete a node that has relationships. Ids and adjacency order come
  // out exactly as without bulk loading.
  void BeginBulkLoad();
  void EndBulkLoad();
  // From this many pending relationships on, EndBulkLoad() builds the two
  // directions on two threads.
  static constexpr uint64_t kParallelBulkLoad = 1 << 16;

  // ---- Nodes ----
  NodeId AddNode(absl::Span<const LabelId> labels = {});
  bool ContainsNode(NodeId id) const;
  // Live nodes.
  size_t node_count() const { return live_nodes_; }
  // One past the largest node id ever allocated (deleted ones included).
  uint64_t node_id_limit() const { return nodes_.size(); }

  // REQUIRES for the rest of this block: ContainsNode(id).
  absl::Span<const LabelId> Labels(NodeId id) const;
  bool HasLabel(NodeId id, LabelId label) const;
  // Returns false when the node already had (did not have) the label.
  bool AddLabel(NodeId id, LabelId label);
  bool RemoveLabel(NodeId id, LabelId label);
  const PropertyList& Properties(NodeId id) const;
  const Value* Property(NodeId id, KeyId key) const {
    return Properties(id).Get(key);
  }
  // Null removes the property; a value that is not storable (a map, a node,
  // a nested list, a list holding null) is refused with InvalidArgument.
  absl::Status SetProperty(NodeId id, KeyId key, Value value);
  bool RemoveProperty(NodeId id, KeyId key);

  // Deletes a node. Without `detach`, a node that still has relationships is
  // refused with FailedPrecondition; with it, they are deleted first.
  // A missing or already deleted node gives NotFound.
  absl::Status DeleteNode(NodeId id, bool detach = false);

  // ---- Relationships ----
  // NotFound when either end is not a live node.
  absl::StatusOr<RelId> AddRelationship(NodeId from, NodeId to, TypeId type);
  bool ContainsRelationship(RelId id) const;
  size_t relationship_count() const { return live_rels_; }
  uint64_t relationship_id_limit() const { return rels_.size(); }

  // REQUIRES for the rest of this block: ContainsRelationship(id).
  NodeId Source(RelId id) const;
  NodeId Target(RelId id) const;
  TypeId Type(RelId id) const;
  const PropertyList& Properties(RelId id) const;
  const Value* Property(RelId id, KeyId key) const {
    return Properties(id).Get(key);
  }
  absl::Status SetProperty(RelId id, KeyId key, Value value);
  bool RemoveProperty(RelId id, KeyId key);
  // NotFound when missing or already deleted.
  absl::Status DeleteRelationship(RelId id);
  // Deletes each of `ids` that exists, in one pass over the out-edges of
  // each source node: a hub losing k of its n relationships costs O(n + k),
  // not O(n k) as k calls of DeleteRelationship would.
  void DeleteRelationships(absl::Span<const RelId> ids);

  // ---- Adjacency (REQUIRES: ContainsNode(id)) ----
  // The outgoing / incoming relationships of `id`, in the order they were
  // created. A self-loop is in both. The span is valid until the next change
  // of the graph's relationships.
  absl::Span<const Adjacent> Out(NodeId id) const;
  absl::Span<const Adjacent> In(NodeId id) const;
  // Calls f(relationship, other end) for each outgoing / incoming one, in the
  // order they were created.
  void ForEachOut(NodeId id, absl::FunctionRef<void(RelId, NodeId)> f) const;
  void ForEachIn(NodeId id, absl::FunctionRef<void(RelId, NodeId)> f) const;
  size_t OutDegree(NodeId id) const;
  size_t InDegree(NodeId id) const;

  // ---- Scans, in id order over live elements ----
  void ForEachNode(absl::FunctionRef<void(NodeId)> f) const;
  void ForEachRelationship(absl::FunctionRef<void(RelId)> f) const;

  // ---- Attachments ----
  // Named bytes that travel with the graph in its snapshot and nowhere else
  // (no export writes them): what `kg build` extracted from each document,
  // so that `kg add` and `kg remove` can redo the build with more or fewer
  // documents. Statements never see them.
  const std::map<std::string, std::string, std::less<>>& attachments() const {
    return attachments_;
  }
  void SetAttachment(std::string name, std::string bytes) {
    attachments_[std::move(name)] = std::move(bytes);
  }
  void ClearAttachments() { attachments_.clear(); }

  // ---- Indexes ----
  const absl::btree_set<NodeId>& NodesWithLabel(LabelId label) const;
  const absl::btree_set<RelId>& RelationshipsWithType(TypeId type) const;

  // ---- Statistics for the planner ----
  // The live relationships of `type` whose source (`incoming` false) or
  // target (`incoming` true) carries `label`. Kept as relationships and
  // labels change; a relationship still pending in a bulk load is counted
  // when the load ends.
  uint64_t TypeLabelCount(TypeId type, LabelId label, bool incoming) const;

  // Creates an exact-value index on (label, key), filled from the data.
  // Creating an existing index does nothing.
  void CreateIndex(LabelId label, KeyId key);
  bool HasIndex(LabelId label, KeyId key) const;
  // Every index, in (label, key) order; `name` ones included.
  std::vector<std::pair<LabelId, KeyId>> Indexes() const;
  // Nodes with `label` whose `key` is equivalent to `value` (1 finds 1.0),
  // in id order. REQUIRES: HasIndex(label, key).
  std::vector<NodeId> FindNodes(LabelId label, KeyId key,
                                const Value& value) const;
  // Nodes with `label` whose `key` is a string starting with `prefix`, in
  // order of that string, then id: a range of the index, for STARTS WITH.
  // REQUIRES: HasIndex(label, key).
  std::vector<NodeId> FindNodesWithPrefix(LabelId label, KeyId key,
                                          std::string_view prefix) const;

 private:
  struct NodeRecord {
    absl::InlinedVector<LabelId, 2> labels;
    PropertyList props;
  };
  struct RelRecord {
    uint32_t from;
    uint32_t to;
    TypeId type;
    bool alive = true;
    PropertyList props;
  };
  // One (label, key) index: string values with their nodes as (value, node)
  // pairs in byte order, so that a value or a prefix is a range (one set,
  // not a set per value: most names belong to one node), and every other
  // value hashed.
  struct IndexEntries {
    absl::btree_set<std::pair<std::string, NodeId>> strings;
    absl::flat_hash_map<Value, absl::btree_set<NodeId>, ValueHash,
                        ValueEquivalent>
        others;
  };

  NodeRecord& Node(NodeId id) { return nodes_[Raw(id)]; }
  const NodeRecord& Node(NodeId id) const { return nodes_[Raw(id)]; }
  RelRecord& Rel(RelId id) { return rels_[Raw(id)]; }
  const RelRecord& Rel(RelId id) const { return rels_[Raw(id)]; }

  // Index maintenance for one node under one label.
  void IndexInsert(LabelId label, KeyId key, const Value& value, NodeId id);
  void IndexErase(LabelId label, KeyId key, const Value& value, NodeId id);
  const std::vector<KeyId>& IndexedKeys(LabelId label) const;
  // The statistics' counter of `label` at `end` (0 source, 1 target) of
  // relationships of `type`, made on first use.
  // EndBulkLoad() for one direction (0 outgoing, 1 incoming): the pending
  // relationships' adjacency entries and their type and label counts.
  void BuildPendingAdjacency(int end);
  uint64_t& TypeLabelCounter(int end, TypeId type, LabelId label);
  // Adds `delta` to the statistics of every label at each end of `r`.
  void CountEnds(const RelRecord& r, int64_t delta);
  // Adds `delta` to the statistics of `label` for every relationship at `id`.
  void CountLabel(NodeId id, LabelId label, int64_t delta);

  Interner labels_;
  Interner types_;
  Interner keys_;
  KeyId name_key_;

  std::unique_ptr<Topology> topology_;
  std::vector<NodeRecord> nodes_;
  // Liveness apart from the records: a bit per node stays in cache when
  // relationships are added between random nodes of a large graph.
  std::vector<bool> node_alive_;
  // Labels with ids below kLabelBits as one word per node, so that a label
  // test reads no node record (the labels stay in the records too).
  static constexpr LabelId kLabelBits = 64;
  std::vector<uint64_t> label_bits_;
  std::vector<RelRecord> rels_;
  size_t live_nodes_ = 0;
  bool bulk_loading_ = false;
  uint64_t first_pending_rel_ = 0;  // rels_ from here on are not in topology_
  size_t live_rels_ = 0;

  std::vector<absl::btree_set<NodeId>> label_index_;  // by LabelId
  std::vector<absl::btree_set<RelId>> type_index_;    // by TypeId
  std::vector<std::vector<KeyId>> indexed_keys_;      // by LabelId
  // TypeLabelCount(), by direction (0 source, 1 target), TypeId, LabelId.
  std::vector<std::vector<uint64_t>> type_label_counts_[2];
  absl::flat_hash_map<std::pair<LabelId, KeyId>, IndexEntries> indexes_;
  std::map<std::string, std::string, std::less<>> attachments_;
};

// Validates a property value for storage: OK, or InvalidArgument saying why.
absl::Status CheckStorable(const Value& value);

// A canonical text form of a graph: live nodes renumbered densely in id
// order, labels and property keys by name. Two graphs that differ only by
// deleted-element holes have the same dump; tests compare round trips with it.
std::string CanonicalDump(const Graph& graph);

}  // namespace kg

#endif  // KG_GRAPH_GRAPH_H_
