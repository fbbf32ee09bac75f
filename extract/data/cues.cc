#include "extract/data/cues.h"

#include <fstream>
#include <iterator>
#include <string>

#include "absl/strings/str_cat.h"
#include "extract/text/strings.h"
#include "extract/text/surface_fold.h"

namespace kg {

namespace {

constexpr std::string_view kNames[] = {"locative",
                                       "future",
                                       "cancel",
                                       "person_pronoun",
                                       "crew",
                                       "meeting",
                                       "vehicle_noun",
                                       "auxiliary",
                                       "quoted_name",
                                       "name_head",
                                       "flight",
                                       "aboard",
                                       "launch",
                                       "launch_site",
                                       "destination",
                                       "dock",
                                       "clause_break",
                                       "agency_noun",
                                       "station_noun",
                                       "relative",
                                       "trigger_modified",
                                       "hypothetical",
                                       "be_verb",
                                       "negation",
                                       "document_noun",
                                       "causative",
                                       "generic_determiner",
                                       "signature_word",
                                       "people_noun",
                                       "apposition_opener",
                                       "law_noun",
                                       "outgoing",
                                       "pair_noun",
                                       "pair_word",
                                       "crew_noun",
                                       "past_verb",
                                       "cosmonaut_employer",
                                       "habitual",
                                       "cargo_vehicle",
                                       "count_word",
                                       "programme_word",
                                       "rocket_noun",
                                       "crew_group",
                                       "companion_verb",
                                       "object_pronoun",
                                       "determiner",
                                       "street_word",
                                       "stay_verb",
                                       "clause_conjunction",
                                       "surname_prefix",
                                       "accompaniment",
                                       "chinese_family_name",
                                       "group_break",
                                       "indefinite_article",
                                       "name_goes_on",
                                       "left_behind",
                                       "modifier_head",
                                       "name_suffix",
                                       "modal",
                                       "plural_verb",
                                       "subject_pronoun",
                                       "counterfactual",
                                       "officials_noun",
                                       "astronauts_noun",
                                       "perception_verb",
                                       "leaving",
                                       "first_person"};
static_assert(std::size(kNames) == kCueCount, "a name for every cue list");

}  // namespace

std::string_view CueName(Cue cue) { return kNames[static_cast<int>(cue)]; }

absl::StatusOr<Cues> Cues::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  Cues cues;
  size_t slash = path.rfind('/');
  cues.file_ = slash == std::string::npos ? path : path.substr(slash + 1);
  int section = -1;
  bool seen[kCueCount] = {};
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    std::string_view body = TrimView(line);
    if (body.empty() || body[0] == '#') continue;
    if (body.front() == '[') {
      if (body.back() != ']') {
        return absl::InvalidArgumentError(
            absl::StrCat(path, ":", number, ": a section is written [name]"));
      }
      std::string_view name = body.substr(1, body.size() - 2);
      section = -1;
      for (int k = 0; k < kCueCount; ++k) {
        if (kNames[k] == name) section = k;
      }
      if (section < 0) {
        return absl::InvalidArgumentError(absl::StrCat(
            path, ":", number, ": unknown cue list [", std::string(name), "]"));
      }
      if (seen[section]) {
        return absl::InvalidArgumentError(
            absl::StrCat(path, ":", number, ": cue list [", std::string(name),
                         "] appears twice"));
      }
      seen[section] = true;
      continue;
    }
    if (section < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", number, ": words before the first [list]"));
    }
    for (std::string_view word : SplitView(body, " \t")) {
      cues.lists_[section].emplace(FoldCase(word), number);
    }
  }
  for (int k = 0; k < kCueCount; ++k) {
    if (!seen[k]) {
      return absl::InvalidArgumentError(absl::StrCat(
          path, ": the cue list [", std::string(kNames[k]), "] is missing"));
    }
  }
  return cues;
}

std::string Cues::Source(Cue cue, std::string_view folded) const {
  const auto& list = lists_[static_cast<int>(cue)];
  auto it = list.find(folded);
  if (it == list.end()) return "";
  return absl::StrCat(file_, ":", it->second);
}

}  // namespace kg
