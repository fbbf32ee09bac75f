// The CSV tests' fixture: a fresh directory per test, files written and
// read there, imports by file name and errors with the directory taken out.
#ifndef KG_TESTS_GRAPH_CSV_FILES_FIXTURE_H_
#define KG_TESTS_GRAPH_CSV_FILES_FIXTURE_H_

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "graph/csv_io.h"
#include "graph/graph.h"
#include "gtest/gtest.h"

namespace kg {

// A fresh directory per test, for the files it writes.
class CsvFilesTest : public testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = testing::TempDir() + "kg_csv_XXXXXX";
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Path(std::string_view name) const {
    return absl::StrCat(dir_, "/", absl::string_view(name.data(), name.size()));
  }

  std::string Write(std::string_view name, std::string_view text) const {
    std::string path = Path(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }

  std::string Read(std::string_view name) const {
    std::ifstream in(Path(name), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

  // Imports files of the test directory, by name.
  absl::StatusOr<CsvImportReport> Import(
      Graph& graph, const std::vector<std::string>& nodes,
      const std::vector<std::string>& rels = {},
      const CsvImportOptions& options = {}) const {
    std::vector<std::string> node_paths, rel_paths;
    for (const auto& n : nodes) node_paths.push_back(Path(n));
    for (const auto& r : rels) rel_paths.push_back(Path(r));
    return ImportCsv(graph, node_paths, rel_paths, options);
  }

  // Text with the test directory taken out of paths: "nodes.csv:3: ...".
  std::string Relative(absl::string_view text) const {
    return absl::StrReplaceAll(text, {{dir_ + "/", ""}});
  }

  // The error of an import that must fail, relative.
  std::string ImportError(const std::vector<std::string>& nodes,
                          const std::vector<std::string>& rels = {}) const {
    Graph graph;
    absl::StatusOr<CsvImportReport> report = Import(graph, nodes, rels);
    if (report.ok()) return "import succeeded";
    return Relative(report.status().message());
  }

  std::string dir_;
};

}  // namespace kg

#endif  // KG_TESTS_GRAPH_CSV_FILES_FIXTURE_H_
