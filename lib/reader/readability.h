// Flesch-Kincaid grade level of plain-language text, so patient text can be held to grade 8.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace painatlas {

struct Readability {
  double grade = 0;  // Flesch-Kincaid grade level
  std::size_t words = 0;
  std::size_t sentences = 0;
  std::size_t syllables = 0;
};

// Syllables by vowel groups (a e i o u y), less a silent final "e" (not "-le"), at least one.
std::size_t count_syllables(std::string_view word);

// 0.39 * words/sentences + 11.8 * syllables/words - 15.59. Sentences end at . ! ? and at the end
// of each piece, so a list of short items reads as short sentences.
Readability flesch_kincaid(const std::vector<std::string>& pieces);
Readability flesch_kincaid(std::string_view text);

}  // namespace painatlas
