// Bytes through the neo4j-admin CSV importer. The input is split at NUL
// bytes (which CSV text cannot hold): the first part is a node file, the
// next ones relationship files. A leading '!' turns on skip_bad_rows. The
// parts are written to files in /dev/shm (ImportCsv reads files); a failed
// import must leave the graph unchanged.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "fuzz/fuzz_util.h"
#include "graph/csv_io.h"

namespace {

void WriteFile(const std::string& path, std::string_view bytes) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) kg::fuzz::Fail(absl::StrCat("cannot write ", path));
  if (!bytes.empty()) std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
}

constexpr size_t kMaxFiles = 4;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kg;
  static const std::string dir = [] {
    std::string d = absl::StrCat("/dev/shm/kg-csv-fuzz-", getpid());
    std::string mk = absl::StrCat("mkdir -p ", d);
    if (std::system(mk.c_str()) != 0) fuzz::Fail("mkdir " + d);
    return d;
  }();
  std::string_view input = fuzz::Text(data, size);
  CsvImportOptions options;
  if (!input.empty() && input[0] == '!') {
    options.skip_bad_rows = true;
    input.remove_prefix(1);
  }
  std::vector<std::string> nodes, rels;
  for (size_t i = 0; i < kMaxFiles; ++i) {
    size_t end = input.find('\0');
    std::string path = absl::StrCat(dir, "/", i, ".csv");
    WriteFile(path, input.substr(0, end));
    (i == 0 ? nodes : rels).push_back(path);
    if (end == std::string_view::npos) break;
    input.remove_prefix(end + 1);
  }
  Graph graph;
  graph.AddNode();  // something an import must keep
  std::string before = CanonicalDump(graph);
  absl::StatusOr<CsvImportReport> report =
      ImportCsv(graph, nodes, rels, options);
  if (!report.ok() && CanonicalDump(graph) != before) {
    fuzz::Fail("a failed import changed the graph");
  }
  return 0;
}
