// The words and clauses that say who flies what, for CREW_OF (crew.cc):
// companions after a travel verb, a crew standing as a sentence's subject
// ("The trio", "Both are"), the flight a list's group belongs to, cargo
// ships, expeditions and flights of years before.
#include <cctype>
#include <string_view>

#include "absl/strings/numbers.h"
#include "extract/pipeline.h"

namespace kg {

// Whether token `t` is the "with" of "flew (up) with", "rode home with" or
// the first word of a sentence opening "With him are ...", "Beside him
// were ...": the people after it travel with the subject.
bool DocExtraction::CompanionsFollow(int first, int t) const {
  // "With him are A and B": the people named after travel with him.
  if (t == first && t + 1 < static_cast<int>(token_keys_.size()) &&
      x_.cues_.Is(Cue::kAccompaniment, token_keys_[t]) &&
      x_.cues_.Is(Cue::kObjectPronoun, token_keys_[t + 1])) {
    return true;
  }
  if (token_keys_[t] != "with") return false;
  for (int u = t - 1; u >= first && u >= t - 2; --u) {
    if (x_.cues_.Is(Cue::kCompanionVerb, token_keys_[u])) return true;
  }
  return false;
}

// "Vande Hei will fly back to Houston", "the cosmonauts will be flown to
// Star City": travel whose destination is a place or country on the ground
// is no spaceflight; "the landing site" is a thing, not a flight.
bool DocExtraction::GroundTrip(int s, int t) const {
  const SentenceUnit& su = units_.sentences[s];
  if (t + 1 < su.last &&
      x_.cues_.Is(Cue::kTriggerModified, token_keys_[t + 1])) {
    return true;
  }
  for (int u = t + 1; u < su.last && u <= t + 2; ++u) {
    if (token_keys_[u] != "to") continue;
    // The destination's words, up to a comma or a clause break, through
    // "at" or "in" ("to the training centre at Star City") but not "from"
    // or "on" ("to the station from Baikonur").
    // A vehicle among them ("to the Soviet Mir station") makes it a
    // spaceflight.
    constexpr int kDestination = 8;
    bool ground = false;
    for (int v = u + 1; v < su.last && v <= u + kDestination; ++v) {
      const std::string& w = token_keys_[v];
      if (w == "," || w == "from" || w == "on" || w == "aboard" ||
          w == "with" || x_.cues_.Is(Cue::kClauseBreak, w)) {
        break;
      }
      for (const Item& it : items_[s]) {
        if (it.t0 != v || it.mention < 0) continue;
        const std::string& label = mentions_[it.mention].label;
        if (label == "Spacecraft" || label == "Mission") return false;
        ground |= label == "Place" || label == "Country";
      }
    }
    return ground;
  }
  return false;
}

// "the four members of Crew-10", "the crew of the Soyuz MS-25": a crew noun
// at token t owning a named flight of sentence s (`mentions`, in order).
bool DocExtraction::CrewNounOfAFlight(int s, int t,
                                      const std::vector<int>& mentions) const {
  const SentenceUnit& su = units_.sentences[s];
  if (!x_.cues_.Is(Cue::kCrewNoun, token_keys_[t]) || t + 2 >= su.last ||
      token_keys_[t + 1] != "of") {
    return false;
  }
  const int at = token_keys_[t + 2] == "the" ? t + 3 : t + 2;
  for (int m : mentions) {
    if (mentions_[m].t0 == at) return IsNamedFlight(mentions_[m]);
  }
  return false;
}

// Whether two flight names are of one series: the same words before their
// numbers ("Crew-9" and "Crew-10", "Soyuz MS-18" and "Soyuz MS-19").
bool SameSeries(std::string_view a, std::string_view b) {
  auto stem = [](std::string_view n) {
    while (!n.empty() && (std::isdigit(static_cast<unsigned char>(n.back())) ||
                          n.back() == '-' || n.back() == ' ')) {
      n.remove_suffix(1);
    }
    return n;
  };
  const std::string_view x = stem(a);
  return !x.empty() && x.size() < a.size() && x == stem(b) &&
         stem(b).size() < b.size();
}

// Whether the [aboard] word at token a of sentence s can put people aboard
// one of `stations`: it names one in the words after it ("aboard the
// station", "aboard Mir"), or it stands bare and the vehicle named last
// before it, if any, is a station ("docked with Mir, where Foale, aboard
// since May" -- not "rose on the STS-86 mission with seven aboard").
bool DocExtraction::BareAboardOfAStation(
    int s, int a, const std::vector<int>& mentions,
    const std::vector<int>& stations) const {
  for (int st : stations) {
    const int t0 = mentions_[st].t0;
    if (mentions_[st].sentence == s && t0 > a && t0 <= a + 3) return true;
  }
  int last = -1;
  for (int m : mentions) {
    const Mention& mm = mentions_[m];
    if (mm.t1 > a || (mm.label != "Spacecraft" && mm.label != "Mission")) {
      continue;
    }
    if (last < 0 || mm.t0 > mentions_[last].t0) last = m;
  }
  if (last < 0) return true;
  const Mention& lm = mentions_[last];
  return lm.label == "Spacecraft" && KindOf(lm) == "station";
}

// Whether the person at token person_t stands in a relative clause of a
// station ("Mir, where Foale was waiting with B", "Mir, whose crew ...")
// that comes after the flight at token flight_t.
bool DocExtraction::InStationClause(int s, int flight_t, int person_t,
                                    const std::vector<int>& stations) const {
  for (int st : stations) {
    const Mention& sm = mentions_[st];
    if (sm.sentence != s || sm.t0 <= flight_t || sm.t1 >= person_t) continue;
    int r = sm.t1;
    if (token_keys_[r] == ",") ++r;
    if (r < person_t && (token_keys_[r] == "where" ||
                         x_.cues_.Is(Cue::kRelative, token_keys_[r]))) {
      return true;
    }
  }
  return false;
}

// "Its commander is X", "Its crew are A and B": a sentence opening with
// "its" and a crew role or noun speaks of the flight named before.
bool DocExtraction::ItsCrewRole(int s) const {
  const SentenceUnit& su = units_.sentences[s];
  if (su.last - su.first < 3 || token_keys_[su.first] != "its") return false;
  if (x_.cues_.Is(Cue::kCrewNoun, token_keys_[su.first + 1])) return true;
  for (const Item& it : items_[s]) {
    if (it.t0 != su.first + 1) continue;
    if (it.title == nullptr) return false;
    for (const std::string& l : it.title->labels) {
      if (l == "Astronaut") return true;
    }
    return false;
  }
  return false;
}

// Whether the words from token `t` (after a sentence's first "the") stand
// for a crew named before: a crew noun ("the crew"), a group word ("the
// trio") or a number with a verb after it ("the three have worked").
bool DocExtraction::CrewGroupSubject(int t, int end) const {
  const std::string& w = token_keys_[t];
  if (x_.cues_.Is(Cue::kCrewNoun, w) || x_.cues_.Is(Cue::kCrewGroup, w)) {
    return true;
  }
  if (!x_.cues_.Is(Cue::kCountWord, w) || t + 1 >= end) return false;
  return x_.cues_.Is(Cue::kCrewNoun, token_keys_[t + 1]) || VerbFollows(t + 1);
}

// "Raja Chari, Tom Marshburn, Kayla Barron and Matthias Maurer will undock
// in Endurance": two people or more listed at the head of sentence `s`
// (mentions `people`), as the subject of a verb of flying after at most two
// auxiliaries, fly.
bool DocExtraction::ListSubjectFlies(int s,
                                     const std::vector<int>& people) const {
  const SentenceUnit& su = units_.sentences[s];
  int t = su.first, listed = 0;
  while (t < su.last) {
    int next = -1;
    for (int p : people) {
      if (mentions_[p].t0 == t) next = mentions_[p].t1;
    }
    if (next > t) {
      t = next;
      ++listed;
    } else if (token_keys_[t] == "," || token_keys_[t] == "and") {
      ++t;
    } else {
      break;
    }
  }
  if (listed < 2) return false;
  for (int k = 0; k < 2 && t < su.last; ++k) {
    const std::string& w = token_keys_[t];
    if (!x_.cues_.Is(Cue::kFuture, w) && !x_.cues_.Is(Cue::kModal, w) &&
        !x_.cues_.Is(Cue::kAuxiliary, w) && !x_.cues_.Is(Cue::kBeVerb, w)) {
      break;
    }
    ++t;
  }
  return t < su.last && !units_.tokens[t].upper &&
         x_.cues_.Is(Cue::kFlight, token_keys_[t]);
}

// Whether a person's mention of sentence `s` begins at token `t`, or after
// one lower-case word there that is no determiner ("cosmonauts A and B",
// "behind A and B"; not "the station, A and B").
bool DocExtraction::PersonStartsAt(int s, int t) const {
  const std::vector<Item>& items = items_[s];
  auto person_at = [&](int u) {
    auto it = std::partition_point(items.begin(), items.end(),
                                   [&](const Item& i) { return i.t0 < u; });
    return it != items.end() && it->t0 == u && it->mention >= 0 &&
           mentions_[it->mention].label == "Person";
  };
  if (t >= units_.sentences[s].last) return false;
  if (person_at(t)) return true;
  const Unit& u = units_.tokens[t];
  return u.word && !u.upper && !x_.cues_.Is(Cue::kDeterminer, token_keys_[t]) &&
         person_at(t + 1);
}

// Whether token `t` is a verb or an auxiliary after a subject: "are",
// "have", "flew", "docked".
bool DocExtraction::VerbFollows(int t) const {
  if (t >= static_cast<int>(token_keys_.size())) return false;
  const std::string& next = token_keys_[t];
  return x_.cues_.Is(Cue::kAuxiliary, next) ||
         x_.cues_.Is(Cue::kBeVerb, next) || IsPastVerb(t);
}

// "Progress M-27M", "Cygnus": a cargo ship (rules/cues.txt
// [cargo_vehicle], by the first word of its name) carries no crew.
bool DocExtraction::IsCargoShip(const Mention& m) const {
  if (m.referent >= 0) return IsCargoShip(mentions_[m.referent]);
  if (m.label != "Spacecraft") return false;
  // (The letters the name opens with: "Progress MS-29", "Tianzhou-6",
  // "HTV-9", "KOUNOTORI8".)
  const std::string& name = m.canonical;
  size_t letters = 0;
  while (letters < name.size() &&
         std::isalpha(static_cast<unsigned char>(name[letters]))) {
    ++letters;
  }
  return x_.cues_.Is(Cue::kCargoVehicle, FoldCase(name.substr(0, letters)));
}

// An expedition (names.tsv's "Expedition N") is a station's crew for a
// season: it lives aboard, and flies, launches or docks no vehicle.
bool DocExtraction::IsExpedition(const Mention& m) const {
  return m.label == "Mission" && m.canonical.rfind("Expedition ", 0) == 0;
}

// Whether flight mention `f` is followed closely by a year ("of 1975", "in
// 1975") two or more years before the document's. In a document of unknown
// date, a flight with its year in a relative clause is a person's past ("a
// former pilot who flew on Shenzhou-6 in 2005").
bool DocExtraction::Historical(int f) const {
  const Mention& m = mentions_[f];
  const SentenceUnit& su = units_.sentences[m.sentence];
  for (int u = m.t1; u < su.last && u < m.t1 + 4; ++u) {
    const int year = YearAt(u);
    if (year == 0) continue;
    if (doc_date_.year != 0) return year < doc_date_.year - 1;
    // In a text of unknown date, the story's year is the latest it writes.
    if (year < StoryYear() - 1) return true;
    for (int v = m.t0 - 1; v >= su.first && v >= m.t0 - 12; --v) {
      if (token_keys_[v] == ";" || InQuote(v)) break;
      if (x_.cues_.Is(Cue::kRelative, token_keys_[v])) return true;
    }
    return false;
  }
  return false;
}

// Whether the [aboard] word at token `a` of sentence `s` speaks of person
// mention `pm` ("A, who has lived aboard Mir", "remain aboard: A and B"),
// not of another person of the sentence or across a clause.
bool DocExtraction::AboardWordReaches(int s, int a, const Mention& pm,
                                      const std::vector<int>& people) const {
  const SentenceUnit& su = units_.sentences[s];
  // "A, B and C, who is to take D's place aboard the station": a
  // relative clause speaks of the person nearest before it; with its
  // verb in the plural ("A and B, who have been on board since
  // February"), of them all.
  if (a > pm.t1) {
    int rel = -1;
    for (int u = pm.t1; u < a && rel < 0; ++u) {
      if (x_.cues_.Is(Cue::kRelative, token_keys_[u])) rel = u;
    }
    if (rel >= 0 && rel + 1 < su.last &&
        x_.cues_.Is(Cue::kPluralVerb, token_keys_[rel + 1])) {
      rel = -1;
    }
    bool other = false;
    for (int q : people) {
      other |= rel >= 0 && mentions_[q].t0 >= pm.t1 && mentions_[q].t1 <= rel &&
               mentions_[q].entity != pm.entity;
    }
    if (other) return false;
  }
  bool broken = false;
  for (int u = std::min(a, pm.t0) + 1; u < std::max(a, pm.t1); ++u) {
    // A relative clause ("B, who has lived aboard Mir") still speaks
    // of the person, a semicolon may part a list's members, and
    // "since May", "after STS-86" are prepositions before a name.
    broken |= units_.tokens[u].word &&
              x_.cues_.Is(Cue::kClauseBreak, token_keys_[u]) &&
              !x_.cues_.Is(Cue::kRelative, token_keys_[u]) && u + 1 < su.last &&
              !units_.tokens[u + 1].upper &&
              !std::isdigit(static_cast<unsigned char>(Tok(u + 1)[0]));
  }
  return !broken;
}

// A semicolon or a [group_break] word ("plus") at token t: the end of one
// group of a list of people.
bool DocExtraction::GroupBreak(int t) const {
  return token_keys_[t] == ";" || x_.cues_.Is(Cue::kGroupBreak, token_keys_[t]);
}

// "Crew-6's A, B and C, plus D and E", "the Crew-1 folks, plus D and E":
// whether the flight mention ending at token `flight_end` owns the names
// right after it by a possessive, or names a group of people by a noun, and
// a group break stands between it and the person at token `person_t`.
bool DocExtraction::PossessiveOfAnotherGroup(int s, int flight_end,
                                             int person_t) const {
  const SentenceUnit& su = units_.sentences[s];
  if (flight_end + 1 >= su.last || person_t <= flight_end) return false;
  const std::string& k = token_keys_[flight_end];
  const bool group_noun =
      x_.cues_.Is(Cue::kCrewNoun, k) || x_.cues_.Is(Cue::kPeopleNoun, k);
  if (k != "'s" && k != "\u2019s" && !group_noun) return false;
  if (!group_noun && !units_.tokens[flight_end + 1].upper) return false;
  for (int t = flight_end + 1; t < person_t; ++t) {
    if (GroupBreak(t)) return true;
  }
  return false;
}

// "The trio join A and B, who are to land on Friday, and the four members
// of the Crew-7 mission: C, D, E and F": a flight (mention `f`) after the
// person at token `person_t` that a crew noun owns and a colon opens the
// list of is the crew of the people after the colon only.
bool DocExtraction::ListOwnedAfter(int s, int f, int person_t) const {
  const SentenceUnit& su = units_.sentences[s];
  const Mention& fm = mentions_[f];
  if (fm.sentence != s || fm.t0 <= person_t) return false;
  int before = fm.t0 - 1;
  if (before > su.first && token_keys_[before] == "the") --before;
  // (A word or two may stand between: "the US Crew-7 mission".)
  while (before > su.first && before >= fm.t0 - 3 &&
         token_keys_[before] != "of") {
    --before;
  }
  const bool owned = before > su.first && token_keys_[before] == "of" &&
                     x_.cues_.Is(Cue::kCrewNoun, token_keys_[before - 1]);
  if (!owned) return false;
  for (int u = fm.t1; u < su.last && u <= fm.t1 + 2; ++u) {
    if (token_keys_[u] == ":") return true;
  }
  return false;
}

// "... were launched today in Soyuz MS-13, exactly 50 years after Apollo 11
// landed the first humans on the Moon": a flight (mention `f`) that is the
// subject of a clause a conjunction opens after the person at `person_t`
// ([clause_conjunction], comma or not) is that clause's, not the person's.
bool DocExtraction::SubjectOfALaterClause(int s, int f, int person_t) const {
  const SentenceUnit& su = units_.sentences[s];
  const Mention& fm = mentions_[f];
  if (fm.sentence != s || fm.t0 <= person_t || fm.t1 >= su.last) return false;
  const int conj = fm.t0 - 1;
  if (conj <= person_t ||
      !x_.cues_.Is(Cue::kClauseConjunction, token_keys_[conj])) {
    return false;
  }
  const std::string& next = token_keys_[fm.t1];
  return IsPastVerb(fm.t1) || x_.cues_.Is(Cue::kBeVerb, next) ||
         x_.cues_.Is(Cue::kAuxiliary, next) || x_.cues_.Is(Cue::kFuture, next);
}

int DocExtraction::StoryYear() const {
  if (story_year_ >= 0) return story_year_;
  story_year_ = doc_date_.year;
  if (story_year_ != 0) return story_year_;
  for (int t = 0; t < static_cast<int>(token_keys_.size()); ++t) {
    story_year_ = std::max(story_year_, YearAt(t));
  }
  return story_year_;
}

// The year token t writes ("1986"), or 0.
int DocExtraction::YearAt(int t) const {
  const std::string& k = token_keys_[t];
  int year = 0;
  if (k.size() != 4 || !absl::SimpleAtoi(k, &year)) return 0;
  return year > 1900 && year < 2200 ? year : 0;
}

bool DocExtraction::InOtherRelativeGroup(int s, int flight_t,
                                         int person_t) const {
  const SentenceUnit& su = units_.sentences[s];
  int begin = flight_t;
  while (begin > su.first && !GroupBreak(begin - 1)) --begin;
  // Only the parts before: a later part may join the group ("and C, who
  // flew up with them").
  if (person_t >= begin || begin == su.first) return false;
  for (int t = begin; t < flight_t; ++t) {
    if (x_.cues_.Is(Cue::kRelative, token_keys_[t])) return true;
  }
  return false;
}

// "A and B, and three cosmonauts who rode up on Soyuz MS-21": whether the
// flight at token `flight_t`, after a person ending at `person_end`, stands
// in a relative clause whose antecedent is a common noun ("cosmonauts who")
// rather than the list the person ends (", who all arrived on Crew-3").
bool DocExtraction::InRelativeClauseOfANoun(int s, int person_end,
                                            int flight_t) const {
  const SentenceUnit& su = units_.sentences[s];
  if (flight_t <= person_end || flight_t > su.last) return false;
  int r = -1;
  for (int t = flight_t - 1; t >= person_end; --t) {
    if (x_.cues_.Is(Cue::kRelative, token_keys_[t])) {
      r = t;
      break;
    }
  }
  if (r <= person_end) return false;
  const int before = r - 1;
  if (token_keys_[before] == ",") return false;  // ", who": the list's
  const Unit& u = units_.tokens[before];
  return u.word && !u.upper && x_.cues_.Is(Cue::kCrewNoun, token_keys_[before]);
}

// Of the named `flights` of sentence `s`, the one whose crew the person at
// token `t` is listed as: the last flight before `t` that a crew noun owns
// ("the members of Crew-10", "the crew of Soyuz MS-25", "Crew-10's crew",
// "the Crew-10 astronauts"), with no other flight between; -1 when none.
int DocExtraction::OwningFlight(int s, int t,
                                const std::vector<int>& flights) const {
  if (flights.size() < 2) return -1;
  const SentenceUnit& su = units_.sentences[s];
  auto crew_noun = [&](int u) {
    if (u < su.first || u >= su.last) return false;
    return x_.cues_.Is(Cue::kCrewNoun, token_keys_[u]);
  };
  int owner = -1, last = -1;
  for (int f : flights) {
    const Mention& fm = mentions_[f];
    if (fm.sentence != s || fm.t0 >= t) continue;
    if (last >= 0 && fm.t0 < mentions_[last].t0) continue;
    last = f;
    int before = fm.t0 - 1;
    if (before >= su.first && token_keys_[before] == "the") --before;
    const bool of = before > su.first && token_keys_[before] == "of" &&
                    crew_noun(before - 1);
    const bool possessive =
        fm.t1 + 1 < su.last &&
        (token_keys_[fm.t1] == "'s" || token_keys_[fm.t1] == "\u2019s") &&
        crew_noun(fm.t1 + 1);
    owner = of || possessive || crew_noun(fm.t1) ? f : -1;
  }
  if (last < 0) return -1;
  if (owner == last) return owner;
  // "A and B, who arrived on Crew-3, and three cosmonauts who rode up on
  // Soyuz MS-21 on March 18: C, D and E": a list opened by a colon after a
  // flight that a noun's relative clause tells is that flight's crew alone
  // -- not after "Atlantis rose on the STS-86 mission with seven aboard:",
  // one flight named twice, nor with a flight still to come.
  const Mention& lm = mentions_[last];
  bool colon = false;
  for (int u = lm.t1; u < t; ++u) colon |= token_keys_[u] == ":";
  int prev = -1;
  for (int f : flights) {
    const Mention& fm = mentions_[f];
    if (fm.sentence != s) continue;
    if (fm.t0 > t) return -1;
    if (fm.t0 < lm.t0 && (prev < 0 || fm.t0 > mentions_[prev].t0)) prev = f;
  }
  if (colon && prev >= 0 &&
      InRelativeClauseOfANoun(s, mentions_[prev].t1, lm.t0)) {
    return last;
  }
  return -1;
}

}  // namespace kg
