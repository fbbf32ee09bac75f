// `kg query`: runs Cypher against a snapshot (or an empty in-memory graph)
// and prints each result. Statements come from the command line or from a
// file (-f), several separated by ';'. Writes are saved back to the snapshot
// only with --write, atomically, after every statement succeeded; --write
// creates a snapshot that does not exist yet.
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/dot_render.h"
#include "cli/error_render.h"
#include "cli/hints.h"
#include "cli/result_format.h"
#include "graph/snapshot.h"
#include "query/engine.h"
#include "query/statements.h"

namespace kg::cli {
namespace {

std::atomic<bool> g_cancel{false};

// The first Ctrl-C cancels the running query (kg then exits with 130, as a
// shell reports SIGINT); a second one ends kg at once.
void OnInterrupt(int) {
  if (g_cancel.exchange(true)) std::_Exit(130);
}

// "Did you mean" for a statement that failed or found nothing.
void PrintHints(const Graph& graph, std::string_view text,
                const absl::Status& status) {
  for (const std::string& hint : DidYouMean(graph, text, status)) {
    std::cerr << "kg: hint: " << hint << "\n";
  }
}

}  // namespace

int RunQuery(const QueryCommandOptions& options) {
  if (options.query.empty() == options.file.empty()) {
    return Fail("give either a query or -f FILE");
  }
  if (options.write && options.graph.empty()) {
    return Fail("--write needs a snapshot to write to: use -g FILE.kg");
  }
  if (!options.render.empty()) {
    if (options.out.empty()) return Fail("--render needs a file: use -o FILE");
    if (!options.format.empty() && options.format != "dot") {
      return Fail("--render draws a diagram: leave out --format or use dot");
    }
  }
  absl::StatusOr<ResultFormat> format =
      ParseResultFormat(options.render.empty() ? options.format : "dot",
                        isatty(STDOUT_FILENO) == 1 && options.out.empty());
  if (!format.ok()) return Fail(format.status());
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!options.out.empty() && options.render.empty()) {
    file.open(options.out, std::ios::binary | std::ios::trunc);
    if (!file) return Fail(absl::StrCat("cannot write ", options.out));
    out = &file;
  }

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
  if (!options.max_memory.empty()) {
    absl::StatusOr<uint64_t> bytes = ParseByteSize(options.max_memory);
    if (!bytes.ok()) return Fail(bytes.status());
    run.max_memory = *bytes;
  }
  run.cancel = &g_cancel;

  std::string source = options.file.empty() ? "query" : options.file;
  std::string script = options.query;
  if (!options.file.empty()) {
    absl::StatusOr<std::string> text = ReadTextFile(options.file);
    if (!text.ok()) return Fail(text.status());
    script = std::move(*text);
  }

  Graph& graph = ProcessLifetimeGraph();
  // With --write, a snapshot that does not exist yet is created: a script
  // can build a new graph. Without it a missing file stays an error, so
  // that a misspelt path is not read as an empty graph.
  bool create = options.write && !options.graph.empty() &&
                !std::filesystem::exists(options.graph);
  if (!options.graph.empty() && !create) {
    absl::StatusOr<Graph> loaded = LoadGraph(options.graph);
    if (!loaded.ok()) return Fail(loaded.status());
    graph = std::move(*loaded);
  }
  query::Engine engine(&graph);
  std::signal(SIGINT, OnInterrupt);

  bool changed = false, failed = false;
  // DOT draws every statement's nodes, relationships and paths as one
  // diagram, written (or rendered) after the last statement.
  DiagramElements diagram;
  // Statement headers go with the human formats only: JSON and CSV output
  // stays machine-readable.
  bool headers = options.echo_statements && (*format == ResultFormat::kTable);
  for (const query::StatementText& statement : query::SplitStatements(script)) {
    if (headers) {
      *out << "// " << source << ":" << statement.start.line << "\n"
           << statement.text << ";\n";
    }
    absl::Time start = absl::Now();
    absl::StatusOr<query::QueryResult> result =
        engine.Execute(statement.text, run);
    if (!result.ok() && g_cancel.load()) {
      // Ctrl-C: stop here, with the status a shell gives SIGINT.
      out->flush();
      std::cerr << "kg: statement cancelled\n";
      return 130;
    }
    if (!result.ok()) {
      absl::Status error = query::InScript(result.status(), statement);
      if (*format == ResultFormat::kJson || *format == ResultFormat::kJsonl) {
        WriteJsonError(error, *out);
      }
      out->flush();
      std::cerr << RenderQueryError(error, source, script);
      PrintHints(graph, statement.text, result.status());
      failed = true;
      if (!options.continue_on_error) return 1;
      if (headers) *out << "\n";
      continue;
    }
    // A statement without RETURN has no columns, and so no rows to show.
    if (result->columns.empty()) result->rows.clear();
    changed |= result->side_effects != query::SideEffects{};
    if (result->rows.empty() && result->side_effects == query::SideEffects{}) {
      out->flush();
      PrintHints(graph, statement.text, absl::OkStatus());
    }
    if (*format == ResultFormat::kDot) {
      diagram.Add(graph, *result);
      continue;
    }
    if (!result->plan.empty()) *out << result->plan;
    absl::Status s =
        WriteResult(*format, graph, *result, absl::Now() - start, *out);
    if (!s.ok()) return Fail(s);
    if (headers) *out << "\n";
  }
  if (*format == ResultFormat::kDot && (!failed || options.continue_on_error)) {
    std::ostringstream dot;
    absl::Status s = diagram.WriteDot(graph, dot);
    if (!s.ok()) return Fail(s);
    if (!options.render.empty()) {
      s = RenderDot(dot.str(), options.render, options.out);
      if (!s.ok()) return Fail(s);
      std::cerr << "wrote " << options.out << "\n";
    } else {
      *out << dot.str();
    }
  }
  out->flush();
  if (!*out) return Fail("cannot write the output");
  if (options.write && (changed || create)) {
    absl::Status s = SaveSnapshot(graph, options.graph);
    if (!s.ok()) return Fail(s);
    std::cerr << "wrote " << options.graph << "\n";
  }
  return failed ? 1 : 0;
}

}  // namespace kg::cli
