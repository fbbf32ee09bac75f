// Vehicle relations read from the frame of a launch or a docking sentence,
// not from one fixed word order:
//
//  - LAUNCHED_FROM: a sentence with a launch word (rules/cues.txt [launch])
//    and a place after "from" (or "at"): every mission and every vehicle of
//    the sentence that is not the flight's destination (a station or module
//    after "to", "with" or "at") was launched from it: "A Proton rocket
//    carrying Zvezda blasted off from Baikonur" gives both.
//  - DOCKED_WITH: a sentence with a docking word ([dock]): the visiting
//    vehicle (a capsule, cargo ship or orbiter; a named flight before the
//    family it belongs to; "it" for the vehicle named last) docked with each
//    station or module the sentence names.
//  - USES: a mission and the crewed vehicle or lander it flies, named in one
//    sentence that speaks of flying ([flight], [launch], [dock]) or joined
//    by a possessive ("Endeavour's mission, STS-88").
#include <cstdlib>

#include "extract/pipeline.h"

namespace kg {

namespace {

// How near a mission and its vehicle stand, in tokens.
constexpr int kNear = 15;

bool Destination(const std::string& kind) {
  return kind == "station" || kind == "module";
}

}  // namespace

std::string DocExtraction::KindOf(const Mention& m) const {
  auto it = m.props.find("kind");
  if (it == m.props.end() && m.referent >= 0) {
    return KindOf(mentions_[m.referent]);
  }
  return it == m.props.end() ? "" : it->second;
}

std::string DocExtraction::EntryKind(const Mention& m) const {
  if (m.item < 0) return "";
  const Item& it = items_[m.sentence][m.item];
  return it.entry != nullptr ? it.entry->kind : "";
}

void DocExtraction::VehicleFrames(int s) {
  const SentenceUnit& su = units_.sentences[s];
  int launch = -1, dock = -1;
  bool flight = false;
  for (int t = su.first; t < su.last; ++t) {
    if (InQuote(t)) continue;
    const std::string& k = token_keys_[t];
    if (launch < 0 && x_.cues_.Is(Cue::kLaunch, k)) launch = t;
    if (dock < 0 && x_.cues_.Is(Cue::kDock, k)) dock = t;
    flight |= x_.cues_.Is(Cue::kFlight, k);
  }
  std::vector<int> missions, vehicles, destinations, places;
  for (const Item& it : items_[s]) {
    if (it.mention < 0 || InQuote(it.t0)) continue;
    const Mention& m = mentions_[it.mention];
    if (m.label == "Mission") {
      missions.push_back(it.mention);
    } else if (m.label == "Spacecraft") {
      (Destination(KindOf(m)) ? destinations : vehicles).push_back(it.mention);
    } else if (m.label == "Place") {
      places.push_back(it.mention);
    }
  }
  auto word_before = [&](int t, int span, Cue cue) {
    for (int u = t - 1; u >= su.first && u >= t - span; --u) {
      if (x_.cues_.Is(cue, token_keys_[u])) return true;
    }
    return false;
  };
  if (launch >= 0) {
    // The place after "from", else after "at".
    int site = -1;
    for (int p : places) {
      int t = mentions_[p].t0;
      bool from = false, at = false;
      for (int u = t - 1; u >= su.first && u >= t - 3; --u) {
        from |= token_keys_[u] == "from";
        at |= x_.cues_.Is(Cue::kLaunchSite, token_keys_[u]);
      }
      if (from) {
        site = p;
        break;
      }
      if (at && site < 0) site = p;
    }
    if (site >= 0) {
      const std::string rule =
          "launch frame: what the sentence launches, from the place after "
          "'from'";
      for (int m : missions) AddRel("LAUNCHED_FROM", m, site, s, {}, rule);
      for (int v : vehicles) {
        if (!word_before(mentions_[v].t0, 3, Cue::kDestination)) {
          AddRel("LAUNCHED_FROM", v, site, s, {}, rule);
        }
      }
      // A station or module named before the launch word is what flies
      // ("A Proton carrying Zvezda blasted off"); after it, where it goes.
      for (int d : destinations) {
        if (mentions_[d].t0 < launch &&
            !word_before(mentions_[d].t0, 3, Cue::kDestination)) {
          AddRel("LAUNCHED_FROM", d, site, s, {}, rule);
        }
      }
    }
  }
  if (dock >= 0 && !destinations.empty()) {
    // The visitor: a named flight if the sentence has one, else the nearest
    // vehicle before the docking word, else the first one after it.
    // A family ("a Soyuz capsule") names no vehicle of its own.
    int visitor = -1;
    for (int v : vehicles) {
      const Mention& m = mentions_[v];
      if (KindOf(m) != "other" && !IsNamedFlight(m)) continue;
      if (IsNamedFlight(m)) {
        visitor = v;
        break;
      }
      if (visitor < 0 || m.t0 < dock) visitor = v;
    }
    // "It docked with the station": "it" just before the docking word is
    // the vehicle named last (in this sentence or the one before) that can
    // dock -- no rocket, nor the station it docks with.
    for (int t = dock - 1; visitor < 0 && t >= su.first && t >= dock - 3; --t) {
      if (token_keys_[t] != "it") continue;
      visitor = LastMentionBefore(s, t, 1, [&](const Mention& m) {
        if (m.label != "Spacecraft" || KindOf(m) == "rocket") return false;
        for (int d : destinations) {
          if (mentions_[d].canonical == m.canonical) return false;
        }
        return true;
      });
    }
    if (visitor >= 0) {
      for (int d : destinations) {
        AddRel("DOCKED_WITH", visitor, d, s, {},
               "docking frame: the visiting vehicle and the station or "
               "module");
      }
    }
  }
  if (!missions.empty() && (flight || launch >= 0 || dock >= 0)) {
    for (int m : missions) {
      // An expedition lives on a station; it does not fly a vehicle. Nor
      // does a mission of years before ("the Apollo-Soyuz handshake of
      // 1975") fly the vehicle the story tells of.
      if (IsExpedition(mentions_[m]) || Historical(m)) {
        continue;
      }
      // A family ("aboard a SpaceX Crew Dragon") when the sentence names no
      // vehicle of its own.
      bool named = false;
      for (int v : vehicles) named |= IsNamedFlight(mentions_[v]);
      for (int v : vehicles) {
        const Mention& vm = mentions_[v];
        const std::string kind = KindOf(vm);
        const bool family =
            kind == "capsule" && !named && x_.families_.contains(vm.canonical);
        if (kind != "other" && kind != "lander" && !IsNamedFlight(vm) &&
            !family) {
          continue;
        }
        if (std::abs(vm.t0 - mentions_[m].t0) > kNear) continue;
        if (AcrossTheGap(s, vm.t0, mentions_[m].t0)) continue;
        // "... on Crew-3, and three cosmonauts who rode up on Soyuz MS-21":
        // a vehicle in another group's relative clause.
        const Mention& first = vm.t0 < mentions_[m].t0 ? vm : mentions_[m];
        const Mention& second = vm.t0 < mentions_[m].t0 ? mentions_[m] : vm;
        if (InRelativeClauseOfANoun(s, first.t1, second.t0)) continue;
        // "A will fly on Crew-10, and B will launch on Soyuz MS-27": a
        // clause of its own between them parts two flights.
        bool parted = false;
        for (int u = first.t1; u < second.t0 && !parted; ++u) {
          parted = token_keys_[u] == "," && JoinsAClause(s, u);
        }
        if (parted) continue;
        // "... in the Soyuz MS-13 spacecraft, 50 years after Apollo 11
        // landed": a flight of a clause a conjunction opens is that
        // clause's.
        if (SubjectOfALaterClause(s, vm.t0 < mentions_[m].t0 ? m : v,
                                  first.t0)) {
          continue;
        }
        AddRel("USES", m, v, s, {},
               "a mission and the vehicle it flies, named in a sentence of "
               "flight");
      }
    }
  }
}

void DocExtraction::OneFlightReport() {
  // "... sending four astronauts on the Crew-8 mission. Riding in the Crew
  // Dragon Endeavour are A and B.": a launch report names its mission in
  // one sentence and the capsule its crew rides in another. When the
  // document launches one mission and seats a crew in one named capsule
  // that no mission is said to fly, that mission flies it -- unless the
  // mission has a crew of its own and none of them is aboard.
  // (When the document launches several, the one its headline launches is
  // the report's: "LIVE: Crew-6 launches ..." over a mention of Crew-5.)
  std::set<int> missions, headline;
  int mission = -1, headline_mission = -1;
  auto launched = [&](int entity, bool in_headline) {
    const int m = entities_[entity].mentions[0];
    if (mentions_[m].label != "Mission" || IsExpedition(mentions_[m]) ||
        Historical(m)) {
      return;
    }
    if (missions.insert(entity).second) mission = m;
    if (in_headline && headline.insert(entity).second) headline_mission = m;
  };
  for (const EventFact& ev : facts_.events) {
    if (ev.kind != "launch") continue;
    for (const EventRole& what : ev.involves) {
      launched(what.entity, ev.evidence.sentence == 0);
    }
  }
  for (const PendingRel& r : rels_) {
    if (r.type == "LAUNCHED_FROM") launched(mentions_[r.from].entity, false);
  }
  if (missions.size() > 1 && headline.size() == 1) {
    missions = headline;
    mission = headline_mission;
  }
  if (missions.size() != 1) return;
  const int flown = *missions.begin();
  std::set<int> capsules, capsule_crew, mission_crew;
  int capsule = -1, sentence = -1;
  for (const PendingRel& r : rels_) {
    const Mention& to = mentions_[r.to];
    if (r.type == "USES" && mentions_[r.from].entity == flown) return;
    if (r.type != "CREW_OF") continue;
    const int who = mentions_[r.from].entity;
    if (to.entity == flown) mission_crew.insert(who);
    // A reusable vehicle of a family ("Crew Dragon Endeavour"); a numbered
    // flight such as "Soyuz MS-22" is a flight of its own, no mission's.
    const Mention& named = to.referent >= 0 ? mentions_[to.referent] : to;
    if (to.label != "Spacecraft" || KindOf(to) != "capsule" ||
        !IsNamedFlight(to) || IsCargoShip(to) || named.item < 0 ||
        items_[named.sentence][named.item].entry == nullptr ||
        items_[named.sentence][named.item].entry->family.empty()) {
      continue;
    }
    capsule_crew.insert(who);
    if (capsules.insert(to.entity).second)
      capsule = r.to, sentence = r.sentence;
  }
  if (capsules.size() != 1) return;
  for (const PendingRel& r : rels_) {
    if (r.type == "USES" && mentions_[r.to].entity == *capsules.begin()) return;
  }
  bool shared = mission_crew.empty();
  for (int who : mission_crew) shared |= capsule_crew.count(who) > 0;
  if (!shared) return;
  AddRel("USES", mission, capsule, sentence, {},
         "a report of one flight: the mission it launches and the capsule "
         "its crew rides");
}

}  // namespace kg
