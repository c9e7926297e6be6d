// Explicit limits on content, so hostile files are refused with a message instead of exhausting
// memory or the stack. Each limit that is hit is reported as a problem.
#pragma once

#include <cstddef>

namespace painatlas {

struct ContentLimits {
  std::size_t max_file_bytes = 1024 * 1024;  // a technique file is a few kB
  std::size_t max_nesting_depth = 64;        // content needs 4 levels; yaml-cpp recurses
  std::size_t max_list_items = 500;          // per list field
  std::size_t max_text_bytes = 64 * 1024;    // per text value
  std::size_t max_techniques = 200'000;      // per content directory
  std::size_t threads = 0;                   // 0: one per core (at most 8)
};

}  // namespace painatlas
