// Engine::Execute: parse -> bind -> plan -> pull rows, with the statement's
// writes committed at the end or rolled back on any error.
#include "query/engine.h"

#include <algorithm>
#include <new>

#include "absl/strings/str_cat.h"
#include "query/binder/binder.h"
#include "query/exec_context.h"
#include "query/functions/registry.h"
#include "query/memory_budget.h"
#include "query/mutations.h"
#include "query/parser.h"
#include "query/planner.h"

namespace kg::query {
namespace {

absl::Status Pull(const Plan& plan, ExecContext& ctx,
                  const QueryOptions& options, QueryResult& result) {
  Row row;
  while (true) {
    KG_RETURN_IF_ERROR(ctx.CheckInterrupt());
    KG_ASSIGN_OR_RETURN(bool more, plan.root->Next(ctx, row));
    if (!more) return absl::OkStatus();
    if (result.columns.empty()) continue;  // ends in an update: no rows
    if (options.max_rows != 0 && result.rows.size() >= options.max_rows) {
      return absl::ResourceExhaustedError(absl::StrCat(
          "the query returns more than ", options.max_rows, " rows"));
    }
    std::vector<Value> out;
    out.reserve(plan.output_slots.size());
    for (Slot s : plan.output_slots) out.push_back(row[s]);
    result.rows.push_back(std::move(out));
  }
}

}  // namespace

std::vector<std::string> FunctionNames() {
  std::vector<std::string> names;
  for (auto family :
       {GraphFunctions(), ListFunctions(), StringFunctions(), MathFunctions(),
        ConversionFunctions(), AggregateFunctions()}) {
    for (const Function& f : family) names.emplace_back(f.name);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

Engine::Engine(Graph* graph) : graph_(graph) {}

absl::StatusOr<QueryResult> Engine::Execute(std::string_view text,
                                            const QueryOptions& options) {
  KG_ASSIGN_OR_RETURN(std::unique_ptr<ast::Statement> statement, Parse(text));
  KG_ASSIGN_OR_RETURN(BoundQuery bound,
                      Bind(*statement, graph_, options.parameters));
  KG_ASSIGN_OR_RETURN(Plan plan, PlanQuery(bound, *graph_, text));
  QueryResult result;
  result.columns = bound.columns;
  if (bound.mode == ast::Statement::Mode::kExplain) {
    result.plan = PlanToString(*plan.root, false);
    return result;
  }
  Mutations mutations(graph_);
  ExecContext ctx(graph_, &mutations);
  ctx.cancel = options.cancel;
  ctx.memory = MemoryBudget(options.max_memory);
  ctx.profile = bound.mode == ast::Statement::Mode::kProfile;
  if (options.timeout != absl::InfiniteDuration()) {
    ctx.deadline = absl::Now() + options.timeout;
  }
  absl::Status status;
  try {
    status = Pull(plan, ctx, options, result);
  } catch (const std::bad_alloc&) {
    // What the budget did not foresee: one allocation larger than the
    // machine has. Nothing else throws; no exception leaves the engine.
    status = absl::ResourceExhaustedError(
        "the statement needs more memory than the machine has");
  }
  if (!status.ok()) {
    mutations.Rollback();
    return status;
  }
  KG_RETURN_IF_ERROR(mutations.Commit());
  result.side_effects = mutations.side_effects();
  if (ctx.profile) result.plan = PlanToString(*plan.root, true);
  return result;
}

}  // namespace kg::query
