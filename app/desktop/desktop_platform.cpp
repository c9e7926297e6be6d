#include "desktop_platform.h"

#include <GLFW/glfw3.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "content/catalog_cache.h"
#include "export/site_directory.h"
#ifdef PAINATLAS_HAVE_SPEECH
#include "espeak_speech_engine.h"
#endif
#include "store/atomic_file.h"
#include "version.h"

extern char** environ;

namespace painatlas::ui {

namespace fs = std::filesystem;

namespace {

// Starts xdg-open without waiting for the program it opens; false when it cannot be started.
bool xdg_open(const std::string& target) {
  std::string program = "xdg-open";
  char* argv[] = {program.data(), const_cast<char*>(target.c_str()), nullptr};
  pid_t pid = 0;
  if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, argv, environ) != 0) return false;
  // xdg-open hands over to the real program and exits quickly; reap it so no zombie stays.
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

fs::path home() {
  const char* value = std::getenv("HOME");
  return value && *value ? fs::path(value) : fs::path("/tmp");
}

// The DOCUMENTS line of user-dirs.dirs: XDG_DOCUMENTS_DIR="$HOME/Documents".
fs::path documents_from_user_dirs() {
  const char* config = std::getenv("XDG_CONFIG_HOME");
  const fs::path file =
      (config && *config == '/' ? fs::path(config) : home() / ".config") / "user-dirs.dirs";
  std::ifstream in(file);
  std::string line;
  const std::string key = "XDG_DOCUMENTS_DIR=";
  while (std::getline(in, line)) {
    if (line.rfind(key, 0) != 0) continue;
    std::string value = line.substr(key.size());
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
      value = value.substr(1, value.size() - 2);
    if (value.rfind("$HOME", 0) == 0) return home() / value.substr(value.size() > 5 ? 6 : 5);
    if (!value.empty() && value.front() == '/') return value;
  }
  return {};
}

}  // namespace

fs::path documents_folder() {
  if (const char* value = std::getenv("XDG_DOCUMENTS_DIR"); value && *value == '/') return value;
  if (fs::path from_file = documents_from_user_dirs(); !from_file.empty()) return from_file;
  return home() / "Documents";
}

namespace {
// eSpeak NG where the build has it (not in a build without speech).
std::unique_ptr<SpeechEngine> make_speech_engine() {
#ifdef PAINATLAS_HAVE_SPEECH
  return std::make_unique<EspeakSpeechEngine>();
#else
  return std::make_unique<NullSpeech>();
#endif
}
}  // namespace

DesktopPlatform::DesktopPlatform(GLFWwindow* window)
    : window_(window), speech_(make_speech_engine()) {}

bool DesktopPlatform::open_url(std::string_view url) {
  // Only web addresses: content could otherwise make the program open a local file or command.
  if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return false;
  return xdg_open(std::string(url));
}

SavedDocument DesktopPlatform::save_document(std::string_view file_name, std::string_view content,
                                             std::string_view) {
  const fs::path folder = documents_folder();
  std::error_code error;
  fs::create_directories(folder, error);
  if (error) return {false, {}, "cannot create " + folder.string() + ": " + error.message()};
  const fs::path path = folder / fs::path(std::string(file_name)).filename();
  if (std::string failure = write_file_atomically(path, content); !failure.empty())
    return {false, {}, failure};
  return {true, path.string(), {}};
}

bool DesktopPlatform::open_document(std::string_view location) {
  return xdg_open(std::string(location));
}

bool DesktopPlatform::show_in_folder(std::string_view location) {
  return xdg_open(fs::path(std::string(location)).parent_path().string());
}

bool DesktopPlatform::open_site_page(const Catalog& catalog, std::string_view page) {
  const fs::path folder = cache_folder() / "site";
  // The pages depend on the content files and on the program that renders them.
  const std::string stamp =
      std::string(kProgramVersion) + " " +
      std::to_string(std::hash<std::string>{}(content_fingerprint(catalog.info().directory)));
  if (!refresh_site(folder, catalog, stamp).ok()) return false;
  return xdg_open((folder / std::string(page)).string());
}

void DesktopPlatform::set_title(std::string_view title) {
  if (window_) glfwSetWindowTitle(window_, std::string(title).c_str());
}

}  // namespace painatlas::ui
