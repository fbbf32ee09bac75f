// A fixture for end-to-end tests of the real kg binary: a fresh temporary
// folder per test, and helpers to run kg and to read and write files there.
#ifndef KG_TESTS_CLI_KG_BINARY_TEST_H_
#define KG_TESTS_CLI_KG_BINARY_TEST_H_

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/cli/run_process.h"

namespace kg::testing {

class KgBinaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::path(::testing::TempDir()) /
        ("kg_" + std::to_string(::getpid()) + "_" +
         ::testing::UnitTest::GetInstance()->current_test_suite()->name() +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Runs kg with `args`, `in` on its stdin.
  ProcessResult Kg(std::vector<std::string> args, const std::string& in = "") {
    args.insert(args.begin(), KG_BINARY);
    return RunProcess(args, in);
  }
  // A path inside the test's folder.
  std::string Path(const std::string& name) { return (dir_ / name).string(); }
  // The five sample articles (corpus/*.txt), in file-name order.
  static std::vector<std::string> SampleCorpus() {
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(
             std::string(KG_SOURCE_DIR) + "/corpus")) {
      if (e.path().extension() == ".txt") files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
  }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  // The contents of `name` in the test's folder.
  std::string Read(const std::string& name) { return ReadPath(Path(name)); }
  static std::string ReadPath(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }

  std::filesystem::path dir_;
};

}  // namespace kg::testing

#endif  // KG_TESTS_CLI_KG_BINARY_TEST_H_
