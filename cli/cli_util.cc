#include "cli/cli_util.h"

#include <iostream>

#include "graph/snapshot.h"

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
  if (path.empty()) {
    return absl::InvalidArgumentError("no graph given: use -g FILE.kg");
  }
  return LoadSnapshot(path);
}

}  // namespace kg::cli
