#include "reader/navigation_history.h"

namespace painatlas {

void NavigationHistory::visit(const std::string& id) {
  if (!entries_.empty() && entries_[position_] == id) return;
  if (!entries_.empty()) entries_.resize(position_ + 1);
  entries_.push_back(id);
  ++visits_;
  if (entries_.size() > kMaxEntries) {
    entries_.erase(entries_.begin());
    ++dropped_;
  }
  position_ = entries_.size() - 1;
}

std::optional<std::string> NavigationHistory::back() {
  if (!can_go_back()) return std::nullopt;
  return entries_[--position_];
}

std::optional<std::string> NavigationHistory::forward() {
  if (!can_go_forward()) return std::nullopt;
  return entries_[++position_];
}

}  // namespace painatlas
