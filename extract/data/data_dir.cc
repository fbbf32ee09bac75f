#include "extract/data/data_dir.h"

#include <cstdlib>
#include <filesystem>

namespace kg {

std::string DataDir(const char* env_var, const std::string& name,
                    const std::string& marker) {
  if (const char* env = std::getenv(env_var); env && *env) return env;
  std::error_code ec;
  std::filesystem::path exe =
      std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    std::filesystem::path installed =
        exe.parent_path().parent_path() / "share" / "kg" / name;
    if (std::filesystem::exists(installed / marker, ec)) {
      return installed.string();
    }
  }
  return std::string(KG_SOURCE_DIR "/extract/") + name;
}

}  // namespace kg
