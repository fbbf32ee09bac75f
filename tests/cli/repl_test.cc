// End-to-end tests of `kg repl`: the real binary on a pseudo-terminal
// (editing, history, completion, Ctrl-C, Ctrl-D) and on piped stdin
// (scripting). Every read has a deadline, so a broken shell fails a test
// instead of hanging it.
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/cli/run_process.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

// The kg shell on the slave side of a pseudo-terminal.
class PtyShell {
 public:
  PtyShell(const std::vector<std::string>& args, const std::string& history) {
    winsize size = {};
    size.ws_row = 40;
    size.ws_col = 120;
    pid_ = forkpty(&fd_, nullptr, nullptr, &size);
    if (pid_ == 0) {
      setenv("KG_HISTORY", history.c_str(), 1);
      setenv("TERM", "xterm", 1);
      setenv("LC_ALL", "C.UTF-8", 1);
      std::vector<char*> argv = {const_cast<char*>(KG_BINARY)};
      for (const std::string& a : args) {
        argv.push_back(const_cast<char*>(a.c_str()));
      }
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
  }
  ~PtyShell() {
    if (pid_ > 0 && !exited_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (fd_ >= 0) close(fd_);
  }

  // Waits a moment first: libedit prints its prompt before it puts the
  // terminal in raw mode, and a key that arrives in between is handled by
  // the terminal's cooked mode (echoed twice; a Ctrl-D lost).
  void Send(std::string_view keys) {
    std::this_thread::sleep_for(std::chrono::milliseconds(40));
    ASSERT_EQ(write(fd_, keys.data(), keys.size()),
              static_cast<ssize_t>(keys.size()));
  }

  // Reads until `text` shows up after the read position, which then moves
  // past it. False after `ms` milliseconds without it.
  bool WaitFor(std::string_view text, int ms = 5000) {
    auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (true) {
      size_t at = output_.find(text, seen_);
      if (at != std::string::npos) {
        seen_ = at + text.size();
        return true;
      }
      int left = static_cast<int>(
          std::chrono::duration_cast<std::chrono::milliseconds>(
              deadline - std::chrono::steady_clock::now())
              .count());
      if (left <= 0 || !ReadSome(left)) return false;
    }
  }

  // The exit status, once the shell ends within `ms`; -1 otherwise.
  int Exit(int ms = 5000) {
    auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        exited_ = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      }
      ReadSome(20);  // keep draining so the shell never blocks on output
    }
    return -1;
  }

  const std::string& output() const { return output_; }

 private:
  bool ReadSome(int ms) {
    pollfd p = {fd_, POLLIN, 0};
    if (poll(&p, 1, ms) <= 0) return false;
    char buf[4096];
    ssize_t n = read(fd_, buf, sizeof(buf));
    if (n <= 0) return false;
    output_.append(buf, n);
    return true;
  }

  pid_t pid_ = -1;
  int fd_ = -1;
  bool exited_ = false;
  std::string output_;
  size_t seen_ = 0;
};

class ReplTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("kg_repl_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    history_ = (dir_ / "history").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<PtyShell> Shell(std::vector<std::string> args = {}) {
    args.insert(args.begin(), "repl");
    auto shell = std::make_unique<PtyShell>(args, history_);
    EXPECT_TRUE(shell->WaitFor("kg> ")) << shell->output();
    return shell;
  }

  fs::path dir_;
  std::string history_;
};

TEST_F(ReplTest, RunsStatementsThatSpanLinesAndQuitsOnCtrlD) {
  auto shell = Shell();
  shell->Send("RETURN 40 + 2\r");
  ASSERT_TRUE(shell->WaitFor("  > ")) << shell->output();
  shell->Send("  AS answer;\r");
  ASSERT_TRUE(shell->WaitFor("| answer |")) << shell->output();
  ASSERT_TRUE(shell->WaitFor("| 42     |")) << shell->output();
  ASSERT_TRUE(shell->WaitFor("1 row (")) << shell->output();
  ASSERT_TRUE(shell->WaitFor("kg> ")) << shell->output();
  shell->Send("\x04");
  EXPECT_EQ(shell->Exit(), 0) << shell->output();
}

