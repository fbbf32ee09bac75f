// The in-process backend: one Graph and Engine per scenario.
#include "tests/tck/backend.h"

#include <fstream>
#include <sstream>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "graph/graph.h"
#include "query/source_span.h"
#include "tests/tck/canonical.h"

namespace kg::tck {
namespace {

class InProcessBackend : public Backend {
 public:
  explicit InProcessBackend(absl::Duration timeout)
      : timeout_(timeout), engine_(&graph_) {}

  absl::Status Setup(std::string_view statement) override {
    query::QueryOptions options;
    options.timeout = timeout_;
    return engine_.Execute(statement, options).status();
  }

  absl::Status LoadScript(const std::filesystem::path& script) override {
    std::ifstream in(script);
    if (!in) return absl::NotFoundError("no graph file " + script.string());
    std::stringstream text;
    text << in.rdbuf();
    const std::string body = text.str();
    // The graph scripts end with ';', which is not part of a statement.
    absl::string_view statement = absl::StripAsciiWhitespace(body);
    absl::ConsumeSuffix(&statement, ";");
    return Setup(std::string_view(statement.data(), statement.size()));
  }

  QueryRun Execute(std::string_view query,
                   const std::vector<Parameter>& parameters) override {
    query::QueryOptions options;
    for (const Parameter& p : parameters) options.parameters[p.name] = p.value;
    options.timeout = timeout_;
    absl::StatusOr<query::QueryResult> result = engine_.Execute(query, options);
    QueryRun run;
    if (!result.ok()) {
      run.status = result.status();
      run.category = query::GetCategory(run.status);
      run.timed_out = run.status.code() == absl::StatusCode::kDeadlineExceeded;
      return run;
    }
    run.side_effects = result->side_effects;
    run.cells.columns = run.sorted_cells.columns = result->columns;
    for (const auto& row : result->rows) {
      std::vector<std::string>& plain = run.cells.rows.emplace_back();
      std::vector<std::string>& sorted = run.sorted_cells.rows.emplace_back();
      for (const Value& v : row) {
        plain.push_back(Canonical(graph_, v));
        sorted.push_back(Canonical(graph_, v, /*sort_lists=*/true));
      }
    }
    return run;
  }

 private:
  const absl::Duration timeout_;
  Graph graph_;
  query::Engine engine_;
};

}  // namespace

std::unique_ptr<Backend> NewInProcessBackend(absl::Duration timeout) {
  return std::make_unique<InProcessBackend>(timeout);
}

}  // namespace kg::tck
