// The limits of `kg query`, `kg run` and `kg repl` as a script sees them:
// options, messages and exit codes.
#include <string>

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

}  // namespace
}  // namespace kg
