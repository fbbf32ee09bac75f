// The extractor: one document's text in, its facts out (facts.h).
//
// Per sentence, the words are first grouped into items: lexicon entities
// (agencies, organizations, countries and their adjectives and capitals,
// spacecraft, places), title phrases, vehicle and mission names found by
// their shape (rules/names.tsv), and runs of capitalised words that may be
// names. The pattern rules (rules/patterns.txt) then say which names are
// people, officials, astronauts or places, and which relations the phrase
// states. Resolution joins the mentions of one entity within the document
// (a surname to the full name, a damaged or lower-case form, a
// transliteration), events are read from trigger words (event_triggers.tsv)
// with their roles, date and planned flag, and quotations are attributed to
// their speakers as SAID.
//
// An Extractor is immutable after Load() and may be shared by threads.
#ifndef KG_EXTRACT_EXTRACTOR_H_
#define KG_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "extract/corpus/facts.h"
#include "extract/data/cues.h"
#include "extract/data/given_names.h"
#include "extract/data/lexicon.h"
#include "extract/data/rules.h"
#include "extract/read/document.h"
#include "re2/set.h"

namespace kg {

// A mission or vehicle name shape from rules/names.tsv.
struct NameShape;

class Extractor {
 public:
  // Reads the lexicon folder and the rules folder; every malformed line is
  // reported as "file:line: ...".
  static absl::StatusOr<std::unique_ptr<Extractor>> Load(
      const std::string& lexicon_dir, const std::string& rules_dir);

  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  DocFacts Extract(const Document& doc) const;

  const Lexicon& lexicon() const { return lexicon_; }
  const std::vector<Rule>& rules() const { return rules_; }

 private:
  Extractor() = default;
  friend class DocExtraction;

  Lexicon lexicon_;
  std::vector<Rule> rules_;
  std::vector<std::unique_ptr<NameShape>> shapes_;
  // All shapes in one automaton: which of them match a candidate name.
  std::unique_ptr<RE2::Set> shape_set_;
  // Rules by the word their first element must be (Rule::start_words).
  absl::flat_hash_map<std::string, std::vector<int>> rules_by_start_word_;
  // Case-folded word sequences that begin some lexicon form, title or
  // trigger form: a scan extends a candidate only while it is one of these.
  absl::flat_hash_set<std::string> prefixes_;
  // Capitalised words that never begin or continue a name
  // (rules/stopwords.txt).
  absl::flat_hash_set<std::string> stopwords_;
  // Speech verbs for quote attribution (rules/speech_verbs.txt).
  absl::flat_hash_set<std::string> speech_verbs_;
  // Closed-class cue words (rules/cues.txt).
  Cues cues_;
  // Spacecraft names that are the family of another entry ("Crew Dragon"
  // of "Crew Dragon Endurance"): they name no single vehicle.
  absl::flat_hash_set<std::string> families_;
  // First names of many languages (lexicon/given_names.tsv).
  GivenNames given_names_;
};

}  // namespace kg

#endif  // KG_EXTRACT_EXTRACTOR_H_
