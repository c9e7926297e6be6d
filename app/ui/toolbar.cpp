#include <imgui.h>
#include <imgui_stdlib.h>

#include "icons.h"
#include "imgui_scopes.h"
#include "keys.h"
#include "panels.h"

namespace painatlas::ui {

namespace {

// A button that looks pressed when `active`, for two-way switches.
bool toggle_button(const Look& look, const char* label, bool active) {
  ColorScope background(ImGuiCol_Button, active ? ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive)
                                                : ImGui::GetStyleColorVec4(ImGuiCol_Button));
  ColorScope text(ImGuiCol_Text, active ? look.colors().text : look.colors().muted);
  return ImGui::Button(label);
}

}  // namespace

void draw_toolbar(const AppState& state, const Look& look, EditBuffers& edit, Actions& actions) {
  {
    DisabledScope disabled(!state.history.can_go_back());
    if (ImGui::Button(icon::kArrowLeft)) actions.back();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("Back (Alt+Left)");
  }
  ImGui::SameLine();
  {
    DisabledScope disabled(!state.history.can_go_forward());
    if (ImGui::Button(icon::kArrowRight)) actions.forward();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("Forward (Alt+Right)");
  }
  ImGui::SameLine();

  // Room for the switch buttons to the right of the search box: their text, an icon each, the
  // gaps between them, and a margin because icons are wider than the estimate.
  const ImGuiStyle& style = ImGui::GetStyle();
  float switches_width = style.ItemSpacing.x * 3 + 2 * 7 + ImGui::GetFontSize();
  for (const char* label : {" Student", " Patient", " Where does it hurt?", " Browse", " Guides",
                            " Compare (0)", " Study"})
    switches_width +=
        ImGui::CalcTextSize(label).x + ImGui::GetFontSize() + style.FramePadding.x * 2;
  // At large text sizes the switches move to a line of their own rather than off the window.
  const bool one_line =
      ImGui::GetContentRegionAvail().x - switches_width >= ImGui::GetFontSize() * 14.0f;
  ImGui::SetNextItemWidth(one_line ? ImGui::GetContentRegionAvail().x - switches_width : -1.0f);
  if (edit.focus_search) {
    ImGui::SetKeyboardFocusHere();
    edit.focus_search = false;
  }
  const std::string hint =
      std::string(icon::kSearch) + "  Search techniques, conditions, risks…  (Ctrl+F)";
  if (ImGui::InputTextWithHint("##search", hint.c_str(), &edit.search))
    actions.set_query(edit.search);
  if (ImGui::IsItemActive() && keys::pressed(ImGuiKey_Escape) && !edit.search.empty()) {
    edit.search.clear();
    actions.set_query({});
  }
  // Up and Down move through the results while typing, like a browser's address bar.
  if (ImGui::IsItemActive() && !state.browse.results.rows.empty()) {
    const auto& rows = state.browse.results.rows;
    const auto& techniques = state.catalog->techniques();
    std::ptrdiff_t current = -1;
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (techniques[rows[i].technique].id == state.browse.selected)
        current = static_cast<std::ptrdiff_t>(i);
    std::ptrdiff_t next = current;
    if (keys::pressed(ImGuiKey_DownArrow))
      next = std::min<std::ptrdiff_t>(current + 1, static_cast<std::ptrdiff_t>(rows.size()) - 1);
    if (keys::pressed(ImGuiKey_UpArrow)) next = std::max<std::ptrdiff_t>(current - 1, 0);
    if (next != current && next >= 0)
      actions.select(techniques[rows[static_cast<std::size_t>(next)].technique].id);
  }

  if (one_line) ImGui::SameLine();
  const bool patient = state.settings.audience == Audience::Patient;
  if (toggle_button(look, (std::string(icon::kStudent) + " Student").c_str(), !patient))
    actions.set_audience(Audience::Student);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Clinical terms, evidence and references");
  ImGui::SameLine(0, 2);
  if (toggle_button(look, (std::string(icon::kUser) + " Patient").c_str(), patient))
    actions.set_audience(Audience::Patient);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Plain words, what to expect, questions to ask");

  // The view switches wrap onto another line rather than run off a narrow window.
  const bool comparing = state.view == MainView::Compare;
  const bool browsing = state.view == MainView::Browse;
  const std::string map_label = std::string(icon::kMap) + " Where does it hurt?";
  const std::string browse_label = std::string(icon::kList) + " Browse";
  const std::string guides_label = std::string(icon::kGuide) + " Guides";
  const std::string compare_label =
      std::string(icon::kColumns) + " Compare (" + std::to_string(state.compare.size()) + ")";
  const std::string study_label = std::string(icon::kBook) + " Study";
  const auto place = [&](const std::string& label, bool first) {
    const float width = ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2;
    ImGui::SameLine(0, first ? -1.0f : 2.0f);
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
  };
  place(map_label, true);
  if (toggle_button(look, map_label.c_str(), state.view == MainView::Map))
    actions.set_view(MainView::Map);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Start from the body: guides and procedures for each area");
  place(browse_label, false);
  if (toggle_button(look, browse_label.c_str(), browsing)) actions.set_view(MainView::Browse);
  place(guides_label, false);
  if (toggle_button(look, guides_label.c_str(), state.view == MainView::Condition))
    actions.open_condition(state.condition);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Condition guides: every option for a condition, side by side");
  place(compare_label, false);
  if (toggle_button(look, compare_label.c_str(), comparing)) actions.set_view(MainView::Compare);
  place(study_label, false);
  if (toggle_button(look, study_label.c_str(), state.view == MainView::Study))
    actions.set_view(MainView::Study);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Test yourself with questions made from the catalog");
}

}  // namespace painatlas::ui
