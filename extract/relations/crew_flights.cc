// CREW_OF from the flights' events and the vehicles a mission flies: the
// astronauts who take part in a launch, docking or landing of a named
// flight, the crew of a vehicle the document's one mission flies, and the
// people a vehicle of a flight's family carried the sentence before; and
// what a named flight is.
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "extract/data/name_shape.h"
#include "extract/pipeline.h"

namespace kg {

bool DocExtraction::IsNamedFlight(const Mention& m) const {
  if (m.label == "Mission") return true;
  // "The capsule" is a named flight when what it refers to is one.
  if (m.referent >= 0) return IsNamedFlight(mentions_[m.referent]);
  if (m.label != "Spacecraft" || m.item < 0) return false;
  const Item& it = items_[m.sentence][m.item];
  if (it.shape != nullptr) return it.shape->kind == "capsule";
  // A named vehicle of a family ("Crew Dragon Endurance", the orbiter
  // Atlantis), not the family, nor a rocket, module or probe.
  return it.entry != nullptr &&
         (it.entry->kind == "capsule" || it.entry->kind == "other") &&
         !it.entry->family.empty() && !x_.families_.contains(it.entry->name);
}

// "A Soyuz capsule carrying A, B and C landed ... The Soyuz TMA-15M touched
// down ...": a named flight of sentence `s`, which names nobody, right after
// a sentence (`before`, its mentions) that told of an unnamed vehicle of the
// flight's family and the astronauts it carried, has them for its crew.
void DocExtraction::CrewCarriedBefore(int s, const std::vector<int>& flights,
                                      const std::vector<int>& before,
                                      const std::set<int>& astronauts) {
  for (int f : flights) {
    const std::string& name = mentions_[f].canonical;
    bool family_before = false, own_flight_before = false;
    std::vector<int> carried;
    std::set<int> seen;
    for (int m : before) {
      const Mention& mm = mentions_[m];
      if (InQuote(mm.t0)) continue;
      own_flight_before |= IsNamedFlight(mm);
      family_before |= mm.label == "Spacecraft" &&
                       x_.families_.contains(mm.canonical) &&
                       name.starts_with(mm.canonical + " ");
      if (mm.label == "Person" && astronauts.count(mm.entity) &&
          seen.insert(mm.entity).second) {
        carried.push_back(m);
      }
    }
    if (!family_before || own_flight_before || carried.size() < 2) continue;
    for (int p : carried) {
      AddRel("CREW_OF", p, f, s, {},
             "crew: the people a vehicle of its family carried in the "
             "sentence before its name");
    }
  }
}

// "Behnken and Hurley docked their Crew Dragon Endeavour", "Ferguson
// brought Atlantis home": the astronauts who take part in a launch, docking
// or landing are the crew of the named flight it takes part.
void DocExtraction::CrewOfFlights() {
  // Who may fly: astronauts, and people no mention makes an official.
  std::set<int> astronauts, officials;
  for (const Mention& m : mentions_) {
    if (m.label != "Person") continue;
    if (m.extra.count("Astronaut")) astronauts.insert(m.entity);
    if (m.extra.count("Official") || m.props.count("title")) {
      officials.insert(m.entity);
    }
  }
  // The entity's mention in sentence `s`, else its first.
  auto mention_in = [&](int entity, int s) {
    for (int m : entities_[entity].mentions) {
      if (mentions_[m].sentence == s) return m;
    }
    return entities_[entity].mentions[0];
  };
  // A report of one flight names a few people and vehicles; more is no
  // crew list (and would make pairs without end on hostile text).
  constexpr size_t kMaxTakingPart = 24;
  for (const EventFact& ev : facts_.events) {
    if (!ev.flight || ev.involves.size() > kMaxTakingPart) continue;
    const int s = ev.evidence.sentence;
    for (const EventRole& who : ev.involves) {
      const Mention& first = mentions_[entities_[who.entity].mentions[0]];
      if (first.label != "Person") continue;
      if (!astronauts.count(who.entity) && officials.count(who.entity)) {
        continue;
      }
      // A crew the sentence names as one flight's is not the others'.
      std::vector<int> named_flights;
      for (const EventRole& what : ev.involves) {
        const int f = mention_in(what.entity, s);
        if (IsNamedFlight(mentions_[f])) named_flights.push_back(f);
      }
      const Mention& said = mentions_[mention_in(who.entity, s)];
      const int owner =
          said.sentence == s ? OwningFlight(s, said.t0, named_flights) : -1;
      for (const EventRole& what : ev.involves) {
        const int f = mention_in(what.entity, s);
        // (A cargo ship carries no crew: "Tianzhou-7 docked with supplies
        // for A and B".)
        if (!IsNamedFlight(mentions_[f]) || IsCargoShip(mentions_[f])) {
          continue;
        }
        if (owner >= 0 && f != owner) continue;
        std::map<std::string, std::string> props;
        if (ev.planned) props["planned"] = "true";
        Mention& pm = mentions_[mention_in(who.entity, s)];
        if (!pm.extra.count("Astronaut")) {
          pm.extra.insert("Astronaut");
          if (!pm.props.count("role")) {
            pm.props["role"] = "astronaut";
            pm.default_role = true;
          }
        }
        AddRel("CREW_OF", mention_in(who.entity, s), f, s, std::move(props),
               "crew: an astronaut taking part in a flight's launch, docking "
               "or landing");
      }
    }
  }
  // "Atlantis lifted off on STS-71 ... Joining Gibson on the shuttle are
  // ...": the crew of a vehicle the document's mission flies are the
  // mission's crew.
  OneFlightReport();
  // Vehicle entity -> the missions that fly it (a vehicle flies a few
  // missions in one document).
  constexpr size_t kMaxMissions = 4;
  std::map<int, std::vector<int>> missions_of;
  for (const PendingRel& r : rels_) {
    if (r.type != "USES") continue;
    std::vector<int>& missions = missions_of[mentions_[r.to].entity];
    if (missions.size() >= kMaxMissions) continue;
    bool have = false;
    for (int m : missions) {
      have |= mentions_[m].entity == mentions_[r.from].entity;
    }
    if (!have) missions.push_back(r.from);
  }
  // "Demo-2 flew on a Crew Dragon ... Behnken and Hurley named the capsule
  // Endeavour": a mission that flies a family flies the one named vehicle
  // of that family the document seats a crew in, when it is the only
  // mission of that family and that vehicle the only one of it.
  std::map<std::string, std::set<int>> crewed_of_family;  // family -> vehicles
  for (const PendingRel& r : rels_) {
    const Mention& to = mentions_[r.to];
    if (r.type != "CREW_OF" || to.item < 0 || !IsNamedFlight(to)) continue;
    const Item& it = items_[to.sentence][to.item];
    if (it.entry != nullptr && !it.entry->family.empty()) {
      crewed_of_family[it.entry->family].insert(to.entity);
    }
  }
  for (const auto& [family, vehicles] : crewed_of_family) {
    if (vehicles.size() != 1) continue;
    const int vehicle = *vehicles.begin();
    if (missions_of.count(vehicle)) continue;
    std::vector<int> flying;
    for (const auto& [v, missions] : missions_of) {
      if (entities_[v].canonical == family) flying = missions;
    }
    if (flying.size() == 1) missions_of[vehicle] = flying;
  }
  // And the other way: "The swap was the purpose of STS-89 ... the crew of
  // STS-89": a mission that flies one named vehicle (rockets and families
  // aside), flown by no other mission, has its crew aboard it.
  std::map<int, std::set<int>> vehicles_of;  // mission entity -> vehicles
  std::map<int, int> vehicle_mention;        // vehicle entity -> a mention
  for (const PendingRel& r : rels_) {
    const int v = mentions_[r.to].entity;
    if (r.type != "USES" || KindOf(mentions_[r.to]) == "rocket" ||
        x_.families_.contains(entities_[v].canonical)) {
      continue;
    }
    vehicles_of[mentions_[r.from].entity].insert(v);
    vehicle_mention.emplace(v, r.to);
  }
  const size_t before = rels_.size();
  for (size_t i = 0; i < before; ++i) {
    if (rels_[i].type != "CREW_OF") continue;
    const int to = mentions_[rels_[i].to].entity;
    if (auto it = missions_of.find(to); it != missions_of.end()) {
      for (int mission : it->second) {
        const PendingRel r = rels_[i];  // AddRel may move rels_
        AddRel("CREW_OF", r.from, mission, r.sentence, r.props,
               "crew: the crew of a vehicle the document's mission flies");
      }
    }
    auto v = vehicles_of.find(to);
    if (v == vehicles_of.end() || v->second.size() != 1 ||
        missions_of[*v->second.begin()].size() != 1) {
      continue;
    }
    const PendingRel r = rels_[i];
    AddRel("CREW_OF", r.from, vehicle_mention[*v->second.begin()], r.sentence,
           r.props, "crew: aboard the one vehicle their mission flies");
  }
}

}  // namespace kg
