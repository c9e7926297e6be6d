// screen and quiz: the "my situation" screening and the study questions, for the terminal.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cli_context.h"

namespace painatlas::cli {

int run_screen(const CliContext& context, const std::vector<std::string>& factors);
int run_quiz(const CliContext& context, std::size_t count, std::uint64_t seed);

}  // namespace painatlas::cli
