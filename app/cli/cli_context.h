// What every painatlas-cli command needs: the loaded catalog, its problems, the output format,
// and the streams to write to (tests run the real binary, so these are the process streams).
#pragma once

#include <iostream>
#include <string>

#include "content/loader.h"

namespace painatlas::cli {

// Ids: one id per line, for scripts and shell completion.
enum class Format { Text, Json, Markdown, Html, Anki, Ids };

// Exit codes: documented in the README and in --help.
inline constexpr int kExitOk = 0;
inline constexpr int kExitNotFound = 1;  // also: invalid content for validate
inline constexpr int kExitUsage = 2;

struct CliContext {
  LoadResult loaded;
  Format format = Format::Text;
  std::ostream& out = std::cout;
  std::ostream& err = std::cerr;
  const Catalog& catalog() const { return *loaded.catalog; }
};

// Prints load problems to stderr (commands other than validate), at most a screenful.
void report_load_problems(const CliContext& context);

}  // namespace painatlas::cli
