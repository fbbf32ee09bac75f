// tck_runner: runs the openCypher TCK against kg's engine and prints passed,
// failed and skipped scenarios per feature folder (e.g. clauses/match).
//
//   tck_runner [--tck DIR] [--filter SUBSTRING] [--verbose] [--list-failures]
//              [--floor-file PATH] [--timeout SECONDS] [--kg PATH]
//
// With --kg, every statement runs through that kg binary (kg run / kg query
// --format json on a scratch snapshot) and the runner sees only its output:
// the rows, the "stats" of what changed, the error's code and category.
//
// The TCK is DIR, else $KG_TCK_DIR, else KG_SOURCE_DIR/../shared/tck; when
// none exists the runner says so and exits 77 (ctest's SKIP_RETURN_CODE). The
// last line is always "N passed, M failed". Exit status: 0, or 1 when fewer
// scenarios pass than the floor file says, 2 on bad usage. A watchdog ends
// the run (exit 3) if one scenario outlives its query timeout by far, so a
// bug in the engine that ignores the deadline cannot hang ctest.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "tests/tck/gherkin.h"
#include "tests/tck/scenario_runner.h"

namespace kg::tck {
namespace {

namespace fs = std::filesystem;

struct Flags {
  std::string tck_dir;
  std::string filter;
  std::string floor_file;
  bool verbose = false;
  bool list_failures = false;
  int timeout_seconds = 10;
  std::string kg_binary;
};

struct Counts {
  int passed = 0, failed = 0, skipped = 0;
  void Add(Verdict v) {
    (v == Verdict::kPassed   ? passed
     : v == Verdict::kFailed ? failed
                             : skipped)++;
  }
};

std::string TempRoot() {
  const char* tmp = std::getenv("TMPDIR");
  return tmp != nullptr && *tmp != '\0' ? tmp : "/tmp";
}

// A folder of the command-line backend's scratch files, removed at exit.
struct ScratchDir {
  fs::path path;
  bool Make() {
    std::string pattern = TempRoot() + "/kg-tck-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) return false;
    path = pattern;
    return true;
  }
  ~ScratchDir() {
    std::error_code ignored;
    if (!path.empty()) fs::remove_all(path, ignored);
  }
};

constexpr char kUsage[] =
    "usage: tck_runner [--tck DIR] [--filter SUBSTRING] [--verbose] "
    "[--list-failures] [--floor-file PATH] [--timeout SECONDS] [--kg PATH]\n";

bool ParseFlags(int argc, char** argv, Flags* flags) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--verbose") {
      flags->verbose = true;
    } else if (arg == "--list-failures") {
      flags->list_failures = true;
    } else if (arg == "--tck" && has_value) {
      flags->tck_dir = argv[++i];
    } else if (arg == "--filter" && has_value) {
      flags->filter = argv[++i];
    } else if (arg == "--kg" && has_value) {
      flags->kg_binary = argv[++i];
    } else if (arg == "--floor-file" && has_value) {
      flags->floor_file = argv[++i];
    } else if (arg == "--timeout" && has_value) {
      if (!absl::SimpleAtoi(argv[++i], &flags->timeout_seconds) ||
          flags->timeout_seconds <= 0) {
        return false;
      }
    } else {
      return false;
    }
  }
  return true;
}

fs::path FindTck(const Flags& flags) {
  if (!flags.tck_dir.empty()) return flags.tck_dir;
  if (const char* env = std::getenv("KG_TCK_DIR"); env && *env) return env;
  return fs::path(KG_SOURCE_DIR) / ".." / "shared" / "tck";
}

// "clauses/match" for "clauses/match/Match1.feature".
std::string Group(const std::string& relative) {
  const size_t first = relative.find('/');
  if (first == std::string::npos) return relative;
  const size_t second = relative.find('/', first + 1);
  return relative.substr(0, second);
}

// Ends the process when one scenario runs far past its query timeout.
class Watchdog {
 public:
  explicit Watchdog(std::chrono::seconds limit)
      : limit_(limit), thread_([this] { Watch(); }) {}
  ~Watchdog() {
    stop_ = true;
    thread_.join();
  }
  void Start(std::string what) {
    std::lock_guard<std::mutex> lock(mu_);
    what_ = std::move(what);
    started_ = std::chrono::steady_clock::now();
  }

 private:
  void Watch() {
    while (!stop_) {
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      std::lock_guard<std::mutex> lock(mu_);
      if (!what_.empty() &&
          std::chrono::steady_clock::now() - started_ > limit_) {
        std::cout << "HUNG: " << what_ << " ran over " << limit_.count()
                  << " s; stopping the run" << std::endl;
        std::_Exit(3);
      }
    }
  }

