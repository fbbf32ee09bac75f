// Reading source documents: the first stage of extraction.
//
// ReadDocuments() takes files and folders (walked recursively, in path
// order, so every run sees the same documents in the same order; in a folder,
// only files named *.txt, *.text or without an extension are documents, and
// the others are listed as skipped); ReadJsonLines() takes one JSON object a
// line ({"id", "text", "date", "source", "title"}), as `kg build -` reads
// them from stdin. Both make each text a Document the same way:
//
//   - bytes: a UTF-8 BOM is dropped, CRLF and lone CR become LF, each maximal
//     invalid UTF-8 subpart and each control character other than tab, LF
//     and form feed becomes U+FFFD (counted in replaced_bytes); then NFC.
//   - lines: a mail/Usenet header block at the top ("From:", "Subject:",
//     "Date:", ...) and web boilerplate lines (BoilerplateRules) are blanked:
//     their content is removed and their newline kept, so line numbers and the
//     offsets of everything else stay meaningful.
//   - metadata: the title (the header's Subject, else the first remaining
//     line, without a trailing " — Outlet" when that names a news outlet),
//     the dateline ("MOSCOW (Sputnik) - ", "WASHINGTON, July 30. /TASS/."),
//     the outlet credited (source) and the document date where the text
//     gives a year (see document_meta.h).
//
// Inputs that cannot be texts -- binary files, empty files, texts of only
// white space -- are skipped with a reason rather than failing the run; a path
// that does not exist is an error. A Document owns its strings; reading is
// a pure function of the inputs and the options.
#ifndef KG_EXTRACT_READ_DOCUMENT_H_
#define KG_EXTRACT_READ_DOCUMENT_H_

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace kg {

class BoilerplateRules;
class Lexicon;

struct Document {
  std::string id;        // the file name, e.g. 000_86a16e05fa6c610f.txt
  std::string path;      // as found on disk; "<origin>:<line>" for JSON lines
  std::string text;      // normalised UTF-8, boilerplate lines blanked
  std::string title;     // the headline; "" when none was found
  std::string date;      // ISO 8601 YYYY, YYYY-MM or YYYY-MM-DD; "" unknown
  std::string source;    // the outlet credited; "" unknown
  std::string dateline;  // the dateline's place, e.g. "MOSCOW"; "" none
  // Where the title line is in `text` (std::string::npos when the title came
  // from a mail header or a JSON member), and where the body starts: the
  // first line after the title.
  size_t title_offset = std::string::npos;
  size_t body_offset = 0;
  // A mail or Usenet message (a header block at the top): its date is when
  // it was posted, not when what it tells happened.
  bool message = false;
  // Where a message's header block ends in `text` (0 when there is none):
  // the author's and organization's lines before it stay as text.
  size_t header_end = 0;
  uint64_t replaced_bytes = 0;  // invalid UTF-8 and control chars replaced
  uint64_t dropped_lines = 0;   // boilerplate and header lines blanked
};

// Why a read document has nothing to extract ("no text (only white
// space)", "no text (only header and boilerplate lines)"), or "".
std::string NoTextReason(const Document& doc);

struct SkippedInput {
  std::string path;
  std::string reason;
};

struct DocumentSet {
  std::vector<Document> documents;
  std::vector<SkippedInput> skipped;
};

// What the reader consults. Both may be null: without rules no line is
// boilerplate; without a lexicon an outlet is recognised by its shape only
// ("... News", "... Times", "/TASS/"). Not owned; must outlive the call.
struct ReadOptions {
  const BoilerplateRules* boilerplate = nullptr;
  const Lexicon* lexicon = nullptr;
};

absl::StatusOr<DocumentSet> ReadDocuments(const std::vector<std::string>& paths,
                                          const ReadOptions& options);

// The shipped boilerplate rules (DefaultRulesDir()) and lexicon
// (DefaultLexiconDir()), each loaded once per process; their load errors.
absl::StatusOr<ReadOptions> DefaultReadOptions();

// As above with the shipped boilerplate rules (DefaultRulesDir()) and
// lexicon (DefaultLexiconDir()), each loaded once per process; their load
// errors are returned.
absl::StatusOr<DocumentSet> ReadDocuments(
    const std::vector<std::string>& paths);

// Reads JSON lines: each non-blank line one object with "id" (string,
// required, unique), "text" (string, required) and optional "date" (ISO
// 8601, checked), "source" and "title" (strings); given members win over
// what the text says. A malformed line, a missing or mistyped member, a bad
// date or a repeated id is an error naming "<origin>:<line>: " -- the whole
// read fails, so no line is ever lost silently. A document whose text is
// empty or only white space is skipped with a reason, as a file would be.
absl::StatusOr<DocumentSet> ReadJsonLines(std::istream& in,
                                          std::string_view origin,
                                          const ReadOptions& options);
absl::StatusOr<DocumentSet> ReadJsonLines(std::istream& in,
                                          std::string_view origin);

// Makes a Document from raw bytes as described above; the caller checks
// binary and empty inputs first. The title is "" for a text of only white
// space (or one whose first line is too long to be a headline).
Document MakeDocument(std::string id, std::string path, std::string_view raw,
                      const ReadOptions& options);

// Normalises raw bytes into document text: drops a UTF-8 BOM, turns CRLF and
// lone CR into LF, replaces each maximal invalid UTF-8 subpart and each
// control character (other than tab, LF and form feed) with U+FFFD and adds
// their number to *replaced. No NFC; see NfcNormalize().
std::string NormalizeText(std::string_view raw, uint64_t* replaced);

// Unicode NFC of valid UTF-8 (utf8proc), working a stretch of non-ASCII text
// at a time so a long ASCII text costs one pass and no copy.
std::string NfcNormalize(std::string text);

// True when the bytes look binary: a NUL byte in the first 8 KiB, or more
// than one in ten of those bytes control characters other than white space.
bool LooksBinary(std::string_view raw);

}  // namespace kg

#endif  // KG_EXTRACT_READ_DOCUMENT_H_
