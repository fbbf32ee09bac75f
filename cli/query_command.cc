// `kg query`: runs Cypher against a snapshot (or an empty in-memory graph)
// and prints each result. Statements come from the command line or from a
// file (-f), several separated by ';'. Writes are saved back to the snapshot
// only with --write, atomically, after every statement succeeded.
#include <unistd.h>

#include <csignal>
#include <fstream>
#include <iostream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/error_render.h"
#include "cli/result_format.h"
#include "graph/snapshot.h"
#include "query/engine.h"
#include "query/statements.h"

namespace kg::cli {
namespace {

std::atomic<bool> g_cancel{false};

// The first Ctrl-C cancels the running query; a second one ends kg.
void OnInterrupt(int) {
  if (g_cancel.exchange(true)) std::_Exit(130);
}

// A parameter's value is a Cypher expression evaluated on an empty graph:
// --param name=\"'NASA'\", --param year=2018, --param ids=[1,2].
absl::StatusOr<std::pair<std::string, Value>> ParseParam(
    const std::string& spec) {
  size_t eq = spec.find('=');
  if (eq == std::string::npos || eq == 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--param ", spec, ": expected name=value, e.g. name=\"'NASA'\""));
  }
  std::string name = spec.substr(0, eq);
  std::string text = spec.substr(eq + 1);
  Graph scratch;
  query::Engine engine(&scratch);
  absl::StatusOr<query::QueryResult> r =
      engine.Execute(absl::StrCat("RETURN ", text, " AS value"));
  if (!r.ok() || r->rows.size() != 1 || r->rows[0].size() != 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("--param ", name, ": '", text,
                     "' is not a Cypher value (strings need quotes: ", name,
                     "=\"'", text, "'\")"));
  }
  return std::make_pair(name, r->rows[0][0]);
}

absl::StatusOr<std::string> ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace

int RunQuery(const QueryCommandOptions& options) {
  if (options.query.empty() == options.file.empty()) {
    return Fail("give either a query or -f FILE");
  }
  if (options.write && options.graph.empty()) {
    return Fail("--write needs a snapshot to write to: use -g FILE.kg");
  }
  absl::StatusOr<ResultFormat> format =
      ParseResultFormat(options.format, isatty(STDOUT_FILENO) == 1);
  if (!format.ok()) return Fail(format.status());

  query::QueryOptions run;
  for (const std::string& spec : options.params) {
    auto param = ParseParam(spec);
    if (!param.ok()) return Fail(param.status());
    run.parameters[param->first] = param->second;
  }
  if (options.timeout_seconds > 0) {
    run.timeout = absl::Seconds(options.timeout_seconds);
  }
  run.max_rows = options.max_rows;
  run.cancel = &g_cancel;

  std::string source = options.file.empty() ? "query" : options.file;
  std::string script = options.query;
  if (!options.file.empty()) {
    absl::StatusOr<std::string> text = ReadText(options.file);
    if (!text.ok()) return Fail(text.status());
    script = std::move(*text);
  }

  Graph graph;
  if (!options.graph.empty()) {
    absl::StatusOr<Graph> loaded = LoadGraph(options.graph);
    if (!loaded.ok()) return Fail(loaded.status());
    graph = std::move(*loaded);
  }
  query::Engine engine(&graph);
  std::signal(SIGINT, OnInterrupt);

  bool changed = false, failed = false;
  // Statement headers go with the human formats only: JSON and CSV output
  // stays machine-readable.
  bool headers = options.echo_statements && (*format == ResultFormat::kTable);
  for (const query::StatementText& statement : query::SplitStatements(script)) {
    if (headers) {
      std::cout << "// " << source << ":" << statement.start.line << "\n"
                << statement.text << ";\n";
    }
    absl::Time start = absl::Now();
    absl::StatusOr<query::QueryResult> result =
        engine.Execute(statement.text, run);
    if (!result.ok()) {
      std::cout.flush();
      std::cerr << RenderQueryError(query::InScript(result.status(), statement),
                                    source, script);
      failed = true;
      if (!options.continue_on_error) return 1;
      if (headers) std::cout << "\n";
      continue;
    }
    // A statement without RETURN has no columns, and so no rows to show.
    if (result->columns.empty()) result->rows.clear();
    changed |= result->side_effects != query::SideEffects{};
    if (!result->plan.empty()) std::cout << result->plan;
    absl::Status s =
        WriteResult(*format, graph, *result, absl::Now() - start, std::cout);
    if (!s.ok()) return Fail(s);
    if (headers) std::cout << "\n";
  }
  if (options.write && changed) {
    absl::Status s = SaveSnapshot(graph, options.graph);
    if (!s.ok()) return Fail(s);
    std::cerr << "wrote " << options.graph << "\n";
  }
  return failed ? 1 : 0;
}

}  // namespace kg::cli
