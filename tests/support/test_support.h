// Shared helpers for tests: fixture paths, throwaway content directories, running a program.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "content/loader.h"

namespace painatlas::testing {

std::filesystem::path test_data_dir();
std::filesystem::path bundled_content_dir();
std::filesystem::path mini_content_dir();

// The bundled catalog, loaded once per test program.
const LoadResult& bundled_catalog();

// A fixture holding the mini test catalog (three techniques, a few terms).
class MiniCatalogTest : public ::testing::Test {
 protected:
  LoadResult loaded = load_content(mini_content_dir());
  const Catalog& catalog = *loaded.catalog;
};

// An empty temporary directory, removed with everything in it on destruction.
class ScratchDirectory {
 public:
  ScratchDirectory();
  ~ScratchDirectory();
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// A fresh copy of the mini test catalog in a temporary directory, removed on destruction.
class ScratchContent {
 public:
  ScratchContent();
  ~ScratchContent();
  ScratchContent(const ScratchContent&) = delete;
  ScratchContent& operator=(const ScratchContent&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path techniques() const { return path_ / "techniques"; }
  LoadResult load() const { return load_content(path_); }

 private:
  std::filesystem::path path_;
};

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};
// Runs a command line through the shell, capturing both streams.
ProcessResult run_process(const std::string& command_line);

// Whether any problem's formatted text contains `needle`.
bool has_problem(const LoadResult& result, const std::string& needle);

}  // namespace painatlas::testing
