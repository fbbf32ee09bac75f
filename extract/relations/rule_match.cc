// The pattern rules (rules/patterns.txt) matched over a sentence's items, and
// their actions: people, titles, organizations, states, relations.
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "extract/pipeline.h"

namespace kg {

void DocExtraction::ApplyRules(int s) {
  std::vector<Item>& items = items_[s];
  // Per item, the rules whose first word it is; per rule, whether a word of
  // the sentence starts it; and the classes the sentence's items have. A
  // rule that nothing in the sentence can start is passed over whole.
  std::vector<const std::vector<int>*> by_word(items.size(), nullptr);
  std::vector<bool> started_by_word(x_.rules_.size(), false);
  for (size_t i = 0; i < items.size(); ++i) {
    auto it = x_.rules_by_start_word_.find(items[i].key);
    if (it == x_.rules_by_start_word_.end()) continue;
    by_word[i] = &it->second;
    for (int ri : it->second) started_by_word[ri] = true;
  }
  auto sentence_classes = [&items] {
    uint32_t cls = 0;
    for (const Item& it : items) cls |= it.cls;
    return cls;
  };
  uint32_t classes = sentence_classes();
  // One set of captures for every attempt, emptied before each: a name
  // with no items is no capture to Act, and the vectors keep their room.
  Captures caps;
  for (size_t ri = 0; ri < x_.rules_.size(); ++ri) {
    const Rule& r = x_.rules_[ri];
    if (!r.start_any && !(classes & r.start_classes) && !started_by_word[ri]) {
      continue;
    }
    for (size_t i = 0; i < items.size(); ++i) {
      if (!r.start_any && !(items[i].cls & r.start_classes) &&
          (by_word[i] == nullptr ||
           !std::binary_search(by_word[i]->begin(), by_word[i]->end(),
                               static_cast<int>(ri)))) {
        continue;
      }
      for (auto& [name, taken] : caps.items) taken.clear();
      size_t end = 0;
      if (Match(r, 0, items, i, caps, &end) && end > i) {
        Act(s, r, caps);
        // An action may make an item a person or a title.
        classes = sentence_classes();
      }
    }
  }
}

// From a comma at item `i` after a list member: past the appositions that
// open there (", the mission commander," ", who trained for six years,"),
// to the comma that closes the last of them; `i` itself when none opens.
// An apposition holds no name of the list's `classes` and ends within
// kMaxApposition items, before the sentence does.
size_t DocExtraction::PastAppositions(const std::vector<Item>& items, size_t i,
                                      uint32_t classes) const {
  constexpr size_t kMaxApposition = 12;
  while (i + 1 < items.size() && items[i].key == "," &&
         x_.cues_.Is(Cue::kAppositionOpener, items[i + 1].key)) {
    size_t close = 0;
    for (size_t j = i + 2; j < items.size() && j <= i + kMaxApposition; ++j) {
      if ((items[j].cls & classes) != 0 || items[j].key == "." ||
          items[j].key == ";" || items[j].key == "and") {
        break;
      }
      if (items[j].key == ",") {
        close = j;
        break;
      }
    }
    if (close == 0) break;
    i = close;
  }
  return i;
}

// From item `i` after a list member: past an affiliation of its own ("A of
// the European Space Agency and B of Roscosmos"), to the item after it; `i`
// itself when none follows.
size_t DocExtraction::PastAffiliation(const std::vector<Item>& items,
                                      size_t i) const {
  if (i + 1 >= items.size() || items[i].key != "of") return i;
  size_t j = i + 1;
  if (items[j].key == "the" && j + 1 < items.size()) ++j;
  if ((items[j].cls & (kClsOrg | kClsAgency | kClsCountry)) == 0) return i;
  return j + 1;
}

bool DocExtraction::Match(const Rule& r, size_t e,
                          const std::vector<Item>& items, size_t i,
                          Captures& caps, size_t* end) const {
  if (e == r.elements.size()) {
    *end = i;
    return true;
  }
  const RuleElement& el = r.elements[e];
  if (el.type == RuleElement::Type::kGap) {
    for (int skip = 0; skip <= el.max_gap && i + skip <= items.size(); ++skip) {
      // "~N" skips no person: the nearest one is the one the rule means.
      if (skip > 0 && el.gap_spares_people &&
          (items[i + skip - 1].cls & kClsPerson) != 0) {
        return false;
      }
      if (Match(r, e + 1, items, i + skip, caps, end)) return true;
    }
    return false;
  }
  if (i < items.size()) {
    const Item& it = items[i];
    bool ok = false;
    if (el.type == RuleElement::Type::kClass) {
      ok = (it.cls & el.classes) != 0;
    } else {
      ok =
          std::find(el.words.begin(), el.words.end(), it.key) != el.words.end();
    }
    if (ok) {
      size_t next = i + 1;
      std::vector<int> more;  // further list members, when closed
      if (el.list) {
        // "A, B and C": further names joined by commas, closed by "and"; a
        // comma alone is an apposition ("Bakanov, Duffy said"), not a list.
        // A member may carry appositions of its own: "A, the flight
        // engineer, who trained for six years, and B".
        size_t scan = next;
        bool closed = false, affiliated = false, apposed = false;
        while (!closed && scan + 1 < items.size()) {
          const size_t member_end = scan;
          scan = PastAffiliation(items, scan);
          affiliated |= scan != member_end;
          const size_t described = scan;
          scan = PastAppositions(items, scan, el.classes);
          apposed |= scan != described;
          if (scan + 1 >= items.size()) break;
          const Item& sep = items[scan];
          size_t cand = scan + 1;
          bool conj = sep.key == "and";
          if (sep.key == "," && cand + 1 < items.size() &&
              items[cand].key == "and") {
            ++cand;
            conj = true;
          }
          if ((sep.key == "," || conj) && cand < items.size() &&
              (items[cand].cls & el.classes)) {
            more.push_back(static_cast<int>(cand));
            scan = cand + 1;
            closed = conj;
          } else {
            break;
          }
        }
        if (closed) {
          // Members with affiliations or appositions of their own ("A, a
          // cosmonaut on his first flight, and B of NASA"): the last one's
          // affiliation is its own too, not the whole list's.
          next = affiliated || apposed ? PastAffiliation(items, scan) : scan;
        } else {
          more.clear();
        }
      }
      if (!el.capture.empty()) {
        auto& slot = caps.items[el.capture];
        size_t before = slot.size();
        slot.push_back(static_cast<int>(i));
        slot.insert(slot.end(), more.begin(), more.end());
        if (Match(r, e + 1, items, next, caps, end)) return true;
        slot.resize(before);
      } else if (Match(r, e + 1, items, next, caps, end)) {
        return true;
      }
    }
  }
  if (el.optional) return Match(r, e + 1, items, i, caps, end);
  return false;
}

namespace {
constexpr char kLowerCase[] = "abcdefghijklmnopqrstuvwxyz";
}  // namespace

// Once per sentence: a long sentence of capitals asks for each of its words.
bool DocExtraction::HasLowerCaseWord(int s) const {
  if (lower_case_.size() != units_.sentences.size()) {
    lower_case_.assign(units_.sentences.size(), -1);
  }
  if (lower_case_[s] < 0) {
    const SentenceUnit& su = units_.sentences[s];
    lower_case_[s] = 0;
    for (int t = su.first; t < su.last && lower_case_[s] == 0; ++t) {
      if (units_.tokens[t].word &&
          Tok(t).find_first_of(kLowerCase) != std::string_view::npos) {
        lower_case_[s] = 1;
      }
    }
  }
  return lower_case_[s] == 1;
}

void DocExtraction::Act(int s, const Rule& r, const Captures& caps) {
  std::vector<Item>& items = items_[s];
  auto captured = [&](const std::string& name) -> std::vector<int> {
    auto it = caps.items.find(name);
    return it == caps.items.end() ? std::vector<int>{} : it->second;
  };
  std::string title_text;
  const std::string rule = r.Provenance();
  for (const RuleAction& a : r.actions) {
    if (a.op == "person" || a.op == "place" || a.op == "mission") {
      std::string label = a.op == "person"  ? "Person"
                          : a.op == "place" ? "Place"
                                            : "Mission";
      for (int i : captured(a.args[0])) {
        // A run holding a word of an organization's, a place's or a
        // thing's name ("Crew Rescue Vehicle") is no person's name,
        // whatever stands before it.
        if (label == "Person" && items[i].mention < 0 &&
            HasNameHead(items[i].t0, items[i].t1)) {
          continue;
        }
        // Nor, for a person or a mission, is one word the document also
        // writes in lower case ("General Terms", "the Larry King Show", "the
        // Flyby mission": a common word capitalised in a title or heading),
        // or one that joins known names by hyphens ("the
        // Jupiter-Saturn-Uranus-Neptune mission" is a route).
        const bool named = label == "Person" || label == "Mission";
        if (named && items[i].mention < 0 && items[i].t1 - items[i].t0 == 1 &&
            (WrittenInLowerCase(token_keys_[items[i].t0]) ||
             HyphenatedKnownNames(items[i].t0))) {
          continue;
        }
        // Nor are words that open with no given name and end in a common
        // word the document writes in lower case ("Fixed Head Star
        // Trackers", "General Purpose Computer", "the Fast Flyby mission");
        // "Mary Young" opens with one.
        if (named && items[i].mention < 0 && items[i].t1 - items[i].t0 > 1 &&
            GivenNameLine(items[i].t0) == 0 &&
            WrittenInLowerCase(token_keys_[items[i].t1 - 1])) {
          continue;
        }
        // Nor is a single letter or an initial ("M&G said": "G"), nor an
        // acronym in a sentence not written in capitals ("President of
        // MIT").
        if (label == "Person" && items[i].mention < 0 &&
            items[i].t1 - items[i].t0 == 1 &&
            Tok(items[i].t0).find_first_of(kLowerCase) ==
                std::string_view::npos &&
            (Tok(items[i].t0).size() <= 2 || HasLowerCaseWord(s))) {
          continue;
        }
        EnsureMention(s, i, label, rule);
      }
    } else if (a.op == "craft") {
      // A name an apposition calls a vehicle ("NISAR, the NASA-ISRO radar
      // satellite"): a spacecraft of that kind, unless the name is known
      // already or is a common word the document writes in lower case.
      for (int i : captured(a.args[0])) {
        if (items[i].mention >= 0) continue;
        if (items[i].t1 - items[i].t0 == 1 &&
            WrittenInLowerCase(token_keys_[items[i].t0])) {
          continue;
        }
        // ("Released Hagoromo, a ...": a verb opening the sentence is no
        // part of the name.)
        if (items[i].t0 == units_.sentences[s].first &&
            IsPastVerb(items[i].t0)) {
          continue;
        }
        const int m = EnsureMention(s, i, "Spacecraft", rule);
        if (m >= 0) mentions_[m].props["kind"] = a.args[1];
      }
    } else if (a.op == "title") {
      std::vector<int> titles = captured(a.args[1]);
      if (titles.empty()) continue;
      const Item& t = items[titles[0]];
      if (t.title == nullptr) continue;
      // "Ambassador to Moscow": a title may take several captured items.
      title_text = CollapseWhiteSpace(Span(t.t0, items[titles.back()].t1));
      for (int i : captured(a.args[0])) {
        int m = items[i].mention;
        if (m < 0 || mentions_[m].label != "Person") continue;
        Mention& mm = mentions_[m];
        for (const std::string& l : t.title->labels) {
          if (l != "Person") mm.extra.insert(l);
        }
        if (!t.title->role.empty()) {
          mm.props["role"] = t.title->role;
        } else if (!t.plural_title &&
                   title_text.size() > mm.props["title"].size()) {
          mm.props["title"] = title_text;
        }
        if (mm.props["title"].empty()) mm.props.erase("title");
      }
    } else if (a.op == "org") {
      // An organization named by a phrase: "the U.S. Consulate General in
      // St. Petersburg"; its words keep their own mentions.
      std::vector<int> span = captured(a.args[0]);
      if (span.empty()) continue;
      int t0 = items[span.front()].t0, t1 = items[span.back()].t1;
      if (units_.tokens[t0].word && FoldCase(Tok(t0)) == "the") ++t0;
      if (t1 <= t0) continue;
      bool inside = false;  // already part of a longer name
      for (auto other = mentions_.rbegin();
           other != mentions_.rend() && other->sentence == s; ++other) {
        if (other->item < 0 && other->label == "Organization" &&
            other->t0 <= t0 && t1 <= other->t1) {
          inside = true;
        }
      }
      if (inside) continue;
      int m = NewSpanMention(s, t0, t1, "Organization",
                             CollapseWhiteSpace(Span(t0, t1)), rule);
      mentions_[m].props["kind"] = a.args[1];
    } else if (a.op == "state") {
      // A government body acting as its state: "colluded with the Kremlin".
      for (int i : captured(a.args[0])) {
        Item& it = items[i];
        if (it.mention < 0 || it.entry == nullptr ||
            it.entry->country.empty() || it.entry->kind != "government") {
          continue;
        }
        Mention& m = mentions_[it.mention];
        m.label = "Country";
        m.canonical = it.entry->country;
        m.extra.clear();
        m.props.clear();
        m.rule = absl::StrCat(m.rule, "; acting as the state: ", rule);
        it.cls = kClsCountry;
      }
    } else if (a.op == "label" || a.op == "role") {
      for (int i : captured(a.args[0])) {
        int m = items[i].mention;
        if (m < 0) continue;
        if (a.op == "label") {
          mentions_[m].extra.insert(a.args[1]);
        } else {
          mentions_[m].props["role"] = a.args[1];
        }
      }
    } else {
      std::map<std::string, std::string> props;
      if (a.op == "WORKS_FOR" && !title_text.empty()) {
        const Title* tt = lex_.FindTitle(title_text);
        if (tt == nullptr || tt->role.empty()) props["title"] = title_text;
      }
      // "International Space Station Program Manager Bill Gerstenmaier": a
      // rule that puts a titled person aboard needs a title of the crew (one
      // with an astronaut's role), not an office on the ground.
      if (a.op == "CREW_OF" && !title_text.empty()) {
        const Title* tt = lex_.FindTitle(title_text);
        if (tt != nullptr && tt->role.empty()) continue;
      }
      for (int i : captured(a.args[0])) {
        for (int j : captured(a.args[1])) {
          if (a.op == "WORKS_FOR") {
            RoleTimes(s, items[i], items[j], a.args, &props);
          }
          AddRel(a.op, items[i].mention, items[j].mention, s, props, rule);
        }
      }
    }
  }
}

// The time of a post, person `p` at organization `o`: the rule's flags
// (former; since and until, the sentence's date nearest the organization)
// and "since <date>" near the two ("who has headed the agency since 1992",
// "Roscosmos, led since April by ...").
void DocExtraction::RoleTimes(int s, const Item& p, const Item& o,
                              const std::vector<std::string>& flags,
                              std::map<std::string, std::string>* props) const {
  props->erase("since");
  props->erase("until");
  for (size_t f = 2; f < flags.size(); ++f) {
    if (flags[f] == "former") {
      (*props)["former"] = "true";
    } else {
      std::string date = SentenceDate(s, o.t0, /*future=*/false);
      if (!date.empty()) (*props)[flags[f]] = date;
    }
  }
  // Between the two, or right after the later ("has led NASA since 2021",
  // "NASA's administrator since 2021"), not further on, where it dates
  // something else ("X of NASA, who has been on the station since March").
  const SentenceUnit& su = units_.sentences[s];
  const int from = std::min(p.t0, o.t0);
  const int to = std::min(su.last, std::max(p.t1, o.t1) + 3);
  for (int t = from; t < to; ++t) {
    if (token_keys_[t] != "since") continue;
    // The first date that starts within a few words after it.
    const uint32_t after = units_.tokens[t].end - su.begin;
    const uint32_t limit = t + 6 < su.last ? units_.tokens[t + 6].end - su.begin
                                           : su.end - su.begin;
    for (const DateMention& d : SentenceDates(s, /*future=*/false)) {
      if (d.begin < after || !d.date.known()) continue;
      if (d.begin <= limit) (*props)["since"] = d.date.ToIso();
      break;
    }
    break;
  }
}

}  // namespace kg
