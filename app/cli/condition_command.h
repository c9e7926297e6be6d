// condition NAME and list --conditions: the condition guides from the terminal.
#pragma once

#include <string>

#include "cli_context.h"
#include "reader/audience.h"

namespace painatlas::cli {

int run_condition(const CliContext& context, const std::string& typed, Audience audience);
int run_list_conditions(const CliContext& context);

}  // namespace painatlas::cli
