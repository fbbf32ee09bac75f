// End to end: kg build, kg extract, kg merge and kg why on the real binary.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/cli/kg_binary_test.h"
#include "tests/cli/run_process.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using ::kg::testing::ProcessResult;
using ::kg::testing::RunProcess;
using ::testing::HasSubstr;

class BuildCliTest : public ::kg::testing::KgBinaryTest {
 protected:
  std::string Corpus(const std::string& file) {
    return std::string(KG_SOURCE_DIR) + "/corpus/" + file;
  }
  std::string ExportJson(const std::string& kg) {
    ProcessResult r = Kg({"export", "-g", kg, "--format", "json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }
};

TEST_F(BuildCliTest, GraphIsTheSameWhateverTheThreadCount) {
  std::vector<std::string> one = {"build", "-q", "-j", "1", "-o", Path("1.kg")};
  std::vector<std::string> four = {"build", "-q", "-j",
                                   "4",     "-o", Path("4.kg")};
  for (const std::string& f : SampleCorpus()) {
    one.push_back(f);
    four.push_back(f);
  }
  ASSERT_EQ(Kg(one).exit_code, 0);
  ASSERT_EQ(Kg(four).exit_code, 0);
  EXPECT_EQ(ExportJson(Path("1.kg")), ExportJson(Path("4.kg")));
}

TEST_F(BuildCliTest, MergeOfExtractedShardsEqualsBuildOfTheWhole) {
  std::vector<std::string> files = SampleCorpus();
  ASSERT_EQ(files.size(), 5u);
  std::vector<std::string> build = {"build", "-q", "-o", Path("all.kg")};
  build.insert(build.end(), files.begin(), files.end());
  ASSERT_EQ(Kg(build).exit_code, 0);
  // Two shards, as two machines of a batch job would write them.
  ProcessResult a = Kg(
      {"extract", "-q", files[0], files[1], files[2], "-o", Path("a.jsonl")});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ProcessResult b =
      Kg({"extract", "-q", files[3], files[4], "-o", Path("b.jsonl")});
  ASSERT_EQ(b.exit_code, 0) << b.err;
  ProcessResult m =
      Kg({"merge", Path("a.jsonl"), Path("b.jsonl"), "-o", Path("merged.kg")});
  ASSERT_EQ(m.exit_code, 0) << m.err;
  EXPECT_EQ(ExportJson(Path("all.kg")), ExportJson(Path("merged.kg")));
}

TEST_F(BuildCliTest, MergeNamesTheShardLineOfABadRecord) {
  std::ofstream(Path("bad.jsonl")) << "{\"id\":\"a.txt\",\"entities\":[]}\n"
                                   << "{\"id\": 5}\n";
  ProcessResult r = Kg({"merge", Path("bad.jsonl"), "-o", Path("x.kg")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("bad.jsonl:2: $.id: not a string"));
}

TEST_F(BuildCliTest, MergeRefusesTheSameDocumentTwice) {
  std::ofstream(Path("s.jsonl")) << "{\"id\":\"a.txt\"}\n{\"id\":\"a.txt\"}\n";
  ProcessResult r = Kg({"merge", Path("s.jsonl"), "-o", Path("x.kg")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("s.jsonl:2: document a.txt already read"));
}

TEST_F(BuildCliTest, BuildSummarySaysWhatWasReadAndFound) {
  ProcessResult r = Kg(
      {"build", "-q", Corpus("003_d75a3e993d216cca.txt"), "-o", Path("x.kg")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("read 1 documents, skipped 0"));
  EXPECT_THAT(r.err, HasSubstr("nodes per label:"));
  EXPECT_THAT(r.err, HasSubstr("Person "));
  EXPECT_THAT(r.err, HasSubstr("WORKS_FOR "));
}

TEST_F(BuildCliTest, WhyShowsMentionsAndTheRulesThatJoinedThem) {
  ASSERT_EQ(Kg({"build", "-q", Corpus("000_86a16e05fa6c610f.txt"),
                Corpus("002_32de37cc315ed23c.txt"), "-o", Path("x.kg")})
                .exit_code,
            0);
  ProcessResult r = Kg({"why", "-g", Path("x.kg"), "krikalev"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("(:Person:Official {name: 'Sergei Krikalev'})"));
  EXPECT_THAT(r.out, HasSubstr("a surname that lost its first letter"));
  EXPECT_THAT(r.out, HasSubstr("surname of the only person of the corpus"));
  EXPECT_THAT(r.out, HasSubstr("patterns.txt:"));
  r = Kg({"why", "-g", Path("x.kg"), "Nobody Here"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("no entity is named 'Nobody Here'"));
}

TEST_F(BuildCliTest, BuildReadsJsonLinesFromStdinWithTheirDates) {
  ProcessResult r =
      Kg({"build", "-q", "-", "-o", Path("j.kg")},
         "{\"id\": \"a\", \"text\": \"NASA astronaut Jane Doerty met Roscosmos "
         "Director General Pavel Orlov on Tuesday.\", \"date\": "
         "\"2024-05-01\", \"source\": \"Wire\"}\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = Kg({"query", "-g", Path("j.kg"), "--format", "csv",
          "MATCH (a)-[r:MET_WITH]->(b) MATCH (d:Document) "
          "RETURN a.name, b.name, r.date, d.source"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Jane Doerty,Pavel Orlov,2024-04-30,Wire"));
  r = Kg({"build", "-q", "-", "-o", Path("k.kg")}, "{\"id\": \"a\"}\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("<stdin>:1"));
}

// The targets on the sample corpus: entities F1 >= 0.95, relations
// F1 >= 0.80, scored by kg eval against corpus/gold.
TEST_F(BuildCliTest, SampleCorpusMeetsTheExtractionTargets) {
  std::vector<std::string> build = {"build", "-q", "-o", Path("s.kg")};
  for (const std::string& f : SampleCorpus()) build.push_back(f);
  ASSERT_EQ(Kg(build).exit_code, 0);
  ProcessResult r =
      Kg({"eval", "-g", Path("s.kg"), "--gold",
          std::string(KG_SOURCE_DIR) + "/corpus/gold", "--min-entity-f1",
          "0.95", "--min-relation-f1", "0.80"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

}  // namespace
}  // namespace kg
