// Snapshot save and load of the generated graph (default 1M nodes, 5M
// relationships).
#include <unistd.h>

#include <cstdio>
#include <string>

#include "bench/bench_util.h"
#include "benchmark/benchmark.h"
#include "graph/snapshot.h"

namespace kg::bench {
namespace {

std::string SnapshotPath() {
  return "/tmp/kg_bench_" + std::to_string(getpid()) + ".kg";
}

void BM_SnapshotEncode(benchmark::State& state) {
  const Graph& g = SharedGraph();
  size_t bytes = 0;
  for (auto _ : state) {
    std::string s = EncodeSnapshot(g);
    bytes = s.size();
    benchmark::DoNotOptimize(s);
  }
  state.counters["file_MB"] = bytes / 1e6;
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_SnapshotEncode)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_SnapshotSave(benchmark::State& state) {
  const Graph& g = SharedGraph();
  std::string path = SnapshotPath();
  for (auto _ : state) {
    absl::Status s = SaveSnapshot(g, path);
    if (!s.ok()) state.SkipWithError(std::string(s.message()).c_str());
  }
  std::remove(path.c_str());
}
BENCHMARK(BM_SnapshotSave)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_SnapshotLoad(benchmark::State& state) {
  const Graph& g = SharedGraph();
  std::string path = SnapshotPath();
  if (absl::Status s = SaveSnapshot(g, path); !s.ok()) {
    state.SkipWithError(std::string(s.message()).c_str());
    return;
  }
  for (auto _ : state) {
    size_t before = HeapInUse();
    absl::StatusOr<Graph> loaded = LoadSnapshot(path);
    if (!loaded.ok()) state.SkipWithError("load failed");
    // Heap held by the loaded graph: what a user's process pays for it.
    state.counters["heap_MB"] = (HeapInUse() - before) / 1e6;
    benchmark::DoNotOptimize(loaded);
  }
  std::remove(path.c_str());
}
BENCHMARK(BM_SnapshotLoad)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace kg::bench
