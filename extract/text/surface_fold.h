// The key under which the lexicon files and looks up a surface form.
//
// Two forms a reader would call the same name get the same key: letter case
// is folded (ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals,
// enough for the names in the lexicon), typographic apostrophes become "'",
// the hyphen and dash family (U+2010..U+2015, U+2212) becomes "-", runs of
// white space become one space, and a leading "the " is dropped, so "the
// Russian space agency", "Russian Space Agency" and "RUSSIAN  SPACE AGENCY"
// meet. Text is expected to be valid UTF-8 (NFC); invalid bytes are copied.
#ifndef KG_EXTRACT_TEXT_SURFACE_FOLD_H_
#define KG_EXTRACT_TEXT_SURFACE_FOLD_H_

#include <string>
#include <string_view>

namespace kg {

// Lower-cases the letters the fold knows, leaves the rest of the text alone.
std::string FoldCase(std::string_view text);

// The full lookup key: FoldCase plus the apostrophe, dash, space and "the"
// rules above. With `fold_case` false, letter case is kept (the key an
// exact-case form is compared by).
std::string SurfaceKey(std::string_view surface, bool fold_case = true);

}  // namespace kg

#endif  // KG_EXTRACT_TEXT_SURFACE_FOLD_H_
