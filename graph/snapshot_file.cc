// SaveSnapshot and LoadSnapshot: the POSIX file I/O around the codec in
// snapshot.cc.
//
// Saving writes a temporary file beside the target (so the rename stays on
// one file system), fsyncs it, renames it over the target and then fsyncs the
// directory so the rename itself survives a crash. A failure at any step
// removes the temporary file and leaves the old snapshot untouched.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "absl/strings/str_cat.h"
#include "graph/snapshot.h"

namespace kg {
namespace {

// "<path>: <what>: <strerror>", with the status code errno maps to.
absl::Status ErrnoError(int error, const std::string& path,
                        std::string_view what) {
  return absl::ErrnoToStatus(
      error,
      absl::StrCat(path, ": ", absl::string_view(what.data(), what.size())));
}

absl::Status WriteAll(int fd, std::string_view bytes, const std::string& path) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return ErrnoError(errno, path, "cannot write snapshot");
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return absl::OkStatus();
}

// Makes a finished rename durable. Best effort: some file systems refuse to
// fsync a directory, and the data itself is already safe.
void SyncDirectoryOf(const std::string& path) {
  const size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "."
                          : slash == 0               ? "/"
                                                     : path.substr(0, slash);
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Writes, flushes and closes the temporary file `fd`.
absl::Status FillTemporary(int fd, const std::string& bytes,
                           const std::string& path) {
  // mkostemp creates the file 0600; a replaced snapshot keeps its old mode,
  // a new one gets the usual 0644.
  struct stat old;
  mode_t mode = ::stat(path.c_str(), &old) == 0 && S_ISREG(old.st_mode)
                    ? old.st_mode & 07777
                    : 0644;
  absl::Status status = WriteAll(fd, bytes, path);
  if (status.ok() && ::fchmod(fd, mode) != 0) {
    status = ErrnoError(errno, path, "cannot set snapshot permissions");
  }
  if (status.ok() && ::fsync(fd) != 0) {
    status = ErrnoError(errno, path, "cannot flush snapshot to disk");
  }
  // close() is not retried on EINTR: on Linux the descriptor is gone anyway.
  if (::close(fd) != 0 && status.ok()) {
    status = ErrnoError(errno, path, "cannot close snapshot");
  }
  return status;
}

}  // namespace

absl::Status SaveSnapshot(const Graph& graph, const std::string& path) {
  const std::string bytes = EncodeSnapshot(graph);
  std::string temporary = path + ".tmp-XXXXXX";
  int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
  if (fd < 0) {
    return ErrnoError(errno, path, "cannot create a temporary file beside it");
  }
  absl::Status status = FillTemporary(fd, bytes, path);
  if (status.ok() && ::rename(temporary.c_str(), path.c_str()) != 0) {
    status = ErrnoError(errno, path,
                        absl::StrCat("cannot rename ", temporary, " over it"));
  }
  if (!status.ok()) {
    ::unlink(temporary.c_str());
    return status;
  }
  SyncDirectoryOf(path);
  return absl::OkStatus();
}

absl::StatusOr<Graph> LoadSnapshot(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ErrnoError(errno, path, "cannot open snapshot");
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    int error = errno;
    ::close(fd);
    return ErrnoError(error, path, "cannot stat snapshot");
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return absl::FailedPreconditionError(
        absl::StrCat(path, ": is a directory, not a snapshot file"));
  }
  // Read to end of file rather than trusting st_size: pipes have none, and a
  // file can change size under us. The spare byte spots EOF without growing.
  std::string bytes(S_ISREG(st.st_mode) ? st.st_size + 1 : 1 << 16, '\0');
  size_t size = 0;
  for (;;) {
    if (size == bytes.size()) bytes.resize(2 * bytes.size());
    ssize_t n = ::read(fd, bytes.data() + size, bytes.size() - size);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      int error = errno;
      ::close(fd);
      return ErrnoError(error, path, "cannot read snapshot");
    }
    size += static_cast<size_t>(n);
  }
  ::close(fd);
  bytes.resize(size);
  return DecodeSnapshot(bytes, path);
}

}  // namespace kg
