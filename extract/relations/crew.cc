// CREW_OF from crew lists.
#include "extract/pipeline.h"

namespace kg {

// "The crew includes ...", "carrying a crew including ...": people named
// after a crew word are crew of the mission named in the sentence, else of
// the flight (a named vehicle), else of the mission of the sentences before.
void DocExtraction::CrewLists(int s) {
  std::vector<Item>& items = items_[s];
  int cue = -1;
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    const std::string& k = items[i].key;
    if (x_.cues_.Is(Cue::kCrew, k)) {
      cue = i;
      break;
    }
  }
  if (cue < 0) return;
  auto find_vehicle = [&](int sentence) -> int {
    for (const Item& it : items_[sentence]) {
      if (it.mention < 0) continue;
      const Mention& m = mentions_[it.mention];
      if (m.label == "Mission") return it.mention;
    }
    for (const Item& it : items_[sentence]) {
      if (it.mention < 0 || it.shape == nullptr) continue;
      if (mentions_[it.mention].label == "Spacecraft") return it.mention;
    }
    return -1;
  };
  int vehicle = find_vehicle(s);
  for (int back = 1; vehicle < 0 && back <= 2 && s - back >= 0; ++back) {
    vehicle = find_vehicle(s - back);
  }
  if (vehicle < 0 && s + 1 < static_cast<int>(items_.size())) {
    vehicle = find_vehicle(s + 1);  // "... Platonov. The Crew-11 mission ..."
  }
  if (vehicle < 0) return;
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    int m = items[i].mention;
    if (m < 0 || mentions_[m].label != "Person") continue;
    bool crew_word_before = i > cue;
    bool astronaut = mentions_[m].extra.count("Astronaut") > 0;
    if (!crew_word_before && !astronaut) continue;
    if (!astronaut && !crew_word_before) continue;
    if (!astronaut) {
      mentions_[m].extra.insert("Astronaut");
      if (!mentions_[m].props.count("role"))
        mentions_[m].props["role"] = "astronaut";
    }
    AddRel("CREW_OF", m, vehicle, s, {},
           "crew list: people named after a crew word");
  }
}

}  // namespace kg
