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
      const bool operational = ev.kind == "launch" || ev.kind == "docking" ||
                               ev.kind == "landing" || ev.kind == "deorbit";
      bool same_vehicle = false;
      int shared = 0;
      for (const EventRole& a : k->involves) {
        for (const EventRole& b : ev.involves) {
          if (a.entity != b.entity) continue;
          ++shared;
          const std::string& label =
              mentions_[entities_[a.entity].mentions[0]].label;
          same_vehicle |= label == "Mission" || label == "Spacecraft";
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
      if ((operational && same_vehicle && dates_agree) ||
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
