// A deterministic generator of synthetic graphs shaped like kg's news graphs
// (people, organisations, spacecraft, places and events, several labels per
// node, a handful of properties, skewed degrees) at any size, for the
// benchmarks. Same seed, same graph, same files.
#ifndef KG_BENCH_GENERATE_H_
#define KG_BENCH_GENERATE_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "graph/graph.h"

namespace kg::bench {

struct GenSpec {
  uint64_t nodes = 1'000'000;
  uint64_t relationships = 5'000'000;
  uint64_t seed = 42;
};

// The name of generated node i ("Person 17"), unique per node.
std::string GeneratedName(const GenSpec& spec, uint64_t i);

// The id of the k-th node that carries only the Person label.
uint64_t GeneratedPersonId(const GenSpec& spec, uint64_t k);

// Fills an empty graph.
void Generate(const GenSpec& spec, Graph& graph);

// Writes the same graph as neo4j-admin CSV: dir/nodes.csv and
// dir/relationships.csv.
absl::Status WriteCsv(const GenSpec& spec, const std::string& dir);

}  // namespace kg::bench

#endif  // KG_BENCH_GENERATE_H_
