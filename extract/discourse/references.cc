// References back: a definite vehicle word to the last vehicle named; "the
// agency" to the last agency, "the station" to the last station; "he",
// "it", "they" and "the two" to the people or vehicle named last.
#include <algorithm>
#include <cctype>
#include <map>

#include "absl/strings/str_cat.h"
#include "extract/pipeline.h"

namespace kg {

// Item `i` of sentence `s` becomes a mention of what mention `target` names
// -- a reference, not an alias of it (`demonym` marks that) -- with the
// target's labels and properties when `copy_attributes`.
int DocExtraction::ReferTo(int s, int i, int target, const char* rule,
                           const char* link, bool copy_attributes) {
  const Mention t = mentions_[target];  // a copy: NewMention grows mentions_
  const int m = NewMention(s, i, t.label, t.canonical, rule);
  mentions_[m].link = link;
  mentions_[m].demonym = true;  // not an alias
  mentions_[m].referent = target;
  if (copy_attributes) {
    mentions_[m].extra = t.extra;
    mentions_[m].props = t.props;
  }
  return m;
}

// "The vehicle blasted off from ...": a sentence that opens with a definite
// vehicle or mission word speaks of the last mission or spacecraft of the
// sentence before -- not a station or module, which is where a capsule goes
// ("X lifted off for the International Space Station. The capsule docked"),
// and for a rocket word ("The booster") only a rocket.
// The words become a mention of it (not an alias: they do not name it), so
// the rules can relate it.
void DocExtraction::VehicleReferences() {
  for (int s = 1; s < static_cast<int>(items_.size()); ++s) {
    std::vector<Item>& items = items_[s];
    if (items.size() < 3 || items[0].key != "the" ||
        !x_.cues_.Is(Cue::kVehicleNoun, items[1].key) ||
        items[1].mention >= 0) {
      continue;
    }
    const bool rocket = x_.cues_.Is(Cue::kRocketNoun, items[1].key);
    // The last vehicle of the nearest sentence before that names one, a few
    // back at most ("Soyuz TMA-11 undocked ... Aboard were A, B and C. The
    // capsule landed ..."); one told in a relative clause ("and C, who had
    // ridden up on Soyuz MS-18") only when the sentence names no other.
    constexpr int kVehicleBack = 3;
    int last = -1;
    for (int r = s - 1; r >= 0 && r >= s - kVehicleBack && last < 0; --r) {
      int in_clause = -1;
      bool relative = false;
      for (const Item& it : items_[r]) {
        if (it.mention < 0) {
          relative |= x_.cues_.Is(Cue::kRelative, it.key);
          continue;
        }
        const Mention& m = mentions_[it.mention];
        const std::string kind = KindOf(m);
        if (rocket ? m.label == "Spacecraft" && kind == "rocket"
                   : m.label == "Mission" ||
                         (m.label == "Spacecraft" && kind != "station" &&
                          kind != "module")) {
          (relative ? in_clause : last) = it.mention;
        }
      }
      if (last < 0) last = in_clause;
    }
    if (last < 0) continue;
    const bool mission = mentions_[last].label == "Mission";
    ReferTo(s, 1, last, "a definite vehicle word opening the sentence",
            "refers to the last vehicle of the sentences before",
            /*copy_attributes=*/false);
    items[1].cls = mission ? kClsMission : kClsCraft;
  }
}

// "Anatoly Perminov, the agency's chief", "docked with the station": a
// definite noun that names no entity itself ("the agency", "the station",
// "the outpost") speaks of the last agency or station the document named.
// The noun becomes a mention of it (not an alias), so that the rules, the
// crew and the frames of launches and dockings can use it.
void DocExtraction::DefiniteReferences() {
  int last_agency = -1, last_station = -1;
  for (int s = 0; s < static_cast<int>(items_.size()); ++s) {
    std::vector<Item>& items = items_[s];
    for (int i = 0; i < static_cast<int>(items.size()); ++i) {
      const Item& it = items[i];
      if (it.mention >= 0) {
        const Mention& m = mentions_[it.mention];
        if (m.extra.count("Agency")) last_agency = it.mention;
        if (m.label == "Spacecraft" && KindOf(m) == "station") {
          last_station = it.mention;
        }
        continue;
      }
      // "docked with it", "lived aboard it": the object of a docking or of
      // a stay is the last station named, not the vehicle that came.
      if (it.key == "it" && i >= 1 && last_station >= 0 &&
          (x_.cues_.Is(Cue::kAboard, items[i - 1].key) ||
           (i >= 2 && x_.cues_.Is(Cue::kDestination, items[i - 1].key) &&
            x_.cues_.Is(Cue::kDock, items[i - 2].key)))) {
        ReferTo(s, i, last_station, "'it' as the object of a docking or stay",
                "refers to the last station named", /*copy_attributes=*/true);
        items[i].cls = kClsCraft | kClsStation;
        continue;
      }
      if (i == 0 || items[i - 1].key != "the") continue;
      int target = -1;
      const char* what = nullptr;
      if (x_.cues_.Is(Cue::kAgencyNoun, it.key)) {
        target = last_agency;
        what = "refers to the last agency named";
      } else if (x_.cues_.Is(Cue::kStationNoun, it.key)) {
        target = last_station;
        what = "refers to the last station named";
      }
      if (target < 0) continue;
      const bool organization = mentions_[target].label == "Organization";
      ReferTo(s, i, target, "a definite noun that names no entity itself", what,
              /*copy_attributes=*/true);
      items[i].cls =
          organization ? (kClsOrg | kClsAgency) : (kClsCraft | kClsStation);
    }
  }
}

// "The deputy prime minister mocked the measures": an office after "the",
// with no name after it, speaks of the last person the document gave that
// title ("Deputy Prime Minister Dmitry Rogozin"). Offices only: "the
// astronaut" could be any of a crew.
void DocExtraction::TitleReferences() {
  struct Titled {
    int mention;
    std::string title;  // folded
  };
  std::vector<Titled> titled;  // in text order
  for (int s = 0; s < static_cast<int>(items_.size()); ++s) {
    std::vector<Item>& items = items_[s];
    for (int i = 0; i < static_cast<int>(items.size()); ++i) {
      const Item& it = items[i];
      if (it.mention >= 0) {
        const Mention& m = mentions_[it.mention];
        auto title = m.props.find("title");
        if (m.label == "Person" && title != m.props.end()) {
          titled.push_back({it.mention, FoldCase(title->second)});
        }
        continue;
      }
      if ((it.cls & kClsTitle) == 0 || it.title == nullptr ||
          !it.title->role.empty() || it.plural_title) {
        continue;
      }
      if (i == 0 || items[i - 1].key != "the") continue;
      if (i + 1 < static_cast<int>(items.size())) {
        const Item& next = items[i + 1];
        if (next.key == "of" || (next.cls & (kClsName | kClsPerson)) != 0) {
          continue;
        }
      }
      const std::string phrase = FoldCase(Span(it.t0, it.t1));
      int target = -1;
      for (auto t = titled.rbegin(); t != titled.rend(); ++t) {
        if (t->title == phrase ||
            (t->title.size() > phrase.size() &&
             t->title.compare(t->title.size() - phrase.size(), phrase.size(),
                              phrase) == 0 &&
             t->title[t->title.size() - phrase.size() - 1] == ' ')) {
          target = t->mention;
          break;
        }
      }
      if (target < 0 || mentions_[target].sentence < s - 6) continue;
      const int m = ReferTo(s, i, target,
                            "an office after 'the' that names no one itself",
                            "refers to the last person given that title",
                            /*copy_attributes=*/true);
      mentions_[m].props.clear();  // the office is the phrase's, not a name's
      items[i].cls = kClsPerson;
    }
  }
}

// "The Progress cargo ship crashed", "the Soyuz landed": a vehicle family
// after "the" (or "its") speaks of the last named flight of that family the
// document told of ("Progress M-12M" earlier). The family's mention is
// turned into a mention of that flight (not an alias of it), so a crash or
// a landing is the flight's, not the family's.
void DocExtraction::FamilyReferences() {
  std::map<std::string, int> last_flight;  // family name -> mention
  for (int s = 0; s < static_cast<int>(items_.size()); ++s) {
    std::vector<Item>& items = items_[s];
    for (int i = 0; i < static_cast<int>(items.size()); ++i) {
      Item& it = items[i];
      if (it.mention < 0) continue;
      Mention& m = mentions_[it.mention];
      if (m.label != "Spacecraft") continue;
      if (IsNamedFlight(m)) {
        // Its family: the longest family name it starts with.
        for (const std::string& family : x_.families_) {
          if (m.canonical.size() > family.size() &&
              m.canonical.compare(0, family.size(), family) == 0 &&
              (m.canonical[family.size()] == ' ' ||
               m.canonical[family.size()] == '-')) {
            last_flight[family] = it.mention;
          }
        }
        continue;
      }
      if (i == 0 || !x_.families_.contains(m.canonical) ||
          (items[i - 1].key != "the" && items[i - 1].key != "its")) {
        continue;
      }
      auto flight = last_flight.find(m.canonical);
      if (flight == last_flight.end()) continue;
      const Mention& f = mentions_[flight->second];
      m.link = absl::StrCat("refers to ", f.canonical,
                            ", the last flight of its family named");
      m.canonical = f.canonical;
      m.props = f.props;
      m.demonym = true;  // not an alias
    }
  }
}

namespace {

// How many mentions back a reference looks in one sentence: a referent is
// near, and a sentence without end stays linear.
constexpr size_t kReferenceReach = 200;

}  // namespace

absl::Span<const int> DocExtraction::MentionsBefore(int s, int t) const {
  if (s >= static_cast<int>(sentence_mentions_.size())) return {};
  std::vector<int>& list = sentence_mentions_[s];
  if (!sentence_mentions_sorted_[s]) {
    std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
      return mentions_[a].t0 < mentions_[b].t0;
    });
    sentence_mentions_sorted_[s] = true;
  }
  size_t end = list.size();
  if (t >= 0) {
    end = std::partition_point(list.begin(), list.end(),
                               [&](int m) { return mentions_[m].t0 < t; }) -
          list.begin();
  }
  const size_t begin = end > kReferenceReach ? end - kReferenceReach : 0;
  return absl::Span<const int>(list.data() + begin, end - begin);
}

