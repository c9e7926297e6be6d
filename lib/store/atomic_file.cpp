#include "store/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <random>

namespace painatlas {

namespace fs = std::filesystem;

namespace {

std::string errno_text(std::string_view what) {
  return std::string(what) + ": " + std::strerror(errno);
}

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// Temporary files left by a writer that was killed mid-save: the name carries the writer's pid,
// and a pid that no longer runs will never finish its file.
void remove_abandoned_temporaries(const fs::path& path) {
  std::error_code error;
  const std::string prefix = path.filename().string() + ".tmp-";
  for (fs::directory_iterator it(path.parent_path(), error), end; !error && it != end;
       it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (!name.starts_with(prefix)) continue;
    const pid_t writer = static_cast<pid_t>(std::atol(name.c_str() + prefix.size()));
    if (writer > 0 && ::kill(writer, 0) != 0 && errno == ESRCH) fs::remove(it->path(), error);
  }
}

}  // namespace

std::string write_file_atomically(const fs::path& path, std::string_view content, FileAccess access,
                                  Durability durability) {
  std::error_code error;
  fs::create_directories(path.parent_path(), error);
  if (error) return "cannot create " + path.parent_path().string() + ": " + error.message();
  remove_abandoned_temporaries(path);
  std::random_device random;
  const fs::path temporary =
      path.string() + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(random());
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                        access == FileAccess::Everyone ? 0666 : 0600);
  if (fd < 0) return errno_text("cannot create " + temporary.string());
  const bool now = durability == Durability::Now;
  const bool ok = write_all(fd, content) && (!now || ::fsync(fd) == 0);
  const std::string failure = ok ? std::string() : errno_text("cannot write " + temporary.string());
  ::close(fd);
  if (!ok) {
    ::unlink(temporary.c_str());
    return failure;
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string message = errno_text("cannot replace " + path.string());
    ::unlink(temporary.c_str());
    return message;
  }
  if (!now) return {};
  // The rename itself must reach the disk, or a crash could bring back the old name.
  const int directory = ::open(path.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (directory >= 0) {
    ::fsync(directory);
    ::close(directory);
  }
  return {};
}

fs::path move_aside(const fs::path& path) {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &utc);
  fs::path target = path.string() + ".corrupt-" + stamp;
  for (int n = 1; fs::exists(target); ++n)
    target = path.string() + ".corrupt-" + stamp + "-" + std::to_string(n);
  std::error_code error;
  fs::rename(path, target, error);
  return error ? fs::path() : target;
}

std::string sync_filesystem(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return errno_text("cannot open " + path.string());
#ifdef __EMSCRIPTEN__
  // No syncfs(2) in Emscripten's C library (the browser build's pages are written under node at
  // build time): the folder itself is flushed, which its file systems accept.
  const bool ok = ::fsync(fd) == 0;
#else
  const bool ok = ::syncfs(fd) == 0;
#endif
  const std::string failure = ok ? std::string() : errno_text("cannot flush " + path.string());
  ::close(fd);
  return failure;
}

std::optional<std::string> read_whole_file(const fs::path& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return std::nullopt;
  std::string content;
  char chunk[1 << 16];
  for (std::size_t got; (got = std::fread(chunk, 1, sizeof chunk, file)) > 0;)
    content.append(chunk, got);
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) return std::nullopt;
  return content;
}

}  // namespace painatlas
