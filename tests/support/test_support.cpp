#include "test_support.h"

#include <sys/wait.h>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

namespace painatlas::testing {

namespace fs = std::filesystem;

const LoadResult& bundled_catalog() {
  static const LoadResult loaded = load_content(bundled_content_dir());
  return loaded;
}

fs::path test_data_dir() { return PAINATLAS_TEST_DATA_DIR; }
fs::path bundled_content_dir() { return PAINATLAS_BUNDLED_CONTENT_DIR; }
fs::path mini_content_dir() { return test_data_dir() / "mini_content"; }

namespace {
fs::path unique_temporary_path() {
  std::random_device random;
  return fs::temp_directory_path() /
         ("painatlas-test-" + std::to_string(random()) + "-" + std::to_string(random()));
}
}  // namespace

ScratchDirectory::ScratchDirectory() : path_(unique_temporary_path()) {
  fs::create_directories(path_);
}

ScratchDirectory::~ScratchDirectory() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

ScratchContent::ScratchContent() : path_(unique_temporary_path()) {
  fs::copy(mini_content_dir(), path_, fs::copy_options::recursive);
}

ScratchContent::~ScratchContent() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

namespace {
std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}
}  // namespace

ProcessResult run_process(const std::string& command_line) {
  static std::atomic<int> counter{0};
  const fs::path base =
      fs::temp_directory_path() /
      ("painatlas-process-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  const std::string full = command_line + " >" + base.string() + ".out 2>" + base.string() + ".err";
  const int status = std::system(full.c_str());
  ProcessResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = slurp(base.string() + ".out");
  result.err = slurp(base.string() + ".err");
  fs::remove(base.string() + ".out");
  fs::remove(base.string() + ".err");
  return result;
}

bool has_problem(const LoadResult& result, const std::string& needle) {
  for (const auto& problem : result.problems)
    if (format_problem(problem).find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace painatlas::testing
