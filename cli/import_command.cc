// `kg import`: neo4j-admin CSV (or a kg JSON export) into a snapshot.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "graph/csv_io.h"
#include "graph/export.h"
#include "graph/snapshot.h"

namespace kg::cli {
namespace {

absl::StatusOr<Graph> ImportJsonFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  std::stringstream buf;
  buf << in.rdbuf();
  return ReadJson(buf.str(), path);
}

absl::StatusOr<char> OneChar(const std::string& flag, const std::string& s) {
  if (s == "\\t" || s == "TAB") return '\t';
  if (s.size() != 1) {
    return absl::InvalidArgumentError(
        absl::StrCat(flag, " must be one character, got '", s, "'"));
  }
  return s[0];
}

// The array delimiter a kg export chose, from the neo4j-admin command line
// it wrote into import.txt beside its CSV files; nullopt when there is none.
std::optional<std::string> ExportedArrayDelimiter(const std::string& csv) {
  std::filesystem::path dir = std::filesystem::path(csv).parent_path();
  std::ifstream in(dir / "import.txt", std::ios::binary);
  std::string line;
  const std::string flag = "--array-delimiter='";
  while (std::getline(in, line)) {
    size_t at = line.find(flag);
    if (at == std::string::npos) continue;
    size_t begin = at + flag.size();
    size_t end = line.find('\'', begin);
    if (end == std::string::npos) return std::nullopt;
    return line.substr(begin, end - begin);
  }
  return std::nullopt;
}

}  // namespace

int RunImport(const ImportOptions& options) {
  if (options.out.empty()) return Fail("no output given: use -o FILE.kg");
  Graph& graph = ProcessLifetimeGraph();
  if (!options.json.empty()) {
    if (!options.nodes.empty() || !options.relationships.empty()) {
      return Fail("give either --json or --nodes/--relationships, not both");
    }
    absl::StatusOr<Graph> g = ImportJsonFile(options.json);
    if (!g.ok()) return Fail(g.status());
    graph = std::move(*g);
  } else {
    if (options.nodes.empty()) {
      return Fail(
          "nothing to import: give --nodes FILE (and --relationships FILE)");
    }
    CsvImportOptions csv;
    csv.skip_bad_rows = options.skip_bad_rows;
    csv.threads = Threads(options.threads);
    absl::StatusOr<char> d = OneChar("--delimiter", options.delimiter);
    if (!d.ok()) return Fail(d.status());
    std::string array_delimiter = options.array_delimiter;
    if (array_delimiter.empty()) {
      array_delimiter = ExportedArrayDelimiter(options.nodes[0]).value_or(";");
    }
    absl::StatusOr<char> a = OneChar("--array-delimiter", array_delimiter);
    if (!a.ok()) return Fail(a.status());
    csv.delimiter = *d;
    csv.array_delimiter = *a;
    absl::StatusOr<CsvImportReport> report =
        ImportCsv(graph, options.nodes, options.relationships, csv);
    if (!report.ok()) return Fail(report.status());
    for (const std::string& e : report->errors) {
      std::cerr << "kg: skipped: " << e << "\n";
    }
    std::cerr << "imported " << report->nodes << " nodes, "
              << report->relationships << " relationships";
    if (report->skipped_rows > 0) {
      std::cerr << "; skipped " << report->skipped_rows << " bad rows";
    }
    std::cerr << "\n";
  }
  absl::Status s = SaveSnapshot(graph, options.out);
  if (!s.ok()) return Fail(s);
  std::cerr << "wrote " << options.out << " (" << graph.node_count()
            << " nodes, " << graph.relationship_count() << " relationships)\n";
  return 0;
}

}  // namespace kg::cli
