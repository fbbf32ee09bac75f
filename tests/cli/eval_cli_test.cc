// End-to-end tests of `kg eval`: a snapshot made with `kg import --json`,
// a gold folder written by the test, the real binary.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/cli/run_process.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using ::kg::testing::ProcessResult;
using ::kg::testing::RunProcess;
using ::testing::HasSubstr;

// The graph: United States (as "US") and Russia found, a spurious Place,
// CITIZEN_OF right, BASED_IN missing, one SAID. d.txt is the document.
constexpr char kGraph[] = R"({"nodes": [
  {"id": 0, "labels": ["Country"],
   "properties": {"name": "US", "docs": ["d.txt"]}},
  {"id": 1, "labels": ["Country"],
   "properties": {"name": "Russia", "aliases": ["Moscow"], "docs": "d.txt"}},
  {"id": 2, "labels": ["Place"],
   "properties": {"name": "Houston", "docs": ["d.txt"]}},
  {"id": 3, "labels": ["Person", "Official"],
   "properties": {"name": "Jon Huntsman", "title": "Ambassador",
                  "docs": ["d.txt"]}},
  {"id": 4, "labels": ["Document"], "properties": {"id": "d.txt"}}],
 "relationships": [
  {"id": 0, "type": "CITIZEN_OF", "start": 3, "end": 0,
   "properties": {"doc": "d.txt"}},
  {"id": 1, "type": "SAID", "start": 3, "end": 4,
   "properties": {"doc": "d.txt", "quote": "limitless"}}]})";

constexpr char kGold[] = R"({
 "document": {"id": "d.txt", "title": "T", "source": "S"},
 "entities": [
  {"labels": ["Country"], "name": "United States", "aliases": ["U.S."]},
  {"labels": ["Country"], "name": "Russia"},
  {"labels": ["Organization", "Agency"], "name": "Roscosmos"},
  {"labels": ["Person", "Official"], "name": "Jon Huntsman",
   "properties": {"title": "Ambassador to Moscow"}}],
 "relations": [
  {"type": "CITIZEN_OF", "from": "Jon Huntsman", "to": "United States",
   "sentence": "s"},
  {"type": "BASED_IN", "from": "Roscosmos", "to": "Russia", "sentence": "s"}],
 "events": [],
 "said": [{"person": "Jon Huntsman", "quote": "limitless"}]})";

class EvalCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("kg_eval_cli_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "gold");
    Write("g.json", kGraph);
    Write("gold/d.json", kGold);
    ProcessResult r =
        Kg({"import", "--json", Path("g.json"), "-o", Path("g.kg")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  void TearDown() override { fs::remove_all(dir_); }

  ProcessResult Kg(std::vector<std::string> args) {
    args.insert(args.begin(), KG_BINARY);
    return RunProcess(args);
  }
  ProcessResult Eval(std::vector<std::string> more = {}) {
    std::vector<std::string> args = {"eval", "-g", Path("g.kg"), "--gold",
                                     Path("gold")};
    args.insert(args.end(), more.begin(), more.end());
    return Kg(args);
  }
  std::string Path(const std::string& name) { return (dir_ / name).string(); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }

  fs::path dir_;
};

TEST_F(EvalCliTest, PrintsPrecisionRecallAndF1PerRow) {
  ProcessResult r = Eval();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "scored 1 documents against " + Path("gold") +
                "\n"
                "\n"
                "category   label/type/kind   gold  extracted  matched  "
                "precision  recall     F1\n"
                "entities   all                  4          4        3  "
                "    0.750   0.750  0.750\n"
                "entities   Country              2          2        2  "
                "    1.000   1.000  1.000\n"
                "entities   Organization         1          0        0  "
                "        -   0.000  0.000\n"
                "entities   Person               1          1        1  "
                "    1.000   1.000  1.000\n"
                "entities   Place                0          1        0  "
                "    0.000       -  0.000\n"
                "labels     Official             1          1        1  "
                "    1.000   1.000  1.000\n"
                "relations  all                  2          1        1  "
                "    1.000   0.500  0.667\n"
                "relations  BASED_IN             1          0        0  "
                "        -   0.000  0.000\n"
                "relations  CITIZEN_OF           1          1        1  "
                "    1.000   1.000  1.000\n"
                "events     all (lenient)        0          0        0  "
                "        -       -      -\n"
                "events     all (strict)         0          0        0  "
                "        -       -      -\n"
                "events     all (SCHEMA)         0          0        0  "
                "        -       -      -\n"
                "said       all                  1          1        1  "
                "    1.000   1.000  1.000\n"
                "\n"
                "attribute accuracy on matched pairs\n"
                "category   attribute        correct  total  accuracy\n"
                "entities   title                  1      1     1.000\n"
                "relations  planned                1      1     1.000\n");
}

TEST_F(EvalCliTest, ErrorsListEachMistakeUnderItsDocument) {
  ProcessResult r = Eval({"--errors"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out,
              HasSubstr("\nd.txt: 3 errors\n"
                        "  entities\n"
                        "    FN    Organization  Roscosmos\n"
                        "    FP    Place         Houston\n"
                        "  relations\n"
                        "    FN    BASED_IN      Roscosmos -> Russia\n"));
}

TEST_F(EvalCliTest, JsonCarriesTheSameFigures) {
  ProcessResult r = Eval({"--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\"f1\": {\n    \"entities\": 0.75,\n"
                               "    \"relations\": 0.6666666666666666,\n"
                               "    \"events\": null,\n"));
  EXPECT_THAT(r.out, HasSubstr("\"CITIZEN_OF\": {\n        \"gold\": 1,"));
}

TEST_F(EvalCliTest, MinimumF1FlagsGateTheExitStatus) {
  ProcessResult r =
      Eval({"--min-entity-f1", "0.7", "--min-relation-f1", "0.6"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = Eval({"--min-entity-f1", "0.95", "--min-relation-f1", "0.8"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "kg: eval: entity F1 0.750 is below --min-entity-f1 0.950\n"
            "kg: eval: relation F1 0.667 is below --min-relation-f1 0.800\n");
}

TEST_F(EvalCliTest, GoldDocumentMissingFromTheGraphIsSaid) {
  std::string other = kGold;
  other.replace(other.find("d.txt"), 5, "e.txt");
  Write("gold/e.json", other);
  ProcessResult r = Eval({"--doc", "e"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("note: e.txt is not in the graph; all its gold "
                               "items count as false negatives\n"));
  EXPECT_THAT(r.out,
              HasSubstr("\nentities   all                  4          0"));
}

TEST_F(EvalCliTest, MalformedGoldFileIsAnErrorNamingIt) {
  Write("gold/d.json", R"({"document": {"id": "d.txt"}, "entities": [],
    "relations": [{"type": "USES", "from": "A", "to": "B"}],
    "events": [], "said": []})");
  ProcessResult r = Eval();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "kg: error: " + Path("gold/d.json") +
                       ": relations[0].from: 'A' is not an entity in this "
                       "file\n");
}

TEST_F(EvalCliTest, UnknownDocumentIsAnError) {
  ProcessResult r = Eval({"--doc", "zzz"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "kg: error: no gold document 'zzz'; the gold documents are "
            "d.txt\n");
}

}  // namespace
}  // namespace kg
