// Text normalisation for matching: Unicode case folding and accent stripping (utf8proc), word
// splitting, and small edit distances for typo tolerance and did-you-mean suggestions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace painatlas {

// Case-folded, accent-free, compatibility-decomposed text ("Épidural" -> "epidural"). Invalid
// UTF-8 is folded byte by byte as ASCII so that no input is rejected here.
std::string fold(std::string_view text);

// Splits folded text into words of letters and digits ("c7-t1" -> "c7", "t1").
std::vector<std::string> split_words(std::string_view folded);

// Optimal-string-alignment distance (an adjacent swap counts as one edit), stopping early once it
// exceeds `limit`; returns limit + 1 in that case.
int edit_distance(std::string_view a, std::string_view b, int limit);

// True when some prefix of `word` is within one edit of `typed`, for search-as-you-type with a
// typo ("stelat" matches "stellate").
bool prefix_within_one_edit(std::string_view typed, std::string_view word);

// The candidates closest to `wanted` (at most `limit`, distance at most a third of its length).
std::vector<std::string> closest_matches(std::string_view wanted,
                                         const std::vector<std::string>& candidates,
                                         std::size_t limit = 3);

}  // namespace painatlas
