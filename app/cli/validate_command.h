// validate: every problem in the content, then the editorial summary.
#pragma once

#include "cli_context.h"

namespace painatlas::cli {

int run_validate(const CliContext& context, bool strict);

}  // namespace painatlas::cli
