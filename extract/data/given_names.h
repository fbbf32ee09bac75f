// Given names: lexicon/given_names.tsv, several thousand first names of
// English, Russian, Ukrainian, Japanese, Chinese, Arabic, Indian and European
// usage with their transliteration variants (Aleksandr, Alexander,
// Oleksandr). A capitalised run that opens with one is read as a person's
// name wherever it stands (mentions/person_names.cc); each form keeps the
// file:line it came from.
//
// Format, one name a line, tab-separated: name, variants ('|'-separated, may
// be empty), usage codes (comma-separated), gender (m, f or u). Lines
// starting with '#' are comments.
//
// GivenNames is immutable after Load() and may be shared by threads.
#ifndef KG_EXTRACT_DATA_GIVEN_NAMES_H_
#define KG_EXTRACT_DATA_GIVEN_NAMES_H_

#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"

namespace kg {

class GivenNames {
 public:
  // Errors name file:line. A missing file is an error.
  static absl::StatusOr<GivenNames> Load(const std::string& path);
  static absl::StatusOr<GivenNames> Parse(std::string_view text,
                                          std::string_view file);

  // The line of `word` (any case; "ALEKSANDR" and "Aleksandr" alike), 0 when
  // it is not a given name.
  int Line(std::string_view word) const;
  // The gender of `word`'s line: 'm', 'f' or 'u' (used for both); 0 when
  // `word` is not a given name.
  char Gender(std::string_view word) const;
  // "given_names.tsv:123".
  std::string Source(int line) const;
  size_t size() const { return lines_.size(); }

 private:
  std::string file_;
  absl::flat_hash_map<std::string, int> lines_;  // folded form -> line
  absl::flat_hash_map<int, char> genders_;       // line -> m, f or u
};

}  // namespace kg

#endif  // KG_EXTRACT_DATA_GIVEN_NAMES_H_
