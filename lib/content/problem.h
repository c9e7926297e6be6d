// A problem found in content or user data: where it is and what was expected. Loading collects
// problems instead of stopping, so one bad file never hides the others.
#pragma once

#include <string>
#include <vector>

namespace painatlas {

enum class ProblemLevel { Error, Warning };

struct Problem {
  ProblemLevel level = ProblemLevel::Error;
  std::string file;
  int line = 0;    // 1-based; 0 when the problem is about the whole file
  int column = 0;  // 1-based; 0 when unknown
  std::string message;
};

// "file:line:col: error: message", the form compilers use, so editors can jump to it.
std::string format_problem(const Problem& problem);

std::size_t count_errors(const std::vector<Problem>& problems);

}  // namespace painatlas
