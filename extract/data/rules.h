// Pattern rules: the data file extract/rules/patterns.txt, which says how
// the words around a name make it a person, an official, an astronaut or a
// place, and which relations a phrase states ("Roscosmos Director General
// Dmitry Bakanov": a person, her title, WORKS_FOR). A user edits the file and
// reruns `kg build`; nothing is compiled in. The format is documented in the
// file's header and in extract/rules/README.md.
//
// A rule matches a sequence of *items*: the sentence after lexicon matching,
// where each lexicon entity, title phrase or run of capitalised words is one
// item and every other token is an item of its own.
#ifndef KG_EXTRACT_DATA_RULES_H_
#define KG_EXTRACT_DATA_RULES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace kg {

// Item classes, a bit set: an item may be several (an agency is an ORG too).
enum ItemClass : uint32_t {
  kClsOrg = 1u << 0,       // any organization, agencies included
  kClsAgency = 1u << 1,    // a space agency
  kClsCountry = 1u << 2,   // a country named by a name or alias
  kClsDemonym = 1u << 3,   // a country named by its adjective ("Russian")
  kClsCapital = 1u << 4,   // a capital city that may stand for its state
  kClsPlace = 1u << 5,     // a place (lexicon or shape)
  kClsCraft = 1u << 6,     // a spacecraft
  kClsMission = 1u << 7,   // a mission
  kClsTitle = 1u << 8,     // an office or role phrase (titles.tsv)
  kClsName = 1u << 9,      // a run of capitalised words, not otherwise known
  kClsPerson = 1u << 10,   // a name already known to be a person
  kClsWord = 1u << 11,     // any other token
  kClsRegion = 1u << 12,   // a place of kind region (a state, a province)
  kClsStation = 1u << 13,  // a spacecraft of kind station (Mir, the ISS)
  kClsEntity = kClsOrg | kClsAgency | kClsCountry | kClsDemonym | kClsCapital |
               kClsPlace | kClsCraft | kClsMission | kClsPerson,
};

// The class bits named by "ORG", "AGENCY", ...; 0 for an unknown name.
uint32_t ItemClassByName(std::string_view name);

struct RuleElement {
  enum class Type { kClass, kLiteral, kGap };
  Type type = Type::kLiteral;
  uint32_t classes = 0;            // kClass
  bool list = false;               // NAMES: a list of names ("A, B and C")
  std::vector<std::string> words;  // kLiteral: alternatives, case-folded
  std::string capture;             // "" when not captured
  bool optional = false;           // a trailing '?'
  int max_gap = 0;                 // kGap: at most this many items
  bool gap_spares_people = false;  // kGap "~N": none of them a person
};

struct RuleAction {
  std::string op;  // person, place, title, label, role, or a relation type
  std::vector<std::string> args;  // capture names, or a label / role value
};

struct Rule {
  std::string id;
  std::vector<RuleElement> elements;
  std::vector<RuleAction> actions;
  std::string file;
  int line = 0;
  // What the first item of a match must be, so that most positions are
  // ruled out without trying the pattern: one of some classes
  // (start_classes) or words (start_words), taken from the leading optional
  // elements and the first required one; anything (start_any) when a gap
  // leads or no element is required.
  uint32_t start_classes = 0;
  std::vector<std::string> start_words;
  bool start_any = false;
  std::string Provenance() const;  // "rule person.title-name (patterns.txt:12)"
};

// Parses the rules text; errors name "<file>:<line>: ". Every capture an
// action uses must be declared by the pattern; relation types must be
// SCHEMA.md's.
absl::StatusOr<std::vector<Rule>> ParseRules(std::string_view text,
                                             std::string_view file);

// The rules folder: $KG_RULES_DIR, else <exe dir>/../share/kg/rules when
// that exists, else the source tree's extract/rules.
std::string DefaultRulesDir();

absl::StatusOr<std::vector<Rule>> LoadRules(const std::string& dir);

}  // namespace kg

#endif  // KG_EXTRACT_DATA_RULES_H_
