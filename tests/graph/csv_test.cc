// neo4j-admin CSV import: typed columns, ID spaces, quoting, the errors that
// name file and line, skipped bad rows, and a failed import leaving the graph
// as it was (csv_export_test.cc: the export).
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
#include "tests/graph/csv_files_fixture.h"

namespace kg {
namespace {

using ::testing::ElementsAre;

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

TEST_F(CsvImportTest, TemporalColumnsReadIsoText) {
  Write("nodes.csv",
        ":ID,d:date,lt:localtime,t:time,ldt:localdatetime,dt:datetime,"
        "zoned:datetime,utc:datetime,span:duration,days:date[]\n"
        "1,2015-07-21, 21:40:32.142 ,21:40+01:00,2015-07-21T21:40,"
        "2015-07-21T21:40:32-05:00,2015-07-21T21:40[Europe/London],"
        "2015-07-21T21:40,P1Y2M3DT4H,1975-07-17;20150721\n");
  Graph graph;
  absl::StatusOr<CsvImportReport> report = Import(graph, {"nodes.csv"});
  ASSERT_TRUE(report.ok()) << report.status();
  // A datetime without an offset or zone is in UTC, as neo4j-admin's
  // default time zone makes it.
  EXPECT_EQ(CanonicalDump(graph),
            "(0 {d: 2015-07-21, days: [1975-07-17, 2015-07-21], "
            "dt: 2015-07-21T21:40:32-05:00, ldt: 2015-07-21T21:40, "
            "lt: 21:40:32.142, span: P1Y2M3DT4H, t: 21:40+01:00, "
            "utc: 2015-07-21T21:40Z, "
            "zoned: 2015-07-21T21:40+01:00[Europe/London]})\n");
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
    {"BadDate", ":ID,d:date\n1,2015-02-30\n", nullptr,
     "nodes.csv:2: column 'd' (date): '2015-02-30' is not a date"},
    {"BadDurationElement", ":ID,d:duration[]\n1,P1D;1 day\n", nullptr,
     "nodes.csv:2: column 'd' (duration[]): '1 day' is not a duration"},
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

TEST_F(CsvImportTest, ABadByteFarIntoAFileIsReportedAtItsLine) {
  std::string text = ":ID,name\n";
  for (int i = 0; i < 1000; ++i) absl::StrAppend(&text, i, ",name ", i, "\n");
  text += "1000,caf\xE9\n";
  Write("nodes.csv", text);
  EXPECT_EQ(ImportError({"nodes.csv"}),
            "nodes.csv:1002: invalid UTF-8 (byte 0xE9): CSV files must be "
            "UTF-8 text");
}

// A relationship file large enough to be checked in several runs at once,
// with bad rows early, in the middle and late: whatever the number of
// threads, the same graph, the same errors in the same order, and without
// skip_bad_rows the same first error.
TEST_F(CsvImportTest, ThreadsCheckingRelationshipsChangeNothing) {
  std::string nodes = ":ID,name\n";
  for (int i = 0; i < 1000; ++i) absl::StrAppend(&nodes, "n", i, ",N", i, "\n");
  Write("nodes.csv", nodes);
  std::string rels = ":START_ID,:END_ID,:TYPE,w:long\n";
  const int kRows = 200000;  // about 4 MB: several runs of 1 MB
  for (int i = 0; i < kRows; ++i) {
    if (i == 7) {
      rels += "n1,nope,R,1\n";  // an unknown end
    } else if (i == kRows / 2) {
      rels += "n2,n3,R,x\n";  // not an integer
    } else if (i == kRows - 5) {
      rels += "n4,n5\n";  // too few fields
    } else {
      absl::StrAppend(&rels, "n", (i * 7) % 1000, ",n", (i * 13) % 1000,
                      i % 3 == 0 ? ",A," : ",B,", i, "\n");
    }
  }
  Write("rels.csv", rels);
  auto run = [&](int threads, bool skip, std::string* dump,
                 std::vector<std::string>* errors) {
    Graph graph;
    CsvImportOptions options;
    options.threads = threads;
    options.skip_bad_rows = skip;
    absl::StatusOr<CsvImportReport> report =
        Import(graph, {"nodes.csv"}, {"rels.csv"}, options);
    if (!report.ok()) {
      errors->push_back(Relative(report.status().message()));
      return;
    }
    for (const std::string& e : report->errors) {
      errors->push_back(Relative(e));
    }
    *dump = CanonicalDump(graph);
  };
  std::string one_dump;
  std::vector<std::string> one_errors, one_first;
  run(1, true, &one_dump, &one_errors);
  run(1, false, nullptr, &one_first);
  EXPECT_THAT(one_errors,
              ElementsAre("rels.csv:9: unknown :END_ID 'nope'",
                          "rels.csv:100002: column 'w' (long): 'x' is not "
                          "an integer",
                          "rels.csv:199997: row has 2 fields, header has 4"));
  EXPECT_THAT(one_first, ElementsAre("rels.csv:9: unknown :END_ID 'nope'"));
  for (int threads : {2, 3, 8}) {
    std::string dump;
    std::vector<std::string> errors, first;
    run(threads, true, &dump, &errors);
    run(threads, false, nullptr, &first);
    EXPECT_EQ(errors, one_errors) << threads << " threads";
    EXPECT_EQ(first, one_first) << threads << " threads";
    EXPECT_TRUE(dump == one_dump) << threads << " threads";
  }
}

}  // namespace
}  // namespace kg
