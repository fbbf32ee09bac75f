// Turns the rows of the lexicon files into a checked, indexed Lexicon;
// internal to extract/ (the public entry points are ParseLexicon and
// LoadLexicon in lexicon.h).
//
// Files are read in dependency order (countries first, since agencies and
// organizations name them), then cross-file references are checked: an
// agency's or organization's country, a spacecraft's operators and family,
// a place's location and operator must each be the canonical name of an
// entry of the right file (checked only when every row read cleanly, so that
// one bad row does not cascade). Every problem is reported with its
// file:line.
#ifndef KG_EXTRACT_DATA_LEXICON_BUILDER_H_
#define KG_EXTRACT_DATA_LEXICON_BUILDER_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "extract/data/lexicon.h"
#include "extract/data/lexicon_tsv.h"

namespace kg {

class LexiconBuilder {
 public:
  explicit LexiconBuilder(std::string_view dir) : errors_(dir) {}
  LexiconBuilder(const LexiconBuilder&) = delete;
  LexiconBuilder& operator=(const LexiconBuilder&) = delete;

  absl::StatusOr<Lexicon> Build(
      const std::map<std::string, std::string>& files);

 private:
  void ReadCountries(std::string_view text);
  void ReadAgencies(std::string_view text);
  void ReadOrganizations(std::string_view text);
  void ReadSpacecraft(std::string_view text);
  void ReadPlaces(std::string_view text);
  void ReadTitles(std::string_view text);
  void ReadHonorifics(std::string_view text);
  void ReadTriggers(std::string_view text);
  void ReadAbbreviations(std::string_view text);
  void ReadSentenceStarters(std::string_view text);
  void ReadOutletWords(std::string_view text);

  // Starts an entry from a row's first two columns, canonical and aliases.
  bool ReadNames(std::string_view file, const TsvRow& row, EntryType type,
                 Entry* entry);
  // Parses a '|'-separated list of forms with their '=' / '~' marks into
  // entry->forms; false (after reporting) when an item is empty.
  bool AddForms(std::string_view field, FormKind kind, Entry* entry);
  // Parses ';'-separated labels, each one SCHEMA.md knows.
  bool ParseLabels(const LexiconSource& at, std::string_view field,
                   std::vector<std::string>* labels);
  bool CheckOneOf(const LexiconSource& at, std::string_view what,
                  std::string_view value,
                  const std::vector<std::string_view>& allowed);
  // Indexes the entry's forms, reporting forms another row of the same file
  // already claims (unless both mark it '~').
  void AddEntry(Entry entry);
  void CheckReferences();
  void CheckReference(const Entry& from, std::string_view column,
                      std::string_view name,
                      const std::vector<EntryType>& types);
  void Error(const LexiconSource& at, std::string_view message);
  LexiconSource At(std::string_view file, const TsvRow& row) const;

  Lexicon lexicon_;
  LexiconErrors errors_;
};

}  // namespace kg

#endif  // KG_EXTRACT_DATA_LEXICON_BUILDER_H_
