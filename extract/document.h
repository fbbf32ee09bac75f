// Reading source documents: the first stage of extraction.
//
// ReadDocuments() takes files and folders (walked recursively, in path
// order, so every run sees the same documents in the same order; in a folder,
// only files named *.txt, *.text or without an extension are documents, and
// the others are listed as skipped) and returns
// each readable text as a Document: valid UTF-8 (invalid bytes replaced by
// U+FFFD, one per maximal invalid subpart, and counted), no byte order mark, LF
// line ends. Inputs that cannot be texts -- binary files, empty files -- are
// skipped with a reason rather than failing the run; a path that does not exist
// is an error.
#ifndef KG_EXTRACT_DOCUMENT_H_
#define KG_EXTRACT_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace kg {

struct Document {
  std::string id;               // the file name, e.g. 000_86a16e05fa6c610f.txt
  std::string path;             // as found on disk
  std::string text;             // normalised UTF-8
  std::string title;            // the first non-empty line, trimmed
  uint64_t replaced_bytes = 0;  // invalid UTF-8 sequences replaced
};

struct SkippedInput {
  std::string path;
  std::string reason;
};

struct DocumentSet {
  std::vector<Document> documents;
  std::vector<SkippedInput> skipped;
};

absl::StatusOr<DocumentSet> ReadDocuments(
    const std::vector<std::string>& paths);

// Normalises raw bytes into document text: drops a UTF-8 BOM, turns CRLF and
// lone CR into LF, replaces each maximal invalid UTF-8 subpart with U+FFFD and
// adds their number to *replaced.
std::string NormalizeText(std::string_view raw, uint64_t* replaced);

// True when the bytes look binary (a NUL byte in the first 8 KiB).
bool LooksBinary(std::string_view raw);

}  // namespace kg

#endif  // KG_EXTRACT_DOCUMENT_H_
