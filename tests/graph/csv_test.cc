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
#include "gtest/gtest.h"

namespace kg {
namespace {

using ::testing::ElementsAre;

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

using CsvImportTest = CsvFilesTest;

TEST_F(CsvImportTest, TypedColumnsAndArrays) {
  Write("nodes.csv",
        ":ID,name,age:int,big:long,s:short,b:byte,score:double,f:float,"
        "ok:boolean,c:char,tags:string[],nums:int[],ds:double[],"
        "flags:boolean[]\n"
        "1,Ann,42,9223372036854775807,-32768,127,2.5,0.1,TRUE,é,a;b,1;-2,"
        "1e3;NaN;-Infinity,true;False\n");
  Graph graph;
  absl::StatusOr<CsvImportReport> report = Import(graph, {"nodes.csv"});
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->nodes, 1u);
  EXPECT_EQ(CanonicalDump(graph),
            "(0 {age: 42, b: 127, big: 9223372036854775807, c: 'é', "
            "ds: [1000.0, NaN, -Infinity], f: 0.1, flags: [true, false], "
            "name: 'Ann', nums: [1, -2], ok: true, s: -32768, score: 2.5, "
            "tags: ['a', 'b']})\n");
}

TEST_F(CsvImportTest, LabelsSplitOnTheArrayDelimiter) {
  Write("nodes.csv",
        ":ID,:LABEL,:LABEL\n"
        "1,Person;Actor,Star\n"
        "2,;Movie;;,\n"
        "3,,\n");
  Graph graph;
  ASSERT_TRUE(Import(graph, {"nodes.csv"}).ok());
  EXPECT_EQ(CanonicalDump(graph),
            "(0:Actor:Person:Star {})\n(1:Movie {})\n(2 {})\n");
}

TEST_F(CsvImportTest, OtherDelimiters) {
  Write("nodes.csv", ":ID|:LABEL|xs:int[]\n1|A,B|1,2\n");
  Graph graph;
  CsvImportOptions options;
  options.delimiter = '|';
  options.array_delimiter = ',';
  ASSERT_TRUE(Import(graph, {"nodes.csv"}, {}, options).ok());
  EXPECT_EQ(CanonicalDump(graph), "(0:A:B {xs: [1, 2]})\n");
}

TEST_F(CsvImportTest, RelationshipsConnectByIdAndCarryProperties) {
  Write("nodes.csv", "id:ID,:LABEL\np1,Person\np2,Person\n");
  Write("rels.csv",
        ":START_ID,:END_ID,:TYPE,since:int\np1,p2,KNOWS,1999\np2,p1,KNOWS,\n");
  Graph graph;
  absl::StatusOr<CsvImportReport> report =
      Import(graph, {"nodes.csv"}, {"rels.csv"});
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->nodes, 2u);
  EXPECT_EQ(report->relationships, 2u);
  EXPECT_EQ(CanonicalDump(graph),
            "(0:Person {id: 'p1'})\n(1:Person {id: 'p2'})\n"
            "(0)-[:KNOWS {since: 1999}]->(1)\n(1)-[:KNOWS {}]->(0)\n");
}

TEST_F(CsvImportTest, NamedIdIsAStringPropertyUnnamedIsNot) {
  Write("a.csv", "code:ID,n:int\n007,1\n");
  Write("b.csv", ":ID,n:int\n008,2\n");
  Graph graph;
  ASSERT_TRUE(Import(graph, {"a.csv", "b.csv"}).ok());
  EXPECT_EQ(CanonicalDump(graph), "(0 {code: '007', n: 1})\n(1 {n: 2})\n");
}

