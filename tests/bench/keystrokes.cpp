#include "keystrokes.h"

namespace painatlas::bench {

std::vector<std::string> keystrokes() {
  std::vector<std::string> typed;
  for (const char* query :
       {"stellate gan", "stelate gan", "epidural steroid", "epidurla steroid", "radiofrequency",
        "radiofrequncy", "sciatica", "blood thinner", "knee pain"}) {
    const std::string full(query);
    for (std::size_t n = 1; n <= full.size(); ++n)
      if (full[n - 1] != ' ') typed.push_back(full.substr(0, n));
  }
  return typed;
}

}  // namespace painatlas::bench
