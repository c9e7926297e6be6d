// Finds the bundled content wherever the program runs from: an explicit directory, the
// PAINATLAS_CONTENT environment variable, the install prefix beside the executable, the
// configured install directory, then the source tree the program was built from (not in a
// packaged build: PAINATLAS_SOURCE_CONTENT_FALLBACK=OFF).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace painatlas {

std::filesystem::path find_content_directory(const std::optional<std::string>& explicit_directory);

}  // namespace painatlas
