#include "content/problem.h"

#include <algorithm>

namespace painatlas {

std::string format_problem(const Problem& problem) {
  std::string out = problem.file;
  if (problem.line > 0) {
    out += ':' + std::to_string(problem.line);
    if (problem.column > 0) out += ':' + std::to_string(problem.column);
  }
  out += problem.level == ProblemLevel::Error ? ": error: " : ": warning: ";
  out += problem.message;
  return out;
}

std::size_t count_errors(const std::vector<Problem>& problems) {
  return static_cast<std::size_t>(
      std::count_if(problems.begin(), problems.end(),
                    [](const Problem& p) { return p.level == ProblemLevel::Error; }));
}

}  // namespace painatlas
