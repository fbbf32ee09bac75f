#include "extract/data/given_names.h"

#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "extract/text/strings.h"
#include "extract/text/surface_fold.h"

namespace kg {

absl::StatusOr<GivenNames> GivenNames::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  std::stringstream ss;
  ss << in.rdbuf();
  size_t slash = path.rfind('/');
  absl::StatusOr<GivenNames> names = Parse(
      ss.str(), slash == std::string::npos ? path : path.substr(slash + 1));
  if (!names.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(
        path.substr(0, slash + 1), std::string(names.status().message())));
  }
  return names;
}

absl::StatusOr<GivenNames> GivenNames::Parse(std::string_view text,
                                             std::string_view file) {
  GivenNames names;
  names.file_ = std::string(file);
  int number = 0;
  for (std::string_view line : SplitView(text, "\n", false)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (TrimView(line).empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    auto error = [&](std::string_view what) {
      return absl::InvalidArgumentError(absl::StrCat(
          std::string(file), ":", number, ": ", std::string(what)));
    };
    if (fields.size() != 4) {
      return error("expected name, variants, usage and gender, tab-separated");
    }
    if (TrimView(fields[0]).empty()) return error("empty name");
    if (fields[3] != "m" && fields[3] != "f" && fields[3] != "u") {
      return error("gender must be m, f or u");
    }
    names.genders_.emplace(number, fields[3][0]);
    names.lines_.emplace(FoldCase(TrimView(fields[0])), number);
    for (std::string_view v : SplitView(fields[1], "|")) {
      v = TrimView(v);
      if (!v.empty()) names.lines_.emplace(FoldCase(v), number);
    }
  }
  return names;
}

int GivenNames::Line(std::string_view word) const {
  auto it = lines_.find(FoldCase(word));
  return it == lines_.end() ? 0 : it->second;
}

char GivenNames::Gender(std::string_view word) const {
  auto it = genders_.find(Line(word));
  return it == genders_.end() ? 0 : it->second;
}

std::string GivenNames::Source(int line) const {
  return absl::StrCat(file_, ":", line);
}

}  // namespace kg
