// Watches a content directory (and its techniques/ and terms/ folders) for edits, so the desktop
// program can reload while an author works on the YAML. Linux inotify on a background thread;
// `on_change` is called from that thread, at most once per burst of edits.
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <thread>

namespace painatlas {

class ContentWatcher {
 public:
  ContentWatcher(const std::filesystem::path& directory, std::function<void()> on_change);
  ~ContentWatcher();
  ContentWatcher(const ContentWatcher&) = delete;
  ContentWatcher& operator=(const ContentWatcher&) = delete;
  bool watching() const { return inotify_ >= 0; }

 private:
  void run();
  int inotify_ = -1;
  int stop_pipe_[2] = {-1, -1};
  std::function<void()> on_change_;
  std::jthread thread_;
};

}  // namespace painatlas
