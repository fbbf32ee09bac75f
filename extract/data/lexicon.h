// The lexicon: the gazetteers and word lists extraction matches text against.
//
// The lexicon is data, not code (DESIGN.md): UTF-8 TSV files under
// extract/lexicon/ that a user edits without recompiling; README.md there
// documents each file's columns and the rules below. LoadLexicon() reads and
// checks them all and reports every malformed row as "path:line: message".
//
// Named entities (agencies, other organizations, countries, spacecraft,
// places) become Entry records with a canonical name and every other form
// that names them: aliases, and for countries the demonyms and capital-city
// forms, which extraction may resolve to the country ("Russian", "Moscow
// denied..."). Titles, honorifics, event triggers and non-final
// abbreviations are kept in their own lists.
//
// Lookup is by surface form through SurfaceKey() (surface_fold.h): case,
// apostrophes, dashes, spacing and a leading "the" do not matter, except that
// a form written with a leading '=' in the files ("=US") matches only as
// written, since its other spellings are ordinary words ("us"). A form may
// name entries of different files ("Progress" the company and the
// spacecraft); within one file a shared form is an error unless every row
// that uses it marks it ambiguous with a leading '~'.
//
// Every record keeps the file and line it came from (STYLE.md habit 15).
// A Lexicon is immutable once loaded, so concurrent reads are safe; it is
// movable, not copyable.
#ifndef KG_EXTRACT_DATA_LEXICON_H_
#define KG_EXTRACT_DATA_LEXICON_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"

