// One event per act within a document.
#include <algorithm>

#include "extract/pipeline.h"
#include "extract/text/dates.h"

namespace kg {

bool DocExtraction::InHeadline(const ::kg::Evidence& e) const {
  return doc_.title_offset != std::string::npos &&
         e.begin >= doc_.title_offset &&
         e.begin < doc_.title_offset + doc_.title.size();
}

// Whether entity `e` is a mission or a spacecraft.
bool DocExtraction::IsVehicleEntity(int e) const {
  const std::string& label = mentions_[entities_[e].mentions[0]].label;
  return label == "Mission" || label == "Spacecraft";
}

bool DocExtraction::IsRocketEntity(int e) const {
  return KindOf(mentions_[entities_[e].mentions[0]]) == "rocket";
}

// One event per act: a report that refers back ("during the meeting with
// Nelson", "as part of the agreement") joins the last event of its kind; so
// does one of the same kind whose date does not disagree and that shares at
// least two participants, and the first report in the text of what the
// headline told.
void DocExtraction::MergeEvents() {
  std::vector<EventFact> kept;
  // Kept events by kind, so a report looks back at most kLookBack events of
  // its kind: a document of thousands of events stays linear.
  constexpr int kLookBack = 64;
  std::map<std::string, std::vector<size_t>> by_kind;
  // A mission and the vehicle it flies (USES) are one flight: "Crew-7
  // launches" and "about 30 hours after launch, Endurance docked" tell one
  // launch.
  std::set<std::pair<int, int>> flies;  // (entity, entity), both ways
  for (const PendingRel& r : rels_) {
    if (r.type != "USES") continue;
    const int m = mentions_[r.from].entity, v = mentions_[r.to].entity;
    flies.insert({m, v});
    flies.insert({v, m});
  }
  for (size_t index = 0; index < facts_.events.size(); ++index) {
    EventFact& ev = facts_.events[index];
    if (ev.involves.empty()) continue;  // nobody acts or is acted upon
    EventFact* into = nullptr;
    const std::vector<size_t>& same_kind = by_kind[ev.kind];
    int looked = 0;
    for (auto ki = same_kind.rbegin();
         ki != same_kind.rend() && looked < kLookBack; ++ki, ++looked) {
      EventFact* k = &kept[*ki];
      if (anaphoric_.count(static_cast<int>(index))) {
        into = k;
        break;
      }
      if (k->planned != ev.planned) continue;
      // A vehicle flies once per report: the same launch, docking or
      // landing of the same mission or spacecraft is one event, dated or
      // not. Other kinds need equal dates and two shared participants.
      // (A landing is of kind "other", told as a flight.)
      const bool operational = ev.kind == "launch" || ev.kind == "docking" ||
                               ev.kind == "landing" || ev.kind == "deorbit" ||
                               (ev.flight && k->flight);
      bool same_vehicle = false;
      int shared = 0;
      for (const EventRole& a : k->involves) {
        for (const EventRole& b : ev.involves) {
          if (a.entity != b.entity) continue;
          ++shared;
          same_vehicle |= IsVehicleEntity(a.entity);
        }
      }
      // "The Soyuz landed" and "Soyuz MS-19 touched down": a family and a
      // vehicle of it; two different named vehicles are two acts.
      bool named_both = false, named_other = true;
      if (operational) {
        for (const EventRole& a : k->involves) {
          for (const EventRole& b : ev.involves) {
            if (!IsVehicleEntity(a.entity) || !IsVehicleEntity(b.entity)) {
              continue;
            }
            // A rocket carries the flight another report names by its
            // capsule: it tells neither that they are one act nor two.
            if (IsRocketEntity(a.entity) || IsRocketEntity(b.entity)) continue;
            const std::string& x = entities_[a.entity].canonical;
            const std::string& y = entities_[b.entity].canonical;
            const bool fx = x_.families_.contains(x);
            const bool fy = x_.families_.contains(y);
            if ((fx && y.starts_with(x + " ")) ||
                (fy && x.starts_with(y + " ")) ||
                flies.count({a.entity, b.entity})) {
              same_vehicle = true;
              continue;
            }
            if (!fx && !fy) {
              named_both = true;
              named_other &= a.entity != b.entity;
            }
          }
        }
      }
      // A date at a lower precision agrees ("2015-12", the month of an
      // undated report, and "2015-12-15").
      const bool dates_agree = DatesCompatible(k->date, ev.date);
      const bool same_date =
          k->date == ev.date ||
          (!k->date.empty() && !ev.date.empty() && dates_agree);
      // A headline tells the article's news in short: the first report of
      // its kind in the text that shares a participant is the same act.
      const bool headline = InHeadline(k->evidence) && shared >= 1 &&
                            dates_agree && !InHeadline(ev.evidence);
      // Two reports of one flight on one day ("landed at 3 pm", "touched
      // down southeast of ...") unless they name different vehicles; so are
      // a dated report and one whose sentence gives no date and names no
      // craft but a rocket ("rocketed toward the station on Wednesday aboard
      // Soyuz TMA-16", "The Soyuz-FG rocket lifted off at 1:14 p.m.").
      auto names_no_craft = [&](const EventFact& e) {
        for (const EventRole& r : e.involves) {
          if (IsVehicleEntity(r.entity) && !IsRocketEntity(r.entity)) {
            return false;
          }
        }
        return true;
      };
      const bool same_day =
          (k->date.size() == 10 && k->date == ev.date) ||
          (dates_agree && ((k->undated && names_no_craft(*k)) ||
                           (ev.undated && names_no_craft(ev))));
      // "Musk threatens Trump" and "Trump threatened Musk": who acts in one
      // report and is acted on in the other tells a second act, a reply.
      bool reversed = false;
      for (const EventRole& a : k->involves) {
        for (const EventRole& b : ev.involves) {
          if (a.entity == b.entity &&
              (a.role == "actor") != (b.role == "actor")) {
            reversed = true;
          }
        }
      }
      if (reversed && !operational) continue;
      if ((operational && dates_agree &&
           (same_vehicle || (same_day && !(named_both && named_other)))) ||
          (same_date && shared >= 2) || headline) {
        into = k;
        break;
      }
    }
    if (into == nullptr) {
      by_kind[ev.kind].push_back(kept.size());
      kept.push_back(std::move(ev));
      continue;
    }
    // The more precise of two agreeing dates.
    if (ev.date.size() > into->date.size() &&
        DatesCompatible(into->date, ev.date)) {
      into->date = ev.date;
    }
    for (const EventRole& r : ev.involves) {
      bool have = false;
      for (const EventRole& k : into->involves) have |= k.entity == r.entity;
      if (!have) into->involves.push_back(r);
    }
    for (int p : ev.occurred_at) {
      if (std::find(into->occurred_at.begin(), into->occurred_at.end(), p) ==
          into->occurred_at.end()) {
        into->occurred_at.push_back(p);
      }
    }
  }
  facts_.events = std::move(kept);
}

}  // namespace kg
