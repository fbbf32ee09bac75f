#include "graph/csv_id_map.h"

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

}  // namespace

bool CsvIdMap::Insert(std::string_view id, uint32_t ordinal) {
  if (integers_) {
    if (std::optional<uint64_t> v = Canonical(id)) {
      return ints_.try_emplace(*v, ordinal).second;
    }
    SwitchToStrings();
  }
  return strings_.try_emplace(AbslView(id), ordinal).second;
}

std::optional<uint32_t> CsvIdMap::Find(std::string_view id) const {
  if (integers_) {
    std::optional<uint64_t> v = Canonical(id);
    if (!v.has_value()) return std::nullopt;  // no such id was added
    auto it = ints_.find(*v);
    if (it == ints_.end()) return std::nullopt;
    return it->second;
  }
  auto it = strings_.find(AbslView(id));
  if (it == strings_.end()) return std::nullopt;
  return it->second;
}

void CsvIdMap::Reserve(size_t n) {
  if (integers_) {
    ints_.reserve(ints_.size() + n);
  } else {
    strings_.reserve(strings_.size() + n);
  }
}

void CsvIdMap::SwitchToStrings() {
  strings_.reserve(ints_.capacity() * 7 / 8);  // the room Reserve() made
  for (const auto& [v, ordinal] : ints_)
    strings_.emplace(absl::StrCat(v), ordinal);
  ints_ = {};
  integers_ = false;
}

}  // namespace kg
