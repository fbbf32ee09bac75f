#include "fuzz/fuzz_util.h"

#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "graph/snapshot.h"
#include "query/engine.h"
#include "query/statements.h"

namespace kg::fuzz {

const std::string& SpaceSnapshot() {
  static const std::string* const bytes = [] {
    std::string path =
        absl::StrCat(KG_SOURCE_DIR, "/tests/queries/fixtures/space.cypher");
    std::ifstream in(path, std::ios::binary);
    if (!in) Fail(absl::StrCat("cannot read ", path));
    std::stringstream script;
    script << in.rdbuf();
    std::string text = script.str();
    Graph graph;
    query::Engine engine(&graph);
    for (const query::StatementText& s : query::SplitStatements(text)) {
      absl::StatusOr<query::QueryResult> r = engine.Execute(s.text);
      if (!r.ok()) Fail(r.status().ToString());
    }
    return new std::string(EncodeSnapshot(graph));
  }();
  return *bytes;
}

Graph SpaceGraph() {
  absl::StatusOr<Graph> graph = DecodeSnapshot(SpaceSnapshot());
  if (!graph.ok()) Fail(graph.status().ToString());
  return std::move(*graph);
}

}  // namespace kg::fuzz
