// Bytes through ReadJson, which takes both kg's JSON export and its JSON
// lines (the form is detected). A graph that reads must write back as JSON
// and as JSON lines, and both must read back to the same graph.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "fuzz/fuzz_util.h"
#include "graph/export.h"

namespace {

void RoundTrip(const kg::Graph& graph, const std::string& dump,
               absl::Status (*write)(const kg::Graph&, std::ostream&)) {
  std::ostringstream out;
  absl::Status written = write(graph, out);
  if (!written.ok()) kg::fuzz::Fail(written.ToString());
  absl::StatusOr<kg::Graph> again = kg::ReadJson(out.str(), "again");
  if (!again.ok()) kg::fuzz::Fail(again.status().ToString());
  if (kg::CanonicalDump(*again) != dump) {
    kg::fuzz::Fail("JSON round trip differs:\n" + dump + "\n---\n" +
                   kg::CanonicalDump(*again));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  absl::StatusOr<kg::Graph> graph =
      kg::ReadJson(kg::fuzz::Text(data, size), "fuzz");
  if (!graph.ok()) return 0;
  std::string dump = kg::CanonicalDump(*graph);
  RoundTrip(*graph, dump, kg::WriteJson);
  RoundTrip(*graph, dump, kg::WriteJsonLines);
  return 0;
}
