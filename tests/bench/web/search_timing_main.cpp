// painatlas_search_timing (native) and painatlas-bench (the same file, compiled for the browser):
// loads the bundled catalog and a synthetic one of 10,000 techniques, times search per keystroke
// on each, and prints one JSON line per measurement, then "done". tests/bench/web/run runs both
// and compares.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "content/loader.h"
#include "keystrokes.h"
#include "search_timing.h"
#include "synthetic_catalog.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

void measure(const std::string& label, const fs::path& directory, int rounds) {
  painatlas::ContentLimits limits;
  limits.threads = 1;  // as in the browser, which has one thread
  const auto start = Clock::now();
  const painatlas::LoadResult loaded = painatlas::load_content(directory, limits);
  const double load_ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  const auto times =
      painatlas::bench::time_keystrokes(*loaded.catalog, painatlas::bench::keystrokes(), rounds);
  std::printf(
      "{\"label\": \"%s\", \"techniques\": %zu, \"load_ms\": %.3f, \"samples\": %zu, "
      "\"median_ms\": %.6f, \"p99_ms\": %.6f}\n",
      label.c_str(), loaded.catalog->techniques().size(), load_ms, times.ms.size(), times.median,
      times.p99);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  // The bundled content and a folder for the synthetic one (MEMFS in the browser).
  const fs::path bundled = argc > 1 ? argv[1] : PAINATLAS_BUNDLED_CONTENT_DIR;
  const fs::path data = argc > 2 ? argv[2] : "bench-data";
  const int size = argc > 3 ? std::stoi(argv[3]) : 10000;
  measure("bundled", bundled, 20);
  const fs::path synthetic = data / ("synthetic-" + std::to_string(size));
  painatlas::bench::ensure_synthetic_catalog(bundled, synthetic, static_cast<std::size_t>(size));
  measure(std::to_string(size), synthetic, 3);
  std::printf("done\n");
  return 0;
}
