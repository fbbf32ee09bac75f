#include "cli/dot_render.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "absl/strings/str_cat.h"

extern char** environ;

namespace kg::cli {

absl::Status CheckRenderFormat(std::string_view format) {
  if (format == "svg" || format == "png" || format == "pdf") {
    return absl::OkStatus();
  }
  return absl::InvalidArgumentError(absl::StrCat(
      "cannot render as '", std::string(format), "' (svg, png, pdf)"));
}

absl::Status RenderDot(std::string_view dot_text, std::string_view format,
                       const std::string& out_path) {
  if (absl::Status s = CheckRenderFormat(format); !s.ok()) return s;
  if (out_path.empty()) {
    return absl::InvalidArgumentError("--render needs a file: use -o FILE");
  }
  const char* env = std::getenv("KG_DOT");
  std::string program = env != nullptr && *env != '\0' ? env : "dot";
  std::string type = absl::StrCat("-T", std::string(format));
  std::string out_flag = "-o" + out_path;  // one argument: no "-" ambiguity
  std::vector<char*> argv = {program.data(), type.data(), out_flag.data(),
                             nullptr};

  int in[2];
  if (pipe(in) != 0) return absl::InternalError("cannot create a pipe");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
  posix_spawn_file_actions_addclose(&actions, in[0]);
  posix_spawn_file_actions_addclose(&actions, in[1]);
  pid_t pid;
  int err = posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(),
                         environ);
  posix_spawn_file_actions_destroy(&actions);
  close(in[0]);
  if (err != 0) {
    close(in[1]);
    return absl::FailedPreconditionError(
        absl::StrCat("cannot run '", program, "': ", std::strerror(err),
                     " (install Graphviz: apt-get install graphviz)"));
  }
  // dot may exit early on bad input; a broken pipe is then its error to
  // report, not a signal that ends kg.
  struct sigaction ignore = {}, old = {};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &old);
  size_t written = 0;
  while (written < dot_text.size()) {
    ssize_t n =
        write(in[1], dot_text.data() + written, dot_text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    written += static_cast<size_t>(n);
  }
  close(in[1]);
  sigaction(SIGPIPE, &old, nullptr);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return absl::InternalError(
        absl::StrCat("'", program, "' failed to render ", out_path));
  }
  return absl::OkStatus();
}

}  // namespace kg::cli
