// The Cypher script export read back as a user would: `kg export --format
// cypher` then `kg run` of the script on an empty graph, i.e. each statement
// of WriteCypher's output through the engine. 200 random graphs
// (tests/graph/random_graph.h, fixed seeds) come back with the same nodes,
// labels, properties and relationships.
#include <sstream>
#include <string>

#include "graph/export.h"
#include "gtest/gtest.h"
#include "query/engine.h"
#include "query/statements.h"
#include "tests/graph/random_graph.h"

namespace kg::query {
namespace {

constexpr uint64_t kGraphs = 200;

// Runs every statement of `script` on `graph`; the first error, if any.
absl::Status RunScript(std::string_view script, Graph& graph) {
  Engine engine(&graph);
  for (const StatementText& s : SplitStatements(script)) {
    absl::StatusOr<QueryResult> r = engine.Execute(s.text);
    if (!r.ok()) return InScript(r.status(), s);
  }
  return absl::OkStatus();
}

TEST(CypherRoundTripPropertyTest, ScriptRebuildsEveryGraph) {
  for (uint64_t seed = 0; seed < kGraphs; ++seed) {
    SCOPED_TRACE(seed);
    Graph g = random_graph::RandomGraph(seed);
    std::ostringstream script;
    ASSERT_TRUE(WriteCypher(g, script).ok());
    Graph back;
    absl::Status run = RunScript(script.str(), back);
    ASSERT_TRUE(run.ok()) << run << "\n" << script.str();
    EXPECT_EQ(random_graph::GraphDiff(g, back), "") << script.str();
  }
}

}  // namespace
}  // namespace kg::query
