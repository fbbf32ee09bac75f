// Query text through the lexer, the parser, the binder and the planner, with
// no execution: whatever the text, each stage returns a value or an error.
// The AST dump and the EXPLAIN text are made too, as both walk the trees.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_util.h"
#include "query/ast.h"
#include "query/binder/binder.h"
#include "query/parser.h"
#include "query/planner.h"

namespace {

kg::ValueMap Parameters() {
  kg::ValueMap p;
  p["x"] = kg::Value::Int(1);
  p["name"] = kg::Value::String("NASA");
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kg;
  std::string_view text = fuzz::Text(data, size);
  absl::StatusOr<std::unique_ptr<query::ast::Statement>> statement =
      query::Parse(text);
  if (!statement.ok()) return 0;
  (void)query::ast::Dump(**statement);
  Graph graph = fuzz::SpaceGraph();
  absl::StatusOr<query::BoundQuery> bound =
      query::Bind(**statement, &graph, Parameters());
  if (!bound.ok()) return 0;
  absl::StatusOr<query::Plan> plan = query::PlanQuery(*bound, graph, text);
  if (!plan.ok()) return 0;
  (void)query::PlanToString(*plan->root, false);
  return 0;
}