TEST_F(ReplTest, HistoryIsKeptAcrossSessionsAndRecalledWithUpArrow) {
  {
    auto shell = Shell();
    shell->Send("RETURN 'remembered' AS h;\r");
    ASSERT_TRUE(shell->WaitFor("| 'remembered' |")) << shell->output();
    // Ctrl-D at the prompt: typed earlier, it would be read as the end of
    // a line that the terminal still holds in cooked mode.
    ASSERT_TRUE(shell->WaitFor("kg> ")) << shell->output();
    shell->Send("\x04");
    EXPECT_EQ(shell->Exit(), 0) << shell->output();
  }
  std::ifstream in(history_);
  std::stringstream saved;
  saved << in.rdbuf();
  EXPECT_THAT(saved.str(), HasSubstr("remembered"));

  auto shell = Shell();
  shell->Send("\x1b[A\r");
  ASSERT_TRUE(shell->WaitFor("| 'remembered' |")) << shell->output();
}

TEST_F(ReplTest, TabCompletesLabelsKeysAndKeywordsFromTheGraph) {
  auto shell = Shell();
  shell->Send("CREATE (:Agency {name: 'Roscosmos', founded: 1992});\r");
  ASSERT_TRUE(shell->WaitFor("created 1 node")) << shell->output();
  ASSERT_TRUE(shell->WaitFor("kg> "));
  // Each Tab must complete the word for the statement to run at all.
  shell->Send("MAT\t(a:Ag\t) RETURN a.fou\t AS y;\r");
  ASSERT_TRUE(shell->WaitFor("| 1992 |")) << shell->output();
}

TEST_F(ReplTest, CtrlCCancelsTheRunningQueryAndKeepsTheShell) {
  auto shell = Shell();
  shell->Send("UNWIND range(1, 2000) AS i CREATE (:N {i: i});\r");
  ASSERT_TRUE(shell->WaitFor("created 2000 nodes")) << shell->output();
  // Eight billion combinations: far longer than the test waits.
  shell->Send("MATCH (a:N), (b:N), (c:N) RETURN count(*) AS c;\r");
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  shell->Send("\x03");
  ASSERT_TRUE(shell->WaitFor("kg: statement cancelled")) << shell->output();
  ASSERT_TRUE(shell->WaitFor("kg> ")) << shell->output();
  shell->Send("RETURN 7 AS seven;\r");
  ASSERT_TRUE(shell->WaitFor("| 7     |")) << shell->output();
  ASSERT_TRUE(shell->WaitFor("kg> ")) << shell->output();
  shell->Send("\x04");
  // The 2,000 nodes were never saved, and there is no snapshot to save to.
  ASSERT_TRUE(shell->WaitFor("Leave anyway? [y/N] ")) << shell->output();
  shell->Send("y\r");
  EXPECT_EQ(shell->Exit(), 0);
}

