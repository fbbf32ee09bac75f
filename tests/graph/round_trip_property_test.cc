// Property-based round trips: 200 random graphs (random_graph.h, fixed
// seeds) through every export that kg can read back -- snapshot, JSON, JSON
// lines, neo4j-admin CSV -- come back with the same nodes, labels,
// properties and relationships. (The Cypher script's round trip runs the
// script through the engine: tests/query/cypher_round_trip_property_test.cc.)
//
// What a format cannot hold must be refused with a clear error, never lost:
// the test checks that too, for the limits each writer documents.
#include <stdlib.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "graph/csv_io.h"
#include "graph/export.h"
#include "graph/snapshot.h"
#include "gtest/gtest.h"
#include "tests/graph/random_graph.h"

namespace kg {
namespace {

constexpr uint64_t kGraphs = 200;

using random_graph::GraphDiff;
using random_graph::RandomGraph;

TEST(RoundTripPropertyTest, SnapshotKeepsEveryGraph) {
  for (uint64_t seed = 0; seed < kGraphs; ++seed) {
    SCOPED_TRACE(seed);
    Graph g = RandomGraph(seed);
    absl::StatusOr<Graph> back = DecodeSnapshot(EncodeSnapshot(g));
    ASSERT_TRUE(back.ok()) << back.status();
    EXPECT_EQ(GraphDiff(g, *back), "");
  }
}

void ExpectJsonRoundTrip(absl::Status (*write)(const Graph&, std::ostream&)) {
  for (uint64_t seed = 0; seed < kGraphs; ++seed) {
    SCOPED_TRACE(seed);
    Graph g = RandomGraph(seed);
    std::ostringstream out;
    ASSERT_TRUE(write(g, out).ok());
    absl::StatusOr<Graph> back = ReadJson(out.str(), "g.json");
    ASSERT_TRUE(back.ok()) << back.status() << "\n" << out.str();
    EXPECT_EQ(GraphDiff(g, *back), "") << out.str();
  }
}

TEST(RoundTripPropertyTest, JsonKeepsEveryGraph) {
  ExpectJsonRoundTrip(WriteJson);
}

TEST(RoundTripPropertyTest, JsonLinesKeepEveryGraph) {
  ExpectJsonRoundTrip(WriteJsonLines);
}

// What csv_io.h says no neo4j-admin CSV can hold: a list mixing kinds
// (integers and floats count as two), the string list [''], a string holding
// NUL, an empty label, type or key. "" when the graph has none of them.
std::string CsvCannotHold(const Graph& g) {
  std::string why;
  auto check_props = [&](const PropertyList& props) {
    for (const auto& [key, v] : props) {
      if (g.KeyName(key).empty()) why = "an empty key";
      auto has_nul = [](const Value& s) {
        return s.is_string() && s.AsString().find('\0') != std::string::npos;
      };
      if (has_nul(v)) why = "a NUL byte";
      if (!v.is_list()) continue;
      const ValueList& items = v.AsList();
      if (items.size() == 1 && items[0].is_string() &&
          items[0].AsString().empty()) {
        why = "the list ['']";
      }
      for (const Value& item : items) {
        if (item.kind() != items[0].kind()) why = "a list mixing kinds";
        if (has_nul(item)) why = "a NUL byte";
      }
    }
  };
  g.ForEachNode([&](NodeId n) {
    for (LabelId l : g.Labels(n)) {
      if (g.LabelName(l).empty()) why = "an empty label";
    }
    check_props(g.Properties(n));
  });
  g.ForEachRelationship([&](RelId r) {
    if (g.TypeName(g.Type(r)).empty()) why = "an empty type";
    check_props(g.Properties(r));
  });
  return why;
}

class CsvRoundTripTest : public testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = testing::TempDir() + "kg_csv_round_trip_XXXXXX";
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string dir_;
};

TEST_F(CsvRoundTripTest, Neo4jCsvKeepsEveryGraphOrRefusesIt) {
  int refused = 0;
  for (uint64_t seed = 0; seed < kGraphs; ++seed) {
    SCOPED_TRACE(seed);
    Graph g = RandomGraph(seed);
    std::string dir = absl::StrCat(dir_, "/", seed);
    std::string cannot = CsvCannotHold(g);
    absl::StatusOr<CsvExport> files = ExportCsvFiles(g, dir);
    if (!files.ok()) {
      EXPECT_EQ(files.status().code(), absl::StatusCode::kInvalidArgument);
      EXPECT_NE(cannot, "")
          << "refused for no documented reason: " << files.status();
      ++refused;
      continue;
    }
    EXPECT_EQ(cannot, "") << "exported although it holds " << cannot;
    CsvImportOptions options;
    options.array_delimiter = files->array_delimiter;
    Graph back;
    absl::StatusOr<CsvImportReport> report =
        ImportCsv(back, files->node_files, files->relationship_files, options);
    ASSERT_TRUE(report.ok()) << report.status();
    EXPECT_EQ(GraphDiff(g, back), "");
  }
  // The generator makes both kinds of graph.
  EXPECT_GT(refused, 0);
  EXPECT_LT(refused, static_cast<int>(kGraphs) / 2);
}

// Without the awkward values, CSV must take every graph.
TEST_F(CsvRoundTripTest, Neo4jCsvKeepsEveryGraphOfPlainValues) {
  for (uint64_t seed = 0; seed < kGraphs; ++seed) {
    SCOPED_TRACE(seed);
    Graph g = RandomGraph(seed, {.awkward = false});
    std::string dir = absl::StrCat(dir_, "/", seed);
    absl::StatusOr<CsvExport> files = ExportCsvFiles(g, dir);
    ASSERT_TRUE(files.ok()) << files.status();
    CsvImportOptions options;
    options.array_delimiter = files->array_delimiter;
    Graph back;
    absl::StatusOr<CsvImportReport> report =
        ImportCsv(back, files->node_files, files->relationship_files, options);
    ASSERT_TRUE(report.ok()) << report.status();
    EXPECT_EQ(GraphDiff(g, back), "");
  }
}

// Null inside a list and lists inside lists are openCypher values but not
// property values in kg (nor in Neo4j): the graph refuses them, so no export
// ever meets one, and the JSON reader refuses them with the place.
TEST(RoundTripPropertyTest, PropertiesHoldNoNullsInListsNorNestedLists) {
  Graph g;
  NodeId n = g.AddNode();
  KeyId k = g.InternKey("p");
  EXPECT_EQ(
      g.SetProperty(n, k, Value::List({Value::Int(1), Value::Null()})).code(),
      absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(
      g.SetProperty(n, k, Value::List({Value::List({Value::Int(1)})})).code(),
      absl::StatusCode::kInvalidArgument);
  for (const char* p : {"[1, null]", "[[1]]"}) {
    absl::StatusOr<Graph> read = ReadJson(
        absl::StrCat(
            R"({"nodes": [{"id": 0, "labels": [], "properties": {"p": )", p,
            "}}], \"relationships\": []}"),
        "g.json");
    EXPECT_EQ(read.status().code(), absl::StatusCode::kInvalidArgument) << p;
    EXPECT_NE(read.status().message().find("g.json:"), std::string::npos)
        << read.status();
  }
}

}  // namespace
}  // namespace kg
