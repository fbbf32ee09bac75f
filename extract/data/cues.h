// Cue words: the closed-class word lists that the stages consult (locative
// prepositions, future and cancel cues, pronouns, crew and meeting words),
// read from extract/rules/cues.txt so that nothing of the kind is a C++
// literal. Each list is one [section] of the file; every word keeps its
// file:line for provenance.
//
// A Cues is immutable after Load() and may be shared by threads.
#ifndef KG_EXTRACT_DATA_CUES_H_
#define KG_EXTRACT_DATA_CUES_H_

#include <array>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"

namespace kg {

enum class Cue {
  kLocative,
  kFuture,
  kCancel,
  kPersonPronoun,
  kCrew,
  kMeeting,
  kVehicleNoun,
  kAuxiliary,
  kQuotedName,
  kNameHead,
  kFlight,
  kAboard,
  kLaunch,
  kLaunchSite,
  kDestination,
  kDock,
  kClauseBreak,
  kAgencyNoun,
  kStationNoun,
  kRelative,
  kTriggerModified,
  kHypothetical,
  kBeVerb,
  kNegation,
  kDocumentNoun,
  kCausative,
  kGenericDeterminer,
  kSignatureWord,
  kPeopleNoun,
  kAppositionOpener,
  kLawNoun,
  kOutgoing,
  kPairNoun,
  kPairWord,
  kCrewNoun,
  kPastVerb,
  kCosmonautEmployer,
  kHabitual,
  kCargoVehicle,
  kCountWord,
  kProgrammeWord,
  kRocketNoun,
  kCrewGroup,
  kCompanionVerb,
  kObjectPronoun,
  kDeterminer,
  kStreetWord,
  kStayVerb,
  kClauseConjunction,
  kSurnamePrefix,
  kAccompaniment,
  kChineseFamilyName,
  kGroupBreak,
  kIndefiniteArticle,
  kNameGoesOn,
  kLeftBehind,
  kModifierHead,
  kNameSuffix,
  kModal,
  kPluralVerb,
  kSubjectPronoun,
  kCounterfactual,
  kOfficialsNoun,
  kAstronautsNoun,
  kPerceptionVerb,
  kLeaving,
  kFirstPerson,
};
inline constexpr int kCueCount = 67;

// The section name of a list in cues.txt ("locative", ...).
std::string_view CueName(Cue cue);

class Cues {
 public:
  // Reads the file; a word outside a section, an unknown or repeated section
  // and a missing section are errors naming file:line.
  static absl::StatusOr<Cues> Load(const std::string& path);

  // REQUIRES: `folded` is case-folded (SurfaceKey or FoldCase).
  bool Is(Cue cue, std::string_view folded) const {
    return lists_[static_cast<int>(cue)].contains(folded);
  }
  // "cues.txt:12" for a word of a list, "" when not in it.
  std::string Source(Cue cue, std::string_view folded) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return absl::Hash<std::string_view>()(s);
    }
  };
  struct Eq {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const {
      return a == b;
    }
  };
  std::string file_;
  // word -> line, per list
  std::array<absl::flat_hash_map<std::string, int, Hash, Eq>, kCueCount> lists_;
};

}  // namespace kg

#endif  // KG_EXTRACT_DATA_CUES_H_
