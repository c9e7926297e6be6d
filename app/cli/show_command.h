// show ID: one technique for a student or a patient.
#pragma once

#include <string>

#include "cli_context.h"
#include "reader/audience.h"

namespace painatlas::cli {

int run_show(const CliContext& context, const std::string& typed, Audience audience);

}  // namespace painatlas::cli
