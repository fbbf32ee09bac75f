// Extraction throughput on real text: the 20 Newsgroups sample in
// ../shared/corpora/20news (or $KG_BENCH_CORPUS), read once, then extracted
// with 1 and 2 threads. Reports bytes/second (MB/s) of document text; the
// issue's target is 20 MB/s per core.
#include <cstdlib>
#include <memory>
#include <string>

#include "benchmark/benchmark.h"
#include "extract/corpus/parallel.h"
#include "extract/extractor.h"
#include "extract/read/document.h"

namespace kg {
namespace {

struct Corpus {
  std::unique_ptr<Extractor> extractor;
  DocumentSet docs;
  size_t bytes = 0;
  std::string error;
};

const Corpus& GetCorpus() {
  static Corpus* corpus = [] {
    auto* c = new Corpus();
    const char* env = std::getenv("KG_BENCH_CORPUS");
    std::string path =
        env && *env ? env
                    : std::string(KG_SOURCE_DIR) + "/../shared/corpora/20news";
    auto x = Extractor::Load(DefaultLexiconDir(), DefaultRulesDir());
    if (!x.ok()) {
      c->error = std::string(x.status().message());
      return c;
    }
    c->extractor = *std::move(x);
    auto docs = ReadDocuments({path});
    if (!docs.ok()) {
      c->error = std::string(docs.status().message());
      return c;
    }
    c->docs = *std::move(docs);
    for (const Document& d : c->docs.documents) c->bytes += d.text.size();
    return c;
  }();
  return *corpus;
}

void BM_ExtractCorpus(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  if (!c.error.empty() || c.docs.documents.empty()) {
    state.SkipWithError(c.error.empty() ? "corpus is empty" : c.error.c_str());
    return;
  }
  const int threads = static_cast<int>(state.range(0));
  for (auto _ : state) {
    std::vector<DocFacts> facts =
        ExtractAll(*c.extractor, c.docs.documents, threads);
    benchmark::DoNotOptimize(facts.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(c.bytes));
  state.counters["documents"] = static_cast<double>(c.docs.documents.size());
}
BENCHMARK(BM_ExtractCorpus)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
}  // namespace kg
