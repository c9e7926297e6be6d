// The figure a risk band rests on ("0.2%", "4 of 3,175", "1 in 500", "0.5–1.4%", "< 1 in 10,000"):
// parsed into a proportion so that `validate` can check the band contains it, and turned back
// into words for patients ("about 1 in 500").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "content/enums.h"

namespace painatlas {

// A proportion between 0 and 1. A single figure has low == high; an upper bound ("< 1 in 10,000")
// has low == 0 and an exclusive high.
struct Proportion {
  double low = 0;
  double high = 0;
  bool upper_bound = false;
  bool zero_count = false;  // "0 of N": nothing seen, which places no band
};

struct FigureParse {
  std::optional<Proportion> figure;
  std::string error;  // what was expected, when the text is not a figure
};

FigureParse parse_risk_figure(std::string_view text);

// Whether the whole figure (both ends of a range) lies in the CIOMS band.
bool band_contains(Frequency band, const Proportion& figure);
// The band of the figure's central value.
Frequency band_of(const Proportion& figure);

// "0.20%" or "0.20% to 1.4%" or "under 0.010%", for messages and students.
std::string describe_proportion(const Proportion& figure);
// "about 1 in 500", "about 4 in 10", "between about 1 in 500 and 1 in 70", for patients.
std::string proportion_in_words(const Proportion& figure);

}  // namespace painatlas
