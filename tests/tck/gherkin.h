// Gherkin: a reader for the subset of Cucumber's feature-file language that
// the openCypher TCK uses.
//
// A feature file holds one Feature, an optional Background and Scenarios or
// Scenario Outlines. Each step is a keyword line (Given/When/Then/And/But)
// with at most one argument: a doc string between `"""` lines (indentation of
// the opening quotes removed) or a table of `| a | b |` rows. Tags (`@name`)
// before a Scenario or an Examples block attach to the scenarios made from it.
// ReadFeature() returns ready-to-run scenarios: the Background's steps come
// first, and every Scenario Outline is expanded once per Examples row, with
// `<column>` placeholders replaced in the scenario name, step texts, doc
// strings and table cells. Lines starting with `#` are comments, except
// inside doc strings.
//
// Table cells are unescaped as Cucumber does: `\|` is `|`, `\\` is `\`, `\n`
// is a newline, and any other backslash stays as it is (so the TCK's `'\''`
// reaches the value parser intact).
#ifndef KG_TESTS_TCK_GHERKIN_H_
#define KG_TESTS_TCK_GHERKIN_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace kg::tck {

using Table = std::vector<std::vector<std::string>>;

struct Step {
  std::string keyword;  // "Given", "When", "Then", "And" or "But"
  std::string text;     // the rest of the line, trimmed
  std::optional<std::string> doc_string;  // without a trailing newline
  Table table;
  int line = 0;  // 1-based line of the keyword in the feature file
};

struct Scenario {
  std::string feature;  // the Feature's title
  std::string name;     // placeholders expanded
  int line = 0;         // the Scenario line; for an outline, its Examples row
  std::vector<std::string> tags;  // without '@': feature, scenario, examples
  std::vector<Step> steps;        // Background steps first
};

// Splits one `| a | b\|c |` line into unescaped, trimmed cells; empty when the
// line is not a table row.
std::vector<std::string> SplitTableRow(std::string_view line);

// Reads a whole feature file. Fails with InvalidArgument ("line N: ...") on
// structure this reader does not understand, e.g. a step before any Scenario.
absl::StatusOr<std::vector<Scenario>> ReadFeature(std::string_view text);

}  // namespace kg::tck

#endif  // KG_TESTS_TCK_GHERKIN_H_
