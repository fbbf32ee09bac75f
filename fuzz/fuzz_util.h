// Helpers shared by the libFuzzer targets in fuzz/: the fixed graph the
// query targets run against, and the check that turns a broken invariant
// into a crash libFuzzer reports.
//
// The targets are built only with -DKG_FUZZ=ON (clang, see fuzz/CMakeLists.txt
// and tools/fuzz.sh); nothing here is part of kg itself.
#ifndef KG_FUZZ_FUZZ_UTIL_H_
#define KG_FUZZ_FUZZ_UTIL_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "graph/graph.h"

namespace kg::fuzz {

// The input as text.
inline std::string_view Text(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

// A broken invariant: print why and abort, so the input is kept as a crash.
[[noreturn]] inline void Fail(std::string_view what) {
  std::fprintf(stderr, "fuzz invariant broken: %.*s\n",
               static_cast<int>(what.size()), what.data());
  std::abort();
}

// The snapshot bytes of tests/queries/fixtures/space.cypher (four agencies,
// five people, WORKS_FOR and MET_WITH) run through the engine, made once.
// Each input decodes a fresh copy, so no input sees another's writes.
const std::string& SpaceSnapshot();

// A fresh copy of that graph.
Graph SpaceGraph();

}  // namespace kg::fuzz

#endif  // KG_FUZZ_FUZZ_UTIL_H_
