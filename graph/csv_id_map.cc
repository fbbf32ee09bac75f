#include "graph/csv_id_map.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"

namespace kg {
namespace {

absl::string_view AbslView(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

// The value of a canonical decimal integer: "0", or up to 18 digits without
// a leading zero, so that integer and text correspond one to one.
std::optional<uint64_t> Canonical(std::string_view text) {
  if (text.empty() || text.size() > 18) return std::nullopt;
  if (text[0] == '0' && text.size() > 1) return std::nullopt;
  uint64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  return v;
}

// The dense array may hold this many slots per id (plus a fixed allowance),
// so it never takes more than 16 bytes an id -- less than a hash table.
constexpr uint64_t kSlotsPerId = 4;
constexpr uint64_t kSlotAllowance = 1 << 16;

}  // namespace

bool CsvIdMap::Insert(std::string_view id, uint32_t ordinal) {
  if (mode_ != Mode::kStrings) {
    if (std::optional<uint64_t> v = Canonical(id)) {
      return InsertInteger(*v, ordinal);
    }
    SwitchToStrings();
  }
  if (!strings_.try_emplace(AbslView(id), ordinal).second) return false;
  ++size_;
  return true;
}

bool CsvIdMap::InsertInteger(uint64_t id, uint32_t ordinal) {
  if (mode_ == Mode::kDense) {
    const uint64_t limit = kSlotsPerId * (size_ + 1) + kSlotAllowance;
    if (id >= limit) {
      SwitchToIntegers();
    } else {
      if (id >= dense_.size()) {
        uint64_t grown = std::max<uint64_t>(id + 1, 2 * dense_.size());
        dense_.resize(std::min(grown, limit), kAbsent);
      }
      if (dense_[id] != kAbsent) return false;
      dense_[id] = ordinal;
      ++size_;
      return true;
    }
  }
  if (!ints_.try_emplace(id, ordinal).second) return false;
  ++size_;
  return true;
}

std::optional<uint32_t> CsvIdMap::Find(std::string_view id) const {
  if (mode_ == Mode::kStrings) {
    auto it = strings_.find(AbslView(id));
    if (it == strings_.end()) return std::nullopt;
    return it->second;
  }
  std::optional<uint64_t> v = Canonical(id);
  if (!v.has_value()) return std::nullopt;  // no such id was added
  if (mode_ == Mode::kDense) {
    if (*v >= dense_.size() || dense_[*v] == kAbsent) return std::nullopt;
    return dense_[*v];
  }
  auto it = ints_.find(*v);
  if (it == ints_.end()) return std::nullopt;
  return it->second;
}

void CsvIdMap::Reserve(size_t n) {
  switch (mode_) {
    case Mode::kDense:
      dense_.reserve(size_ + n);
      break;
    case Mode::kIntegers:
      ints_.reserve(size_ + n);
      break;
    case Mode::kStrings:
      strings_.reserve(size_ + n);
      break;
  }
}

void CsvIdMap::SwitchToIntegers() {
  ints_.reserve(std::max(dense_.capacity(), size_));
  for (size_t id = 0; id < dense_.size(); ++id) {
    if (dense_[id] != kAbsent) ints_.emplace(id, dense_[id]);
  }
  dense_ = {};
  mode_ = Mode::kIntegers;
}

void CsvIdMap::SwitchToStrings() {
  if (mode_ == Mode::kDense) SwitchToIntegers();
  strings_.reserve(std::max(ints_.capacity() * 7 / 8, size_));
  for (const auto& [v, ordinal] : ints_) {
    strings_.emplace(absl::StrCat(v), ordinal);
  }
  ints_ = {};
  mode_ = Mode::kStrings;
}

}  // namespace kg
