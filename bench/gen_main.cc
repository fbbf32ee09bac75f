// kg_gen DIR [NODES RELS [SEED]]: writes a generated graph as neo4j-admin CSV.
#include <iostream>
#include <string>

#include "bench/generate.h"

int main(int argc, char** argv) {
  // A folder named like an option is a mistake ("kg_gen --help"), not a
  // place to write two CSV files.
  if ((argc != 2 && argc != 4 && argc != 5) || argv[1][0] == '-') {
    std::cerr << "usage: kg_gen DIR [NODES RELS [SEED]]\n";
    return 2;
  }
  kg::bench::GenSpec spec;
  try {
    if (argc >= 4) {
      spec.nodes = std::stoull(argv[2]);
      spec.relationships = std::stoull(argv[3]);
    }
    if (argc == 5) spec.seed = std::stoull(argv[4]);
  } catch (const std::exception&) {
    std::cerr << "kg_gen: NODES, RELS and SEED must be numbers\n";
    return 2;
  }
  if (spec.nodes == 0 && spec.relationships > 0) {
    std::cerr << "kg_gen: relationships need nodes\n";
    return 2;
  }
  absl::Status s = kg::bench::WriteCsv(spec, argv[1]);
  if (!s.ok()) {
    std::cerr << "kg_gen: " << s.message() << "\n";
    return 1;
  }
  return 0;
}
