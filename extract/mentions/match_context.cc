// What the words around a lexicon or shape match say of it (MatchAt in
// items.cc): a vehicle's kind named before it, a family the text named, a
// region after a comma, a person's name around it, a shape's context and
// where a name ends.
#include <string>

#include "extract/data/name_shape.h"
#include "extract/pipeline.h"

namespace kg {

bool DocExtraction::FamilyNamedBefore(int s, const Entry& entry) const {
  for (int k = s; k >= 0; --k) {
    for (const Item& it : items_[k]) {
      if (it.entry == nullptr) continue;
      // The vehicle itself, named in full before ("Space Shuttle Endeavour"
      // then "Endeavour"), or its family.
      if (it.entry == &entry) return true;
      if (!entry.family.empty() && it.entry->name == entry.family) {
        return true;
      }
    }
  }
  // Or anywhere in the document: a headline ("Endeavour Crew Comes Home")
  // comes before the body that names "Space Shuttle Endeavour".
  return text_.find(entry.name) != std::string_view::npos ||
         (!entry.family.empty() &&
          text_.find(entry.family) != std::string_view::npos);
}

// "their capsule, Freedom", "the spacecraft named Endeavour", "the station
// Freedom": the kind of vehicle ("capsule" or "station", spacecraft.tsv's
// kinds) a noun names just before token t; "" when none does.
std::string DocExtraction::VehicleKindBefore(int s, int t) const {
  const SentenceUnit& su = units_.sentences[s];
  for (int u = t - 1; u >= su.first && u >= t - 3; --u) {
    const std::string& k = token_keys_[u];
    if (k == "," || k == "named" || k == "called" || k == "dubbed") continue;
    if (x_.cues_.Is(Cue::kStationNoun, k)) return "station";
    if (x_.cues_.Is(Cue::kVehicleNoun, k) && k != "rocket" && k != "mission") {
      return "capsule";
    }
    return "";
  }
  return "";
}

bool DocExtraction::BeforeARegion(int s, int t) const {
  const SentenceUnit& su = units_.sentences[s];
  if (t + 1 >= su.last || Tok(t) != ",") return false;
  // A region of one or two words: "Tex.", "New Mexico".
  for (int words = 1; words <= 2 && t + 1 + words <= su.last; ++words) {
    for (const LexiconMatch& m : lex_.Matches(Span(t + 1, t + 1 + words))) {
      if (m.entry->type == EntryType::kPlace && m.entry->kind == "region") {
        return true;
      }
    }
  }
  return false;
}

// Whether sentence `s` holds a word of one of the shape's context lists
// (any sentence when it has none): "Mars 3", "Galaxy 4" name spacecraft in
// a sentence of launching or flying.
bool DocExtraction::InShapeContext(int s, const NameShape& shape) const {
  if (shape.context.empty()) return true;
  const SentenceUnit& su = units_.sentences[s];
  for (int t = su.first; t < su.last; ++t) {
    for (Cue c : shape.context) {
      if (x_.cues_.Is(c, token_keys_[t])) return true;
    }
  }
  return false;
}

// The name goes on after "of", "for", "on" or "at" and a capital ("National
// Association" of "National Association of Rocketry", "American
// Association" of "American Association for the Advancement of Science"),
// or after a head that describes the word after it ([modifier_head]).
bool DocExtraction::OrgShapeCutsAName(int s, int end) const {
  const SentenceUnit& su = units_.sentences[s];
  if (end + 1 < su.last && x_.cues_.Is(Cue::kNameGoesOn, token_keys_[end])) {
    int next = end + 1;  // "for the Advancement of Science"
    if (next + 1 < su.last &&
        x_.cues_.Is(Cue::kDeterminer, token_keys_[next])) {
      ++next;
    }
    if (units_.tokens[next].upper) return true;
  }
  // "Foreign Aerospace Vehicle Research": a head that also describes the
  // capitalised word after it is no name's end.
  if (end > su.first && end < su.last && units_.tokens[end].word &&
      units_.tokens[end].upper && !LayoutBreakBefore(end) &&
      x_.cues_.Is(Cue::kModifierHead, token_keys_[end - 1])) {
    return true;
  }
  return false;
}

bool DocExtraction::LayoutBreakBefore(int t) const {
  // Text wraps near 60 to 80 columns; a line shorter than this ended early.
  constexpr size_t kShortLine = 50;
  const size_t end = units_.tokens[t - 1].end;
  const size_t next = units_.tokens[t].begin;
  const std::string_view gap = text_.substr(end, next - end);
  // "Brian Yamauchi\t\t\tCase Western Reserve University", "Allen Thomson
  // SAIC   McLean, VA": within a line, a tab or a run of spaces sets
  // columns apart (an indented line after a wrap does not).
  if (gap.find('\n') == std::string_view::npos) {
    return gap.find('\t') != std::string_view::npos ||
           gap.find("   ") != std::string_view::npos;
  }
  const size_t nl =
      end == 0 ? std::string_view::npos : text_.rfind('\n', end - 1);
  const size_t line_begin = nl == std::string_view::npos ? 0 : nl + 1;
  return end - line_begin < kShortLine;
}

bool DocExtraction::InPersonName(int s, int t) const {
  const SentenceUnit& su = units_.sentences[s];
  auto name_word = [&](int u) {
    return u >= su.first && u < su.last && units_.tokens[u].word &&
           units_.tokens[u].upper;
  };
  // A surname after a given name (or after a given name and a middle word,
  // "Kim Jong Un"), or a given name before a surname.
  return (name_word(t - 1) && GivenNameLine(t - 1) > 0) ||
         (name_word(t - 1) && name_word(t - 2) && GivenNameLine(t - 2) > 0) ||
         (GivenNameLine(t) > 0 && name_word(t + 1));
}

}  // namespace kg
