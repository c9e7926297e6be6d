// show ID: one technique for a student or a patient.
#pragma once

#include <string>

#include "audience.h"
#include "cli_context.h"

namespace painatlas::cli {

int run_show(const CliContext& context, const std::string& typed, Audience audience);

}  // namespace painatlas::cli
