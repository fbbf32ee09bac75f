// RunScenario: executes one expanded TCK scenario on a fresh graph, step by
// step, and says whether it passed: in process (a Graph and an Engine) or,
// with RunConfig::kg_binary, through kg's command line (backend.h).
//
// Supported steps (README.adoc of the TCK has their meaning):
//   Given an empty graph | any graph | the <name> graph
//   And having executed: """...""" (also "after having executed:")
//   And parameters are: | name | value |
//   When executing query: """...""" | When executing control query: """..."""
//   Then the result should be, in any order: | in order: | empty
//        (either may add "ignoring element order for lists")
//   Then a <Type> should be raised at <compile time|runtime|any time>: <Cat>
//   And no side effects | And the side effects should be: | +nodes | 1 |
// A scenario tagged @skip or @ignore, or holding any other step (e.g. the
// procedure declarations of clauses/call), is skipped with the reason.
//
// Errors: the expected category is compared with the one the engine attaches
// to its Status (query::GetCategory); `*` accepts any category, but still
// wants one (an Unimplemented error is no pass). A failing query without a
// category fails the scenario, flagged `missing_category` so that
// progress reports can tell it from a wrong category. The phase is only
// reported. Every query runs under `timeout`; nothing is caught: the engine
// returns Status, the binary prints its error as JSON.
#ifndef KG_TESTS_TCK_SCENARIO_RUNNER_H_
#define KG_TESTS_TCK_SCENARIO_RUNNER_H_

#include <filesystem>
#include <string>

#include "absl/time/time.h"
#include "tests/tck/gherkin.h"

namespace kg::tck {

struct RunConfig {
  // Holds <name>/<name>.cypher for "Given the <name> graph".
  std::filesystem::path graphs_dir;
  absl::Duration timeout = absl::Seconds(10);
  // When set, statements run through this kg binary, with its scratch files
  // in work_dir (an existing folder).
  std::filesystem::path kg_binary;
  std::filesystem::path work_dir;
};

enum class Verdict { kPassed, kFailed, kSkipped };

struct Outcome {
  Verdict verdict = Verdict::kPassed;
  std::string reason;  // one line: why it failed or was skipped
  std::string detail;  // the query, expected and actual, for --verbose
  bool missing_category = false;
};

Outcome RunScenario(const Scenario& scenario, const RunConfig& config);

}  // namespace kg::tck

#endif  // KG_TESTS_TCK_SCENARIO_RUNNER_H_
