#include "graph/graph.h"

#include <algorithm>
#include <thread>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"

namespace kg {

// By raw NodeId, deleted nodes included (with empty lists): each node's
// outgoing and incoming relationships in creation order.
struct Topology {
  std::vector<std::vector<Adjacent>> out;
  std::vector<std::vector<Adjacent>> in;

  void Add(uint64_t id, uint32_t from, uint32_t to, TypeId type) {
    out[from].push_back(Adjacent{RelId{id}, to, type});
    in[to].push_back(Adjacent{RelId{id}, from, type});
  }
};

namespace {

// Removes the entries of `list` whose relationship `gone` holds, keeping the
// order of the rest.
template <typename Pred>
void EraseFrom(std::vector<Adjacent>& list, Pred gone) {
  list.erase(std::remove_if(list.begin(), list.end(),
                            [&](const Adjacent& a) { return gone(a.rel); }),
             list.end());
}

}  // namespace

namespace {

const absl::btree_set<NodeId>& EmptyNodeSet() {
  static const auto* const kEmpty = new absl::btree_set<NodeId>();
  return *kEmpty;
}
const absl::btree_set<RelId>& EmptyRelSet() {
  static const auto* const kEmpty = new absl::btree_set<RelId>();
  return *kEmpty;
}
const std::vector<KeyId>& EmptyKeys() {
  static const auto* const kEmpty = new std::vector<KeyId>();
  return *kEmpty;
}

}  // namespace

// Debian's Abseil keeps its own absl::string_view, distinct from the std one.
static absl::string_view AbslView(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

uint32_t Interner::Intern(std::string_view name) {
  auto it = ids_.find(AbslView(name));
  if (it != ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(names_.size());
  names_.emplace_back(name);
  ids_.emplace(std::string(name), id);
  return id;
}

std::optional<uint32_t> Interner::Find(std::string_view name) const {
  auto it = ids_.find(AbslView(name));
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

absl::Status CheckStorable(const Value& value) {
  if (value.IsStorableProperty()) return absl::OkStatus();
  if (value.is_list()) {
    return absl::InvalidArgumentError(
        "a property list may hold only booleans, numbers, strings and "
        "temporal values, "
        "not null or nested values");
  }
  return absl::InvalidArgumentError(absl::StrCat(
      "a property cannot hold a ", Value::KindName(value.kind()), " value"));
}

Graph::Graph() : topology_(std::make_unique<Topology>()) {
  name_key_ = keys_.Intern("name");
}
Graph::~Graph() = default;
Graph::Graph(Graph&&) noexcept = default;
Graph& Graph::operator=(Graph&&) noexcept = default;

LabelId Graph::InternLabel(std::string_view name) {
  LabelId id = labels_.Intern(name);
  if (id >= label_index_.size()) {
    label_index_.resize(id + 1);
    indexed_keys_.resize(id + 1);
    CreateIndex(id, name_key_);
  }
  return id;
}

void Graph::BeginBulkLoad() {
  KG_DCHECK(!bulk_loading_);
  bulk_loading_ = true;
  first_pending_rel_ = rels_.size();
}

void Graph::EndBulkLoad() {
  KG_DCHECK(bulk_loading_);
  bulk_loading_ = false;
  const uint64_t pending = rels_.size() - first_pending_rel_;
  // The two directions share nothing (their lists, their counters), so a
  // large load builds them on two threads; each is built in relationship
  // order either way.
  if (pending >= kParallelBulkLoad) {
    std::thread in([this] { BuildPendingAdjacency(1); });
    BuildPendingAdjacency(0);
    in.join();
  } else {
    BuildPendingAdjacency(0);
    BuildPendingAdjacency(1);
  }
  first_pending_rel_ = rels_.size();
}

void Graph::BuildPendingAdjacency(int end) {
  std::vector<std::vector<Adjacent>>& lists =
      end == 0 ? topology_->out : topology_->in;
  auto node = [&](const RelRecord& r) { return end == 0 ? r.from : r.to; };
  auto other = [&](const RelRecord& r) { return end == 0 ? r.to : r.from; };
  std::vector<uint32_t> added(nodes_.size());
  for (uint64_t i = first_pending_rel_; i < rels_.size(); ++i) {
    if (rels_[i].alive) ++added[node(rels_[i])];
  }
  for (uint64_t v = 0; v < nodes_.size(); ++v) {
    if (added[v] > 0) lists[v].reserve(lists[v].size() + added[v]);
  }
  for (uint64_t i = first_pending_rel_; i < rels_.size(); ++i) {
    const RelRecord& r = rels_[i];
    if (r.alive) lists[node(r)].push_back(Adjacent{RelId{i}, other(r), r.type});
  }
  // The statistics node by node: each node's labels read once and its new
  // relationships counted by type from its adjacency, in order, rather than
  // both ends' labels looked up at random for every relationship.
  std::vector<uint64_t> by_type(types_.size(), 0);
  std::vector<TypeId> seen;
  for (uint64_t v = 0; v < nodes_.size(); ++v) {
    if (added[v] == 0) continue;
    for (const Adjacent& a : lists[v]) {
      if (Raw(a.rel) < first_pending_rel_) continue;
      if (by_type[a.type]++ == 0) seen.push_back(a.type);
    }
    for (TypeId t : seen) {
      for (LabelId l : nodes_[v].labels) {
        TypeLabelCounter(end, t, l) += by_type[t];
      }
      by_type[t] = 0;
    }
    seen.clear();
  }
}

void Graph::Reserve(uint64_t more_nodes, uint64_t more_relationships) {
  nodes_.reserve(nodes_.size() + more_nodes);
  node_alive_.reserve(nodes_.size() + more_nodes);
  label_bits_.reserve(nodes_.size() + more_nodes);
  topology_->out.reserve(nodes_.size() + more_nodes);
  topology_->in.reserve(nodes_.size() + more_nodes);
  rels_.reserve(rels_.size() + more_relationships);
}

// ---- Nodes ----

NodeId Graph::AddNode(absl::Span<const LabelId> labels) {
  NodeId id{nodes_.size()};
  topology_->out.emplace_back();
  topology_->in.emplace_back();
  nodes_.emplace_back();
  label_bits_.push_back(0);
  node_alive_.push_back(true);
  ++live_nodes_;
  for (LabelId l : labels) AddLabel(id, l);
  return id;
}

bool Graph::ContainsNode(NodeId id) const {
  return Raw(id) < node_alive_.size() && node_alive_[Raw(id)];
}

absl::Span<const LabelId> Graph::Labels(NodeId id) const {
  return Node(id).labels;
}

bool Graph::HasLabel(NodeId id, LabelId label) const {
  if (label < kLabelBits) return (label_bits_[Raw(id)] >> label) & 1;
  const auto& ls = Node(id).labels;
  return std::find(ls.begin(), ls.end(), label) != ls.end();
}

bool Graph::AddLabel(NodeId id, LabelId label) {
  KG_DCHECK(label < labels_.size());
  if (HasLabel(id, label)) return false;
  if (label >= label_index_.size()) {
    label_index_.resize(label + 1);
    indexed_keys_.resize(label + 1);
  }
  NodeRecord& n = Node(id);
  n.labels.push_back(label);
  if (label < kLabelBits) label_bits_[Raw(id)] |= uint64_t{1} << label;
  label_index_[label].insert(id);
  CountLabel(id, label, 1);
  for (KeyId key : IndexedKeys(label)) {
    if (const Value* v = n.props.Get(key)) IndexInsert(label, key, *v, id);
  }
  return true;
}

bool Graph::RemoveLabel(NodeId id, LabelId label) {
  NodeRecord& n = Node(id);
  auto it = std::find(n.labels.begin(), n.labels.end(), label);
  if (it == n.labels.end()) return false;
  n.labels.erase(it);
  if (label < kLabelBits) label_bits_[Raw(id)] &= ~(uint64_t{1} << label);
  label_index_[label].erase(id);
  CountLabel(id, label, -1);
  for (KeyId key : IndexedKeys(label)) {
    if (const Value* v = n.props.Get(key)) IndexErase(label, key, *v, id);
  }
  return true;
}

const PropertyList& Graph::Properties(NodeId id) const {
  return Node(id).props;
}

absl::Status Graph::SetProperty(NodeId id, KeyId key, Value value) {
  if (value.is_null()) {
    RemoveProperty(id, key);
    return absl::OkStatus();
  }
  KG_RETURN_IF_ERROR(CheckStorable(value));
  NodeRecord& n = Node(id);
  const Value* old = n.props.Get(key);
  for (LabelId label : n.labels) {
    const auto& keys = IndexedKeys(label);
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) continue;
    if (old != nullptr) IndexErase(label, key, *old, id);
    IndexInsert(label, key, value, id);
  }
  n.props.Set(key, std::move(value));
  return absl::OkStatus();
}

bool Graph::RemoveProperty(NodeId id, KeyId key) {
  NodeRecord& n = Node(id);
  const Value* old = n.props.Get(key);
  if (old == nullptr) return false;
  for (LabelId label : n.labels) {
    const auto& keys = IndexedKeys(label);
    if (std::find(keys.begin(), keys.end(), key) != keys.end()) {
      IndexErase(label, key, *old, id);
    }
  }
  n.props.Remove(key);
  return true;
}

absl::Status Graph::DeleteNode(NodeId id, bool detach) {
  if (!ContainsNode(id)) {
    return absl::NotFoundError(absl::StrCat("no node with id ", Raw(id)));
  }
  KG_DCHECK(!bulk_loading_);
  size_t degree = OutDegree(id) + InDegree(id);
  if (degree > 0 && !detach) {
    return absl::FailedPreconditionError(absl::StrCat(
        "cannot delete node ", Raw(id), " because it still has ", degree,
        " relationship(s); use DETACH DELETE to delete them too"));
  }
  if (degree > 0) {
    std::vector<RelId> doomed;
    ForEachOut(id, [&](RelId r, NodeId) { doomed.push_back(r); });
    ForEachIn(id, [&](RelId r, NodeId) { doomed.push_back(r); });
    std::sort(doomed.begin(), doomed.end());
    doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
    for (RelId r : doomed) KG_RETURN_IF_ERROR(DeleteRelationship(r));
  }
  NodeRecord& n = Node(id);
  while (!n.labels.empty()) RemoveLabel(id, n.labels.back());
  n.props.Clear();
  n.labels.shrink_to_fit();
  node_alive_[Raw(id)] = false;
  --live_nodes_;
  return absl::OkStatus();
}

// ---- Relationships ----

absl::StatusOr<RelId> Graph::AddRelationship(NodeId from, NodeId to,
                                             TypeId type) {
  if (!ContainsNode(from) || !ContainsNode(to)) {
    return absl::NotFoundError(absl::StrCat(
        "cannot create a relationship between nodes ", Raw(from), " and ",
        Raw(to), ": ", ContainsNode(from) ? Raw(to) : Raw(from),
        " is not a live node"));
  }
  KG_DCHECK(type < types_.size());
  RelId id{rels_.size()};
  rels_.push_back(RelRecord{static_cast<uint32_t>(Raw(from)),
                            static_cast<uint32_t>(Raw(to)),
                            type,
                            true,
                            {}});
  if (!bulk_loading_) {
    topology_->Add(Raw(id), static_cast<uint32_t>(Raw(from)),
                   static_cast<uint32_t>(Raw(to)), type);
    first_pending_rel_ = rels_.size();
    CountEnds(rels_.back(), 1);
  }
  if (type >= type_index_.size()) type_index_.resize(type + 1);
  type_index_[type].insert(id);
  ++live_rels_;
  return id;
}

bool Graph::ContainsRelationship(RelId id) const {
  return Raw(id) < rels_.size() && rels_[Raw(id)].alive;
}

NodeId Graph::Source(RelId id) const { return NodeId{Rel(id).from}; }
NodeId Graph::Target(RelId id) const { return NodeId{Rel(id).to}; }
TypeId Graph::Type(RelId id) const { return Rel(id).type; }
const PropertyList& Graph::Properties(RelId id) const { return Rel(id).props; }

absl::Status Graph::SetProperty(RelId id, KeyId key, Value value) {
  if (value.is_null()) {
    RemoveProperty(id, key);
    return absl::OkStatus();
  }
  KG_RETURN_IF_ERROR(CheckStorable(value));
  Rel(id).props.Set(key, std::move(value));
  return absl::OkStatus();
}

bool Graph::RemoveProperty(RelId id, KeyId key) {
  return Rel(id).props.Remove(key);
}

absl::Status Graph::DeleteRelationship(RelId id) {
  if (!ContainsRelationship(id)) {
    return absl::NotFoundError(
        absl::StrCat("no relationship with id ", Raw(id)));
  }
  RelRecord& r = Rel(id);
  // A relationship still pending in a bulk load has no adjacency yet.
  if (Raw(id) < first_pending_rel_) {
    CountEnds(r, -1);
    auto is_it = [id](RelId rel) { return rel == id; };
    EraseFrom(topology_->out[r.from], is_it);
    EraseFrom(topology_->in[r.to], is_it);
  }
  type_index_[r.type].erase(id);
  r.props.Clear();
  r.alive = false;
  --live_rels_;
  return absl::OkStatus();
}

void Graph::DeleteRelationships(absl::Span<const RelId> ids) {
  // The live ones with adjacency, and the nodes whose lists hold them.
  absl::flat_hash_set<RelId> gone;
  absl::flat_hash_set<uint64_t> sources, targets;
  for (RelId id : ids) {
    if (!ContainsRelationship(id)) continue;
    const RelRecord& r = Rel(id);
    if (Raw(id) < first_pending_rel_) {
      gone.insert(id);
      sources.insert(r.from);
      targets.insert(r.to);
      CountEnds(r, -1);
    }
    type_index_[r.type].erase(id);
    Rel(id).props.Clear();
    Rel(id).alive = false;
    --live_rels_;
  }
  auto is_gone = [&](RelId rel) { return gone.contains(rel); };
  for (uint64_t v : sources) EraseFrom(topology_->out[v], is_gone);
  for (uint64_t v : targets) EraseFrom(topology_->in[v], is_gone);
}

// ---- Adjacency ----

absl::Span<const Adjacent> Graph::Out(NodeId id) const {
  return topology_->out[Raw(id)];
}
absl::Span<const Adjacent> Graph::In(NodeId id) const {
  return topology_->in[Raw(id)];
}

void Graph::ForEachOut(NodeId id,
                       absl::FunctionRef<void(RelId, NodeId)> f) const {
  for (const Adjacent& a : topology_->out[Raw(id)]) f(a.rel, a.node());
}

void Graph::ForEachIn(NodeId id,
                      absl::FunctionRef<void(RelId, NodeId)> f) const {
  for (const Adjacent& a : topology_->in[Raw(id)]) f(a.rel, a.node());
}

// ---- Statistics ----

uint64_t Graph::TypeLabelCount(TypeId type, LabelId label,
                               bool incoming) const {
  const auto& by_type = type_label_counts_[incoming ? 1 : 0];
  if (type >= by_type.size() || label >= by_type[type].size()) return 0;
  return by_type[type][label];
}

uint64_t& Graph::TypeLabelCounter(int end, TypeId type, LabelId label) {
  auto& by_type = type_label_counts_[end];
  if (type >= by_type.size()) by_type.resize(type + 1);
  std::vector<uint64_t>& by_label = by_type[type];
  if (label >= by_label.size()) by_label.resize(label + 1);
  return by_label[label];
}

void Graph::CountEnds(const RelRecord& r, int64_t delta) {
  for (LabelId l : nodes_[r.from].labels)
    TypeLabelCounter(0, r.type, l) += delta;
  for (LabelId l : nodes_[r.to].labels) TypeLabelCounter(1, r.type, l) += delta;
}

void Graph::CountLabel(NodeId id, LabelId label, int64_t delta) {
  for (const Adjacent& a : Out(id)) TypeLabelCounter(0, a.type, label) += delta;
  for (const Adjacent& a : In(id)) TypeLabelCounter(1, a.type, label) += delta;
}

size_t Graph::OutDegree(NodeId id) const {
  return topology_->out[Raw(id)].size();
}
size_t Graph::InDegree(NodeId id) const {
  return topology_->in[Raw(id)].size();
}

// ---- Scans ----

void Graph::ForEachNode(absl::FunctionRef<void(NodeId)> f) const {
  for (uint64_t i = 0; i < nodes_.size(); ++i) {
    if (node_alive_[i]) f(NodeId{i});
  }
}

void Graph::ForEachRelationship(absl::FunctionRef<void(RelId)> f) const {
  for (uint64_t i = 0; i < rels_.size(); ++i) {
    if (rels_[i].alive) f(RelId{i});
  }
}

// ---- Indexes ----

const absl::btree_set<NodeId>& Graph::NodesWithLabel(LabelId label) const {
  return label < label_index_.size() ? label_index_[label] : EmptyNodeSet();
}

const absl::btree_set<RelId>& Graph::RelationshipsWithType(TypeId type) const {
  return type < type_index_.size() ? type_index_[type] : EmptyRelSet();
}

const std::vector<KeyId>& Graph::IndexedKeys(LabelId label) const {
  return label < indexed_keys_.size() ? indexed_keys_[label] : EmptyKeys();
}

void Graph::CreateIndex(LabelId label, KeyId key) {
  KG_DCHECK(label < labels_.size() && key < keys_.size());
  if (HasIndex(label, key)) return;
  if (label >= indexed_keys_.size()) {
    label_index_.resize(label + 1);
    indexed_keys_.resize(label + 1);
  }
  auto& keys = indexed_keys_[label];
  keys.insert(std::lower_bound(keys.begin(), keys.end(), key), key);
  indexes_[{label, key}];
  for (NodeId id : label_index_[label]) {
    if (const Value* v = Node(id).props.Get(key)) {
      IndexInsert(label, key, *v, id);
    }
  }
}

bool Graph::HasIndex(LabelId label, KeyId key) const {
  return indexes_.contains({label, key});
}

std::vector<std::pair<LabelId, KeyId>> Graph::Indexes() const {
  std::vector<std::pair<LabelId, KeyId>> out;
  out.reserve(indexes_.size());
  for (const auto& [k, v] : indexes_) out.push_back(k);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<NodeId> Graph::FindNodes(LabelId label, KeyId key,
                                     const Value& value) const {
  auto idx = indexes_.find({label, key});
  KG_DCHECK(idx != indexes_.end());
  if (idx == indexes_.end()) return {};
  std::vector<NodeId> out;
  if (value.is_string()) {
    const std::string& v = value.AsString();
    const auto& strings = idx->second.strings;
    for (auto it = strings.lower_bound({v, NodeId{0}});
         it != strings.end() && it->first == v; ++it) {
      out.push_back(it->second);
    }
    return out;
  }
  auto it = idx->second.others.find(value);
  if (it == idx->second.others.end()) return out;
  return std::vector<NodeId>(it->second.begin(), it->second.end());
}

std::vector<NodeId> Graph::FindNodesWithPrefix(LabelId label, KeyId key,
                                               std::string_view prefix) const {
  auto idx = indexes_.find({label, key});
  KG_DCHECK(idx != indexes_.end());
  std::vector<NodeId> out;
  if (idx == indexes_.end()) return out;
  const auto& strings = idx->second.strings;
  for (auto it = strings.lower_bound({std::string(prefix), NodeId{0}});
       it != strings.end() && std::string_view(it->first).starts_with(prefix);
       ++it) {
    out.push_back(it->second);
  }
  return out;
}

void Graph::IndexInsert(LabelId label, KeyId key, const Value& value,
                        NodeId id) {
  IndexEntries& entries = indexes_[{label, key}];
  if (value.is_string()) {
    entries.strings.emplace(value.AsString(), id);
  } else {
    entries.others[value].insert(id);
  }
}

void Graph::IndexErase(LabelId label, KeyId key, const Value& value,
                       NodeId id) {
  auto idx = indexes_.find({label, key});
  if (idx == indexes_.end()) return;
  if (value.is_string()) {
    idx->second.strings.erase({value.AsString(), id});
    return;
  }
  auto it = idx->second.others.find(value);
  if (it == idx->second.others.end()) return;
  it->second.erase(id);
  if (it->second.empty()) idx->second.others.erase(it);
}

}  // namespace kg