  std::chrono::seconds limit_;
  std::mutex mu_;
  std::string what_;
  std::chrono::steady_clock::time_point started_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

void PrintCounts(const std::string& name, const Counts& c) {
  std::cout << "  " << name
            << std::string(name.size() < 44 ? 44 - name.size() : 1, ' ')
            << c.passed << " passed, " << c.failed << " failed, " << c.skipped
            << " skipped\n";
}

int Main(int argc, char** argv) {
  Flags flags;
  if (!ParseFlags(argc, argv, &flags)) {
    std::cerr << kUsage;
    return 2;
  }
  const fs::path tck = FindTck(flags);
  std::error_code error;
  if (!fs::is_directory(tck / "features", error)) {
    std::cout << "TCK not found at " << tck.string()
              << " (set KG_TCK_DIR or pass --tck); skipping\n";
    return 77;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(tck / "features")) {
    if (entry.path().extension() == ".feature") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());

  RunConfig config;
  config.graphs_dir = tck / "graphs";
  config.timeout = absl::Seconds(flags.timeout_seconds);
  ScratchDir scratch;
  if (!flags.kg_binary.empty()) {
    if (!scratch.Make()) {
      std::cout << "cannot make a scratch folder in " << TempRoot() << "\n";
      return 2;
    }
    config.kg_binary = fs::absolute(flags.kg_binary);
    config.work_dir = scratch.path;
    std::cout << "through the command line: " << config.kg_binary.string()
              << "\n";
  }
  Watchdog watchdog(std::chrono::seconds(3 * flags.timeout_seconds + 30));
  std::map<std::string, Counts> groups;
  Counts outside_temporal, total;
  int missing_category = 0;
  std::map<std::string, int> skip_reasons;
  for (const fs::path& file : files) {
    const std::string relative =
        fs::relative(file, tck / "features").generic_string();
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    auto scenarios = ReadFeature(text.str());
    std::vector<std::pair<std::string, Outcome>> outcomes;
    if (!scenarios.ok()) {
      if (!absl::StrContains(relative, flags.filter)) continue;
      outcomes.emplace_back(relative, Outcome{Verdict::kFailed,
                                              "cannot read the feature file: " +
                                                  scenarios.status().ToString(),
                                              "", false});
    } else {
      for (const Scenario& s : *scenarios) {
        const std::string where =
            absl::StrCat(relative, ":", s.line, " ", s.name);
        if (!absl::StrContains(where, flags.filter)) continue;
        watchdog.Start(where);
        outcomes.emplace_back(where, RunScenario(s, config));
        watchdog.Start("");
      }
    }
    for (const auto& [where, outcome] : outcomes) {
      groups[Group(relative)].Add(outcome.verdict);
      total.Add(outcome.verdict);
      if (!absl::StartsWith(relative, "expressions/temporal/")) {
        outside_temporal.Add(outcome.verdict);
      }
      if (outcome.verdict == Verdict::kSkipped) ++skip_reasons[outcome.reason];
      if (outcome.verdict != Verdict::kFailed) continue;
      if (outcome.missing_category) ++missing_category;
      if (flags.list_failures || flags.verbose) {
        std::cout << "FAIL " << where << "\n  " << outcome.reason << "\n";
      }
      if (flags.verbose) std::cout << outcome.detail;
    }
  }

  std::cout << "openCypher TCK at " << tck.string() << "\n";
  for (const auto& [name, counts] : groups) PrintCounts(name, counts);
  PrintCounts("outside expressions/temporal", outside_temporal);
  PrintCounts("total", total);
  for (const auto& [reason, count] : skip_reasons) {
    std::cout << "skipped " << count << ": " << reason << "\n";
  }
  std::cout << "failed with an error that has no TCK category: "
            << missing_category << "\n";
  int status = 0;
  if (!flags.floor_file.empty()) {
    std::ifstream floor_in(flags.floor_file);
    std::string line;
    int floor = -1;
    while (std::getline(floor_in, line)) {
      const absl::string_view body = absl::StripAsciiWhitespace(line);
      if (body.empty() || body[0] == '#') continue;
      if (!absl::SimpleAtoi(body, &floor)) break;
    }
    if (floor < 0) {
      std::cout << "cannot read a floor from " << flags.floor_file << "\n";
      status = 1;
    } else if (total.passed < floor) {
      std::cout << "BELOW FLOOR: " << total.passed << " passed, the floor in "
                << flags.floor_file << " is " << floor << "\n";
      status = 1;
    } else {
      std::cout << "floor " << floor << " held\n";
    }
  }
  std::cout << total.passed << " passed, " << total.failed << " failed"
            << std::endl;
  return status;
}

}  // namespace
}  // namespace kg::tck

int main(int argc, char** argv) { return kg::tck::Main(argc, argv); }