namespace kg {

// Where a record was read: the file name inside the lexicon folder (not the
// full path, so provenance is the same on every machine) and its line.
struct LexiconSource {
  std::string file;              // e.g. "agencies.tsv"
  int line = 0;                  // 1-based
  std::string ToString() const;  // "agencies.tsv:12"
};

enum class EntryType { kAgency, kOrganization, kCountry, kSpacecraft, kPlace };
std::string_view EntryTypeName(EntryType type);  // "agency", ...

enum class FormKind { kCanonical, kAlias, kDemonym, kCapital };
std::string_view FormKindName(FormKind kind);  // "canonical", ...

struct Form {
  std::string text;  // as written in the file, without the '=' / '~' marks
  FormKind kind = FormKind::kAlias;
  bool exact_case = false;  // '=': matches only as written
  bool ambiguous = false;   // '~': other rows of the same file may share it
  // The row also writes this form in lower case ("Moon|moon"): lower-case
  // text names the entry too.
  bool lower_case_too = false;
};

struct Entry {
  EntryType type = EntryType::kOrganization;
  std::string name;                 // the canonical name; forms[0].text
  std::vector<Form> forms;          // canonical, aliases, demonyms, capitals
  std::vector<std::string> labels;  // graph labels, e.g. Organization, Agency
  // Organization kind (company, government, media, other), spacecraft kind
  // (station, module, ...) or place kind (launch_site, ...); empty for
  // agencies and countries.
  std::string kind;
  std::string country;                 // agencies, organizations; "" if none
  std::vector<std::string> operators;  // spacecraft, places: canonical orgs
  std::string family;                  // spacecraft: canonical family name
  int since = 0;  // spacecraft: the year its name came into use; 0 unknown
  std::string located_in;  // places: canonical place or country
  LexiconSource source;
};

// A word or phrase naming an office or role ("director general", "cosmonaut").
struct Title {
  enum class Government { kYes, kNo, kEither };
  std::string phrase;
  std::vector<std::string> labels;  // Person;Official or Person;Astronaut
  std::string role;                 // astronaut or cosmonaut, for Astronaut
  Government government = Government::kEither;
  LexiconSource source;
};

// "Sen." before a name: what it stands for and which labels it implies.
struct Honorific {
  std::string form;  // "Sen."
  std::string expansion;
  std::vector<std::string> labels;
  LexiconSource source;
};

struct EventTrigger {
  std::string trigger;             // the lemma, e.g. "expel"
  std::vector<std::string> forms;  // the lemma and its inflections
  std::string kind;                // a SCHEMA.md event kind
  std::string cameo;               // CAMEO root code, "" for operational kinds
  std::string notes;
  LexiconSource source;
};

// A form found by Matches(): the entry and which of its forms matched.
struct LexiconMatch {
  const Entry* entry;
  const Form* form;
};

class Lexicon {
 public:
  Lexicon() = default;
  Lexicon(Lexicon&&) = default;
  Lexicon& operator=(Lexicon&&) = default;
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Entries one of whose forms matches `surface` by SurfaceKey() (an
  // '='-form only as written), in file order, each entry once.
  std::vector<const Entry*> Lookup(std::string_view surface) const;
  // Entries with a form written exactly as `surface`, byte for byte.
  std::vector<const Entry*> LookupExact(std::string_view surface) const;
  // As Lookup(), with the form that matched (an entry may appear more than
  // once when several of its forms share the key).
  std::vector<LexiconMatch> Matches(std::string_view surface) const;
  // The entry of `type` whose canonical name is exactly `name`, or null.
  const Entry* Find(EntryType type, std::string_view name) const;

  // Titles and triggers by phrase or inflected form, through SurfaceKey().
  const Title* FindTitle(std::string_view phrase) const;
  std::vector<const EventTrigger*> FindTriggers(std::string_view form) const;
  // Honorific by form, exact case, e.g. "Dr.".
  const Honorific* FindHonorific(std::string_view form) const;
  // True when `token` (e.g. "U.S.", "Jan.") does not end a sentence; case
  // matters ("No." before a number, not "no.").
  bool IsAbbreviation(std::string_view token) const;
  // True when `word`, capitalised after an abbreviation, starts a sentence
  // ("The", "However"; sentence_starters.txt).
  bool IsSentenceStarter(std::string_view word) const;
  // True when `word` ends a news outlet's name ("News", "Times";
  // outlet_words.txt).
  bool IsOutletWord(std::string_view word) const;
  // Domain endings that make a one-word name an outlet (".com").
  const std::vector<std::string>& outlet_domains() const {
    return outlet_domains_;
  }

  const std::vector<Entry>& entries() const { return entries_; }
  const std::vector<Title>& titles() const { return titles_; }
  const std::vector<Honorific>& honorifics() const { return honorifics_; }
  const std::vector<EventTrigger>& triggers() const { return triggers_; }
  const std::vector<std::string>& abbreviations() const {
    return abbreviations_;
  }
  size_t Count(EntryType type) const;
  // The most space-separated words in any entry form, title or trigger form:
  // how far a longest-match scanner needs to look ahead.
  size_t max_form_words() const { return max_form_words_; }

 private:
  friend class LexiconBuilder;
  struct FormRef {
    uint32_t entry;
    uint32_t form;
  };

  std::vector<Entry> entries_;
  std::vector<Title> titles_;
  std::vector<Honorific> honorifics_;
  std::vector<EventTrigger> triggers_;
  std::vector<std::string> abbreviations_;
  absl::flat_hash_map<std::string, std::vector<FormRef>> forms_by_key_;
  // "<type name>\t<canonical name>" -> entry.
  absl::flat_hash_map<std::string, uint32_t> entries_by_name_;
  absl::flat_hash_map<std::string, uint32_t> titles_by_key_;
  absl::flat_hash_map<std::string, std::vector<uint32_t>> triggers_by_key_;
  absl::flat_hash_map<std::string, uint32_t> honorifics_by_form_;
  absl::flat_hash_map<std::string, uint32_t> abbreviation_set_;
  absl::flat_hash_map<std::string, uint32_t> sentence_starters_;
  absl::flat_hash_map<std::string, uint32_t> outlet_words_;  // and domains
  std::vector<std::string> outlet_domains_;
  size_t max_form_words_ = 0;
};

// The lexicon's files, by name, as LoadLexicon() reads them.
inline constexpr const char* kLexiconFiles[] = {
    "countries.tsv",         "agencies.tsv",       "organizations.tsv",
    "spacecraft.tsv",        "places.tsv",         "titles.tsv",
    "honorifics.tsv",        "event_triggers.tsv", "abbreviations.txt",
    "sentence_starters.txt", "outlet_words.txt"};

// Parses a lexicon from file texts keyed by file name (every name in
// kLexiconFiles must be present). Errors name "<dir>/<file>:<line>: " (just
// "<file>:<line>: " when `dir` is empty); all errors found are reported, one
// per line, in file order, up to a limit.
absl::StatusOr<Lexicon> ParseLexicon(
    const std::map<std::string, std::string>& files, std::string_view dir);

// Reads every file of kLexiconFiles from `dir` and parses them.
absl::StatusOr<Lexicon> LoadLexicon(const std::string& dir);

// The shipped lexicon's folder: $KG_LEXICON_DIR when set; else
// <executable dir>/../share/kg/lexicon when that exists (an installed kg);
// else the source tree's extract/lexicon.
std::string DefaultLexiconDir();

}  // namespace kg

#endif  // KG_EXTRACT_DATA_LEXICON_H_
