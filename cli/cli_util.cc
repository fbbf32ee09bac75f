#include "cli/cli_util.h"

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "graph/snapshot.h"
#include "query/engine.h"

namespace kg::cli {

int Fail(std::string_view message) {
  std::cerr << "kg: error: " << message << "\n";
  return 1;
}

int Fail(const absl::Status& status) {
  return Fail(
      std::string_view(status.message().data(), status.message().size()));
}

absl::StatusOr<Graph> LoadGraph(const std::string& path) {
  if (path.empty()) return Graph();
  return LoadSnapshot(path);
}

Graph& ProcessLifetimeGraph() {
  static auto* const kept = new std::vector<std::unique_ptr<Graph>>();
  kept->push_back(std::make_unique<Graph>());
  return *kept->back();
}

absl::StatusOr<std::string> ReadTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

absl::StatusOr<Value> EvaluateLiteral(std::string_view text) {
  Graph scratch;
  query::Engine engine(&scratch);
  absl::StatusOr<query::QueryResult> r =
      engine.Execute(absl::StrCat("RETURN ", std::string(text), " AS value"));
  if (!r.ok() || r->rows.size() != 1 || r->rows[0].size() != 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("'", Excerpt(text), "' is not a Cypher value"));
  }
  return r->rows[0][0];
}

// A parameter's value is a Cypher expression evaluated on an empty graph:
// --param name=\"'NASA'\", --param year=2018, --param ids=[1,2].
absl::StatusOr<std::pair<std::string, Value>> ParseParam(
    const std::string& spec) {
  size_t eq = spec.find('=');
  if (eq == std::string::npos || eq == 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--param ", spec, ": expected name=value, e.g. name=\"'NASA'\""));
  }
  std::string name = spec.substr(0, eq);
  std::string text = spec.substr(eq + 1);
  absl::StatusOr<Value> value = EvaluateLiteral(text);
  if (!value.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--param ", Excerpt(name), ": '", Excerpt(text),
        "' is not a Cypher value (strings need quotes: ", Excerpt(name), "=\"'",
        Excerpt(text), "'\")"));
  }
  return std::make_pair(name, *std::move(value));
}

std::string Excerpt(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  return absl::StrCat(std::string(text.substr(0, cut)), "... (", text.size(),
                      " bytes)");
}

absl::StatusOr<uint64_t> ParseByteSize(std::string_view text) {
  std::string s = absl::AsciiStrToUpper(
      absl::StripAsciiWhitespace(absl::string_view(text.data(), text.size())));
  if (absl::EndsWith(s, "IB")) {
    s.resize(s.size() - 2);
  } else if (s.size() > 1 && s.back() == 'B') {
    s.pop_back();
  }
  double scale = 1;
  if (!s.empty()) {
    const std::string units = "KMGT";
    size_t unit = units.find(s.back());
    if (unit != std::string::npos) {
      scale = static_cast<double>(uint64_t{1} << (10 * (unit + 1)));
      s.pop_back();
    }
  }
  double number = 0;
  if (s.empty() || !absl::SimpleAtod(s, &number) || !(number >= 0) ||
      number * scale > 1e18) {
    return absl::InvalidArgumentError(
        absl::StrCat("'", std::string(text),
                     "' is not a size: give bytes or a number with K, M, G "
                     "or T, such as 512M or 4G"));
  }
  return static_cast<uint64_t>(number * scale);
}

int Threads(int requested) {
  if (requested > 0) return requested;
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

}  // namespace kg::cli