TEST_F(CsvImportTest, IdSpacesKeepEqualIdsApart) {
  Write("people.csv", ":ID(Person),:LABEL\n1,Person\n");
  Write("movies.csv", ":ID(Movie),:LABEL\n1,Movie\n");
  Write("rels.csv", ":START_ID(Person),:END_ID(Movie),:TYPE\n1,1,ACTED_IN\n");
  Graph graph;
  ASSERT_TRUE(Import(graph, {"people.csv", "movies.csv"}, {"rels.csv"}).ok());
  EXPECT_EQ(CanonicalDump(graph),
            "(0:Person {})\n(1:Movie {})\n(0)-[:ACTED_IN {}]->(1)\n");
}

TEST_F(CsvImportTest, QuotedFieldsHoldDelimitersQuotesAndNewlines) {
  Write("nodes.csv",
        ":ID,text\n"
        "1,\"a, b\"\n"
        "2,\"say \"\"hi\"\"\"\n"
        "3,\"two\nlines\"\n"
        "4,\"crlf\r\ninside\"\n");
  Graph graph;
  ASSERT_TRUE(Import(graph, {"nodes.csv"}).ok());
  EXPECT_EQ(CanonicalDump(graph),
            "(0 {text: 'a, b'})\n(1 {text: 'say \"hi\"'})\n"
            "(2 {text: 'two\\nlines'})\n(3 {text: 'crlf\\r\\ninside'})\n");
}

TEST_F(CsvImportTest, CrlfLinesAndByteOrderMark) {
  Write("nodes.csv", "\xEF\xBB\xBF:ID,name,n:int\r\n1,Ann,1\r\n2,Bob,2\r\n");
  Graph graph;
  ASSERT_TRUE(Import(graph, {"nodes.csv"}).ok());
  EXPECT_EQ(CanonicalDump(graph),
            "(0 {n: 1, name: 'Ann'})\n(1 {n: 2, name: 'Bob'})\n");
}

TEST_F(CsvImportTest, EmptyFieldIsAbsentQuotedEmptyIsEmpty) {
  Write("nodes.csv",
        ":ID,s,n:int,xs:int[],ss:string[]\n"
        "1,,,,\n"
        "2,\"\",\"\",\"\",\"\"\n"
        "3, , 7 ,,a;;\n");
  Graph graph;
  ASSERT_TRUE(Import(graph, {"nodes.csv"}).ok());
  EXPECT_EQ(CanonicalDump(graph),
            "(0 {})\n(1 {s: '', ss: [], xs: []})\n"
            "(2 {n: 7, s: ' ', ss: ['a', '', '']})\n");
}

TEST_F(CsvImportTest, IgnoreColumnsAndNamesWithColons) {
  Write("nodes.csv", ":ID,skip:IGNORE,url:string,a:b:int\n1,x,http://x,3\n");
  Graph graph;
  ASSERT_TRUE(Import(graph, {"nodes.csv"}).ok());
  EXPECT_EQ(CanonicalDump(graph), "(0 {a:b: 3, url: 'http://x'})\n");
}

TEST_F(CsvImportTest, AddsToANonEmptyGraph) {
  Graph graph;
  NodeId old = graph.AddNode({graph.InternLabel("Old")});
  Write("nodes.csv", ":ID\n1\n2\n");
  Write("rels.csv", ":START_ID,:END_ID,:TYPE\n2,1,R\n");
  ASSERT_TRUE(Import(graph, {"nodes.csv"}, {"rels.csv"}).ok());
  ASSERT_TRUE(graph.DeleteNode(old).ok());
  EXPECT_EQ(CanonicalDump(graph), "(0 {})\n(1 {})\n(1)-[:R {}]->(0)\n");
}

struct ErrorCase {
  const char* name;
  const char* nodes;  // nodes.csv
  const char* rels;   // rels.csv, or nullptr for none
  const char* error;
};

