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

 private:
  static constexpr std::size_t kMaxEntries = 200;
  std::vector<std::string> entries_;
  std::size_t position_ = 0;
};

}  // namespace painatlas
