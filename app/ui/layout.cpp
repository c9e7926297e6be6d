#include "layout.h"

#include <imgui.h>

#include <algorithm>

namespace painatlas::ui {

Layout choose_layout(float width, float display_scale, bool touch_screen) {
  const float logical_width = width / std::max(display_scale, 0.25f);
  Layout layout;
  layout.one_pane = logical_width < kOnePaneBelow;
  layout.touch = layout.one_pane || touch_screen;
  return layout;
}

TouchSpacing::TouchSpacing(const Layout& layout) {
  if (!layout.touch) return;
  // The style is already scaled for the display; the font size carries that scale.
  const float em = ImGui::GetFontSize();
  const ImGuiStyle& style = ImGui::GetStyle();
  // A frame is the text plus twice the vertical padding: 17 + 2 x 0.75 em is about 42 px, and
  // with the spacing between rows a row of controls takes 48 px.
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, {std::max(style.FramePadding.x, em * 0.7f),
                                                   std::max(style.FramePadding.y, em * 0.75f)});
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {std::max(style.ItemSpacing.x, em * 0.6f),
                                                  std::max(style.ItemSpacing.y, em * 0.35f)});
  ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, std::max(style.ScrollbarSize, em * 0.9f));
  pushed_ = 3;
}

TouchSpacing::~TouchSpacing() {
  if (pushed_ > 0) ImGui::PopStyleVar(pushed_);
}

}  // namespace painatlas::ui
