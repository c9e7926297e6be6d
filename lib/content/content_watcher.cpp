#include "content/content_watcher.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

namespace painatlas {

namespace {
// Editors save in several steps (write a temporary, rename, touch); wait for quiet before telling.
constexpr int kQuietMilliseconds = 150;
constexpr std::uint32_t kEvents =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE;
}  // namespace

ContentWatcher::ContentWatcher(const std::filesystem::path& directory,
                               std::function<void()> on_change)
    : on_change_(std::move(on_change)) {
  inotify_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (inotify_ < 0 || pipe2(stop_pipe_, O_CLOEXEC) != 0) return;
  for (const auto& folder :
       {directory, directory / "techniques", directory / "terms", directory / "conditions"})
    inotify_add_watch(inotify_, folder.c_str(), kEvents);
  thread_ = std::jthread([this] { run(); });
}

ContentWatcher::~ContentWatcher() {
  if (stop_pipe_[1] >= 0) (void)!write(stop_pipe_[1], "x", 1);
  if (thread_.joinable()) thread_.join();
  for (int fd : {inotify_, stop_pipe_[0], stop_pipe_[1]})
    if (fd >= 0) close(fd);
}

void ContentWatcher::run() {
  pollfd fds[2] = {{inotify_, POLLIN, 0}, {stop_pipe_[0], POLLIN, 0}};
  bool pending = false;
  char buffer[4096];
  for (;;) {
    const int ready = poll(fds, 2, pending ? kQuietMilliseconds : -1);
    if (ready < 0) continue;
    if (fds[1].revents) return;
    if (ready == 0) {  // quiet after a burst
      pending = false;
      on_change_();
      continue;
    }
    while (read(inotify_, buffer, sizeof buffer) > 0) {
    }
    pending = true;
  }
}

}  // namespace painatlas
