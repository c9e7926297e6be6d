// Reads a technique's review record (content/reviews/<id>.md): Markdown with a "Reviewed:
// YYYY-MM-DD" line and a table of the claims checked, one row each:
//   | field | claim | source | result |
// where result is ok, fixed, added, removed, kept (a finding answered with a reason in the
// technique file) or unverified. The record is what "How this page was checked" shows.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "content/content_limits.h"
#include "content/model.h"
#include "content/problem.h"

namespace painatlas {

std::optional<ReviewRecord> read_review_file(const std::filesystem::path& path,
                                             std::vector<Problem>& problems,
                                             const ContentLimits& limits);
std::optional<ReviewRecord> read_review_text(std::string_view text, const std::string& file,
                                             std::vector<Problem>& problems);

}  // namespace painatlas
