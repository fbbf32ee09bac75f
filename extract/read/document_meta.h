// What a document says about itself: its headline, dateline, outlet and date
// (internal to extract/; the reader in document.cc calls AnalyzeDocument()).
//
// News copied from the web opens with a headline, sometimes followed by the
// site's section crumbs, then a dateline in one of the agency styles:
//
//   MOSCOW (Sputnik) - ...                     place (outlet) dash
//   KENNEDY SPACE CENTER (Pakistan Point News / Sputnik - 06th October, 2022)
//   WASHINGTON, July 30. /TASS/. ...           place, date. /outlet/.
//   CAPE CANAVERAL, Fla. — ...                 PLACE[, extra] dash
//
// Mail and Usenet messages open with a header block instead ("From:",
// "Subject:", "Date:" ...), whose Subject is the title and Date the date.
// The document date is taken only from these places (the header, the
// dateline, a short dated line under the headline) and only with a year: a
// year named in the body ("in 2014") dates an event, not the document.
#ifndef KG_EXTRACT_READ_DOCUMENT_META_H_
#define KG_EXTRACT_READ_DOCUMENT_META_H_

#include <optional>
#include <string>
#include <string_view>

#include "extract/read/document.h"
#include "extract/text/dates.h"

namespace kg {

class Lexicon;

// A headline longer than this is taken for body text, not a title.
inline constexpr size_t kMaxTitleBytes = 300;

struct Dateline {
  std::string place;   // "MOSCOW", "KENNEDY SPACE CENTER"
  std::string outlet;  // the credit as written, or its lexicon name
  Date date;           // when the dateline gives a year
};

// A dateline at the start of `line` (only its first bytes are read).
std::optional<Dateline> ParseDateline(std::string_view line,
                                      const Lexicon* lexicon);

// True when `name` names a news outlet: a media organization of the lexicon
// (then *canonical is its canonical name) or a name of an outlet's shape
// ("ReadNOW World News", "The Daily Times", "space.com"; then *canonical is
// the name as written).
bool IsOutletName(std::string_view name, const Lexicon* lexicon,
                  std::string* canonical);

// Splits "Headline — Outlet" into the headline and *outlet when the suffix
// after the last " — ", " – ", " - " or " | " names an outlet; otherwise
// returns the title unchanged and leaves *outlet empty.
std::string StripTitleOutlet(std::string_view title, const Lexicon* lexicon,
                             std::string* outlet);

// Fills the metadata of `doc` from doc->text (already normalised), blanking
// header and boilerplate lines in it and counting them in dropped_lines.
// Members already set (title, date, source from a JSON line) are kept.
void AnalyzeDocument(Document* doc, const ReadOptions& options);

}  // namespace kg

#endif  // KG_EXTRACT_READ_DOCUMENT_META_H_
