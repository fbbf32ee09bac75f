// The scenario runner: one fresh Graph and Engine per scenario, steps in
// order, the last query's outcome checked by each Then step.
#include "tests/tck/scenario_runner.h"

#include <optional>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "tests/tck/backend.h"
#include "tests/tck/result_match.h"
#include "tests/tck/tck_value.h"

namespace kg::tck {
namespace {

bool Is(const Step& step, std::string_view text) { return step.text == text; }

std::optional<std::string> NamedGraph(const Step& step) {
  absl::string_view text(step.text);
  if (absl::ConsumePrefix(&text, "the ") &&
      absl::ConsumeSuffix(&text, " graph")) {
    return std::string(text);
  }
  return std::nullopt;
}

// Why the runner cannot run this scenario, or nullopt when it can.
std::optional<std::string> SkipReason(const Scenario& scenario) {
  for (const std::string& tag : scenario.tags) {
    if (tag == "skip" || tag == "ignore") return "tagged @" + tag;
  }
  for (const Step& s : scenario.steps) {
    const bool known =
        Is(s, "an empty graph") || Is(s, "any graph") ||
        NamedGraph(s).has_value() || Is(s, "having executed:") ||
        Is(s, "after having executed:") || Is(s, "parameters are:") ||
        Is(s, "parameter values are:") || Is(s, "executing query:") ||
        Is(s, "executing control query:") ||
        absl::StartsWith(s.text, "the result should be") ||
        (absl::StartsWith(s.text, "a ") &&
         absl::StrContains(s.text, " should be raised at ")) ||
        Is(s, "no side effects") || Is(s, "the side effects should be:");
    if (!known) {
      // Procedure signatures vary; one reason for them all reads better.
      return absl::StrCat("unsupported step: ",
                          s.text.substr(0, s.text.find('(')));
    }
  }
  return std::nullopt;
}

class Run {
 public:
  Run(const Scenario& scenario, const RunConfig& config)
      : scenario_(scenario),
        config_(config),
        backend_(config.kg_binary.empty()
                     ? NewInProcessBackend(config.timeout)
                     : NewCommandLineBackend(config.kg_binary, config.work_dir,
                                             config.timeout)) {}

  Outcome Go() {
    for (const Step& step : scenario_.steps) {
      if (!Do(step)) break;
    }
    return std::move(outcome_);
  }

 private:
  bool Fail(std::string reason, std::string detail = "") {
    outcome_.verdict = Verdict::kFailed;
    outcome_.reason = std::move(reason);
    outcome_.detail = absl::StrCat("    query:\n", Indent(query_), detail);
    return false;
  }

  static std::string Indent(std::string_view text) {
    std::string out = "      ";
    for (char c : text) {
      out += c;
      if (c == '\n') out += "      ";
    }
    return out + "\n";
  }

  bool Setup(std::string_view text, std::string_view what) {
    query_ = std::string(text);
    if (absl::Status s = backend_->Setup(text); !s.ok()) {
      return Fail(absl::StrCat(std::string(what), " failed: ", s.ToString()));
    }
    return true;
  }

  bool LoadGraph(const std::string& name) {
    const auto path = config_.graphs_dir / name / (name + ".cypher");
    query_ = path.string();
    if (absl::Status s = backend_->LoadScript(path); !s.ok()) {
      return Fail(
          absl::StrCat("loading graph ", name, " failed: ", s.ToString()));
    }
    return true;
  }

  bool Parameters(const Table& table) {
    for (const auto& row : table) {
      if (row.size() != 2) return Fail("parameter rows are | name | value |");
      auto value = ParseTckValue(row[1]);
      if (!value.ok())
        return Fail(absl::StrCat("parameter ", row[0], ": ",
                                 value.status().ToString()));
      auto converted = ToValue(*value);
      if (!converted.ok()) return Fail(converted.status().ToString());
      parameters_.push_back({row[0], row[1], *std::move(converted)});
    }
    return true;
  }

