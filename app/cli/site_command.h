// export-site: the whole catalog as static, accessible web pages in a folder.
#pragma once

#include <string>

#include "cli_context.h"

namespace painatlas::cli {

int run_export_site(const CliContext& context, const std::string& directory);

}  // namespace painatlas::cli
