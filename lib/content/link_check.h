// Small helpers shared by the checks that run once every file is read (techniques' terms,
// regions and related techniques; guides' terms, regions and techniques): a problem at a place in
// a file, a did-you-mean, and dropping the items of a list that do not resolve.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/model.h"
#include "content/problem.h"

namespace painatlas {

Problem problem_at(const std::string& file, const TextPos& where, std::string message);

// "; did you mean 'x'?" for the closest known id, or nothing.
std::string did_you_mean(std::string_view wanted, const std::vector<std::string>& known);

// Keeps the items (and their positions) that `keep(item, position)` accepts.
template <typename Keep>
void filter_located(std::vector<std::string>& items, std::vector<TextPos>& positions, Keep keep) {
  std::vector<std::string> kept_items;
  std::vector<TextPos> kept_positions;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const TextPos where = i < positions.size() ? positions[i] : TextPos{};
    if (!keep(items[i], where)) continue;
    kept_items.push_back(std::move(items[i]));
    kept_positions.push_back(where);
  }
  items = std::move(kept_items);
  positions = std::move(kept_positions);
}

}  // namespace painatlas
