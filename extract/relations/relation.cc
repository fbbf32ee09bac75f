// A relation between two mentions, checked against the signature table and
// dated from its sentence.
#include <string>
#include <string_view>

#include "extract/pipeline.h"

namespace kg {

bool DocExtraction::Fits(const std::string& type, const Mention& a,
                         const Mention& b) const {
  const std::string& f = a.label;
  const std::string& t = b.label;
  if (type == "WORKS_FOR") return f == "Person" && t == "Organization";
  if (type == "CREW_OF") {
    return f == "Person" && (t == "Mission" || t == "Spacecraft");
  }
  if (type == "CITIZEN_OF") return f == "Person" && t == "Country";
  if (type == "BASED_IN") return f == "Organization" && t == "Country";
  if (type == "LOCATED_IN") {
    return f == "Place" && (t == "Place" || t == "Country");
  }
  if (type == "OPERATED_BY") {
    return (f == "Spacecraft" || f == "Mission") && t == "Organization";
  }
  if (type == "USES") return f == "Mission" && t == "Spacecraft";
  if (type == "DOCKED_WITH") return f == "Spacecraft" && t == "Spacecraft";
  if (type == "LAUNCHED_FROM") {
    return (f == "Spacecraft" || f == "Mission") && t == "Place";
  }
  if (type == "MET_WITH") return f == "Person" && t == "Person";
  return false;
}

namespace {

// Whether `short_form` ("KSC", "LaRC") abbreviates `name` ("Kennedy Space
// Center"): one word, two capitals or more, each the initial of a later word
// of the name than the one before.
bool Abbreviates(std::string_view short_form, std::string_view name) {
  if (short_form.find(' ') != std::string_view::npos) return false;
  std::string capitals;
  for (char c : short_form) {
    if (c >= 'A' && c <= 'Z') capitals.push_back(c);
  }
  if (capitals.size() < 2) return false;
  size_t next = 0;
  bool word_start = true;
  for (char c : name) {
    if (word_start && next < capitals.size() && c == capitals[next]) ++next;
    word_start = c == ' ' || c == '-';
  }
  return next == capitals.size();
}

}  // namespace

void DocExtraction::AddRel(const std::string& type, int from, int to, int s,
                           std::map<std::string, std::string> props,
                           const std::string& rule) {
  if (from < 0 || to < 0 || from == to) return;
  if (!Fits(type, mentions_[from], mentions_[to])) return;
  // No relation of the schema holds between an entity and itself ("KSC"
  // located in the Kennedy Space Center it abbreviates).
  if (SameEntity(from, to)) return;
  // A crew flies a flight, not a family of vehicles: "Soyuz Commander
  // Salizhan Sharipov" commands the Soyuz TMA-5 his text names, not every
  // Soyuz.
  if (type == "CREW_OF" && mentions_[to].label == "Spacecraft" &&
      x_.families_.contains(mentions_[to].canonical)) {
    return;
  }
  // A mission flies a vehicle; it does not fly the station it goes to, and
  // an expedition (a station's crew for a season) flies nothing ("Expedition
  // 47 continues aboard the station").
  if (type == "USES" &&
      (IsExpedition(mentions_[from]) || KindOf(mentions_[to]) == "station" ||
       KindOf(mentions_[to]) == "module")) {
    return;
  }
  // "... carrying Zvezda, the module that will serve the International Space
  // Station, blasted off": a station or module after "for", "to" or "with"
  // is where the flight goes, not what flies.
  if (type == "LAUNCHED_FROM") {
    const Mention& m = mentions_[from];
    const std::string kind = KindOf(m);
    if (kind == "station" || kind == "module") {
      const int first = units_.sentences[m.sentence].first;
      for (int u = m.t0 - 1; u >= first && u >= m.t0 - 3; --u) {
        if (x_.cues_.Is(Cue::kDestination, token_keys_[u])) return;
      }
    }
  }
  // A region lies in no city ("Univ. Colorado at Colorado Springs"), and no
  // place lies in a capital named as a city ("in Moscow, Tokyo, and JPL"
  // is a list, not Moscow in Japan).
  if (type == "LOCATED_IN") {
    const Mention& to_m = mentions_[to];
    if (EntryKind(mentions_[from]) == "region" && to_m.label == "Place" &&
        EntryKind(to_m) != "region") {
      return;
    }
    if (to_m.item >= 0 &&
        (items_[to_m.sentence][to_m.item].cls & kClsCapital) != 0) {
      return;
    }
    // Nor does a planet lie in another ("the Moon, Mars, Venus" is a list).
    if (EntryKind(mentions_[from]) == "celestial" &&
        EntryKind(to_m) == "celestial") {
      return;
    }
  }
  // "NASA Langley Research Center (LaRC)": an abbreviation in brackets is
  // another name of what it follows, not where it lies.
  if (type == "LOCATED_IN" &&
      Abbreviates(Span(mentions_[to].t0, mentions_[to].t1),
                  Span(mentions_[from].t0, mentions_[from].t1))) {
    return;
  }
  // One pending relation per pair of entities once they are resolved (per
  // pair of mentions before): repeated names add no pairs.
  auto key = [&](int m) {
    return mentions_[m].entity >= 0 ? mentions_[m].entity : -1 - m;
  };
  auto [seen, added] =
      rel_seen_.emplace(std::make_tuple(type, key(from), key(to)),
                        static_cast<int>(rels_.size()));
  if (!added) {
    // The same fact again: what this statement adds ("former") joins it.
    for (auto& [k, v] : props) rels_[seen->second].props.emplace(k, v);
    return;
  }
  if (type == "DOCKED_WITH" || type == "LAUNCHED_FROM" || type == "MET_WITH") {
    const SentenceUnit& su = units_.sentences[s];
    bool future = Future(su.first, su.last, -1) ||
                  FutureInOwnClause(mentions_[from].t0) ||
                  FutureInOwnClause(mentions_[to].t0);
    if (future) props["planned"] = "true";
    std::string date = SentenceDate(s, -1, future);
    if (!date.empty()) props.emplace("date", date);
  }
  rels_.push_back({type, from, to, std::move(props), s, rule});
}

}  // namespace kg
