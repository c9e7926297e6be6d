// The fonts: DejaVu Sans for reading (with Font Awesome icons merged in), a larger bold face for
// headings, and ImGui's own font when DejaVu is not installed.
#pragma once

#include <imgui.h>

namespace painatlas::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
  bool icons = false;     // Font Awesome was found
  bool fallback = false;  // DejaVu was not found; ImGui's built-in font is used
};

inline constexpr float kBodyPixels = 17.0f;

// Clears the atlas and adds the fonts at `pixel_scale` (font scale x display scale).
Fonts build_fonts(ImFontAtlas& atlas, float pixel_scale);

}  // namespace painatlas::ui
