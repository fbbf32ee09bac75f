// The facts extraction reads from one document, before they meet the facts
// of other documents: its entities (with every mention and the rule that
// found or joined it), relations, events and quotes.
//
// DocFacts is the unit of work of `kg build` (one per document, extracted in
// parallel) and the record `kg extract` writes as one JSON line, so that
// `kg merge` can put shards extracted elsewhere into one graph: the merge
// step (corpus_graph.h) sees DocFacts only, never text.
#ifndef KG_EXTRACT_CORPUS_FACTS_H_
#define KG_EXTRACT_CORPUS_FACTS_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace kg {

// A stretch of the document's text that supports a fact: the sentence (its
// index and text, trimmed) and the byte range of the words that state it.
struct Evidence {
  int sentence = -1;
  uint32_t begin = 0;  // byte offsets into Document::text
  uint32_t end = 0;
  std::string text;  // the sentence, whitespace collapsed
};

// One mention of an entity, with the rule that found it ("lexicon
// agencies.tsv:4", "rule person.title-name (patterns.txt:12)") and, when it
// was joined to the entity by resolution rather than found as it, the
// resolution rule ("surname", "transliteration", ...).
struct MentionFact {
  std::string surface;
  int sentence = -1;
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string rule;
  std::string link;  // "" when the mention named the entity in full
};

struct EntityFact {
  std::vector<std::string> labels;  // primary first: Person, Official, ...
  std::string name;                 // canonical
  std::vector<std::string> aliases;
  std::map<std::string, std::string> properties;  // kind, title, role, ...
  std::vector<MentionFact> mentions;
  std::string sentence;  // the sentence of the first mention, trimmed
};

struct RelationFact {
  std::string type;
  int from = -1;  // indexes into DocFacts::entities
  int to = -1;
  std::map<std::string, std::string> properties;  // title, date, planned
  Evidence evidence;
  std::string rule;
};

struct EventRole {
  int entity = -1;
  std::string role;  // actor, target, participant
};

struct EventFact {
  std::string kind;
  std::string cameo;
  std::string date;  // ISO 8601, "" unknown
  bool planned = false;
  bool cancelled = false;
  std::string trigger;  // the words that signalled it
  std::string summary;
  std::vector<EventRole> involves;
  std::vector<int> occurred_at;
  Evidence evidence;
  std::string rule;
  // A launch, docking or landing told by a verb ("docked their capsule",
  // not "watched the launch"): the people who take part fly.
  bool flight = false;
  // Its sentence gave no date (the date, if any, is the article's month).
  // Only for joining reports of one act; not stored.
  bool undated = false;
};

struct SaidFact {
  int person = -1;
  std::string quote;
  Evidence evidence;
  std::string rule;
};

struct DocFacts {
  std::string id;  // the document id (file name)
  std::string title;
  std::string date;
  std::string source;
  std::string path;
  std::vector<EntityFact> entities;
  std::vector<RelationFact> relations;
  std::vector<EventFact> events;
  std::vector<SaidFact> said;
};

// One JSON object on one line (no newline at the end), and back. ParseDocFacts
// checks every member's type and every entity index; `where` prefixes errors
// ("shard.jsonl:12").
std::string DocFactsToJson(const DocFacts& facts);
absl::StatusOr<DocFacts> ParseDocFacts(std::string_view line,
                                       std::string_view where);

}  // namespace kg

#endif  // KG_EXTRACT_CORPUS_FACTS_H_
