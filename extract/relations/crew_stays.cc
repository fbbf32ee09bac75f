// Who stays where they are: the people a sentence keeps aboard a station
// ("remain aboard", "stay behind", "leaving A and B to run the station"),
// and the station a bare "aboard" speaks of (relations/crew.cc asks).
#include <map>
#include <vector>

#include "extract/pipeline.h"

namespace kg {

// The mention of the station the text names most: where a bare "aboard"
// puts people ("are spending a year aboard"), not a station planned for
// later that the text named last. -1 when it names none.
int DocExtraction::MainStation() const {
  std::map<int, int> count;  // entity -> mentions
  int best = -1, best_count = 0;
  for (int m = 0; m < static_cast<int>(mentions_.size()); ++m) {
    const Mention& mm = mentions_[m];
    if (mm.label != "Spacecraft" || KindOf(mm) != "station") continue;
    // (The mention by which the station took the lead.)
    if (++count[mm.entity] > best_count) {
      if (best < 0 || mentions_[best].entity != mm.entity) best = m;
      best_count = count[mm.entity];
    }
  }
  return best;
}

// The token after which the people of sentence `s` stay where they are, or
// -1; a bare "aboard" adds to `stations` the station it puts people on.
//  - "A, B and C remain aboard with D": "aboard" with no vehicle after it,
//    after a verb of staying, is aboard the station the text named last
//    (`last_station`); the people after "with" stay there, and fly none of
//    the sentence's flights ("A, who came on Soyuz MS-21, remains aboard
//    with D"; "Remaining on board are A and B", told the other way round).
//  - "A, B and C are spending almost a year aboard": a bare "aboard" after
//    people, with no flight before it in the sentence or the story
//    (`story_flight`), is aboard the station the text names most.
//  - "said goodbye to the crewmates who stay behind: A, B and C", "... in
//    the older Soyuz TM-10, leaving A and B to run the station": whoever a
//    verb of staying and "behind", or a verb of leaving before a name,
//    names stays.
int DocExtraction::StayAfter(int s, const std::vector<int>& aboard_at,
                             const std::vector<int>& people,
                             const std::vector<int>& flights,
                             const std::vector<int>& sentence_mentions,
                             int last_station, int main_station,
                             bool story_flight,
                             std::vector<int>* stations) const {
  const SentenceUnit& su = units_.sentences[s];
  // (Not "brought the orbiter down with A and B aboard": a flight the
  // sentence goes on with, or names before the word, is what they are
  // aboard.)
  auto flight_before = [&](int a) {
    if (story_flight) return true;
    for (int f : flights) {
      if (mentions_[f].sentence != s || mentions_[f].t0 < a) return true;
    }
    return false;
  };
  int stay_after = -1;
  for (int a : aboard_at) {
    // ("aboard a Russian Soyuz", "aboard the station" are not bare.)
    const bool bare =
        a + 1 >= su.last ||
        (!units_.tokens[a + 1].upper &&
         !x_.cues_.Is(Cue::kDeterminer, token_keys_[a + 1]) &&
         !x_.cues_.Is(Cue::kIndefiniteArticle, token_keys_[a + 1]));
    if (!bare) continue;
    const int verb =
        a - 1 > su.first && token_keys_[a - 1] == "on" ? a - 2 : a - 1;
    const bool stay =
        verb >= su.first && x_.cues_.Is(Cue::kStayVerb, token_keys_[verb]);
    if (stations->empty() && last_station >= 0 && stay) {
      stations->push_back(last_station);
    }
    if (stations->empty() && main_station >= 0 && !stay && !people.empty() &&
        mentions_[people.front()].t0 < a && !flight_before(a) &&
        BareAboardOfAStation(s, a, sentence_mentions, *stations)) {
      stations->push_back(main_station);
    }
    if (stay) stay_after = a;
  }
  for (int t = su.first; t + 1 < su.last && stay_after < 0; ++t) {
    const std::string& w = token_keys_[t];
    if (t > su.first && x_.cues_.Is(Cue::kStayVerb, w) &&
        x_.cues_.Is(Cue::kLeftBehind, token_keys_[t + 1])) {
      stay_after = t + 1;
    } else if (x_.cues_.Is(Cue::kLeaving, w) && PersonStartsAt(s, t + 1)) {
      stay_after = t;
    }
  }
  return stay_after;
}

}  // namespace kg
