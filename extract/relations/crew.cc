// CREW_OF: the people a text puts aboard a flight.
//
// A flight story names its flight — a mission (STS-71, Expedition 1, Crew-9)
// or a named vehicle flight (Soyuz TM-21, Crew Dragon Endurance) — and its
// crew, in the same sentence or in the sentences after ("Joining Gibson on
// the shuttle are ...", "The trio will ..."). Per sentence:
//
//  - its flights are the missions and named vehicle flights it names; a
//    sentence that names none but speaks of a crew or of flying (a word of
//    rules/cues.txt [crew] or [flight]) continues the flights of the last
//    sentence that named one, at most kLookBack sentences before;
//  - its crew are the astronauts and cosmonauts it names (a person whose
//    mentions anywhere in the document make them one), and the plain people
//    named after a crew word ("the crew includes ...") or beside an
//    astronaut in a sentence of its own flight ("Gibson and Precourt flew
//    Atlantis"), who become astronauts;
//  - each crew member is CREW_OF each flight; a crew member said to be aboard
//    a station is CREW_OF the station when the document names no expedition.
#include <algorithm>
#include <cctype>

#include "absl/strings/match.h"
#include "extract/data/name_shape.h"
#include "extract/pipeline.h"

namespace kg {

namespace {

constexpr int kLookBack = 3;

}  // namespace

void DocExtraction::Crew() {
  const int sentences = static_cast<int>(units_.sentences.size());
  // Mentions per sentence, in order.
  std::vector<std::vector<int>> by_sentence(sentences);
  for (int m = 0; m < static_cast<int>(mentions_.size()); ++m) {
    by_sentence[mentions_[m].sentence].push_back(m);
  }
  // People who are astronauts by any mention of the document.
  std::set<int> astronauts, officials;
  bool expedition = false;
  for (const Mention& m : mentions_) {
    if (m.label == "Person" && m.extra.count("Astronaut")) {
      astronauts.insert(m.entity);
    }
    if (m.label == "Person" &&
        (m.extra.count("Official") || m.props.count("title"))) {
      officials.insert(m.entity);
    }
    if (IsExpedition(m)) {
      expedition = true;
    }
  }
  context_flights_.assign(sentences, {});
  // Who is CREW_OF which vehicle (entities) so far, read from rels_ as it
  // grows.
  std::map<int, std::set<int>> placed, crew_of;
  size_t placed_upto = 0;
  auto read_placed = [&] {
    for (; placed_upto < rels_.size(); ++placed_upto) {
      const PendingRel& r = rels_[placed_upto];
      if (r.type != "CREW_OF") continue;
      placed[mentions_[r.from].entity].insert(mentions_[r.to].entity);
      crew_of[mentions_[r.to].entity].insert(mentions_[r.from].entity);
    }
  };
  // Whether flights (entities) f and g have crews so far and no one in
  // both.
  auto apart = [&](int f, int g) {
    const std::set<int>& a = crew_of[f];
    const std::set<int>& b = crew_of[g];
    if (a.empty() || b.empty()) return false;
    for (int x : a) {
      if (b.count(x)) return false;
    }
    return true;
  };
  std::vector<int> last_flights;
  int last_station = -1;  // the station the text named last
  const int main_station = MainStation();
  int last_flight_sentence = -kLookBack - 1;
  for (int s = 0; s < sentences; ++s) {
    const SentenceUnit& su = units_.sentences[s];
    int crew_cue = -1;       // the first crew word's token
    int companion_cue = -1;  // "with" after a travel verb ("flew up with")
    int outgoing_cue = -1;   // the first word of a crew being relieved
    bool flight_cue = false;
    bool ground_trip = false;  // a word of flying that goes nowhere in space
    bool aboard = false;
    std::vector<int> aboard_at;  // the tokens of [aboard] words
    for (int t = su.first; t < su.last; ++t) {
      if (InQuote(t)) continue;
      if (x_.cues_.Is(Cue::kAboard, token_keys_[t])) aboard_at.push_back(t);
      if (outgoing_cue < 0 && x_.cues_.Is(Cue::kOutgoing, token_keys_[t])) {
        outgoing_cue = t;
      }
      const bool companions = CompanionsFollow(su.first, t);
      if (companions && companion_cue < 0) companion_cue = t;
      if (crew_cue < 0 &&
          (x_.cues_.Is(Cue::kCrew, token_keys_[t]) || companions ||
           CrewNounOfAFlight(s, t, by_sentence[s]))) {
        crew_cue = t;
      }
      if (x_.cues_.Is(Cue::kFlight, token_keys_[t])) {
        const bool ground = GroundTrip(s, t);
        flight_cue |= !ground;
        ground_trip |= ground;
      }
      aboard |= x_.cues_.Is(Cue::kAboard, token_keys_[t]);
    }
    // "Its commander is X": the people named after the role are its crew.
    if (crew_cue < 0 && ItsCrewRole(s)) crew_cue = su.first + 1;
    // Flights and stations once per entity: a name said again adds no
    // pairs (and a sentence without end stays linear).
    std::vector<int> flights, stations, people;
    std::set<int> seen_vehicles;
    for (int m : by_sentence[s]) {
      const Mention& mm = mentions_[m];
      if (InQuote(mm.t0)) continue;
      if (IsNamedFlight(mm)) {
        if (IsCargoShip(mm)) continue;
        if (seen_vehicles.insert(mm.entity).second) flights.push_back(m);
      } else if (mm.label == "Spacecraft" && mm.props.count("kind") &&
                 mm.props.at("kind") == "station") {
        if (seen_vehicles.insert(mm.entity).second) stations.push_back(m);
      } else if (mm.label == "Person") {
        people.push_back(m);
      }
    }
    const bool own_flight = !flights.empty();
    const int stay_after = StayAfter(
        s, aboard_at, people, flights, by_sentence[s], last_station,
        main_station,
        !last_flights.empty() && s - last_flight_sentence <= kLookBack,
        &stations);
    for (int st : stations) {
      if (mentions_[st].sentence == s) last_station = st;
    }
    // "two decades after the Apollo-Soyuz handshake of 1975": a flight the
    // story dates years before its own time is history, not a flight whose
    // crew the next sentences name.
    // ("... in Soyuz MS-13, 50 years after Apollo 11 landed": the flight
    // of a clause a conjunction opens is no flight the story goes on with,
    // when the sentence names another.)
    std::vector<int> current;
    for (int f : flights) {
      if (!Historical(f)) current.push_back(f);
    }
    if (std::any_of(current.begin(), current.end(), [&](int f) {
          return !SubjectOfALaterClause(s, f, su.first - 1);
        })) {
      std::erase_if(current, [&](int f) {
        return SubjectOfALaterClause(s, f, su.first - 1);
      });
    }
    // "Marshburn now leads Expedition 67. With him are A, who arrived on
    // Crew-3, and B ...": the people with him share the flights of the
    // sentence before, besides the ones the sentence names for them.
    std::vector<int> with_him;
    if (own_flight && s == last_flight_sentence + 1 && su.last > su.first &&
        CompanionsFollow(su.first, su.first)) {
      with_him = last_flights;
    }
    if (!current.empty()) {
      last_flights = current;
      last_flight_sentence = s;
    } else if (own_flight) {
      // History told in passing: the story's flights go on after it.
    } else if (s - last_flight_sentence <= kLookBack) {
      // Continued by a sentence of flying or of a crew, or by the very next
      // sentence naming two astronauts or more ("Commander A and cosmonaut
      // B opened the hatch"). One astronaut named later is no crew list:
      // "he and Lazutkin have become good friends".
      int named_astronauts = 0;
      std::set<int> seen_people;
      for (int p : people) {
        const int e = mentions_[p].entity;
        if (astronauts.count(e) && seen_people.insert(e).second) {
          ++named_astronauts;
        }
      }
      // Nor do people who stay where they are ("A and B will stay behind
      // for a five-month shift", "C and D remain aboard") leave on it.
      bool stay = false;
      for (int t = su.first; t < su.last && !stay; ++t) {
        stay = x_.cues_.Is(Cue::kStayVerb, token_keys_[t]);
      }
      if (crew_cue >= 0 || flight_cue ||
          (s == last_flight_sentence + 1 && named_astronauts >= 2 &&
           !ground_trip && !stay)) {
        flights = last_flights;
        // "The crew is commanded by A. With him are B and C.": a sentence
        // that lists people of the crew carries the flight on, as naming it
        // would.
        if (crew_cue >= 0 && !people.empty()) last_flight_sentence = s;
      }
    }
    context_flights_[s] = flights;
    // "He flew up with A, B and C, the second Israeli in space after Ilan
    // Ramon, who died aboard the shuttle Columbia in 2003": a flight of years
    // before, in a sentence that names no other, is the flight of the person
    // nearest before it; the others go on with the story's flights.
    const bool history_only = own_flight && current.empty();
    std::vector<int> story_flights;
    if (history_only && s - last_flight_sentence <= kLookBack &&
        (crew_cue >= 0 || flight_cue)) {
      story_flights = last_flights;
    }
    int first_person = -1;  // the person named first (mentions are not in
                            // text order)
    for (int q : people) {
      if (first_person < 0 || mentions_[q].t0 < mentions_[first_person].t0) {
        first_person = q;
      }
    }
    // The [aboard] words that can put people aboard a station, once per
    // sentence (they do not depend on the person).
    std::vector<int> station_aboard;
    for (int a : aboard_at) {
      if (BareAboardOfAStation(s, a, by_sentence[s], stations)) {
        station_aboard.push_back(a);
      }
    }
    auto nearest_before = [&](int f) {
      int best = -1;
      for (int p : people) {
        if (mentions_[p].t1 <= mentions_[f].t0 &&
            (best < 0 || mentions_[p].t0 > mentions_[best].t0)) {
          best = p;
        }
      }
      return best;
    };
    // The astronauts of the last sentence before this one (up to `back`
    // back) that named at least `least` of them, leaving out `excluded`.
    auto crew_listed_before = [&](size_t least, int back = kLookBack,
                                  const std::set<int>& excluded = {}) {
      for (int r = s - 1; r >= 0 && r >= s - back; --r) {
        std::vector<int> crew;
        std::set<int> seen;
        for (int m : by_sentence[r]) {
          const Mention& pm = mentions_[m];
          if (pm.label == "Person" && !InQuote(pm.t0) &&
              astronauts.count(pm.entity) && !excluded.count(pm.entity) &&
              seen.insert(pm.entity).second) {
            crew.push_back(m);
          }
        }
        if (crew.size() >= least) return crew;
      }
      return std::vector<int>{};
    };
    // "The STS-135 crew spent 13 days in space" after the crew was listed:
    // the people of the last sentence that named two astronauts or more.
    // "Rescue teams reached their Soyuz MS-10 capsule": the astronauts the
    // sentence names before "their", else those of the sentence before.
    for (int f : current) {
      const Mention& fm = mentions_[f];
      if (fm.t0 <= su.first) continue;
      // ("the station's Expedition 44 crew": a possessive stands for "the")
      const std::string& before = token_keys_[fm.t0 - 1];
      const bool the_crew = people.empty() &&
                            (before == "the" || absl::EndsWith(before, "'s") ||
                             absl::EndsWith(before, "\u2019s")) &&
                            fm.t1 < su.last &&
                            x_.cues_.Is(Cue::kCrewNoun, token_keys_[fm.t1]);
      // "their Soyuz MS-25", "Their capsule, Freedom, splashed down",
      // "Their capsule, the Crew Dragon Endurance, docked".
      const int named_at =
          fm.t0 - 1 > su.first &&
                  x_.cues_.Is(Cue::kDeterminer, token_keys_[fm.t0 - 1]) &&
                  token_keys_[fm.t0 - 2] == ","
              ? fm.t0 - 1
              : fm.t0;
      const bool their =
          token_keys_[fm.t0 - 1] == "their" ||
          (named_at - 3 >= su.first && token_keys_[named_at - 1] == "," &&
           x_.cues_.Is(Cue::kVehicleNoun, token_keys_[named_at - 2]) &&
           token_keys_[named_at - 3] == "their");
      // "The crew named the capsule Grace", "The trio boarded Soyuz MS-25",
      // "The three have worked aboard as members of Expedition 68", "Both
      // are flight engineers on Expedition 61": a sentence whose subject is
      // the crew, and that names nobody.
      const bool crew_subject = people.empty() && su.last - su.first > 2 &&
                                ((token_keys_[su.first] == "the" &&
                                  CrewGroupSubject(su.first + 1, su.last)) ||
                                 ((token_keys_[su.first] == "both" ||
                                   token_keys_[su.first] == "they") &&
                                  VerbFollows(su.first + 1))) &&
                                fm.t0 > su.first + 2;
      if (!the_crew && !their && !crew_subject) continue;
      // "The Ax-1 crew plans ..." once the text has said who flies Ax-1:
      // that crew, not the last people listed.
      if (the_crew || crew_subject) {
        read_placed();
        if (!crew_of[fm.entity].empty()) continue;
      }
      std::vector<int> crew;
      if (their) {
        std::set<int> seen;
        for (int p : people) {
          const Mention& pm = mentions_[p];
          if (pm.t0 < fm.t0 && astronauts.count(pm.entity) &&
              seen.insert(pm.entity).second) {
            crew.push_back(p);
          }
        }
      }
      if (crew.empty()) {
        // ("China plans to launch the Shenzhou-18 crew" after the
        // Shenzhou-16 trio was listed: the crew of another flight of the
        // series is not this one's.)
        read_placed();
        std::set<int> other_series;
        for (const auto& [person, on] : placed) {
          for (int g : on) {
            if (g != fm.entity && SameSeries(entities_[g].canonical,
                                             entities_[fm.entity].canonical)) {
              other_series.insert(person);
            }
          }
        }
        crew = crew_listed_before(the_crew || crew_subject ? 2 : 1, kLookBack,
                                  other_series);
      }
      // "The crew named the capsule Resilience" a few sentences after the
      // station's crew was listed: people already aboard another vehicle
      // are not this one's (a mission's crew still may be); the crew is
      // that of the last sentence, up to kCrewSubjectBack back, that named
      // two astronauts or more of no other vehicle.
      if (crew_subject) {
        constexpr int kCrewSubjectBack = 8;
        std::set<int> elsewhere;
        for (const PendingRel& r : rels_) {
          const Mention& to = mentions_[r.to];
          // (A station is where a crew lives, whatever brought it there.)
          if (r.type == "CREW_OF" && to.label == "Spacecraft" &&
              fm.label == "Spacecraft" && to.entity != fm.entity &&
              KindOf(to) != "station" && KindOf(to) != "module") {
            elsewhere.insert(mentions_[r.from].entity);
          }
        }
        // ("They" stands for what the sentence or two before named.)
        constexpr int kTheyBack = 2;
        crew = crew_listed_before(
            2, token_keys_[su.first] == "they" ? kTheyBack : kCrewSubjectBack,
            elsewhere);
      }
      for (int p : crew) {
        AddRel("CREW_OF", p, f, s, {},
               the_crew       ? "crew: 'the <flight> crew' after the crew was "
                                "listed"
               : crew_subject ? "crew: 'the crew' doing something with a "
                                "flight after the crew was listed"
                              : "crew: the astronauts named before 'their' "
                                "flight");
      }
    }
    if (s > 0 && people.empty()) {
      CrewCarriedBefore(s, current, by_sentence[s - 1], astronauts);
    }
    // ", and NASA astronaut B is to launch on Y": the clauses a sentence
    // joins with a verb of their own, each with its crew and its flight.
    std::vector<int> clause_starts;
    if (own_flight) {
      for (int t = su.first; t < su.last; ++t) {
        if (token_keys_[t] == "," && JoinsAClause(s, t)) {
          clause_starts.push_back(t);
        }
      }
    }
    auto clause_of = [&](int t) {
      return std::lower_bound(clause_starts.begin(), clause_starts.end(), t) -
             clause_starts.begin();
    };
    // Whether the sentence names a flight that is no subject of a clause a
    // conjunction opens: then one that is ("after Apollo 11 landed") is
    // not its people's.
    bool main_clause_flight = false;
    for (int f : flights) {
      main_clause_flight |= mentions_[f].sentence == s &&
                            !SubjectOfALaterClause(s, f, su.first - 1);
    }
    // A sentence naming an astronaut beside others names a crew; so does
    // one whose head lists people who fly ("A, B and C will undock in
    // Endurance").
    bool crew_named = own_flight && ListSubjectFlies(s, people);
    for (int p : people)
      crew_named |= astronauts.count(mentions_[p].entity) > 0;
    for (int p : people) {
      Mention& pm = mentions_[p];
      // "retired NASA astronaut Mark Kelly", "former cosmonaut X": not of
      // the flights the text tells.
      bool retired = false;
      for (int u = pm.t0 - 1; u >= su.first && u >= pm.t0 - 4; --u) {
        retired |= token_keys_[u] == "retired" || token_keys_[u] == "former";
      }
      // ("commanded by former NASA astronaut Peggy Whitson": a former
      // agency astronaut flying again, named after a crew word.)
      const bool crew_listed = crew_cue >= 0 && pm.t0 > crew_cue;
      if (retired && !own_flight && !crew_listed) continue;
      bool astronaut = astronauts.count(pm.entity) > 0;
      // A plain person named after a crew word, or in a sentence that
      // names its own flight and speaks of flying, is aboard.
      // (Who travels with a crew member travels, whatever post they hold:
      // "flew up with three businessmen: ... B, the chief executive of X".)
      const bool plain = !officials.count(pm.entity) ||
                         (companion_cue >= 0 && pm.t0 > companion_cue);
      const bool after_crew_word = crew_cue >= 0 && pm.t0 > crew_cue;
      const bool in_flight =
          own_flight && (flight_cue || crew_cue >= 0) && crew_named;
      // People said to live aboard a station ("Viktorenko, Kondakova and
      // Polyakov, who has lived aboard the station for 14 months") are its
      // crew.
      const bool on_station = aboard && !stations.empty();
      if (!astronaut && plain &&
          ((!flights.empty() && (after_crew_word || in_flight)) ||
           on_station)) {
        pm.extra.insert("Astronaut");
        if (!pm.props.count("role")) {
          pm.props["role"] = "astronaut";
          pm.default_role = true;
        }
        astronauts.insert(pm.entity);
        astronaut = true;
      }
      if (!astronaut) continue;
      // "They will relieve A, B and C", "take over from A": the crew
      // leaving, not the flight's.
      const bool outgoing = outgoing_cue >= 0 && pm.t0 > outgoing_cue;
      // "Once Crew-11 arrives, the four members of Crew-10 -- A, B ...": a
      // crew named as one flight's is not the others'.
      const int owner = OwningFlight(s, pm.t0, flights);
      // "Discovery docked with Mir, and A and B lived aboard for months": a
      // clause of its own that puts people aboard a station, and names no
      // flight, tells of the station, not of the other clause's flight.
      bool stay_clause = false;
      if (!clause_starts.empty() && !stations.empty()) {
        const auto clause = clause_of(pm.t0);
        for (int t : aboard_at) stay_clause |= clause_of(t) == clause;
        for (int f : flights) {
          stay_clause &= !(mentions_[f].sentence == s &&
                           clause_of(mentions_[f].t0) == clause);
        }
      }
      // "Aboard Mir were A, B and C" after a flight was named: the people
      // of a station, not of the flight before.
      bool continued_away = false;
      for (int a : aboard_at) {
        for (int st : stations) {
          const int t0 = mentions_[st].t0;
          continued_away |= t0 > a && t0 <= a + 3;
        }
      }
      const bool staying = stay_after >= 0 && pm.t0 > stay_after;
      std::vector<int> targets = outgoing || stay_clause ? std::vector<int>{}
                                 : owner >= 0 ? std::vector<int>{owner}
                                              : flights;
      // Who stays is still of the mission, but on none of the vehicles.
      if (staying) {
        std::erase_if(targets,
                      [&](int f) { return mentions_[f].label != "Mission"; });
      }
      if (history_only && !targets.empty()) {
        std::vector<int> mine;
        for (int f : flights) {
          const int nearest =
              mentions_[f].sentence == s ? nearest_before(f) : -1;
          if (nearest >= 0 && mentions_[nearest].entity == pm.entity) {
            mine.push_back(f);
          }
        }
        // ("Commander A, who flew on Shenzhou-12 in 2021, is joined by B":
        // the sentence's subject flies the story's flight too.)
        const bool subject = first_person == p;
        if (mine.empty() || subject) {
          mine.insert(mine.end(), story_flights.begin(), story_flights.end());
        }
        targets = mine;
      }
      // "A, who arrived on Crew-3, and D, who rode up on Soyuz MS-21. D
      // later said the crew ...": of the flights a sentence continues, one
      // whose crew so far is apart from that of a flight the person is on is
      // not the person's.
      // So is a continued flight of the series of one the person is on
      // ("Crew-9" and "Crew-10") whose crew so far is apart from it.
      if (!own_flight && !targets.empty()) {
        read_placed();
        const std::set<int>& on = placed[pm.entity];
        std::vector<int> kept;
        for (int f : targets) {
          const int fe = mentions_[f].entity;
          bool other = false;
          for (int g : on) {
            other |= apart(fe, g) &&
                     (targets.size() > 1 || SameSeries(entities_[fe].canonical,
                                                       entities_[g].canonical));
          }
          if (!other) kept.push_back(f);
        }
        targets = std::move(kept);
      }
      if (!outgoing) {
        for (int f : with_him) {
          AddRel("CREW_OF", p, f, s, {},
                 "crew: the people 'with him' of a crew member named in the "
                 "sentence before");
        }
      }
      for (int f : targets) {
        if (mentions_[f].sentence != s && continued_away) continue;
        // "A and B; their relief, C and D, who came in Soyuz TM-25": a
        // flight in a relative clause is not the crew of the parts before.
        if (mentions_[f].sentence == s &&
            (InOtherRelativeGroup(s, mentions_[f].t0, pm.t0) ||
             InRelativeClauseOfANoun(s, pm.t1, mentions_[f].t0))) {
          continue;
        }
        // "Crew-6's A and B, plus C": C is not Crew-6's; nor are A and B in
        // "A and B, and the members of Crew-7: C and D".
        if (mentions_[f].sentence == s &&
            (PossessiveOfAnotherGroup(s, mentions_[f].t1, pm.t0) ||
             ListOwnedAfter(s, f, pm.t0) ||
             (main_clause_flight && SubjectOfALaterClause(s, f, pm.t0)))) {
          continue;
        }
        // "Atlantis docked with Mir, where A was waiting with B": the
        // people of a station's relative clause are not the flight's.
        if (mentions_[f].sentence == s &&
            InStationClause(s, mentions_[f].t0, pm.t0, stations)) {
          continue;
        }
        // "A is to fly on X, and B on Y": A flies X, B flies Y.
        if (mentions_[f].sentence == s &&
            AcrossTheGap(s, pm.t0, mentions_[f].t0)) {
          continue;
        }
        // Likewise with a verb of its own, when the person's clause names
        // a flight.
        if (!clause_starts.empty() && mentions_[f].sentence == s &&
            clause_of(mentions_[f].t0) != clause_of(pm.t0)) {
          bool own = false;
          for (int g : flights) {
            own |= mentions_[g].sentence == s &&
                   clause_of(mentions_[g].t0) == clause_of(pm.t0);
          }
          if (own) continue;
        }
        AddRel("CREW_OF", p, f, s, {},
               mentions_[f].sentence == s
                   ? "crew: an astronaut named with a flight"
                   : "crew: an astronaut named in the sentences after a "
                     "flight");
      }
      // "A flew around the station while the cosmonauts aboard Mir took
      // pictures": the aboard word must be in the person's clause.
      bool aboard_here = false;
      for (int a : station_aboard) {
        aboard_here |= AboardWordReaches(s, a, pm, people);
      }
      // "They will relieve A, B and C, the doctor who has lived aboard the
      // station": the crew being relieved is the station's.
      aboard_here |= outgoing && !stations.empty();
      // "docked with Mir, where A was waiting with B": so are the people of
      // the station's relative clause.
      aboard_here |= InStationClause(s, su.first - 1, pm.t0, stations);
      if (aboard_here && !expedition) {
        for (int st : stations) {
          AddRel("CREW_OF", p, st, s, {},
                 "crew: an astronaut aboard a station no expedition names");
        }
      }
    }
  }
}

}  // namespace kg
