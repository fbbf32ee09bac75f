// CsvIdMap: the node ids of one ID space, from id text to the ordinal of the
// node among those the import accepted.
//
// Generated data mostly numbers its nodes, and an integer key hashes faster
// and makes a smaller table than a string: while every id is a canonical
// decimal integer (digits without a leading zero, below 10^18) the map keys
// integers; at the first id that is not, it moves to string keys for good.
// Either way the answers are those of a map keyed by the id text.
#ifndef KG_GRAPH_CSV_ID_MAP_H_
#define KG_GRAPH_CSV_ID_MAP_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"

namespace kg {

class CsvIdMap {
 public:
  // Adds `id`; false when it is there already.
  bool Insert(std::string_view id, uint32_t ordinal);
  std::optional<uint32_t> Find(std::string_view id) const;
  // Makes room for `n` more ids.
  void Reserve(size_t n);
  size_t size() const { return integers_ ? ints_.size() : strings_.size(); }

 private:
  void SwitchToStrings();

  bool integers_ = true;
  absl::flat_hash_map<uint64_t, uint32_t> ints_;
  absl::flat_hash_map<std::string, uint32_t> strings_;
};

}  // namespace kg

#endif  // KG_GRAPH_CSV_ID_MAP_H_
