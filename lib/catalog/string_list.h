// Small operations on lists of ids kept in insertion order (filters, bookmarks, factors).
#pragma once

#include <algorithm>
#include <string>
#include <vector>

namespace painatlas {

inline bool list_contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Adds the value at the end if absent, removes it if present.
inline void toggle_in_list(std::vector<std::string>& list, const std::string& value) {
  auto it = std::find(list.begin(), list.end(), value);
  if (it == list.end())
    list.push_back(value);
  else
    list.erase(it);
}

}  // namespace painatlas
