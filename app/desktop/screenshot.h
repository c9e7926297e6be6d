// Reads the back buffer and writes it as a PNG, for screenshot mode.
#pragma once

#include <string>

namespace painatlas::ui {

// Returns an empty string on success, else what went wrong.
std::string write_back_buffer_png(const std::string& path, int width, int height);

}  // namespace painatlas::ui
