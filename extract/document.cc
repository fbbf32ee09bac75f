#include "extract/document.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "absl/strings/str_cat.h"
#include "graph/utf8.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::string FirstLine(std::string_view text) {
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string line = Trim(text.substr(0, nl));
    if (!line.empty()) return line;
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return "";
}

absl::Status ReadFile(const fs::path& p, std::string* out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", p.string()));
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad())
    return absl::DataLossError(absl::StrCat("error reading ", p.string()));
  *out = std::move(buf).str();
  return absl::OkStatus();
}

void AddFile(const fs::path& p, DocumentSet* set) {
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
  Document doc;
  doc.id = p.filename().string();
  doc.path = p.string();
  doc.text = NormalizeText(raw, &doc.replaced_bytes);
  doc.title = FirstLine(doc.text);
  if (doc.title.empty()) {
    set->skipped.push_back({p.string(), "no text (only white space)"});
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

bool LooksBinary(std::string_view raw) {
  return raw.substr(0, 8192).find('\0') != std::string_view::npos;
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
      for (const fs::path& p : files) AddFile(p, &set);
    } else {
      AddFile(path, &set);
    }
  }
  return set;
}

}  // namespace kg