// The mention that `want` accepts and that stands last before token `t` of
// sentence `s`, in that sentence or the `back` before it; -1 when none.
int DocExtraction::LastMentionBefore(
    int s, int t, int back,
    absl::FunctionRef<bool(const Mention&)> want) const {
  for (int k = s; k >= 0 && k >= s - back; --k) {
    absl::Span<const int> before = MentionsBefore(k, k == s ? t : -1);
    for (auto m = before.rbegin(); m != before.rend(); ++m) {
      if (want(mentions_[*m])) return *m;
    }
  }
  return -1;
}

// "he", "she" at token `t` of sentence `s`: a person named before it, in
// that sentence or the three before, whose given name does not say the other
// gender ("She and Wilmore arrived" after "Kononenko handed command to
// Sunita Williams"). A pronoun opening its sentence speaks of the person
// the sentence before opened with, when it opened with one ("In February he
// overtook the record held by Padalka. He and Chub had blasted off ...");
// otherwise it is the last such person named. -1 when none is that near.
bool DocExtraction::PronounFits(std::string_view pronoun,
                                const Mention& m) const {
  if (m.label != "Person") return false;
  const char gender = pronoun == "he" ? 'm' : pronoun == "she" ? 'f' : 0;
  if (gender == 0) return true;
  const std::string& name = m.canonical;
  const char g = x_.given_names_.Gender(name.substr(0, name.find(' ')));
  return g == 0 || g == 'u' || g == gender;
}

