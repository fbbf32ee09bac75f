#include "cli/cli_util.h"

#include <fstream>
#include <iostream>
#include <sstream>

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
        absl::StrCat("'", std::string(text), "' is not a Cypher value"));
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
    return absl::InvalidArgumentError(
        absl::StrCat("--param ", name, ": '", text,
                     "' is not a Cypher value (strings need quotes: ", name,
                     "=\"'", text, "'\")"));
  }
  return std::make_pair(name, *std::move(value));
}

}  // namespace kg::cli
