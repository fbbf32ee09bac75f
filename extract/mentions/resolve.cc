// Resolution within a document: the mentions of one entity become one entity
// (full names by transliteration key, a surname to the one full name).
#include <algorithm>

#include "extract/pipeline.h"

namespace kg {

void DocExtraction::Resolve() {
  // Persons: full names by transliteration key; a single word joins the
  // one full name with that surname.
  absl::flat_hash_map<std::string, int> by_key;
  auto entity_for = [&](const std::string& key, const std::string& label,
                        const std::string& canonical) {
    auto [it, inserted] = by_key.emplace(label + "\t" + key, entities_.size());
    if (inserted) entities_.push_back({label, canonical, {}});
    return it->second;
  };
  std::map<std::string, std::vector<std::string>> surname_to_full;
  for (const Mention& m : mentions_) {
    if (m.label != "Person") continue;
    size_t sp = m.canonical.rfind(' ');
    if (sp == std::string::npos) continue;
    auto& list =
        surname_to_full[TransliterationKey(m.canonical.substr(sp + 1))];
    if (std::find(list.begin(), list.end(), m.canonical) == list.end()) {
      list.push_back(m.canonical);
    }
  }
  for (Mention& m : mentions_) {
    std::string key;
    std::string canonical = m.canonical;
    if (m.label == "Person") {
      if (m.canonical.find(' ') == std::string::npos) {
        auto it = surname_to_full.find(TransliterationKey(m.canonical));
        if (it != surname_to_full.end() && it->second.size() == 1) {
          canonical = it->second[0];
          if (m.link.empty())
            m.link = "surname of a person named in full in this document";
        }
      }
      key = TransliterationKey(canonical);
    } else {
      key = SurfaceKey(canonical);
    }
    m.entity = entity_for(key, m.label, canonical);
    entities_[m.entity].mentions.push_back(
        static_cast<int>(&m - mentions_.data()));
  }
  // The fullest canonical wins within an entity.
  for (Entity& e : entities_) {
    for (int mi : e.mentions) {
      if (mentions_[mi].canonical.size() > e.canonical.size() &&
          e.label == "Person") {
        e.canonical = mentions_[mi].canonical;
      }
    }
  }
}

}  // namespace kg
