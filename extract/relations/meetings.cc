// MET_WITH from meeting verbs.
#include "extract/pipeline.h"

namespace kg {

// "A met (with) B", "A's meeting with B", "A is due to meet B"; "the two
// (leaders) met" of the last two people named; "A told B at a meeting" (a
// meeting noun after "at" or "during" with no one after it: the two people
// of its clause before).
void DocExtraction::Meetings(int s) {
  std::vector<Item>& items = items_[s];
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    const std::string& k = items[i].key;
    if (!x_.cues_.Is(Cue::kMeeting, k)) continue;
    if (InQuote(items[i].t0)) continue;
    // The person before (or the subject pronoun's referent, or a pair) and
    // after.
    int a = -1, b = -1, before = -1;
    for (int j = i - 1; j >= 0 && a < 0; --j) {
      int m = items[j].mention;
      if (m >= 0 && mentions_[m].label == "Person") a = m;
      if (x_.cues_.Is(Cue::kPersonPronoun, items[j].key)) {
        a = PronounReferent(s, items[j].t0);
        if (a < 0) break;
      }
      // "I met Yuri Koptev in Moscow" in a transcript's turn.
      if (x_.cues_.Is(Cue::kFirstPerson, items[j].key)) {
        a = TurnSpeaker(s);
        if (a < 0) break;
      }
      if (a < 0 && i - j <= 6) {
        std::vector<int> pair = PairReferents(s, items[j].t0);
        if (!pair.empty()) {
          a = pair[0];
          b = pair[1];
        }
      }
      if (a >= 0) before = j;
    }
    for (int j = i + 1; j < static_cast<int>(items.size()) && b < 0; ++j) {
      int m = items[j].mention;
      if (m >= 0 && mentions_[m].label == "Person") b = m;
      if (items[j].key == "." || items[j].key == ";") break;
    }
    const std::string& word_before = i > 0 ? items[i - 1].key : k;
    const bool at_meeting =
        i > 1 && (word_before == "a" || word_before == "the") &&
        (items[i - 2].key == "at" || items[i - 2].key == "during");
    if (a >= 0 && b < 0 && at_meeting) {
      // "A told B at a meeting": the person before B in the clause.
      for (int j = before - 1; j >= 0 && b < 0; --j) {
        if (items[j].key == "." || items[j].key == ";" ||
            x_.cues_.Is(Cue::kClauseBreak, items[j].key)) {
          break;
        }
        int m = items[j].mention;
        if (m >= 0 && mentions_[m].label == "Person" && !SameEntity(m, a)) {
          b = m;
        }
      }
    }
    if (a < 0 || b < 0) continue;
    std::map<std::string, std::string> props;
    if (Future(units_.sentences[s].first, items[i].t0, items[i].t0))
      props["planned"] = "true";
    AddRel("MET_WITH", a, b, s, props, "meeting: a person meets a person");
  }
}

}  // namespace kg
