#include "theme.h"

namespace painatlas::ui {

namespace {

// Colours chosen for at least 4.5:1 contrast with each theme's window background.
const Palette kLight{{0.10f, 0.11f, 0.13f, 1}, {0.33f, 0.35f, 0.39f, 1}, {0.05f, 0.33f, 0.70f, 1},
                     {0.10f, 0.45f, 0.20f, 1}, {0.60f, 0.38f, 0.00f, 1}, {0.72f, 0.10f, 0.10f, 1},
                     {0.85f, 0.90f, 0.97f, 1}};
const Palette kDark{{0.92f, 0.93f, 0.95f, 1}, {0.70f, 0.72f, 0.76f, 1}, {0.55f, 0.75f, 1.00f, 1},
                    {0.45f, 0.85f, 0.50f, 1}, {1.00f, 0.75f, 0.30f, 1}, {1.00f, 0.50f, 0.48f, 1},
                    {0.20f, 0.27f, 0.38f, 1}};
const Palette kHighContrast{{1, 1, 1, 1},
                            {0.90f, 0.90f, 0.90f, 1},
                            {1.00f, 1.00f, 0.30f, 1},
                            {0.40f, 1.00f, 0.40f, 1},
                            {1.00f, 0.80f, 0.20f, 1},
                            {1.00f, 0.45f, 0.45f, 1},
                            {0.15f, 0.15f, 0.45f, 1}};

void common_style(ImGuiStyle& style) {
  style.WindowPadding = {14, 12};
  style.FramePadding = {8, 5};
  style.ItemSpacing = {10, 7};
  style.ItemInnerSpacing = {6, 5};
  style.CellPadding = {8, 5};
  style.ScrollbarSize = 15;
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.WindowRounding = 6;
  style.ChildRounding = 4;
  style.PopupRounding = 4;
  style.TabRounding = 4;
  style.WindowBorderSize = 1;
  style.ChildBorderSize = 1;
}

}  // namespace

const Palette& palette(Theme theme) {
  switch (theme) {
    case Theme::Dark:
      return kDark;
    case Theme::HighContrast:
      return kHighContrast;
    case Theme::Light:
      break;
  }
  return kLight;
}

ImVec4 bleeding_risk_color(Theme theme, BleedingRisk risk) {
  const Palette& colors = palette(theme);
  switch (risk) {
    case BleedingRisk::Low:
      return colors.low;
    case BleedingRisk::Intermediate:
      return colors.intermediate;
    case BleedingRisk::High:
      return colors.high;
  }
  return colors.text;
}

void apply_theme(Theme theme, float scale) {
  ImGuiStyle style;
  switch (theme) {
    case Theme::Dark:
      ImGui::StyleColorsDark(&style);
      style.Colors[ImGuiCol_WindowBg] = {0.11f, 0.12f, 0.14f, 1};
      style.Colors[ImGuiCol_ChildBg] = {0.11f, 0.12f, 0.14f, 1};
      break;
    case Theme::Light:
      ImGui::StyleColorsLight(&style);
      style.Colors[ImGuiCol_WindowBg] = {0.97f, 0.97f, 0.96f, 1};
      style.Colors[ImGuiCol_ChildBg] = {1, 1, 1, 1};
      style.Colors[ImGuiCol_Header] = {0.80f, 0.87f, 0.97f, 1};
      style.Colors[ImGuiCol_HeaderHovered] = {0.72f, 0.82f, 0.96f, 1};
      style.Colors[ImGuiCol_HeaderActive] = {0.64f, 0.77f, 0.95f, 1};
      style.Colors[ImGuiCol_FrameBg] = {0.93f, 0.93f, 0.94f, 1};
      style.Colors[ImGuiCol_Border] = {0.70f, 0.71f, 0.74f, 1};
      style.FrameBorderSize = 1;
      break;
    case Theme::HighContrast:
      ImGui::StyleColorsDark(&style);
      style.Colors[ImGuiCol_WindowBg] = {0, 0, 0, 1};
      style.Colors[ImGuiCol_ChildBg] = {0, 0, 0, 1};
      style.Colors[ImGuiCol_PopupBg] = {0, 0, 0, 1};
      style.Colors[ImGuiCol_Border] = {1, 1, 1, 1};
      style.Colors[ImGuiCol_FrameBg] = {0.08f, 0.08f, 0.08f, 1};
      style.Colors[ImGuiCol_Header] = {0.15f, 0.15f, 0.55f, 1};
      style.Colors[ImGuiCol_HeaderHovered] = {0.25f, 0.25f, 0.70f, 1};
      style.Colors[ImGuiCol_Button] = {0.15f, 0.15f, 0.55f, 1};
      style.Colors[ImGuiCol_ButtonHovered] = {0.25f, 0.25f, 0.70f, 1};
      style.Colors[ImGuiCol_CheckMark] = {1, 1, 0.3f, 1};
      style.Colors[ImGuiCol_NavHighlight] = {1, 1, 0.3f, 1};
      style.FrameBorderSize = 1;
      break;
  }
  // Dialogs are read, not glanced at: fully opaque, over a dimmed window.
  style.Colors[ImGuiCol_PopupBg].w = 1.0f;
  style.Colors[ImGuiCol_Text] = palette(theme).text;
  style.Colors[ImGuiCol_TextDisabled] = palette(theme).muted;
  common_style(style);
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace painatlas::ui
