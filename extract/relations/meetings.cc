// MET_WITH from meeting verbs.
#include "extract/pipeline.h"

namespace kg {

// "A met (with) B", "A's meeting with B", "A is due to meet B".
void DocExtraction::Meetings(int s) {
  std::vector<Item>& items = items_[s];
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    const std::string& k = items[i].key;
    if (!x_.cues_.Is(Cue::kMeeting, k)) continue;
    if (InQuote(items[i].t0)) continue;
    // The person before (or the subject pronoun's referent) and after.
    int a = -1, b = -1;
    for (int j = i - 1; j >= 0 && a < 0; --j) {
      int m = items[j].mention;
      if (m >= 0 && mentions_[m].label == "Person") a = m;
      if (x_.cues_.Is(Cue::kPersonPronoun, items[j].key)) {
        a = PronounReferent(s, items[j].t0);
        if (a < 0) break;
      }
    }
    for (int j = i + 1; j < static_cast<int>(items.size()) && b < 0; ++j) {
      int m = items[j].mention;
      if (m >= 0 && mentions_[m].label == "Person") b = m;
      if (items[j].key == "." || items[j].key == ";") break;
    }
    if (a < 0 || b < 0) continue;
    std::map<std::string, std::string> props;
    if (Future(units_.sentences[s].first, items[i].t0))
      props["planned"] = "true";
    AddRel("MET_WITH", a, b, s, props, "meeting: a person meets a person");
  }
}

}  // namespace kg
