// People named again: the full name, the surname, a lower-case or damaged
// form of a person the document has introduced.
#include <algorithm>
#include <cctype>
#include <tuple>

#include "extract/pipeline.h"

namespace kg {

bool DocExtraction::LowerSurname(int t) const {
  const Unit& u = units_.tokens[t];
  std::string_view w = Tok(t);
  if (!u.word || u.upper || w.size() < 3 || w.size() > 20) return false;
  for (char c : w) {
    if (!std::islower(static_cast<unsigned char>(c))) return false;
  }
  std::string key = SurfaceKey(w);
  if (x_.stopwords_.contains(key) || x_.speech_verbs_.contains(key) ||
      !lex_.FindTriggers(w).empty() || lex_.FindTitle(w) != nullptr) {
    return false;
  }
  for (std::string_view suffix : {"ed", "ing", "ly", "s"}) {
    if (w.size() > suffix.size() &&
        w.substr(w.size() - suffix.size()) == suffix) {
      return false;
    }
  }
  // Used again elsewhere as a word of its own (counts built once).
  if (word_counts_.empty()) {
    for (const Unit& v : units_.tokens) {
      if (v.word) ++word_counts_[text_.substr(v.begin, v.end - v.begin)];
    }
  }
  auto it = word_counts_.find(w);
  return it != word_counts_.end() && it->second >= 2;
}

std::string DocExtraction::PersonCanonical(int t0, int t1) const {
  std::string out;
  bool nickname = false;  // inside quotation marks: 'Robert "Hoot" Gibson'
  for (int t = t0; t < t1; ++t) {
    std::string_view w = Tok(t);
    if (units_.tokens[t].quote) {
      nickname = !nickname;
      continue;
    }
    if (nickname || w == "'s" || w == "\u2019s") continue;
    if (!out.empty()) out.push_back(' ');
    std::string word(w);
    // Case damage: "trump" -> "Trump"; "KRIKALEV" -> "Krikalev".
    bool all_upper = word.size() > 1;
    for (char c : word) {
      if (std::islower(static_cast<unsigned char>(c))) all_upper = false;
    }
    if (all_upper) {
      for (size_t k = 1; k < word.size(); ++k) {
        word[k] = static_cast<char>(
            std::tolower(static_cast<unsigned char>(word[k])));
      }
    }
    if (!word.empty() && std::islower(static_cast<unsigned char>(word[0]))) {
      word[0] =
          static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    }
    out += word;
  }
  return out;
}

// Joins items [i, j) of sentence `s` into one, of the first one's class; the
// mentions of later items move with them.
void DocExtraction::MergeItems(int s, int i, int j) {
  std::vector<Item>& items = items_[s];
  items[i].t1 = items[j - 1].t1;
  items[i].key = SpanKey(items[i].t0, items[i].t1);
  items.erase(items.begin() + i + 1, items.begin() + j);
  for (Mention& m : mentions_) {
    if (m.sentence == s && m.item >= j) m.item -= j - i - 1;
  }
}

// Splits item `i` of sentence `s` at the tokens `cuts` (inside it); the
// mentions of later items move with them.
void DocExtraction::SplitItem(int s, int i, std::vector<int> cuts) {
  std::vector<Item>& items = items_[s];
  const Item whole = items[i];
  std::vector<Item> parts;
  int from = whole.t0;
  cuts.push_back(whole.t1);
  for (int cut : cuts) {
    if (cut <= from || cut > whole.t1) continue;
    Item part = whole;
    part.t0 = from;
    part.t1 = cut;
    part.key = SpanKey(part.t0, part.t1);
    parts.push_back(part);
    from = cut;
  }
  items.erase(items.begin() + i);
  items.insert(items.begin() + i, parts.begin(), parts.end());
  if (s < static_cast<int>(sentence_mentions_.size())) {
    for (int m : sentence_mentions_[s]) {
      if (mentions_[m].item > i) {
        mentions_[m].item += static_cast<int>(parts.size()) - 1;
      }
    }
  }
}

// A title-case headline runs a name into the words after it ("Scott Kelly
// Returns Safely to Earth"): a person's run whose first words are a person
// the document names elsewhere is that person.
void DocExtraction::TrimHeadlineNames() {
  absl::flat_hash_map<std::string, int> named;  // key -> words
  for (const Mention& m : mentions_) {
    if (m.label == "Person") named[TransliterationKey(m.canonical)] = 0;
  }
  for (size_t mi = 0; mi < mentions_.size(); ++mi) {
    Mention& m = mentions_[mi];
    if (m.label != "Person" || m.item < 0 || m.t1 - m.t0 < 3) continue;
    for (int end = m.t1 - 1; end >= m.t0 + 2; --end) {
      std::string prefix = CollapseWhiteSpace(Span(m.t0, end));
      if (!named.contains(TransliterationKey(prefix))) continue;
      SplitItem(m.sentence, m.item, {end});
      m.t1 = end;
      m.surface = prefix;
      m.canonical = prefix;
      break;
    }
  }
}

// Names that the rules did not make people, but that name a person the
// document has introduced: the full name again, the surname, a lower-case
// or damaged form.
void DocExtraction::LinkPersons() {
  absl::flat_hash_map<std::string, std::string> full;  // key -> canonical
  // key -> (sentence, token, canonical) of each full name, in text order
  absl::flat_hash_map<std::string,
                      std::vector<std::tuple<int, int, std::string>>>
      surname;
  absl::flat_hash_map<std::string, std::string> damaged;  // key -> canonical
  std::set<std::string> lower_seen;  // surnames written in lower case
  for (const Mention& m : mentions_) {
    if (m.label != "Person") continue;
    full[TransliterationKey(m.canonical)] = m.canonical;
    size_t sp = m.canonical.rfind(' ');
    {
      std::string last =
          sp == std::string::npos ? m.canonical : m.canonical.substr(sp + 1);
      std::string key = TransliterationKey(last);
      surname[key].emplace_back(m.sentence, m.t0, m.canonical);
      if (last.size() >= 6) damaged[key.substr(1)] = m.canonical;
      std::string_view written = m.surface;
      size_t wsp = written.rfind(' ');
      if (wsp != std::string_view::npos && written.size() > wsp + 1 &&
          std::islower(static_cast<unsigned char>(written[wsp + 1]))) {
        lower_seen.insert(key);
      }
    }
  }
  if (full.empty()) return;
  for (auto& [key, named] : surname) std::sort(named.begin(), named.end());
  // A surname at token t of sentence s: the person of that surname the
  // same sentence named before it, else the first one the document named
  // ("Scott Kelly ... Kelly ... his twin, Mark Kelly ... Kelly"), else the
  // only one; "" when two are named and neither before it.
  auto surname_at = [&](const std::string& key, int s, int t) -> std::string {
    auto f = surname.find(key);
    if (f == surname.end()) return "";
    const std::string* first = nullptr;
    const std::string* same_sentence = nullptr;
    bool one = true;
    for (const auto& [ns, nt, canonical] : f->second) {
      one = one && canonical == std::get<2>(f->second[0]);
      if (std::make_pair(ns, nt) >= std::make_pair(s, t)) continue;
      if (first == nullptr) first = &canonical;
      if (ns == s) same_sentence = &canonical;
    }
    if (same_sentence != nullptr) return *same_sentence;
    if (first != nullptr) return *first;
    return one ? std::get<2>(f->second[0]) : "";
  };
  for (int s = 0; s < static_cast<int>(items_.size()); ++s) {
    std::vector<Item>& items = items_[s];
    for (int i = 0; i < static_cast<int>(items.size()); ++i) {
      Item& it = items[i];
      if (it.mention >= 0) continue;
      // Only a name, or a lone lower-case word when the document writes a
      // surname so or has one that may lose its first letter, can link.
      const bool lower_word = it.cls == kClsWord && units_.tokens[it.t0].word &&
                              !units_.tokens[it.t0].upper &&
                              it.t1 - it.t0 == 1 &&
                              (!lower_seen.empty() || !damaged.empty());
      if (it.cls != kClsName && !lower_word) continue;
      std::string_view surface = Span(it.t0, it.t1);
      std::string key = TransliterationKey(surface);
      std::string link;
      std::string target;
      if (it.cls == kClsName) {
        if (auto f = full.find(key); f != full.end()) {
          target = f->second;
          link = "the same name";
        } else if (it.t1 - it.t0 == 1) {
          if (std::string f2 = surname_at(key, s, it.t0); !f2.empty()) {
            target = f2;
            link = "surname of a person named in full in this document";
          } else if (auto f3 = damaged.find(key); f3 != damaged.end()) {
            target = f3->second;
            link = "a surname that lost its first letter";
          }
        }
      } else if (lower_word) {
        if (lower_seen.contains(key)) {
          if (std::string f2 = surname_at(key, s, it.t0); !f2.empty()) {
            target = f2;
            link = "a surname the document writes in lower case";
          }
        } else if (auto f3 = damaged.find(key); f3 != damaged.end()) {
          target = f3->second;
          link = "a surname that lost its first letter";
        }
      }
      if (target.empty() && it.cls == kClsName && it.t1 - it.t0 > 1) {
        // A run of capitalised words (a headline) holding a known surname.
        for (int t = it.t0; t < it.t1; ++t) {
          if (auto f2 = surname.find(TransliterationKey(Tok(t)));
              f2 != surname.end()) {
            // Split the run around the surname.
            SplitItem(s, i, {t, t + 1});
            --i;  // look at the first part again
            break;
          }
        }
        continue;
      }
      if (target.empty()) continue;
      int m = NewMention(s, i, "Person", target,
                         "a name this document gives a person");
      mentions_[m].link = link;
      it.cls = kClsPerson;
    }
  }
}

}  // namespace kg
