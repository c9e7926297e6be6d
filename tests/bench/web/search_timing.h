// Search per keystroke, measured the same way in the native build and in the browser, so the two
// can be compared figure for figure. A browser's clock is coarse (0.1 ms in Chromium, 5 us on a
// cross-origin-isolated page), so each typed prefix is searched again and again until at least a
// millisecond has passed, and its sample is the mean of those runs.
#pragma once

#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace painatlas::bench {

struct KeystrokeTimes {
  std::vector<double> ms;  // one sample per keystroke and round, in milliseconds
  double median = 0;
  double p99 = 0;
};

KeystrokeTimes time_keystrokes(const Catalog& catalog, const std::vector<std::string>& typed,
                               int rounds);

}  // namespace painatlas::bench