const ErrorCase kErrorCases[] = {
    {"NotAnInteger", "id:ID,born:int\n\"p\n1\",1\np2,abc\n", nullptr,
     "nodes.csv:4: column 'born' (int): 'abc' is not an integer"},
    {"IntOverflow", ":ID,n:int\n1,2147483648\n", nullptr,
     "nodes.csv:2: column 'n' (int): '2147483648' is out of range for int"},
    {"LongOverflow", ":ID,n:long\n1,-9223372036854775809\n", nullptr,
     "nodes.csv:2: column 'n' (long): '-9223372036854775809' is out of "
     "range for long"},
    {"ByteOverflow", ":ID,n:byte\n1,128\n", nullptr,
     "nodes.csv:2: column 'n' (byte): '128' is out of range for byte"},
    {"BadArrayElement", ":ID,n:long[]\n1,1;x\n", nullptr,
     "nodes.csv:2: column 'n' (long[]): 'x' is not an integer"},
    {"BadDouble", ":ID,d:double\n1,1.5x\n", nullptr,
     "nodes.csv:2: column 'd' (double): '1.5x' is not a number"},
    {"DoubleOverflow", ":ID,d:double\n1,1e999\n", nullptr,
     "nodes.csv:2: column 'd' (double): '1e999' is out of range for double"},
    {"DoubleUnderflowToZero", ":ID,d:double[]\n1,1.0;-1e-999\n", nullptr,
     "nodes.csv:2: column 'd' (double[]): '-1e-999' is too close to zero for "
     "double (it would read as 0)"},
    {"BadBoolean", ":ID,ok:boolean\n1,yes\n", nullptr,
     "nodes.csv:2: column 'ok' (boolean): 'yes' is not a boolean (true or "
     "false)"},
    {"BadChar", ":ID,c:char\n1,ab\n", nullptr,
     "nodes.csv:2: column 'c' (char): 'ab' is not a single character"},
    {"DuplicateId", "id:ID\np1\np2\np1\n", nullptr,
     "nodes.csv:4: duplicate id 'p1'"},
    {"DuplicateIdInSpace", ":ID(P)\n1\n1\n", nullptr,
     "nodes.csv:3: duplicate id '1' in ID space 'P'"},
    {"EmptyId", ":ID,x\n,1\n", nullptr, "nodes.csv:2: empty :ID"},
    {"TooManyFields", ":ID,a,b,c\n1,2,3,4\n1,2,3,4,5\n", nullptr,
     "nodes.csv:3: row has 5 fields, header has 4"},
    {"TooFewFields", ":ID,a\n1\n", nullptr,
     "nodes.csv:2: row has 1 fields, header has 2"},
    {"UnterminatedQuote", ":ID,a\n1,x\n2,\"open\nstill open\n", nullptr,
     "nodes.csv:3: unterminated quoted field"},
    {"TextAfterQuote", ":ID,a\n1,\"x\"y\n", nullptr,
     "nodes.csv:2: unexpected 'y' after the closing quote of field 2"},
    {"EmptyFile", "", nullptr,
     "nodes.csv:1: empty file: expected a header row"},
    {"UnknownType", ":ID,x:integer\n", nullptr,
     "nodes.csv:1: header field 2 'x:integer': unknown type 'integer'"},
    {"UnnamedProperty", ":ID,:int\n", nullptr,
     "nodes.csv:1: header field 2 ':int': a property column needs a name"},
    {"TwoIdColumns", ":ID,b:ID\n", nullptr,
     "nodes.csv:1: more than one :ID column"},
    {"DuplicateColumn", "x:ID,x:int\n", nullptr,
     "nodes.csv:1: duplicate property column 'x'"},
    {"RelationshipColumnInNodeFile", ":ID,:TYPE\n", nullptr,
     "nodes.csv:1: :TYPE columns belong in relationship files"},
    {"LabelInRelationshipFile", ":ID\n", ":START_ID,:END_ID,:TYPE,:LABEL\n",
     "rels.csv:1: :LABEL columns belong in node files"},
    {"NoStartId", ":ID\n", ":END_ID,:TYPE\n",
     "rels.csv:1: relationship file has no :START_ID column"},
    {"NoEndId", ":ID\n", ":START_ID,:TYPE\n",
     "rels.csv:1: relationship file has no :END_ID column"},
    {"NoType", ":ID\n", ":START_ID,:END_ID\n",
     "rels.csv:1: relationship file has no :TYPE column"},
    {"NodeFileWithoutId", "name\nAnn\n", ":START_ID,:END_ID,:TYPE\n",
     "rels.csv:1: no node file has an :ID column for :START_ID"},
    {"SpaceWithoutNodeFile", ":ID(A)\n1\n", ":START_ID(A),:END_ID(B),:TYPE\n",
     "rels.csv:1: no node file has an :ID(B) column for :END_ID(B)"},
    {"UnknownStartId", "id:ID\np1\n",
     ":START_ID,:END_ID,:TYPE\np1,p1,R\np99,p1,R\n",
     "rels.csv:3: unknown :START_ID 'p99'"},
    {"UnknownEndIdInSpace", ":ID(P)\n1\n",
     ":START_ID(P),:END_ID(P),:TYPE\n1,2,R\n",
     "rels.csv:2: unknown :END_ID '2' in ID space 'P'"},
    {"EmptyType", ":ID\n1\n", ":START_ID,:END_ID,:TYPE\n1,1,\n",
     "rels.csv:2: empty :TYPE"},
    {"EmptyStartId", ":ID\n1\n", ":START_ID,:END_ID,:TYPE\n,1,R\n",
     "rels.csv:2: empty :START_ID"},
    {"BadRelationshipProperty", ":ID\n1\n",
     ":START_ID,:END_ID,:TYPE,w:float\n1,1,R,heavy\n",
     "rels.csv:2: column 'w' (float): 'heavy' is not a number"},
};

