// Resolution within a document: the mentions of one entity become one entity
// (full names by transliteration key, a surname to the one full name).
#include <algorithm>
#include <cctype>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "extract/pipeline.h"

namespace kg {

namespace {

// "Bruce C. Murray" -> "Bruce Murray": the initials between the first and
// the last word, so a name written with and without them is one person.
std::string WithoutMiddleInitials(const std::string& name) {
  std::vector<std::string> words = absl::StrSplit(name, ' ', absl::SkipEmpty());
  if (words.size() < 3) return name;
  std::string out = words.front();
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    const std::string& w = words[i];
    const bool initial = (w.size() == 1 || (w.size() == 2 && w[1] == '.')) &&
                         std::isupper(static_cast<unsigned char>(w[0]));
    if (!initial) absl::StrAppend(&out, " ", w);
  }
  absl::StrAppend(&out, " ", words.back());
  return out;
}

}  // namespace

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
  // Full names by surname key, each with where it was named, in text order.
  struct Named {
    int sentence, t0;
    std::string canonical;
  };
  std::map<std::string, std::vector<Named>> surname_to_full;
  // And by first word: names written family name first ("Yi So-yeon ...
  // Yi", "Yang Liwei ... Yang").
  std::map<std::string, std::vector<Named>> first_to_full;
  for (const Mention& m : mentions_) {
    if (m.label != "Person") continue;
    size_t sp = m.canonical.rfind(' ');
    if (sp == std::string::npos) continue;
    surname_to_full[TransliterationKey(m.canonical.substr(sp + 1))].push_back(
        {m.sentence, m.t0, m.canonical});
    // A surname of several words is every shorter tail of two words or more
    // ("Hazza Al Mansouri ... Al Mansouri", "Mark Vande Hei ... Vande Hei").
    for (size_t cut = m.canonical.find(' '); cut < sp;
         cut = m.canonical.find(' ', cut + 1)) {
      surname_to_full[TransliterationKey(m.canonical.substr(cut + 1))]
          .push_back({m.sentence, m.t0, m.canonical});
    }
    first_to_full[TransliterationKey(
                      m.canonical.substr(0, m.canonical.find(' ')))]
        .push_back({m.sentence, m.t0, m.canonical});
  }
  for (auto& [surname, named] : surname_to_full) {
    std::sort(named.begin(), named.end(), [](const Named& a, const Named& b) {
      return std::tie(a.sentence, a.t0) < std::tie(b.sentence, b.t0);
    });
  }
  // A bare surname (of one word, or a tail of a longer name) is the person
  // of that surname its sentence named before it, else the first one the
  // document named ("Scott Kelly ... Kelly ... his twin, Mark Kelly ...
  // Kelly"), else the only one.
  auto full_name_of = [&](const Mention& m) -> const std::string* {
    auto it = surname_to_full.find(TransliterationKey(m.canonical));
    if (it == surname_to_full.end()) {
      if (m.canonical.find(' ') != std::string::npos) return nullptr;
      // No surname: the first word of the one full name named before it.
      auto f = first_to_full.find(TransliterationKey(m.canonical));
      if (f == first_to_full.end()) return nullptr;
      const std::string* full = nullptr;
      for (const Named& n : f->second) {
        if (full != nullptr && *full != n.canonical) return nullptr;
        if (std::tie(n.sentence, n.t0) < std::tie(m.sentence, m.t0)) {
          full = &n.canonical;
        }
      }
      return full;
    }
    const Named* first = nullptr;
    const Named* same_sentence = nullptr;
    bool one = true;
    for (const Named& n : it->second) {
      one = one && n.canonical == it->second[0].canonical;
      if (std::tie(n.sentence, n.t0) >= std::tie(m.sentence, m.t0)) continue;
      if (first == nullptr) first = &n;
      if (n.sentence == m.sentence) same_sentence = &n;
    }
    if (same_sentence != nullptr) return &same_sentence->canonical;
    if (first != nullptr) return &first->canonical;
    return one ? &it->second[0].canonical : nullptr;
  };
  for (Mention& m : mentions_) {
    std::string key;
    std::string canonical = m.canonical;
    if (m.label == "Person") {
      if (const std::string* full = full_name_of(m)) {
        canonical = *full;
        if (m.link.empty()) {
          const bool surname =
              surname_to_full.contains(TransliterationKey(m.canonical));
          m.link = surname ? "surname of a person named in full in this "
                             "document"
                           : "first word of a person named in full in this "
                             "document";
        }
      }
      key = TransliterationKey(WithoutMiddleInitials(canonical));
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
