// The Cypher engine on the generated graph (default 1M nodes, 5M
// relationships): parse and plan, point lookup by name, 1-hop, 2-hop and
// *1..3 expansions from a looked-up node, a full label count, and
// ORDER BY ... LIMIT 10 over a label, and the storage issue's Q5-Q8: counts
// per label, a name prefix with top 10, top 10 by degree and co-mentioned
// people who met.
#include <random>
#include <string>

#include "bench/bench_util.h"
#include "benchmark/benchmark.h"
#include "query/engine.h"

namespace kg::bench {
namespace {

// Names of nodes that carry only the Person label.
std::vector<Value> PersonNames(int count) {
  GenSpec spec = SpecFromEnv();
  std::mt19937_64 rng(11);
  std::vector<Value> names;
  for (int i = 0; i < count; ++i) {
    uint64_t id = GeneratedPersonId(spec, rng());
    names.push_back(Value::String(GeneratedName(spec, id)));
  }
  return names;
}

void RunQuery(benchmark::State& state, const std::string& text,
              bool with_name) {
  query::Engine engine(&MutableSharedGraph());
  std::vector<Value> names = PersonNames(1024);
  size_t i = 0;
  uint64_t rows = 0;
  for (auto _ : state) {
    query::QueryOptions options;
    if (with_name) options.parameters["name"] = names[i++ % names.size()];
    absl::StatusOr<query::QueryResult> r = engine.Execute(text, options);
    if (!r.ok()) {
      state.SkipWithError(std::string(r.status().message()).c_str());
      return;
    }
    rows += r->rows.size();
    benchmark::DoNotOptimize(r);
  }
  state.counters["rows"] = static_cast<double>(rows) / state.iterations();
}

void BM_ParseAndPlan(benchmark::State& state) {
  RunQuery(state,
           "EXPLAIN MATCH (a:Person {name: $name})-[:WORKS_FOR]->(o) "
           "WHERE o.score > 10 RETURN o.name ORDER BY o.name LIMIT 5",
           true);
}
BENCHMARK(BM_ParseAndPlan);

void BM_PointLookupByName(benchmark::State& state) {
  RunQuery(state, "MATCH (n:Person {name: $name}) RETURN n.score", true);
}
BENCHMARK(BM_PointLookupByName);

void BM_OneHop(benchmark::State& state) {
  RunQuery(state, "MATCH (n:Person {name: $name})-->(m) RETURN m.name", true);
}
BENCHMARK(BM_OneHop);

void BM_TwoHop(benchmark::State& state) {
  RunQuery(state, "MATCH (n:Person {name: $name})-->()-->(m) RETURN count(m)",
           true);
}
BENCHMARK(BM_TwoHop);

void BM_VarLengthOneToThreeCount(benchmark::State& state) {
  RunQuery(state, "MATCH (n:Person {name: $name})-[*1..3]->(m) RETURN count(m)",
           true);
}
BENCHMARK(BM_VarLengthOneToThreeCount)->Unit(benchmark::kMicrosecond);

void BM_LabelCount(benchmark::State& state) {
  RunQuery(state, "MATCH (n:Person) RETURN count(n)", false);
}
BENCHMARK(BM_LabelCount)->Unit(benchmark::kMillisecond);

void BM_OrderByLimit10(benchmark::State& state) {
  RunQuery(state,
           "MATCH (n:Agency) RETURN n.name ORDER BY n.score DESC, n.name "
           "LIMIT 10",
           false);
}
BENCHMARK(BM_OrderByLimit10)->Unit(benchmark::kMillisecond);

// The Q5-Q8, as plain openCypher.
void BM_CountPerLabel(benchmark::State& state) {
  RunQuery(state,
           "MATCH (n) UNWIND labels(n) AS label "
           "RETURN label, count(*) AS count ORDER BY label",
           false);
}
BENCHMARK(BM_CountPerLabel)->Unit(benchmark::kMillisecond);

void BM_PrefixTop10(benchmark::State& state) {
  RunQuery(state,
           "MATCH (p:Person) WHERE p.name STARTS WITH 'Ale' "
           "RETURN p.name AS name ORDER BY name LIMIT 10",
           false);
}
BENCHMARK(BM_PrefixTop10)->Unit(benchmark::kMillisecond);

void BM_Top10ByDegree(benchmark::State& state) {
  RunQuery(state,
           "MATCH (e)-[:MENTIONED_IN]->(:Document) WITH e, count(*) AS "
           "mentions ORDER BY mentions DESC, e.name ASC LIMIT 10 "
           "RETURN e.name AS name, mentions",
           false);
}
BENCHMARK(BM_Top10ByDegree)->Unit(benchmark::kMillisecond);

void BM_CoMentionedWhoMet(benchmark::State& state) {
  RunQuery(state,
           "MATCH (p1:Person)-[:MENTIONED_IN]->(d:Document)"
           "<-[:MENTIONED_IN]-(p2:Person), (p1)-[:MET_WITH]->(p2) "
           "RETURN count(*) AS triples",
           false);
}
BENCHMARK(BM_CoMentionedWhoMet)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kg::bench