class CsvImportErrorTest : public CsvFilesTest,
                           public testing::WithParamInterface<ErrorCase> {};

TEST_P(CsvImportErrorTest, NamesFileAndLine) {
  const ErrorCase& c = GetParam();
  Write("nodes.csv", c.nodes);
  std::vector<std::string> rels;
  if (c.rels != nullptr) {
    Write("rels.csv", c.rels);
    rels.push_back("rels.csv");
  }
  EXPECT_EQ(ImportError({"nodes.csv"}, rels), c.error);
}

INSTANTIATE_TEST_SUITE_P(Csv, CsvImportErrorTest,
                         testing::ValuesIn(kErrorCases),
                         [](const auto& info) { return info.param.name; });

TEST_F(CsvImportTest, MissingFileIsNotFound) {
  Graph graph;
  absl::StatusOr<CsvImportReport> report = Import(graph, {"nope.csv"});
  EXPECT_EQ(report.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(Relative(report.status().message()),
            "nope.csv: No such file or directory");
}

TEST_F(CsvImportTest, ReadsAPipeOnlyOnce) {
  const std::string fifo = Path("nodes.pipe");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  // A second open would wait for a writer forever.
  std::thread writer([&] { std::ofstream(fifo) << ":ID,n:int\n1,5\n"; });
  Graph graph;
  absl::StatusOr<CsvImportReport> report = ImportCsv(graph, {fifo}, {});
  writer.join();
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(CanonicalDump(graph), "(0 {n: 5})\n");
}

TEST_F(CsvImportTest, SameDelimitersAreRefused) {
  Graph graph;
  CsvImportOptions options;
  options.array_delimiter = ',';
  EXPECT_EQ(Import(graph, {}, {}, options).status().message(),
            "the delimiter and the array delimiter must differ");
}

TEST_F(CsvImportTest, FailedImportLeavesGraphUnchanged) {
  Graph graph;
  NodeId a = graph.AddNode({graph.InternLabel("Old")});
  ASSERT_TRUE(graph.SetProperty(a, graph.InternKey("k"), Value::Int(1)).ok());
  ASSERT_TRUE(graph.AddRelationship(a, a, graph.InternType("SELF")).ok());
  const std::string before = CanonicalDump(graph);
  const size_t labels = graph.label_count(), types = graph.type_count(),
               keys = graph.key_count();

  Write("nodes.csv", "id:ID,:LABEL,born:int\np1,New,1\np2,New,2\n");
  // The last row of the last file is bad.
  Write("rels.csv",
        ":START_ID,:END_ID,:TYPE,w:int\np1,p2,NEW,1\np2,p3,NEW,2\n");
  absl::StatusOr<CsvImportReport> report =
      Import(graph, {"nodes.csv"}, {"rels.csv"});
  EXPECT_EQ(Relative(report.status().message()),
            "rels.csv:3: unknown :END_ID 'p3'");
  EXPECT_EQ(CanonicalDump(graph), before);
  EXPECT_EQ(graph.node_id_limit(), 1u);
  EXPECT_EQ(graph.relationship_id_limit(), 1u);
  EXPECT_EQ(graph.label_count(), labels);
  EXPECT_EQ(graph.type_count(), types);
  EXPECT_EQ(graph.key_count(), keys);
}

TEST_F(CsvImportTest, SkipBadRowsGoesOnAndReportsEach) {
  Write("nodes.csv",
        "id:ID,n:int\n"
        "p1,1\n"
        "p2,x\n"  // bad: not an integer
        "p3,3\n"
        "p1,4\n"         // bad: duplicate
        "p5,\"open\n");  // bad: unterminated, swallows the rest
  Write("rels.csv",
        ":START_ID,:END_ID,:TYPE\n"
        "p1,p3,R\n"
        "p1,p2,R\n"  // bad: p2 was skipped
        "p3,p1\n"    // bad: field count
        "p3,p1,R\n");
  Graph graph;
  CsvImportOptions options;
  options.skip_bad_rows = true;
  absl::StatusOr<CsvImportReport> report =
      Import(graph, {"nodes.csv"}, {"rels.csv"}, options);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->nodes, 2u);
  EXPECT_EQ(report->relationships, 2u);
  EXPECT_EQ(report->skipped_rows, 5u);
  std::vector<std::string> errors;
  for (const auto& e : report->errors) errors.push_back(Relative(e));
  EXPECT_THAT(errors,
              ElementsAre("nodes.csv:3: column 'n' (int): 'x' is not an "
                          "integer",
                          "nodes.csv:5: duplicate id 'p1'",
                          "nodes.csv:6: unterminated quoted field",
                          "rels.csv:3: unknown :END_ID 'p2'",
                          "rels.csv:4: row has 2 fields, header has 3"));
  EXPECT_EQ(CanonicalDump(graph),
            "(0 {id: 'p1', n: 1})\n(1 {id: 'p3', n: 3})\n"
            "(0)-[:R {}]->(1)\n(1)-[:R {}]->(0)\n");
}

TEST_F(CsvImportTest, SkipBadRowsStillFailsOnABadHeader) {
  Write("nodes.csv", ":ID,x:nope\n1,2\n");
  Graph graph;
  CsvImportOptions options;
  options.skip_bad_rows = true;
  EXPECT_EQ(
      Relative(Import(graph, {"nodes.csv"}, {}, options).status().message()),
      "nodes.csv:1: header field 2 'x:nope': unknown type 'nope'");
}

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

TEST_F(CsvImportTest, BinaryFileIsRefusedAtItsLine) {
  Write("nodes.csv", std::string(":ID,name\n1,a\n2,\0\1\2\n", 18));
  EXPECT_EQ(ImportError({"nodes.csv"}),
            "nodes.csv:3: NUL byte: a binary file, not CSV text");
}

TEST_F(CsvImportTest, InvalidUtf8IsRefusedAtItsLine) {
  Write("nodes.csv", ":ID,name\n1,caf\xE9\n");
  EXPECT_EQ(ImportError({"nodes.csv"}),
            "nodes.csv:2: invalid UTF-8 (byte 0xE9): CSV files must be UTF-8 "
            "text");
}

}  // namespace
}  // namespace kg
