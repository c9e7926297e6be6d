#include "catalog/text_fold.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace painatlas {

namespace {

bool is_ascii_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_plain_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

std::string fold(std::string_view text) {
  // Most content is ASCII; skip utf8proc's allocation for it.
  if (is_plain_ascii(text)) return ascii_lower(text);
  utf8proc_uint8_t* folded = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                                      UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE);
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &folded, options);
  if (length < 0) return ascii_lower(text);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(folded, &std::free);
  return std::string(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(length));
}

std::vector<std::string> split_words(std::string_view folded) {
  std::vector<std::string> words;
  std::string current;
  for (char ch : folded) {
    const auto c = static_cast<unsigned char>(ch);
    // Bytes of non-ASCII letters that survive folding (Greek, CJK) stay inside words.
    if (is_ascii_word_byte(c) || c >= 0x80) {
      current += ch;
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

int edit_distance(std::string_view a, std::string_view b, int limit) {
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  std::vector<int> two_back(m + 1), previous(m + 1), current(m + 1);
  for (int j = 0; j <= m; ++j) previous[j] = j;
  for (int i = 1; i <= n; ++i) {
    current[0] = i;
    int row_best = current[0];
    for (int j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        value = std::min(value, two_back[j - 2] + 1);
      current[j] = value;
      row_best = std::min(row_best, value);
    }
    if (row_best > limit) return limit + 1;
    std::swap(two_back, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], limit + 1);
}

bool prefix_within_one_edit(std::string_view typed, std::string_view word) {
  // Compare `typed` with the prefixes of `word` that are one shorter, as long or one longer.
  for (std::size_t length = typed.size() > 0 ? typed.size() - 1 : 0; length <= typed.size() + 1;
       ++length) {
    if (length > word.size()) break;
    if (edit_distance(typed, word.substr(0, length), 1) <= 1) return true;
  }
  return false;
}

std::vector<std::string> closest_matches(std::string_view wanted,
                                         const std::vector<std::string>& candidates,
                                         std::size_t limit) {
  const int allowed = std::max(1, static_cast<int>(wanted.size()) / 3);
  std::vector<std::pair<int, std::string>> scored;
  for (const auto& candidate : candidates) {
    const int distance = edit_distance(wanted, candidate, allowed);
    if (distance <= allowed) scored.emplace_back(distance, candidate);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (auto& [distance, candidate] : scored) {
    if (out.size() == limit) break;
    if (std::find(out.begin(), out.end(), candidate) == out.end()) out.push_back(candidate);
  }
  return out;
}

}  // namespace painatlas
