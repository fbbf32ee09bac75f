// Query text executed against the fixed space graph (fuzz_util.h), with caps
// on rows, time and memory as `kg query --max-rows --timeout --max-memory`
// set them. Whatever the query, Execute returns rows or an error; a statement
// that fails leaves the graph as it was, which the target checks.
#include <cstddef>
#include <cstdint>

#include "absl/time/time.h"
#include "fuzz/fuzz_util.h"
#include "query/engine.h"

namespace {

// A tenth of libFuzzer's -timeout=1: a query the engine's own deadline does
// not stop within the second is a finding. (At 500 ms the corpus drifted to
// statements that run to the deadline, and executions fell below 300 a
// second.)
constexpr absl::Duration kTimeout = absl::Milliseconds(100);

kg::ValueMap Parameters() {
  kg::ValueMap p;
  p["x"] = kg::Value::Int(1);
  p["name"] = kg::Value::String("NASA");
  p["list"] = kg::Value::List(
      {kg::Value::Int(1), kg::Value::Float(2.5), kg::Value::String("a")});
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kg;
  static const std::string before = CanonicalDump(fuzz::SpaceGraph());
  Graph graph = fuzz::SpaceGraph();
  query::Engine engine(&graph);
  query::QueryOptions options;
  options.parameters = Parameters();
  options.timeout = kTimeout;
  options.max_rows = 1000;
  options.max_memory = uint64_t{64} << 20;
  absl::StatusOr<query::QueryResult> result =
      engine.Execute(fuzz::Text(data, size), options);
  if (!result.ok() && CanonicalDump(graph) != before) {
    fuzz::Fail("a failed statement changed the graph: " +
               result.status().ToString());
  }
  return 0;
}
