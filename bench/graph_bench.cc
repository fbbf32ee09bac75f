// Graph core: insertion, index lookup, adjacency, and memory per element.
#include <random>

#include "absl/strings/str_cat.h"
#include "bench/bench_util.h"
#include "benchmark/benchmark.h"

namespace kg::bench {
namespace {

void BM_AddNode(benchmark::State& state) {
  Graph g;
  LabelId person = g.InternLabel("Person");
  uint64_t i = 0;
  for (auto _ : state) {
    NodeId n = g.AddNode({person});
    benchmark::DoNotOptimize(
        g.SetProperty(n, g.name_key(), Value::String(absl::StrCat("p", i++))));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AddNode);

void BM_AddRelationship(benchmark::State& state) {
  Graph g;
  constexpr uint64_t kNodes = 100'000;
  for (uint64_t i = 0; i < kNodes; ++i) g.AddNode();
  TypeId t = g.InternType("T");
  std::mt19937_64 rng(1);
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        g.AddRelationship(NodeId{rng() % kNodes}, NodeId{rng() % kNodes}, t));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AddRelationship);

void BM_IndexLookupByName(benchmark::State& state) {
  const Graph& g = SharedGraph();
  GenSpec spec = SpecFromEnv();
  std::mt19937_64 rng(7);
  std::vector<std::pair<LabelId, Value>> probes;
  for (int i = 0; i < 4096; ++i) {
    uint64_t id = rng() % spec.nodes;
    probes.emplace_back(g.Labels(NodeId{id})[0],
                        Value::String(GeneratedName(spec, id)));
  }
  size_t i = 0;
  for (auto _ : state) {
    const auto& [label, name] = probes[i++ % probes.size()];
    auto found = g.FindNodes(label, g.name_key(), name);
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_IndexLookupByName);

void BM_ExpandOut(benchmark::State& state) {
  const Graph& g = SharedGraph();
  uint64_t n = g.node_id_limit();
  std::mt19937_64 rng(9);
  uint64_t edges = 0;
  for (auto _ : state) {
    g.ForEachOut(NodeId{rng() % n}, [&](RelId, NodeId) { ++edges; });
  }
  state.counters["edges_per_node"] =
      static_cast<double>(edges) / state.iterations();
}
BENCHMARK(BM_ExpandOut);

// Heap bytes per node (with labels, name and one more property) and per
// relationship (with one property), including every index.
void BM_MemoryPerElement(benchmark::State& state) {
  GenSpec spec = SpecFromEnv();
  for (auto _ : state) {
    size_t before = HeapInUse();
    Graph g;
    GenSpec nodes_only = spec;
    nodes_only.relationships = 0;
    Generate(nodes_only, g);
    size_t with_nodes = HeapInUse();
    Graph g2;
    Generate(spec, g2);
    size_t with_all = HeapInUse();
    state.counters["bytes_per_node"] =
        static_cast<double>(with_nodes - before) / spec.nodes;
    state.counters["bytes_per_rel"] =
        static_cast<double>(with_all - with_nodes - (with_nodes - before)) /
        spec.relationships;
  }
}
BENCHMARK(BM_MemoryPerElement)->Iterations(1)->Unit(benchmark::kSecond);

}  // namespace
}  // namespace kg::bench
