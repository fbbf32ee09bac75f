// References back: a definite vehicle word to the last vehicle named.
#include "extract/pipeline.h"

namespace kg {

// "The vehicle blasted off from ...": a sentence that opens with a definite
// vehicle or mission word speaks of the last mission or spacecraft of the
// sentence before. The words become a mention of it (not an alias: they do
// not name it), so the rules can relate it.
void DocExtraction::VehicleReferences() {
  for (int s = 1; s < static_cast<int>(items_.size()); ++s) {
    std::vector<Item>& items = items_[s];
    if (items.size() < 3 || items[0].key != "the" ||
        !x_.cues_.Is(Cue::kVehicleNoun, items[1].key) ||
        items[1].mention >= 0) {
      continue;
    }
    int last = -1;
    for (const Item& it : items_[s - 1]) {
      if (it.mention < 0) continue;
      const std::string& label = mentions_[it.mention].label;
      if (label == "Mission" || label == "Spacecraft") last = it.mention;
    }
    if (last < 0) continue;
    // Copies: NewMention grows mentions_, so no reference into it may
    // outlive the call.
    const std::string label = mentions_[last].label;
    const std::string canonical = mentions_[last].canonical;
    int m = NewMention(s, 1, label, canonical,
                       "a definite vehicle word opening the sentence");
    mentions_[m].link = "refers to the last vehicle of the sentence before";
    mentions_[m].demonym = true;  // not an alias
    items[1].cls = label == "Mission" ? kClsMission : kClsCraft;
  }
}

}  // namespace kg