  bool CheckRows(const Step& step) {
    if (!last_) return Fail("a result step before any query");
    if (!last_->status.ok()) {
      std::string expected = absl::StrCat("    expected: ", step.text, "\n");
      for (const auto& row : step.table) {
        absl::StrAppend(&expected, "      | ", absl::StrJoin(row, " | "),
                        " |\n");
      }
      return Fail(absl::StrCat("query failed: ", last_->status.ToString()),
                  expected);
    }
    if (absl::StartsWith(step.text, "the result should be empty")) {
      if (last_->cells.rows.empty()) return true;
      ExpectedTable none{last_->cells.columns, {}};
      return Fail("expected no rows",
                  *MatchCells(none, last_->cells, MatchOptions{}));
    }
    MatchOptions options;
    options.ignore_list_order =
        absl::StrContains(step.text, "ignoring element order for lists");
    options.in_order = absl::StrContains(step.text, "in order") &&
                       !absl::StrContains(step.text, "in any order");
    auto expected = ParseExpectedTable(step.table);
    if (!expected.ok()) {
      return Fail(absl::StrCat("cannot read the expected table: ",
                               expected.status().ToString()));
    }
    const ActualTable& actual =
        options.ignore_list_order ? last_->sorted_cells : last_->cells;
    if (auto diff = MatchCells(*expected, actual, options)) {
      return Fail("wrong result", absl::StrCat("    ", *diff));
    }
    return true;
  }

  bool CheckError(const Step& step) {
    // "a TypeError should be raised at runtime: InvalidArgumentType"
    const size_t at = step.text.find(" should be raised at ");
    const std::string type = step.text.substr(2, at - 2);
    const size_t colon = step.text.find(": ", at);
    const std::string phase =
        step.text.substr(at + 21, colon == std::string::npos ? std::string::npos
                                                             : colon - at - 21);
    const std::string category =
        colon == std::string::npos ? "*" : step.text.substr(colon + 2);
    const std::string wanted =
        absl::StrCat(type, " at ", phase, ": ", category);
    if (!last_) return Fail("an error step before any query");
    if (last_->status.ok()) {
      return Fail(
          absl::StrCat("expected ", wanted, "; the query succeeded"),
          absl::StrCat("    returned ", last_->cells.rows.size(), " rows\n"));
    }
    const absl::Status& status = last_->status;
    if (last_->timed_out) {
      return Fail(absl::StrCat("timed out: ", status.ToString()));
    }
    const std::optional<std::string>& got = last_->category;
    const std::string actual =
        absl::StrCat("    actual: ", status.ToString(), "\n");
    if (!got) {
      outcome_.missing_category = true;
      return Fail(absl::StrCat("expected ", wanted,
                               "; got an error without a category"),
                  actual);
    }
    if (category != "*" && *got != category) {
      return Fail(absl::StrCat("expected ", wanted, "; got category ", *got),
                  actual);
    }
    return true;
  }

  bool CheckSideEffects(const Step& step) {
    if (!last_) return Fail("a side-effects step before any query");
    query::SideEffects expected;
    if (Is(step, "the side effects should be:")) {
      auto parsed = ParseSideEffects(step.table);
      if (!parsed.ok()) return Fail(parsed.status().ToString());
      expected = *parsed;
    }
    // A failed query is a negative test: it may change nothing, and the
    // engine rolls it back; the error step has judged it already.
    const query::SideEffects actual =
        last_->status.ok() ? last_->side_effects : query::SideEffects{};
    if (actual == expected) return true;
    return Fail(
        "wrong side effects",
        absl::StrCat("    expected: ", FormatSideEffects(expected),
                     "\n    actual:   ", FormatSideEffects(actual), "\n"));
  }

  bool Do(const Step& step) {
    if (Is(step, "an empty graph") || Is(step, "any graph")) return true;
    if (auto name = NamedGraph(step)) return LoadGraph(*name);
    if (Is(step, "having executed:") || Is(step, "after having executed:")) {
      return Setup(step.doc_string.value_or(""), "setup query");
    }
    if (Is(step, "parameters are:") || Is(step, "parameter values are:")) {
      return Parameters(step.table);
    }
    if (Is(step, "executing query:") || Is(step, "executing control query:")) {
      query_ = step.doc_string.value_or("");
      last_ = backend_->Execute(query_, parameters_);
      return true;
    }
    if (absl::StartsWith(step.text, "the result should be")) {
      return CheckRows(step);
    }
    if (absl::StrContains(step.text, " should be raised at ")) {
      return CheckError(step);
    }
    return CheckSideEffects(step);
  }

  const Scenario& scenario_;
  const RunConfig& config_;
  std::unique_ptr<Backend> backend_;
  std::vector<Parameter> parameters_;
  std::string query_;
  std::optional<QueryRun> last_;
  Outcome outcome_;
};

}  // namespace

Outcome RunScenario(const Scenario& scenario, const RunConfig& config) {
  if (auto reason = SkipReason(scenario)) {
    return Outcome{Verdict::kSkipped, *reason, "", false};
  }
  return Run(scenario, config).Go();
}

}  // namespace kg::tck