int DocExtraction::PronounReferent(int s, int t, int depth) const {
  const std::string& key = token_keys_[t];
  auto fits = [&](const Mention& m) { return PronounFits(key, m); };
  constexpr int kDepth = 3;
  if (s > 0 && depth < kDepth && SentenceSubjectAt(s, t)) {
    const SentenceUnit& prev = units_.sentences[s - 1];
    // The first person or pronoun of the sentence before, if it opens it.
    for (int u = prev.first; u < prev.last && SentenceSubjectAt(s - 1, u);
         ++u) {
      int m = -1;
      for (int c : MentionsBefore(s - 1, u + 1)) {
        if (mentions_[c].t0 == u && mentions_[c].label == "Person") m = c;
      }
      const bool pronoun = x_.cues_.Is(Cue::kPersonPronoun, token_keys_[u]);
      if (m < 0 && pronoun && token_keys_[u] == key) {
        m = PronounReferent(s - 1, u, depth + 1);
      }
      if (m >= 0 && fits(mentions_[m])) return m;
      if (m >= 0 || pronoun) break;
    }
  }
  return LastMentionBefore(s, t, 3, fits);
}

// Whether token `t` may open sentence `s`'s subject: among its first words
// ("He", "In February he", "On Monday, she"), with no person named before
// it in the sentence.
bool DocExtraction::SentenceSubjectAt(int s, int t) const {
  const SentenceUnit& su = units_.sentences[s];
  constexpr int kOpening = 4;
  if (t < su.first || t > su.first + kOpening) return false;
  for (int m : MentionsBefore(s, t)) {
    if (mentions_[m].label == "Person") return false;
  }
  return true;
}

// "it" at token `t` of sentence `s` in a flight: the last vehicle or mission
// named before it, in that sentence or the one before; -1 when none.
int DocExtraction::VehicleReferent(int s, int t) const {
  return LastMentionBefore(s, t, 1, [](const Mention& m) {
    return m.label == "Spacecraft" || m.label == "Mission";
  });
}

// "they" in a flight in sentence `s`: the people the sentence before named
// (two or more), one mention each; none when it named fewer.
std::vector<int> DocExtraction::CrewReferents(int s) const {
  std::vector<int> people;
  if (s == 0) return people;
  std::set<int> seen;
  for (const Item& it : items_[s - 1]) {
    if (it.mention < 0 || mentions_[it.mention].label != "Person") continue;
    if (seen.insert(mentions_[it.mention].entity).second) {
      people.push_back(it.mention);
    }
  }
  if (people.size() < 2) people.clear();
  return people;
}

