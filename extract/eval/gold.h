// Gold annotations: the hand-made answer key `kg eval` scores a graph against.
//
// One JSON file per document (corpus/gold/<id>.json); the format is described
// in corpus/gold/README.md. ReadGold() takes a folder (every *.json in it, in
// name order) or one file and returns plain structs: a GoldSet owns its
// documents, each document owns its items. The reader checks what evaluation
// relies on -- the five members and no others, member types, entity
// references that resolve, dates of the form YYYY[-MM[-DD]], roles -- and
// every error names the file and the member ("g.json: relations[2].to: 'X'
// is not an entity in this file"). Vocabulary checks beyond that (labels
// allowed per relation type, CAMEO codes, quotes found in the text) are
// tools/check_gold.py's job.
//
// The same file holds the normalisations the evaluation compares with, so
// that gold and extracted text go through one definition.
#ifndef KG_EXTRACT_EVAL_GOLD_H_
#define KG_EXTRACT_EVAL_GOLD_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace kg {

struct GoldEntity {
  std::vector<std::string> labels;  // primary label first
  std::string name;
  std::vector<std::string> aliases;
  std::map<std::string, std::string> properties;  // kind, role, country, title
  bool optional = false;
};

struct GoldRelation {
  std::string type;
  std::string from;  // entity names
  std::string to;
  std::string title;  // "" when absent
  std::string date;   // "" when absent
  std::string since;  // WORKS_FOR: the role's start, "" when absent
  std::string until;  // WORKS_FOR: the role's end, "" when absent
  bool former = false;
  bool planned = false;
  bool optional = false;
};

struct GoldInvolvement {
  std::string entity;
  std::string role;  // actor | target | participant
};

struct GoldEvent {
  std::string id;
  std::string kind;
  std::string cameo;       // "" when absent
  std::string date;        // "" when absent
  std::string date_basis;  // text | document | inferred; "" without a date
  bool planned = false;
  bool cancelled = false;
  bool optional = false;
  std::vector<GoldInvolvement> involves;
  std::vector<std::string> occurred_at;
  std::vector<std::string> key;
};

struct GoldSaid {
  std::string person;
  std::string quote;
  bool optional = false;
};

struct GoldDocument {
  std::string file;  // where it was read from, for messages
  std::string id;    // e.g. 000_86a16e05fa6c610f.txt
  std::string title;
  std::string date;
  std::vector<GoldEntity> entities;
  std::vector<GoldRelation> relations;
  std::vector<GoldEvent> events;
  std::vector<GoldSaid> said;

  // The entity named `name`, or nullptr.
  const GoldEntity* FindEntity(std::string_view name) const;
};

struct GoldSet {
  std::vector<GoldDocument> documents;  // in file-name order
};

// Parses one gold file's text; `file` names it in errors.
absl::StatusOr<GoldDocument> ParseGoldDocument(std::string_view json,
                                               std::string_view file);

// Reads a folder of gold files (every *.json directly in it) or one file.
// A folder without any is an error, as are two files for one document.
absl::StatusOr<GoldSet> ReadGold(const std::string& path);

// The key names are compared by (tools/check_gold.py's match_key): Unicode
// NFKC, case fold, U+2010..U+2015 and U+2212 to "-", typographic apostrophes
// to "'", full stops removed, white space collapsed and trimmed, one leading
// "the " dropped. "U.S." = "US", "the Kremlin" = "Kremlin".
std::string MatchKey(std::string_view name);

// The key quotes are compared by: white space collapsed, case folded, the
// quotation marks "“”«»'‘’ removed, trailing ',' and '.' dropped.
std::string QuoteKey(std::string_view quote);

// The SAID rule on two QuoteKeys: equal, or one contains the other and the
// shorter is at least half as long (in characters) as the longer.
bool QuoteKeysMatch(std::string_view a, std::string_view b);

// Dates YYYY[-MM[-DD]] agree when every component both give is equal:
// "2018-04" and "2018-04-13" agree, "2025-07-31" and "2025-07-30" do not.
// The number of components both give is stored in *shared when given.
bool DatesAgree(std::string_view a, std::string_view b, int* shared = nullptr);

// True for YYYY, YYYY-MM and YYYY-MM-DD.
bool IsGoldDate(std::string_view date);

}  // namespace kg

#endif  // KG_EXTRACT_EVAL_GOLD_H_
