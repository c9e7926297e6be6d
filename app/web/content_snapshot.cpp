#include "content_snapshot.h"

namespace painatlas::web {

void pin_content_times(const std::filesystem::path& directory) {
  namespace fs = std::filesystem;
  const fs::file_time_type pinned{};  // the file clock's epoch
  std::error_code error;
  for (fs::recursive_directory_iterator it(directory, error), end; !error && it != end;
       it.increment(error)) {
    std::error_code ignored;  // a file that cannot be touched only costs a cache miss
    if (it->is_regular_file(ignored)) fs::last_write_time(it->path(), pinned, ignored);
  }
}

}  // namespace painatlas::web
