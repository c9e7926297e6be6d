#include "content/content_locator.h"

#include <cstdlib>
#include <system_error>

namespace painatlas {

namespace fs = std::filesystem;

namespace {
bool looks_like_content(const fs::path& directory) {
  std::error_code error;
  return fs::is_directory(directory / "techniques", error);
}
}  // namespace

fs::path find_content_directory(const std::optional<std::string>& explicit_directory) {
  if (explicit_directory) return *explicit_directory;
  if (const char* from_environment = std::getenv("PAINATLAS_CONTENT");
      from_environment && *from_environment)
    return from_environment;
  std::error_code error;
  const fs::path executable = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    const fs::path beside =
        executable.parent_path().parent_path() / "share" / "painatlas" / "content";
    if (looks_like_content(beside)) return beside;
  }
#ifdef PAINATLAS_SOURCE_CONTENT_DIR
  if (looks_like_content(PAINATLAS_INSTALLED_CONTENT_DIR)) return PAINATLAS_INSTALLED_CONTENT_DIR;
  return PAINATLAS_SOURCE_CONTENT_DIR;
#else
  // A packaged program never looks into the tree it was built from.
  return PAINATLAS_INSTALLED_CONTENT_DIR;
#endif
}

}  // namespace painatlas
