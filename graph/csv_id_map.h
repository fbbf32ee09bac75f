// CsvIdMap: the node ids of one ID space, from id text to the ordinal of the
// node among those the import accepted.
//
// Generated data mostly numbers its nodes 0, 1, 2, ..., and a relationship
// file looks every end up at random: the map's layout decides the import's
// speed. It starts as a plain array indexed by the id, as long as every id is
// a canonical decimal integer (digits without a leading zero, below 10^18)
// and the largest stays within a few times the number of ids. A number
// beyond that moves it to a hash table keyed by integers, and the first id
// that is not a number to one keyed by strings, for good. Either way the
// answers are those of a map keyed by the id text.
#ifndef KG_GRAPH_CSV_ID_MAP_H_
#define KG_GRAPH_CSV_ID_MAP_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"

namespace kg {

class CsvIdMap {
 public:
  // Adds `id`; false when it is there already.
  bool Insert(std::string_view id, uint32_t ordinal);
  std::optional<uint32_t> Find(std::string_view id) const;
  // Makes room for `n` more ids.
  void Reserve(size_t n);
  size_t size() const { return size_; }

 private:
  enum class Mode : uint8_t { kDense, kIntegers, kStrings };
  static constexpr uint32_t kAbsent = UINT32_MAX;

  bool InsertInteger(uint64_t id, uint32_t ordinal);
  void SwitchToIntegers();
  void SwitchToStrings();

  Mode mode_ = Mode::kDense;
  size_t size_ = 0;
  std::vector<uint32_t> dense_;  // ordinal by id, or kAbsent
  absl::flat_hash_map<uint64_t, uint32_t> ints_;
  absl::flat_hash_map<std::string, uint32_t> strings_;
};

}  // namespace kg

#endif  // KG_GRAPH_CSV_ID_MAP_H_
