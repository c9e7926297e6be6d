#include "content/link_check.h"

#include "catalog/text_fold.h"

namespace painatlas {

Problem problem_at(const std::string& file, const TextPos& where, std::string message) {
  return {ProblemLevel::Error, file, where.line, where.column, std::move(message)};
}

std::string did_you_mean(std::string_view wanted, const std::vector<std::string>& known) {
  const auto close = closest_matches(wanted, known, 1);
  return close.empty() ? std::string() : "; did you mean '" + close.front() + "'?";
}

}  // namespace painatlas
