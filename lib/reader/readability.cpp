#include "reader/readability.h"

#include <cctype>

namespace painatlas {

namespace {
bool is_vowel(char c) {
  switch (std::tolower(static_cast<unsigned char>(c))) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
      return true;
    default:
      return false;
  }
}
bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
}  // namespace

std::size_t count_syllables(std::string_view word) {
  std::size_t groups = 0;
  bool in_group = false;
  for (char c : word) {
    const bool vowel = is_vowel(c);
    if (vowel && !in_group) ++groups;
    in_group = vowel;
  }
  const std::size_t n = word.size();
  if (n >= 2 && std::tolower(static_cast<unsigned char>(word[n - 1])) == 'e' &&
      std::tolower(static_cast<unsigned char>(word[n - 2])) != 'l' && groups > 1)
    --groups;
  return groups == 0 ? 1 : groups;
}

Readability flesch_kincaid(const std::vector<std::string>& pieces) {
  Readability result;
  for (const auto& piece : pieces) {
    std::size_t sentences_here = 0;
    bool words_since_end = false;
    std::string word;
    const auto finish_word = [&] {
      if (word.empty()) return;
      ++result.words;
      result.syllables += count_syllables(word);
      words_since_end = true;
      word.clear();
    };
    for (char c : piece) {
      if (is_letter(c) || (c == '\'' && !word.empty())) {
        word += c;
        continue;
      }
      if (std::isdigit(static_cast<unsigned char>(c))) {
        word += c;
        continue;
      }
      finish_word();
      if ((c == '.' || c == '!' || c == '?') && words_since_end) {
        ++sentences_here;
        words_since_end = false;
      }
    }
    finish_word();
    if (words_since_end) ++sentences_here;
    result.sentences += sentences_here;
  }
  if (result.words == 0 || result.sentences == 0) return result;
  result.grade = 0.39 * static_cast<double>(result.words) / static_cast<double>(result.sentences) +
                 11.8 * static_cast<double>(result.syllables) / static_cast<double>(result.words) -
                 15.59;
  return result;
}

Readability flesch_kincaid(std::string_view text) {
  return flesch_kincaid(std::vector<std::string>{std::string(text)});
}

}  // namespace painatlas
