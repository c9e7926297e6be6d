#include <imgui.h>
#include <imgui_internal.h>
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
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) tooltip("Back (Alt+Left)");
  }
  ImGui::SameLine();
  {
    DisabledScope disabled(!state.history.can_go_forward());
    if (ImGui::Button(icon::kArrowRight)) actions.forward();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) tooltip("Forward (Alt+Right)");
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
  const auto& rows = state.browse.results.rows;
  if (ImGui::IsItemActive()) {
    // Up and Down belong to the search box; ImGui's navigation would otherwise take the first
    // press and leave the box.
    ImGui::GetCurrentContext()->ActiveIdUsingNavDirMask |=
        (1 << ImGuiDir_Up) | (1 << ImGuiDir_Down);
    if (keys::pressed(ImGuiKey_Escape) && !edit.search.empty()) {
      edit.search.clear();
      actions.set_query({});
    }
    // Down goes on to the results, where the arrows move and Enter opens.
    if (keys::pressed(ImGuiKey_DownArrow) && !rows.empty()) actions.focus_pane(Pane::Results);
  }
  // Enter in the search box opens the best match.
  if ((ImGui::IsItemActive() || ImGui::IsItemDeactivated()) && !rows.empty() &&
      (keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter))) {
    actions.select(state.catalog->techniques()[rows.front().technique].id);
    actions.focus_pane(Pane::Results);
  }

  if (one_line) ImGui::SameLine();
  const bool patient = state.settings.audience == Audience::Patient;
  if (toggle_button(look, (std::string(icon::kStudent) + " Student").c_str(), !patient))
    actions.set_audience(Audience::Student);
  if (ImGui::IsItemHovered()) tooltip("Clinical terms, evidence and references");
  ImGui::SameLine(0, 2);
  if (toggle_button(look, (std::string(icon::kUser) + " Patient").c_str(), patient))
    actions.set_audience(Audience::Patient);
  if (ImGui::IsItemHovered()) tooltip("Plain words, what to expect, questions to ask");

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
  if (ImGui::IsItemHovered()) tooltip("Test yourself with questions made from the catalog");
}

}  // namespace painatlas::ui
