#include "search_timing.h"

#include <algorithm>
#include <chrono>

namespace painatlas::bench {

namespace {

using Clock = std::chrono::steady_clock;
constexpr double kMinSampleMs = 1.0;

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(values.size() - 1, at)];
}

}  // namespace

KeystrokeTimes time_keystrokes(const Catalog& catalog, const std::vector<std::string>& typed,
                               int rounds) {
  KeystrokeTimes times;
  std::size_t found = 0;  // used, so the searches cannot be optimised away
  // One untimed round first, the same natively and in the browser: the figures are for a reader
  // typing in a program that has started, not for the browser's first, unoptimised compile of the
  // search code (WebAssembly starts in a quick baseline compile and is optimised once it runs).
  for (const auto& query : typed) found += catalog.search_index().search(query).size();
  for (int round = 0; round < rounds; ++round) {
    for (const auto& query : typed) {
      const auto start = Clock::now();
      double elapsed = 0;
      int runs = 0;
      do {
        found += catalog.search_index().search(query).size();
        ++runs;
        elapsed = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
      } while (elapsed < kMinSampleMs);
      times.ms.push_back(elapsed / runs);
    }
  }
  if (found == 0) times.ms.clear();  // nothing was searched: no figures rather than wrong ones
  times.median = percentile(times.ms, 0.5);
  times.p99 = percentile(times.ms, 0.99);
  return times;
}

}  // namespace painatlas::bench
