// Boilerplate lines: the web page furniture that comes along when an article
// is copied from a site ("Subscribe", "Please enter your comment!", "Read
// more on the site →", share buttons, navigation crumbs, a comment counter
// "0"). The reader blanks such lines so that extraction never sees them.
//
// The patterns are data (STYLE.md habit 15): extract/rules/boilerplate.txt,
// whose header comment documents the format. A rule is an exact line
// (compared by SurfaceKey(): case, dashes and spacing do not matter), a
// "prefix:" or an RE2 "re:" pattern matched against the whole trimmed line.
// Only short lines (up to kMaxBoilerplateLineBytes) are ever boilerplate, so
// a huge line costs nothing. BoilerplateRules is immutable once parsed and
// safe to share between threads; movable, not copyable.
#ifndef KG_EXTRACT_READ_BOILERPLATE_H_
#define KG_EXTRACT_READ_BOILERPLATE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"

namespace re2 {
class RE2;
}

namespace kg {

inline constexpr size_t kMaxBoilerplateLineBytes = 200;

class BoilerplateRules {
 public:
  BoilerplateRules();
  ~BoilerplateRules();
  BoilerplateRules(BoilerplateRules&&) noexcept;
  BoilerplateRules& operator=(BoilerplateRules&&) noexcept;
  BoilerplateRules(const BoilerplateRules&) = delete;
  BoilerplateRules& operator=(const BoilerplateRules&) = delete;

  // Parses a rules file's text; errors name "<origin>:<line>: ", all of
  // them, one per line.
  static absl::StatusOr<BoilerplateRules> Parse(std::string_view text,
                                                std::string_view origin);

  // The rule that makes `line` boilerplate, as "<origin>:<line>", or "" when
  // the line is content.
  std::string Match(std::string_view line) const;
  bool Matches(std::string_view line) const { return !Match(line).empty(); }

  size_t size() const { return rule_count_; }

 private:
  struct Pattern {
    std::string prefix;            // SurfaceKey of a "prefix:" rule, or ""
    std::unique_ptr<re2::RE2> re;  // a "re:" rule, or null
    std::string where;
  };
  absl::flat_hash_map<std::string, std::string> exact_;  // key -> where
  std::vector<Pattern> patterns_;
  // The "re:" rules as one set, tried in one pass over a line; its
  // indexes map to patterns_.
  struct ExpressionSet;  // an RE2::Set (boilerplate.cc)
  std::unique_ptr<ExpressionSet> set_;
  std::vector<size_t> set_patterns_;
  size_t rule_count_ = 0;
};

inline constexpr const char* kBoilerplateFile = "boilerplate.txt";

// Reads `dir`/boilerplate.txt; the shipped rules are in DefaultRulesDir()
// (rules.h).
absl::StatusOr<BoilerplateRules> LoadBoilerplateRules(const std::string& dir);

}  // namespace kg

#endif  // KG_EXTRACT_READ_BOILERPLATE_H_
