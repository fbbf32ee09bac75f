// neo4j-admin CSV import of the generated graph (default 1M nodes, 5M
// relationships), files written once per process.
#include <unistd.h>

#include <filesystem>
#include <string>

#include "bench/bench_util.h"
#include "benchmark/benchmark.h"
#include "graph/csv_io.h"

namespace kg::bench {
namespace {

void BM_CsvImport(benchmark::State& state) {
  GenSpec spec = SpecFromEnv();
  std::string dir = "/tmp/kg_bench_csv_" + std::to_string(getpid());
  if (absl::Status s = WriteCsv(spec, dir); !s.ok()) {
    state.SkipWithError(std::string(s.message()).c_str());
    return;
  }
  uint64_t bytes = std::filesystem::file_size(dir + "/nodes.csv") +
                   std::filesystem::file_size(dir + "/relationships.csv");
  for (auto _ : state) {
    Graph g;
    absl::StatusOr<CsvImportReport> report =
        ImportCsv(g, {dir + "/nodes.csv"}, {dir + "/relationships.csv"}, {});
    if (!report.ok()) {
      state.SkipWithError(std::string(report.status().message()).c_str());
      break;
    }
    benchmark::DoNotOptimize(g);
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_CsvImport)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace kg::bench
