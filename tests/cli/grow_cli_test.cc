// kg add and kg remove through the real binary: a snapshot grown document by
// document, or shrunk, is byte for byte the snapshot a build of the same
// documents writes; a document with a known id is replaced; every refusal
// leaves the snapshot as it was, and so does a kill in the middle.
#include <signal.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/cli/kg_binary_test.h"
#include "tests/cli/run_process.h"

namespace kg::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class GrowCliTest : public KgBinaryTest {
 protected:
  static std::string Id(const std::string& path) {
    return fs::path(path).filename().string();
  }

  // Builds `files` into `name`; returns the snapshot's bytes.
  std::string Build(const std::vector<std::string>& files,
                    const std::string& name) {
    std::vector<std::string> args = {"build", "-q", "-o", Path(name)};
    args.insert(args.end(), files.begin(), files.end());
    ProcessResult r = Kg(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return Read(name);
  }
};

TEST_F(GrowCliTest, AddingEachSampleInTurnGivesTheBuildOfAllFive) {
  const std::vector<std::string> all = SampleCorpus();
  ASSERT_EQ(all.size(), 5u);
  const std::string whole = Build(all, "all.kg");
  // Started from the last document, added in an order of its own.
  Build({all[4]}, "grown.kg");
  for (int i : {2, 0, 3, 1}) {
    ProcessResult r = Kg({"add", "-q", "-g", Path("grown.kg"), all[i]});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_THAT(r.err, HasSubstr("added 1 document, replaced 0"));
  }
  EXPECT_TRUE(Read("grown.kg") == whole);
}

TEST_F(GrowCliTest, RemovingAnySetGivesTheBuildOfTheRest) {
  const std::vector<std::string> all = SampleCorpus();
  const std::string whole = Build(all, "all.kg");
  for (unsigned mask = 1; mask < (1u << all.size()) - 1; mask += 3) {
    std::vector<std::string> args = {"remove", "-g", Path("g.kg")};
    std::vector<std::string> rest;
    for (size_t i = 0; i < all.size(); ++i) {
      if (mask & (1u << i)) {
        args.push_back("--doc");
        args.push_back(Id(all[i]));
      } else {
        rest.push_back(all[i]);
      }
    }
    Write("g.kg", whole);
    ProcessResult r = Kg(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_THAT(r.err, HasSubstr("nodes "));
    EXPECT_TRUE(Read("g.kg") == Build(rest, "rest.kg")) << "mask " << mask;
  }
}

TEST_F(GrowCliTest, AddThenRemoveGivesTheOriginalBack) {
  const std::vector<std::string> all = SampleCorpus();
  const std::string three = Build({all[0], all[1], all[2]}, "g.kg");
  ASSERT_EQ(Kg({"add", "-q", "-g", Path("g.kg"), all[3], all[4]}).exit_code, 0);
  ProcessResult r = Kg(
      {"remove", "-g", Path("g.kg"), "--doc", Id(all[3]), "--doc", Id(all[4])});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Read("g.kg") == three);
}

TEST_F(GrowCliTest, ADocumentWithAKnownIdIsReplaced) {
  const std::vector<std::string> all = SampleCorpus();
  Build(all, "g.kg");
  // A corrected version of the first sample, under the same file name.
  fs::create_directory(Path("fixed"));
  const std::string fixed = (fs::path(Path("fixed")) / Id(all[0])).string();
  std::string text = ReadPath(all[0]);
  text +=
      "\nNASA Administrator Ruth Kessler met Roscosmos chief Pavel "
      "Orlovsky in Vienna.\n";
  Write("fixed/" + Id(all[0]), text);
  ProcessResult r = Kg({"add", "-q", "-g", Path("g.kg"), fixed});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("added 0 documents, replaced 1: " + Id(all[0])));
  std::vector<std::string> corrected = all;
  corrected[0] = fixed;
  EXPECT_TRUE(Read("g.kg") == Build(corrected, "corrected.kg"));
  r = Kg({"query", "-g", Path("g.kg"), "--format", "csv",
          "MATCH (d:Document) RETURN count(d) AS n"});
  EXPECT_EQ(r.out, "n\n5\n");
}

TEST_F(GrowCliTest, RefusalsLeaveTheSnapshotAsItWas) {
  const std::vector<std::string> all = SampleCorpus();
  const std::string before = Build({all[0], all[1]}, "g.kg");
  // An unknown document id: nothing removed.
  ProcessResult r =
      Kg({"remove", "-g", Path("g.kg"), "--doc", Id(all[0]), "--doc", "x.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("holds no document x.txt"));
  // Nothing to read.
  r = Kg({"add", "-q", "-g", Path("g.kg"), Path("missing.txt")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Read("g.kg") == before);
  // A statement changed the graph: a rebuild would lose its change.
  r = Kg({"query", "-g", Path("g.kg"), "--write",
          "CREATE ({name: 'Hand-made, without labels'})"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string edited = Read("g.kg");
  r = Kg({"add", "-q", "-g", Path("g.kg"), all[2]});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("statements have changed this graph"));
  EXPECT_TRUE(Read("g.kg") == edited);
  // --force rebuilds from the documents, and the hand-made node is gone
  // (the report counts it under "(no label)").
  r = Kg({"add", "-q", "--force", "-g", Path("g.kg"), all[2]});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("(no label) 1"));
  EXPECT_TRUE(Read("g.kg") == Build({all[0], all[1], all[2]}, "three.kg"));
  // A graph that was not built from documents has no facts to rebuild from.
  r = Kg({"query", "-g", Path("made.kg"), "--write", "CREATE (:A)"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string made = Read("made.kg");
  r = Kg({"add", "-q", "-g", Path("made.kg"), all[0]});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("keeps no extracted facts"));
  EXPECT_TRUE(Read("made.kg") == made);
}

TEST_F(GrowCliTest, AnAddKilledAnywhereLeavesTheOldOrTheNewSnapshot) {
  const std::vector<std::string> all = SampleCorpus();
  const std::string old_bytes = Build({all[0]}, "old.kg");
  const std::string new_bytes = Build(all, "new.kg");
  std::vector<std::string> add = {KG_BINARY, "add", "-q", "-g", Path("g.kg")};
  add.insert(add.end(), all.begin() + 1, all.end());
  Write("g.kg", old_bytes);
  auto start = std::chrono::steady_clock::now();
  int status = 0;
  pid_t pid = StartProcess(add);
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  const auto full = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - start);
  ASSERT_TRUE(Read("g.kg") == new_bytes);
  std::mt19937 random(20261206);
  std::uniform_int_distribution<int64_t> when(0, full.count() * 12 / 10);
  for (int run = 0; run < 12; ++run) {
    Write("g.kg", old_bytes);
    pid = StartProcess(add);
    std::this_thread::sleep_for(std::chrono::microseconds(when(random)));
    kill(pid, SIGKILL);
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    const std::string now = Read("g.kg");
    EXPECT_TRUE(now == old_bytes || now == new_bytes) << "run " << run;
  }
}

}  // namespace
}  // namespace kg::testing
