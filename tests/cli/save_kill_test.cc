// kg killed with SIGKILL while it writes a snapshot: the file on disk is
// always the old snapshot or the new one, never a damaged one (the save
// writes a temporary file, fsyncs it and renames it over the old one).
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

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

class SaveKillTest : public KgBinaryTest {
 protected:
  // Starts kg with `args`; returns the child's pid.
  pid_t Start(std::vector<std::string> args) {
    args.insert(args.begin(), KG_BINARY);
    return StartProcess(args);
  }

  // The number of nodes of the snapshot at `path`, or -1 when kg cannot
  // read it.
  int64_t Nodes(const std::string& path) {
    ProcessResult r = Kg({"query", "-g", path, "--format", "csv",
                          "MATCH (n) RETURN count(n) AS n"});
    if (r.exit_code != 0) return -1;
    return std::stoll(r.out.substr(r.out.find('\n') + 1));
  }
};

TEST_F(SaveKillTest, ASaveKilledAnywhereLeavesTheOldOrTheNewSnapshot) {
  const std::string old_path = Path("old.kg");
  ProcessResult r = Kg({"query", "-g", old_path, "--write",
                        "UNWIND range(1, 1000) AS i CREATE (:Old {i: i})"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(Nodes(old_path), 1000);
  // A write whose snapshot takes a while to save: several MB.
  const std::vector<std::string> write = {
      "query", "-g", Path("g.kg"), "--write",
      "UNWIND range(1, 150000) AS i CREATE (:New {i: i, s: "
      "'a value long enough to make the snapshot several megabytes'})"};
  // How long a whole run takes, to spread the kills over all of it.
  fs::copy_file(old_path, Path("g.kg"), fs::copy_options::overwrite_existing);
  auto start = std::chrono::steady_clock::now();
  pid_t pid = Start(write);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  const auto full = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - start);
  ASSERT_EQ(Nodes(Path("g.kg")), 151000);

  std::mt19937 random(20261206);
  std::uniform_int_distribution<int64_t> when(0, full.count() * 13 / 10);
  int old_seen = 0, new_seen = 0;
  // Kills `after` into a run; the snapshot must read as old or new.
  auto kill_run = [&](int run, std::chrono::microseconds after) {
    fs::copy_file(old_path, Path("g.kg"), fs::copy_options::overwrite_existing);
    pid_t p = Start(write);
    std::this_thread::sleep_for(after);
    kill(p, SIGKILL);
    int st = 0;
    ASSERT_EQ(waitpid(p, &st, 0), p);
    int64_t nodes = Nodes(Path("g.kg"));
    ASSERT_TRUE(nodes == 1000 || nodes == 151000)
        << "run " << run << ": the snapshot reads as " << nodes << " nodes";
    (nodes == 1000 ? old_seen : new_seen) += 1;
  };
  for (int run = 0; run < 30; ++run) {
    kill_run(run, std::chrono::microseconds(when(random)));
    if (::testing::Test::HasFatalFailure()) return;
  }
  // Both outcomes happen: kills fell before the rename and after it. On a
  // busy machine the runs may all have been slower than the one timed:
  // then later kills, up to sixteen times the timed run, find the new one.
  for (int run = 30; run < 34 && new_seen == 0; ++run) {
    kill_run(run, full * (2 << (run - 30)));
    if (::testing::Test::HasFatalFailure()) return;
  }
  EXPECT_GT(old_seen, 0);
  EXPECT_GT(new_seen, 0);
}

}  // namespace
}  // namespace kg::testing
