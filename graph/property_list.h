// PropertyList: the properties of one node or relationship.
//
// A flat vector of (key id, value) pairs sorted by key id: no per-entry
// allocation, binary search on read. Nodes in a knowledge graph carry a handful
// of properties, where this beats any map in both memory and speed. Keys are
// interned by the owning Graph; the list never holds a null value.
#ifndef KG_GRAPH_PROPERTY_LIST_H_
#define KG_GRAPH_PROPERTY_LIST_H_

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "graph/value.h"

namespace kg {

using KeyId = uint32_t;

class PropertyList {
 public:
  using Entry = std::pair<KeyId, Value>;

  // The value under `key`, or nullptr when absent.
  const Value* Get(KeyId key) const {
    auto it = Find(key);
    return it != items_.end() && it->first == key ? &it->second : nullptr;
  }

  // Sets `key` to `value`. REQUIRES: !value.is_null().
  void Set(KeyId key, Value value) {
    auto it = Find(key);
    if (it != items_.end() && it->first == key) {
      it->second = std::move(value);
    } else {
      items_.emplace(it, key, std::move(value));
    }
  }

  // Removes `key`; returns whether it was present.
  bool Remove(KeyId key) {
    auto it = Find(key);
    if (it == items_.end() || it->first != key) return false;
    items_.erase(it);
    return true;
  }

  void Clear() {
    items_.clear();
    items_.shrink_to_fit();
  }

  size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  const Entry* begin() const { return items_.data(); }
  const Entry* end() const { return items_.data() + items_.size(); }

 private:
  Entry* Find(KeyId key) {
    return std::lower_bound(
        items_.data(), items_.data() + items_.size(), key,
        [](const Entry& e, KeyId k) { return e.first < k; });
  }
  const Entry* Find(KeyId key) const {
    return std::lower_bound(
        items_.data(), items_.data() + items_.size(), key,
        [](const Entry& e, KeyId k) { return e.first < k; });
  }

  // One property in place (most relationships have none or one), more on
  // the heap.
  absl::InlinedVector<Entry, 1> items_;
};

}  // namespace kg

#endif  // KG_GRAPH_PROPERTY_LIST_H_
