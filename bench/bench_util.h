// Shared pieces of the benchmarks: the size under test (KG_BENCH_NODES and
// KG_BENCH_RELS, default 1M nodes and 5M relationships), one generated graph
// built once per process, and heap measurement.
#ifndef KG_BENCH_BENCH_UTIL_H_
#define KG_BENCH_BENCH_UTIL_H_

#include <malloc.h>

#include <cstdlib>
#include <string>

#include "bench/generate.h"
#include "graph/graph.h"

namespace kg::bench {

inline GenSpec SpecFromEnv() {
  GenSpec spec;
  if (const char* n = std::getenv("KG_BENCH_NODES"))
    spec.nodes = std::stoull(n);
  if (const char* r = std::getenv("KG_BENCH_RELS")) {
    spec.relationships = std::stoull(r);
  }
  return spec;
}

// The generated graph of SpecFromEnv(), built on first use. Mutable for the
// query engine, which takes a Graph*; the benchmarks only read it.
inline Graph& MutableSharedGraph() {
  static Graph* const graph = [] {
    auto* g = new Graph();
    Generate(SpecFromEnv(), *g);
    return g;
  }();
  return *graph;
}
inline const Graph& SharedGraph() { return MutableSharedGraph(); }

// Bytes currently allocated from the heap.
inline size_t HeapInUse() {
  struct mallinfo2 mi = mallinfo2();
  return mi.uordblks + mi.hblkhd;
}

}  // namespace kg::bench

#endif  // KG_BENCH_BENCH_UTIL_H_