// Whether mentions `a` and `b` name one entity: resolved alike, or before
// resolution written alike (LinkPersons gives "Orlovsky" the full name).
bool DocExtraction::SameEntity(int a, int b) const {
  const Mention& x = mentions_[a];
  const Mention& y = mentions_[b];
  if (x.entity >= 0 && y.entity >= 0) return x.entity == y.entity;
  return x.label == y.label && x.canonical == y.canonical;
}

// "The two space chiefs met", "the two met", "both men signed", "the pair
// flew": a pair of people at token `t` (the "two", "both", "pair" or
// "duo") speaks of the two people last named together ("Goldin and
// Koptev", "Sean Duffy, the acting administrator, and Dmitry Bakanov"), in
// that sentence or the three before; failing that, of the only two people
// that sentence and the one before name. One mention each of the two, or
// none when `t` is no such reference or no such pair is near.
std::vector<int> DocExtraction::PairReferents(int s, int t) const {
  const SentenceUnit& su = units_.sentences[s];
  const std::string& key = token_keys_[t];
  const bool after_the = t > su.first && token_keys_[t - 1] == "the";
  auto pair_noun_follows = [&](int within) {
    for (int u = t + 1; u < su.last && u <= t + within; ++u) {
      if (x_.cues_.Is(Cue::kPairNoun, token_keys_[u])) return true;
      const std::string_view w = Tok(u);
      if (w.empty() || !std::islower(static_cast<unsigned char>(w[0]))) {
        return false;
      }
    }
    return false;
  };
  if (!x_.cues_.Is(Cue::kPairWord, key)) return {};
  // A pair noun itself after "the" ("the pair"); "both" before one ("both
  // men"); "the two" before one, or before a meeting word or an auxiliary
  // ("the two met", "the two will").
  bool pair = false;
  if (x_.cues_.Is(Cue::kPairNoun, key)) {
    pair = after_the;
  } else if (after_the) {
    pair =
        pair_noun_follows(3) ||
        (t + 1 < su.last && (x_.cues_.Is(Cue::kMeeting, token_keys_[t + 1]) ||
                             x_.cues_.Is(Cue::kAuxiliary, token_keys_[t + 1])));
  } else {
    // "both men"; "two men" without "the" are people not named yet.
    pair = key != "two" && pair_noun_follows(1);
  }
  if (!pair) return {};
  // "the two agency heads", "the two cosmonauts": a noun of office or of
  // flying picks the people it fits (by any mention of theirs), not the
  // last two named.
  const char* fits = nullptr;
  for (int u = t; u < su.last && u <= t + 3 && fits == nullptr; ++u) {
    if (x_.cues_.Is(Cue::kOfficialsNoun, token_keys_[u])) fits = "Official";
    if (x_.cues_.Is(Cue::kAstronautsNoun, token_keys_[u])) fits = "Astronaut";
  }
  // (Mentions: entities may not be resolved yet.)
  std::vector<int> fitting;
  if (fits != nullptr) {
    for (int m = 0; m < static_cast<int>(mentions_.size()); ++m) {
      if (mentions_[m].label == "Person" && mentions_[m].extra.count(fits)) {
        fitting.push_back(m);
      }
    }
  }
  auto fit = [&](int m) {
    if (fits == nullptr) return true;
    for (int f : fitting) {
      if (SameEntity(f, m)) return true;
    }
    return false;
  };
  // The people named before `t` nearby, in text order.
  std::vector<int> people;
  for (int k = std::max(0, s - 3); k <= s; ++k) {
    for (int m : MentionsBefore(k, k == s ? t : -1)) {
      if (mentions_[m].label == "Person" && fit(m)) {
        people.push_back(m);
      }
    }
  }
  std::sort(people.begin(), people.end(), [&](int x, int y) {
    return std::pair(mentions_[x].sentence, mentions_[x].t0) <
           std::pair(mentions_[y].sentence, mentions_[y].t0);
  });
  // The last pair joined by "and": the second right after the "and", the
  // first the person before it in that sentence.
  for (size_t i = people.size(); i-- > 1;) {
    const Mention& second = mentions_[people[i]];
    const Mention& first = mentions_[people[i - 1]];
    if (second.t0 > 0 && token_keys_[second.t0 - 1] == "and" &&
        first.sentence == second.sentence &&
        !SameEntity(people[i - 1], people[i])) {
      return {people[i - 1], people[i]};
    }
  }
  std::vector<int> two;
  for (int m : people) {
    if (mentions_[m].sentence < s - 1 && fits == nullptr) continue;
    bool seen = false;
    for (int o : two) seen |= SameEntity(o, m);
    if (!seen) two.push_back(m);
  }
  if (two.size() != 2) two.clear();
  return two;
}

}  // namespace kg
