#include "extract/read/boilerplate.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "extract/text/strings.h"
#include "extract/text/surface_fold.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace kg {
namespace {

constexpr size_t kMaxErrors = 20;

}  // namespace

struct BoilerplateRules::ExpressionSet {
  explicit ExpressionSet(const RE2::Options& options)
      : set(options, RE2::ANCHOR_BOTH) {}
  RE2::Set set;
};

BoilerplateRules::BoilerplateRules() = default;
BoilerplateRules::~BoilerplateRules() = default;
BoilerplateRules::BoilerplateRules(BoilerplateRules&&) noexcept = default;
BoilerplateRules& BoilerplateRules::operator=(BoilerplateRules&&) noexcept =
    default;

absl::StatusOr<BoilerplateRules> BoilerplateRules::Parse(
    std::string_view text, std::string_view origin) {
  BoilerplateRules rules;
  std::vector<std::string> errors;
  int line_no = 0;
  while (!text.empty()) {
    ++line_no;
    size_t nl = text.find('\n');
    std::string_view line = TrimView(text.substr(0, nl));
    text =
        nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    std::string where = absl::StrCat(std::string(origin), ":", line_no);
    auto error = [&](std::string_view message) {
      if (errors.size() < kMaxErrors) {
        errors.push_back(absl::StrCat(where, ": ", std::string(message)));
      }
    };
    if (line.starts_with("re:")) {
      std::string_view pattern = TrimView(line.substr(3));
      RE2::Options options;
      options.set_case_sensitive(false);
      options.set_log_errors(false);
      auto re = std::make_unique<RE2>(
          absl::StrCat("(?s:", std::string(pattern), ")"), options);
      if (pattern.empty() || !re->ok()) {
        error(absl::StrCat("bad regular expression: ",
                           pattern.empty() ? "empty" : re->error()));
        continue;
      }
      rules.patterns_.push_back({"", std::move(re), where});
    } else if (line.starts_with("prefix:")) {
      std::string key = SurfaceKey(TrimView(line.substr(7)));
      if (key.empty()) {
        error("empty prefix");
        continue;
      }
      rules.patterns_.push_back({std::move(key), nullptr, where});
    } else {
      if (line.starts_with("\\")) line.remove_prefix(1);  // "\re: literal"
      std::string key = SurfaceKey(line);
      if (key.size() > kMaxBoilerplateLineBytes) {
        error("line longer than any boilerplate line can be");
        continue;
      }
      rules.exact_.try_emplace(key, where);
    }
    ++rules.rule_count_;
  }
  if (!errors.empty()) {
    return absl::InvalidArgumentError(absl::StrJoin(errors, "\n"));
  }
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  auto set = std::make_unique<ExpressionSet>(options);
  for (size_t i = 0; i < rules.patterns_.size(); ++i) {
    const Pattern& p = rules.patterns_[i];
    if (p.re == nullptr) continue;
    std::string error;
    if (set->set.Add(p.re->pattern(), &error) < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(p.where, ": bad regular expression: ", error));
    }
    rules.set_patterns_.push_back(i);
  }
  if (!rules.set_patterns_.empty()) {
    if (!set->set.Compile()) {
      return absl::ResourceExhaustedError(absl::StrCat(
          std::string(origin), ": the regular expressions are too large"));
    }
    rules.set_ = std::move(set);
  }
  return rules;
}

std::string BoilerplateRules::Match(std::string_view line) const {
  line = TrimView(line);
  if (line.empty() || line.size() > kMaxBoilerplateLineBytes) return "";
  std::string key = SurfaceKey(line);
  if (auto it = exact_.find(key); it != exact_.end()) return it->second;
  // The first rule in file order that matches: the earliest expression
  // that does, unless a prefix rule before it does.
  size_t first = patterns_.size();
  if (set_ != nullptr) {
    std::vector<int> hits;
    if (set_->set.Match(re2::StringPiece(line.data(), line.size()), &hits)) {
      for (int h : hits) first = std::min(first, set_patterns_[h]);
    }
  }
  for (size_t i = 0; i < first; ++i) {
    const Pattern& p = patterns_[i];
    if (p.re == nullptr && key.starts_with(p.prefix)) return p.where;
  }
  return first < patterns_.size() ? patterns_[first].where : "";
}

absl::StatusOr<BoilerplateRules> LoadBoilerplateRules(const std::string& dir) {
  std::filesystem::path path = std::filesystem::path(dir) / kBoilerplateFile;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(
        absl::StrCat(path.string(), ": cannot read rules file"));
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) {
    return absl::DataLossError(
        absl::StrCat(path.string(), ": error reading rules file"));
  }
  return BoilerplateRules::Parse(buf.str(), path.string());
}

}  // namespace kg
