#include "extract/read/document.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "absl/strings/str_cat.h"
#include "extract/data/lexicon.h"
#include "extract/data/rules.h"
#include "extract/read/boilerplate.h"
#include "extract/read/document_meta.h"
#include "graph/status_macros.h"
#include "graph/utf8.h"
#include "utf8proc.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

absl::Status ReadFile(const fs::path& p, std::string* out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", p.string()));
  std::error_code ec;
  uintmax_t size = fs::file_size(p, ec);
  if (!ec) {
    out->resize(static_cast<size_t>(size));
    in.read(out->data(), static_cast<std::streamsize>(size));
    out->resize(static_cast<size_t>(in.gcount()));
    if (in.bad()) {
      return absl::DataLossError(absl::StrCat("error reading ", p.string()));
    }
    return absl::OkStatus();
  }
  std::ostringstream buf;  // not a regular file: read to the end
  buf << in.rdbuf();
  if (in.bad())
    return absl::DataLossError(absl::StrCat("error reading ", p.string()));
  *out = std::move(buf).str();
  return absl::OkStatus();
}

void AddFile(const fs::path& p, const ReadOptions& options, DocumentSet* set) {
  std::string raw;
  absl::Status s = ReadFile(p, &raw);
  if (!s.ok()) {
    set->skipped.push_back({p.string(), std::string(s.message())});
    return;
  }
  if (raw.empty()) {
    set->skipped.push_back({p.string(), "empty file"});
    return;
  }
  if (LooksBinary(raw)) {
    set->skipped.push_back({p.string(), "binary file (NUL bytes)"});
    return;
  }
  Document doc = MakeDocument(p.filename().string(), p.string(), raw, options);
  raw = std::string();
  if (std::string reason = NoTextReason(doc); !reason.empty()) {
    set->skipped.push_back({p.string(), std::move(reason)});
    return;
  }
  set->documents.push_back(std::move(doc));
}

// In a folder, documents are the files named .txt or .text, or with no
// extension at all (as mail and news spools store them); annotation files,
// manifests and the like beside them are not documents.
bool IsTextName(const fs::path& p) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(c));
  return ext.empty() || ext == ".txt" || ext == ".text";
}

}  // namespace

std::string NoTextReason(const Document& doc) {
  if (doc.text.find_first_not_of(" \t\n\f", doc.header_end) !=
      std::string::npos) {
    return "";
  }
  return doc.dropped_lines == 0 ? "no text (only white space)"
                                : "no text (only header and boilerplate lines)";
}

absl::StatusOr<ReadOptions> DefaultReadOptions() {
  // Loaded once per process and never freed: they are immutable and shared.
  static const auto* rules = new absl::StatusOr<BoilerplateRules>(
      LoadBoilerplateRules(DefaultRulesDir()));
  static const auto* lexicon =
      new absl::StatusOr<Lexicon>(LoadLexicon(DefaultLexiconDir()));
  KG_RETURN_IF_ERROR(rules->status());
  KG_RETURN_IF_ERROR(lexicon->status());
  return ReadOptions{&**rules, &**lexicon};
}

bool LooksBinary(std::string_view raw) {
  std::string_view head = raw.substr(0, 8192);
  size_t controls = 0;
  for (char c : head) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u == 0) return true;
    if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' &&
        u != '\v' && u != 0x1B) {
      ++controls;
    }
  }
  return controls * 10 > head.size();
}

namespace {

// NFC of one stretch of valid UTF-8; the stretch as it is if utf8proc fails.
void AppendNfc(std::string_view s, std::string* out) {
  utf8proc_uint8_t* result = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
      static_cast<utf8proc_ssize_t>(s.size()), &result,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) {
    out->append(s);
  } else {
    out->append(reinterpret_cast<const char*>(result), static_cast<size_t>(n));
  }
  std::free(result);
}

}  // namespace

// An ASCII character never combines with what precedes it, so NFC can work
// on each stretch from the last ASCII character before some non-ASCII text
// up to the next ASCII character, and copy everything else.
std::string NfcNormalize(std::string text) {
  size_t first = 0;
  while (first < text.size() &&
         static_cast<unsigned char>(text[first]) < 0x80) {
    ++first;
  }
  if (first == text.size()) return text;
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  size_t copied = 0;
  size_t i = first;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t begin = i > 0 ? i - 1 : 0;  // the ASCII character before
    size_t end = i;
    while (end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80) {
      ++end;
    }
    out.append(text, copied, begin - copied);
    AppendNfc(std::string_view(text).substr(begin, end - begin), &out);
    copied = end;
    i = end;
  }
  out.append(text, copied, std::string::npos);
  return out;
}

Document MakeDocument(std::string id, std::string path, std::string_view raw,
                      const ReadOptions& options) {
  Document doc;
  doc.id = std::move(id);
  doc.path = std::move(path);
  doc.text = NfcNormalize(NormalizeText(raw, &doc.replaced_bytes));
  AnalyzeDocument(&doc, options);
  return doc;
}

std::string NormalizeText(std::string_view raw, uint64_t* replaced) {
  if (raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size();) {
    char c = raw[i];
    if (c == '\r') {
      out.push_back('\n');
      i += (i + 1 < raw.size() && raw[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x80) {  // printable ASCII: copy the whole run
      size_t j = i + 1;
      while (j < raw.size() && static_cast<unsigned char>(raw[j]) >= 0x20 &&
             static_cast<unsigned char>(raw[j]) < 0x80) {
        ++j;
      }
      out.append(raw.data() + i, j - i);
      i = j;
      continue;
    }
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\f') {
      out += "\xEF\xBF\xBD";
      ++*replaced;
      ++i;
      continue;
    }
    size_t maximal;
    size_t n = Utf8SequenceLength(raw, i, &maximal);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++*replaced;
      i += maximal;
      continue;
    }
    out.append(raw.data() + i, n);
    i += n;
  }
  return out;
}

absl::StatusOr<DocumentSet> ReadDocuments(
    const std::vector<std::string>& paths) {
  KG_ASSIGN_OR_RETURN(ReadOptions options, DefaultReadOptions());
  return ReadDocuments(paths, options);
}

absl::StatusOr<DocumentSet> ReadDocuments(const std::vector<std::string>& paths,
                                          const ReadOptions& options) {
  DocumentSet set;
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      return absl::NotFoundError(
          absl::StrCat(path, ": no such file or folder"));
    }
    if (fs::is_directory(st)) {
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(
               path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::path& p = it->path();
        if (p.filename().string().starts_with(".")) {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file()) continue;
        if (!IsTextName(p)) {
          set.skipped.push_back(
              {p.string(), absl::StrCat("not a text document (",
                                        p.extension().string(), ")")});
          continue;
        }
        files.push_back(p);
      }
      if (ec) {
        return absl::UnavailableError(
            absl::StrCat(path, ": cannot list folder: ", ec.message()));
      }
      std::sort(files.begin(), files.end());
      for (const fs::path& p : files) AddFile(p, options, &set);
    } else {
      AddFile(path, options, &set);
    }
  }
  return set;
}

}  // namespace kg