TEST_F(ReplTest, LeavingWithUnsavedChangesAsksToSaveThem) {
  std::string graph = (dir_ / "g.kg").string();
  testing::ProcessResult r = testing::RunProcess(
      {KG_BINARY, "query", "-g", graph, "--write", "CREATE (:Agency)"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto shell = Shell({"-g", graph});
  shell->Send("CREATE (:Agency {name: 'ESA'});\r");
  ASSERT_TRUE(shell->WaitFor("created 1 node")) << shell->output();
  ASSERT_TRUE(shell->WaitFor("kg> ")) << shell->output();
  shell->Send(":quit\r");
  ASSERT_TRUE(shell->WaitFor("Save them to " + graph + "? [y/N] "))
      << shell->output();
  shell->Send("y\r");
  ASSERT_TRUE(shell->WaitFor("wrote " + graph)) << shell->output();
  EXPECT_EQ(shell->Exit(), 0) << shell->output();
  r = testing::RunProcess({KG_BINARY, "query", "-g", graph, "--format", "csv",
                           "MATCH (a:Agency) RETURN count(a) AS n"});
  EXPECT_EQ(r.out, "n\n2\n");
}

TEST_F(ReplTest, PipedShellWarnsOfChangesNotSaved) {
  std::string graph = (dir_ / "g.kg").string();
  testing::ProcessResult r = testing::RunProcess(
      {KG_BINARY, "query", "-g", graph, "--write", "RETURN 1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = testing::RunProcess({KG_BINARY, "repl", "-g", graph},
                          "CREATE (:Agency {name: 'ESA'});\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("kg: warning: the statements changed the "
                               "graph, and the changes were not saved"));
  r = testing::RunProcess({KG_BINARY, "query", "-g", graph, "--format", "csv",
                           "MATCH (a:Agency) RETURN count(a) AS n"});
  EXPECT_EQ(r.out, "n\n0\n");
}

TEST_F(ReplTest, WriteSavesTheChangesOnLeaving) {
  std::string graph = (dir_ / "new.kg").string();
  testing::ProcessResult r =
      testing::RunProcess({KG_BINARY, "repl", "-g", graph, "--write"},
                          "CREATE (:Agency {name: 'ESA'});\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, Not(HasSubstr("warning")));
  r = testing::RunProcess({KG_BINARY, "query", "-g", graph, "--format", "csv",
                           "MATCH (a:Agency) RETURN a.name AS name"});
  EXPECT_EQ(r.out, "name\nESA\n");
}

TEST_F(ReplTest, CtrlCAtThePromptDropsTheTypedStatement) {
  auto shell = Shell();
  shell->Send("RETURN 1 AS dropped\r");
  ASSERT_TRUE(shell->WaitFor("  > ")) << shell->output();
  shell->Send("+ 1");
  shell->Send("\x03");
  ASSERT_TRUE(shell->WaitFor("kg> ")) << shell->output();
  shell->Send("RETURN 2 AS kept;\r");
  ASSERT_TRUE(shell->WaitFor("| kept |")) << shell->output();
  EXPECT_THAT(shell->output(), Not(HasSubstr("| dropped")));
  EXPECT_THAT(shell->output(), Not(HasSubstr("error")));
}

TEST_F(ReplTest, MisspeltLabelGetsADidYouMean) {
  auto shell = Shell();
  shell->Send("CREATE (:Astronaut {name: 'Anna Kikina'});\r");
  ASSERT_TRUE(shell->WaitFor("created 1 node")) << shell->output();
  shell->Send("MATCH (a:Astronuat) RETURN a;\r");
  ASSERT_TRUE(shell->WaitFor("did you mean :Astronaut?")) << shell->output();
}

TEST_F(ReplTest, PipedInputIsAScriptWithoutPrompts) {
  std::string script =
      "CREATE (:Agency {name: 'NASA'}),\n"
      "       (:Agency {name: 'Roscosmos'});\n"
      ":format csv\n"
      "MATCH (a:Agency) RETURN a.name AS name ORDER BY name;\n"
      "RETURN 'no semicolon at the end' AS last\n";
  testing::ProcessResult r = testing::RunProcess({KG_BINARY, "repl"}, script);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, ::testing::StartsWith("0 rows; created 2 nodes, added 1 "
                                           "label, set 2 properties ("));
  EXPECT_THAT(r.out, ::testing::EndsWith(" ms)\nname\nNASA\nRoscosmos\n"
                                         "last\nno semicolon at the end\n"));
  EXPECT_THAT(r.out, Not(HasSubstr("kg> ")));
  EXPECT_EQ(r.err, "");
}

TEST_F(ReplTest, PipedErrorsNameTheLineAndFailTheExitStatus) {
  testing::ProcessResult r =
      testing::RunProcess({KG_BINARY, "repl", "--format", "csv"},
                          "RETURN 1 AS a;\nRETURN 2 +;\nRETURN 3 AS c;\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "a\n1\nc\n3\n");
  EXPECT_THAT(r.err, ::testing::StartsWith(
                         "kg: error: [Neo.ClientError.Statement.SyntaxError: "
                         "UnexpectedSyntax] stdin:2:11: "));
  EXPECT_THAT(r.err, HasSubstr("\n  RETURN 2 +;\n            ^\n"));
}

}  // namespace
}  // namespace kg
