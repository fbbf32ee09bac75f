// neo4j-admin CSV export: the files it writes, the round trip through
// import, and the values and names CSV cannot carry, refused.
#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "gmock/gmock.h"
#include "graph/csv_io.h"
#include "graph/graph.h"
#include "graph/temporal_value.h"
#include "gtest/gtest.h"
#include "tests/graph/csv_files_fixture.h"

namespace kg {
namespace {

using ::testing::ElementsAre;

using CsvExportTest = CsvFilesTest;

// Exports `graph`, imports the files into a new graph and returns its dump.
std::string RoundTrip(const Graph& graph, const std::string& dir) {
  absl::StatusOr<CsvExport> files = ExportCsvFiles(graph, dir);
  if (!files.ok()) return std::string(files.status().message());
  CsvImportOptions options;
  options.array_delimiter = files->array_delimiter;
  Graph copy;
  absl::StatusOr<CsvImportReport> report =
      ImportCsv(copy, files->node_files, files->relationship_files, options);
  if (!report.ok()) return std::string(report.status().message());
  return CanonicalDump(copy);
}

TEST_F(CsvExportTest, RoundTripKeepsEveryValue) {
  Graph g;
  auto key = [&](const char* k) { return g.InternKey(k); };
  auto set = [&](NodeId n, const char* k, Value v) {
    ASSERT_TRUE(g.SetProperty(n, key(k), std::move(v)).ok());
  };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  NodeId ann = g.AddNode({g.InternLabel("Person"), g.InternLabel("Actor")});
  set(ann, "name", Value::String("Ann"));
  set(ann, "age", Value::Int(42));
  set(ann, "min", Value::Int(std::numeric_limits<int64_t>::min()));
  set(ann, "h", Value::Float(0.1));
  set(ann, "odd",
      Value::List({Value::Float(nan), Value::Float(-inf), Value::Float(-0.0),
                   Value::Float(1e300)}));
  set(ann, "ok", Value::Bool(true));
  set(ann, "tags",
      Value::List({Value::String("a"), Value::String(""),
                   Value::String("x,\"y\"\nz")}));
  set(ann, "nums", Value::List({Value::Int(1), Value::Int(-2)}));
  set(ann, "bs", Value::List({Value::Bool(true), Value::Bool(false)}));
  set(ann, "empty", Value::String(""));
  set(ann, "none", Value::List({}));
  set(ann, "odd text", Value::String("a,b \"q\"\r\nnew; semi\ttab "));
  set(ann, "unicode", Value::String("Zoë 東京 🙂"));
  auto parse = [](const char* cypher_type, const char* text) {
    Value::Kind kind = *TemporalKindNamed(cypher_type);
    absl::StatusOr<Value> v = ParseTemporalValue(kind, text);
    EXPECT_TRUE(v.ok()) << v.status();
    return v.value_or(Value());
  };
  set(ann, "born", parse("date", "-0044-03-15"));
  set(ann, "wake", parse("localtime", "06:30:00.000000001"));
  set(ann, "call", parse("time", "12:00+05:30:15"));
  set(ann, "left", parse("localdatetime", "+10000-01-01T00:00"));
  set(ann, "landed",
      Value::List({parse("datetime", "1969-07-20T20:17:40Z"),
                   parse("datetime",
                         "2015-07-21T21:40:32.142-03:00"
                         "[America/Argentina/Buenos_Aires]")}));
  set(ann, "spent", parse("duration", "P-1Y-2M-3DT-4.5S"));
  NodeId gone = g.AddNode({g.InternLabel("Gone")});
  NodeId movie = g.AddNode({g.InternLabel("Movie, \"The\"")});
  set(movie, "age", Value::String("forty"));  // age was an int: a new file
  set(movie, "none", Value::List({Value::Int(1)}));
  NodeId plain = g.AddNode();
  set(plain, "age", Value::Int(7));  // an int again: yet another file
  set(plain, "none", Value::List({}));
  ASSERT_TRUE(g.DeleteNode(gone).ok());
  auto rel = [&](NodeId a, NodeId b, const char* type) {
    return *g.AddRelationship(a, b, g.InternType(type));
  };
  RelId r1 = rel(ann, movie, "ACTED_IN");
  ASSERT_TRUE(g.SetProperty(r1, key("roles"),
                            Value::List({Value::String("Neo"),
                                         Value::String("The One")}))
                  .ok());
  ASSERT_TRUE(g.SetProperty(r1, key("w"), Value::Int(3)).ok());
  RelId doomed = rel(plain, ann, "GONE");
  RelId r2 = rel(plain, ann, "ODD TYPE, \"quoted\"");
  ASSERT_TRUE(g.SetProperty(r2, key("w"), Value::Float(2.5)).ok());
  ASSERT_TRUE(g.DeleteRelationship(doomed).ok());

  absl::StatusOr<CsvExport> files = ExportCsvFiles(g, Path("out"));
  ASSERT_TRUE(files.ok()) << files.status();
  EXPECT_EQ(files->node_files.size(), 3u);
  EXPECT_EQ(files->relationship_files.size(), 2u);
  EXPECT_EQ(files->array_delimiter, ';');
  EXPECT_EQ(RoundTrip(g, Path("out")), CanonicalDump(g));
}

TEST_F(CsvExportTest, WritesNeo4jAdminFiles) {
  Graph g;
  NodeId a = g.AddNode({g.InternLabel("Person"), g.InternLabel("Actor")});
  ASSERT_TRUE(g.SetProperty(a, g.InternKey("name"), Value::String("Ann")).ok());
  ASSERT_TRUE(g.SetProperty(a, g.InternKey("born"), Value::Int(1964)).ok());
  NodeId b = g.AddNode();
  ASSERT_TRUE(g.SetProperty(b, g.InternKey("name"), Value::String("")).ok());
  ASSERT_TRUE(g.SetProperty(b, g.InternKey("xs"),
                            Value::List({Value::Float(1), Value::Float(0.5)}))
                  .ok());
  RelId r = *g.AddRelationship(a, b, g.InternType("KNOWS"));
  ASSERT_TRUE(g.SetProperty(r, g.InternKey("since"), Value::Int(1999)).ok());

  absl::StatusOr<std::vector<std::string>> paths = ExportCsv(g, dir_);
  ASSERT_TRUE(paths.ok()) << paths.status();
  EXPECT_THAT(*paths,
              ElementsAre(Path("nodes_0.csv"), Path("relationships_0.csv")));
  EXPECT_EQ(Read("nodes_0.csv"),
            ":ID,:LABEL,born:long,name:string,xs:double[]\n"
            "0,Person;Actor,1964,Ann,\n"
            "1,,,\"\",1.0;0.5\n");
  EXPECT_EQ(Read("relationships_0.csv"),
            ":START_ID,:END_ID,:TYPE,since:long\n0,1,KNOWS,1999\n");
  EXPECT_EQ(Read("import.txt"),
            "# Loads the CSV files of this directory into the (new, empty) "
            "database neo4j.\n# Run it here, with Neo4j 5 stopped.\n"
            "neo4j-admin database import full --array-delimiter=';' "
            "--multiline-fields=true --nodes=nodes_0.csv "
            "--relationships=relationships_0.csv neo4j\n");
}

TEST_F(CsvExportTest, WritesTemporalColumnsInTheirIsoText) {
  Graph g;
  NodeId a = g.AddNode();
  auto set = [&](const char* key, const char* type, const char* text) {
    absl::StatusOr<Value> v =
        ParseTemporalValue(*TemporalKindNamed(type), text);
    ASSERT_TRUE(v.ok()) << v.status();
    ASSERT_TRUE(g.SetProperty(a, g.InternKey(key), *v).ok());
  };
  set("d", "date", "2015-07-21");
  set("dt", "datetime", "2015-07-21T21:40:32.142+01:00[Europe/London]");
  set("span", "duration", "P1Y2M3DT4H");
  ASSERT_TRUE(
      g.SetProperty(
           a, g.InternKey("ts"),
           Value::List(
               {*ParseTemporalValue(Value::Kind::kLocalTime, "12:00"),
                *ParseTemporalValue(Value::Kind::kLocalTime, "13:30:01.5")}))
          .ok());
  absl::StatusOr<CsvExport> files = ExportCsvFiles(g, dir_);
  ASSERT_TRUE(files.ok()) << files.status();
  EXPECT_EQ(Read("nodes_0.csv"),
            ":ID,:LABEL,d:date,dt:datetime,span:duration,ts:localtime[]\n"
            "0,,2015-07-21,2015-07-21T21:40:32.142+01:00[Europe/London],"
            "P1Y2M3DT4H,12:00;13:30:01.5\n");
  EXPECT_EQ(RoundTrip(g, dir_), CanonicalDump(g));
}

TEST_F(CsvExportTest, PicksAnArrayDelimiterNoStringUses) {
  Graph g;
  NodeId a = g.AddNode({g.InternLabel("A|B")});
  ASSERT_TRUE(
      g.SetProperty(a, g.InternKey("xs"),
                    Value::List({Value::String("x;y"), Value::String("z")}))
          .ok());
  absl::StatusOr<CsvExport> files = ExportCsvFiles(g, dir_);
  ASSERT_TRUE(files.ok()) << files.status();
  EXPECT_EQ(files->array_delimiter, '^');
  EXPECT_THAT(Read("import.txt"), testing::HasSubstr("--array-delimiter='^'"));
  EXPECT_EQ(Read("nodes_0.csv"), ":ID,:LABEL,xs:string[]\n0,A|B,x;y^z\n");
  EXPECT_EQ(RoundTrip(g, dir_), CanonicalDump(g));
}

TEST_F(CsvExportTest, EmptyGraphHasAHeaderOnlyNodeFile) {
  Graph g;
  absl::StatusOr<std::vector<std::string>> paths = ExportCsv(g, dir_);
  ASSERT_TRUE(paths.ok()) << paths.status();
  EXPECT_THAT(*paths, ElementsAre(Path("nodes_0.csv")));
  EXPECT_EQ(Read("nodes_0.csv"), ":ID,:LABEL\n");
  EXPECT_EQ(RoundTrip(g, dir_), "");
}

struct RefusedCase {
  const char* name;
  Value value;
  const char* error;
};

class CsvExportRefusesTest : public CsvFilesTest,
                             public testing::WithParamInterface<RefusedCase> {};

TEST_P(CsvExportRefusesTest, ValuesNoColumnTypeHolds) {
  Graph g;
  g.AddNode();
  ASSERT_TRUE(
      g.SetProperty(NodeId{0}, g.InternKey("x"), GetParam().value).ok());
  EXPECT_EQ(ExportCsv(g, dir_).status().message(), GetParam().error);
}

INSTANTIATE_TEST_SUITE_P(
    Csv, CsvExportRefusesTest,
    testing::Values(
        RefusedCase{"MixedList",
                    Value::List({Value::Int(1), Value::String("a")}),
                    "cannot write node 0 as CSV: property 'x': [1, 'a'] mixes "
                    "Integer and String, which no typed array can hold"},
        RefusedCase{"IntsAndFloats",
                    Value::List({Value::Int(1), Value::Float(2.5)}),
                    "cannot write node 0 as CSV: property 'x': [1, 2.5] mixes "
                    "Integer and Float, which no typed array can hold"},
        RefusedCase{"OneEmptyString", Value::List({Value::String("")}),
                    "cannot write node 0 as CSV: property 'x': [''] would "
                    "read back as the empty list"},
        RefusedCase{"NulInAString", Value::String(std::string("a\0b", 3)),
                    "cannot write node 0 as CSV: property 'x': the string "
                    "holds a NUL byte, which CSV text cannot carry (export as "
                    "json instead)"},
        RefusedCase{"NulInAStringList",
                    Value::List({Value::String(std::string("\0", 1))}),
                    "cannot write node 0 as CSV: property 'x': a string of "
                    "the list holds a NUL byte, which CSV text cannot carry "
                    "(export as json instead)"}),
    [](const auto& info) { return info.param.name; });

TEST_F(CsvExportTest, ConflictingTypesStartANewFileInIdOrder) {
  Graph g;
  KeyId x = g.InternKey("x"), y = g.InternKey("y");
  for (Value v :
       {Value::Int(1), Value::String("a"), Value::Null(), Value::Int(2)}) {
    NodeId n = g.AddNode();
    ASSERT_TRUE(g.SetProperty(n, x, v).ok());
  }
  ASSERT_TRUE(g.SetProperty(NodeId{2}, y, Value::Bool(true)).ok());
  absl::StatusOr<CsvExport> files = ExportCsvFiles(g, dir_);
  ASSERT_TRUE(files.ok()) << files.status();
  EXPECT_EQ(files->node_files.size(), 3u);
  EXPECT_EQ(Read("nodes_0.csv"), ":ID,:LABEL,x:long\n0,,1\n");
  EXPECT_EQ(Read("nodes_1.csv"),
            ":ID,:LABEL,x:string,y:boolean\n1,,a,\n2,,,true\n");
  EXPECT_EQ(Read("nodes_2.csv"), ":ID,:LABEL,x:long\n3,,2\n");
  EXPECT_EQ(RoundTrip(g, dir_), CanonicalDump(g));
}

TEST_F(CsvExportTest, RefusesNamesCsvCannotCarry) {
  Graph empty_label;
  empty_label.AddNode({empty_label.InternLabel("")});
  EXPECT_EQ(ExportCsv(empty_label, dir_).status().message(),
            "cannot write the empty label as CSV: :LABEL would drop it");

  Graph empty_key;
  ASSERT_TRUE(empty_key
                  .SetProperty(empty_key.AddNode(), empty_key.InternKey(""),
                               Value::Int(1))
                  .ok());
  EXPECT_EQ(ExportCsv(empty_key, dir_).status().message(),
            "cannot write node 0 as CSV: the empty property key cannot name a "
            "column");

  Graph empty_type;
  NodeId n = empty_type.AddNode();
  ASSERT_TRUE(empty_type.AddRelationship(n, n, empty_type.InternType("")).ok());
  EXPECT_EQ(ExportCsv(empty_type, dir_).status().message(),
            "cannot write relationship 0 as CSV: its type is empty, which "
            ":TYPE cannot hold");
}

}  // namespace
}  // namespace kg
