// Back/forward history of the techniques a reader opened, like a web browser's.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace painatlas {

class NavigationHistory {
 public:
  // Records a visit; dropping the forward branch, as browsers do. Repeats are ignored.
  void visit(const std::string& id);
  std::optional<std::string> back();
  std::optional<std::string> forward();
  bool can_go_back() const { return position_ > 0; }
  bool can_go_forward() const { return position_ + 1 < entries_.size(); }
  const std::string* current() const { return entries_.empty() ? nullptr : &entries_[position_]; }
  // How many steps from the start the current entry is (0 before the first visit), counting
  // entries dropped for the size limit, so it never moves unless the reader does. The browser
  // keeps it in its own history entries.
  std::size_t depth() const { return entries_.empty() ? 0 : dropped_ + position_ + 1; }
  // Visits recorded so far (repeats excluded): a change tells a new place from back and forward.
  std::size_t visits() const { return visits_; }

 private:
  static constexpr std::size_t kMaxEntries = 200;
  std::vector<std::string> entries_;
  std::size_t position_ = 0;
  std::size_t dropped_ = 0;
  std::size_t visits_ = 0;
};

}  // namespace painatlas
