#include <imgui.h>

#include <cstdio>

#include "icons.h"
#include "imgui_scopes.h"
#include "panels.h"
#include "widgets.h"

namespace painatlas::ui {

namespace {
constexpr float kRateStep = 0.25f;
constexpr float kMinRate = 0.5f;
constexpr float kMaxRate = 2.0f;
}  // namespace

void draw_read_aloud_bar(const ReadAloudView& reading, const std::string& source, const Look& look,
                         Actions& actions) {
  IdScope id("read-aloud");
  const bool mine = reading.source == source && reading.phase != SpeechPhase::Idle;
  if (!reading.available) {
    {
      DisabledScope disabled(true);
      ImGui::Button((std::string(icon::kVolume) + " Read aloud").c_str());
    }
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("%s", reading.why_not.empty() ? "Read-aloud is not available here"
                                                      : reading.why_not.c_str());
    return;
  }
  if (!mine) {
    if (ImGui::Button((std::string(icon::kPlay) + " Read aloud").c_str()))
      actions.read_aloud(source);
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("Hear this page in plain words; the part being read is marked");
  } else if (reading.phase == SpeechPhase::Speaking) {
    if (ImGui::Button((std::string(icon::kPause) + " Pause").c_str())) actions.pause_reading();
  } else {
    if (ImGui::Button((std::string(icon::kPlay) + " Resume").c_str())) actions.resume_reading();
  }
  if (mine) {
    ImGui::SameLine(0, 2);
    if (ImGui::Button((std::string(icon::kStop) + " Stop").c_str())) actions.stop_reading();
  }
  // The speed wraps below on a narrow screen rather than running past its edge.
  char speed[32];
  std::snprintf(speed, sizeof speed, "Speed %.2g\xC3\x97", static_cast<double>(reading.rate));
  same_line_if_room(button_width("Slower") + ImGui::CalcTextSize(speed).x + button_width("Faster"));
  {
    DisabledScope slowest(reading.rate <= kMinRate);
    if (ImGui::Button("Slower")) actions.set_reading_rate(reading.rate - kRateStep);
  }
  ImGui::SameLine(0, 2);
  {
    ColorScope muted(ImGuiCol_Text, look.colors().muted);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(speed);
  }
  ImGui::SameLine(0, 2);
  {
    DisabledScope fastest(reading.rate >= kMaxRate);
    if (ImGui::Button("Faster")) actions.set_reading_rate(reading.rate + kRateStep);
  }
}

}  // namespace painatlas::ui
