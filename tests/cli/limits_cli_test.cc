// The limits of `kg query`, `kg run` and `kg repl` as a script sees them:
// options, messages and exit codes.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <string>
#include <vector>

#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/cli/kg_binary_test.h"
#include "tests/cli/run_process.h"

namespace kg {
namespace {

using ::kg::testing::ProcessResult;
using ::testing::HasSubstr;
using ::testing::StartsWith;

using LimitsCliTest = ::kg::testing::KgBinaryTest;

constexpr char kDoubling[] =
    "RETURN size(reduce(a = 'a', j IN range(1, 40) | a + a))";

TEST_F(LimitsCliTest, GoingOverMaxMemoryIsAnOrdinaryError) {
  for (const char* command : {"query", "run"}) {
    std::string arg = kDoubling;
    if (std::string(command) == "run") {
      Write("s.cypher", arg + ";\n");
      arg = Path("s.cypher");
    }
    ProcessResult r = Kg({command, "--max-memory", "64M", arg});
    EXPECT_EQ(r.exit_code, 1) << command << "\n" << r.err;
    EXPECT_THAT(r.err, StartsWith("kg: error: ")) << command;
    EXPECT_THAT(r.err, HasSubstr(": the statement needs more than its memory "
                                 "budget of 64 MiB"))
        << command;
  }
  ProcessResult r =
      Kg({"repl", "--max-memory", "64M"}, std::string(kDoubling) + ";\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("memory budget of 64 MiB"));
}

TEST_F(LimitsCliTest, MaxMemoryTakesSizesWithUnits) {
  ProcessResult r = Kg({"query", "--format", "csv", "--max-memory", "1.5GiB",
                        "RETURN size(range(1, 1000)) AS n"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = Kg({"query", "--max-memory", "lots", "RETURN 1"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, StartsWith("kg: error: 'lots' is not a size"));
}

// Starts kg with `args`, sends it SIGINT after `delay`, and returns its
// exit status.
int InterruptedExitCode(const std::vector<std::string>& args,
                        absl::Duration delay) {
  std::vector<std::string> argv = args;
  argv.insert(argv.begin(), KG_BINARY);
  pid_t pid = kg::testing::StartProcess(argv);
  absl::SleepFor(delay);
  kill(pid, SIGINT);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

TEST_F(LimitsCliTest, CtrlCEndsQueryAndRunWith130) {
  const std::string slow =
      "RETURN size(reduce(s = '', x IN range(1, 10000000) | s + 'xxxxxxxxxx'))";
  EXPECT_EQ(InterruptedExitCode({"query", slow}, absl::Milliseconds(300)), 130);
  Write("s.cypher", "RETURN 1;\n" + slow + ";\nRETURN 2;\n");
  EXPECT_EQ(
      InterruptedExitCode({"run", "--continue-on-error", Path("s.cypher")},
                          absl::Milliseconds(300)),
      130);
}

TEST_F(LimitsCliTest, RunTakesMaxRows) {
  Write("s.cypher", "UNWIND range(1, 5) AS x RETURN x;\n");
  ProcessResult r = Kg({"run", "--max-rows", "3", Path("s.cypher")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("returns more than 3 rows"));
}

TEST_F(LimitsCliTest, ErrorsEchoALongValueOnlyInPart) {
  // A 500-deep list parameter: refused, and echoed in part.
  std::string deep = std::string(500, '[') + "'" + std::string(100000, 'x') +
                     "'" + std::string(500, ']');
  ProcessResult r = Kg({"query", "-p", "x=" + deep, "RETURN $x"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_LT(r.err.size(), 1000u) << r.err.substr(0, 2000);
  EXPECT_THAT(r.err, HasSubstr("... (101002 bytes)"));
  // A syntax error at the end of a 90 KB line shows the stretch before it.
  std::string statement = "RETURN [";
  for (int i = 0; i < 30000; ++i) statement += "1, ";
  statement += "1] +";
  r = Kg({"query", statement});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_LT(r.err.size(), 1000u) << r.err.substr(0, 2000);
  EXPECT_THAT(r.err,
              HasSubstr("\n  ..." + statement.substr(statement.size() - 80) +
                        "\n  " + std::string(83, ' ') + "^\n"))
      << r.err;
}

}  // namespace
}  // namespace kg
