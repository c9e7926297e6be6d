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
  // A phone has its own back button (the browser's, which follows this history): the search
  // box gets the room instead.
  if (!look.one_pane) {
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
  }

  // Room for the switch buttons to the right of the search box, measured as they are drawn.
  const ImGuiStyle& style = ImGui::GetStyle();
  const std::string student_label = std::string(icon::kStudent) + " Student";
  const std::string patient_label = std::string(icon::kUser) + " Patient";
  const std::string map_label = std::string(icon::kMap) + " Where does it hurt?";
  const std::string browse_label = std::string(icon::kList) + " Browse";
  const std::string guides_label = std::string(icon::kGuide) + " Guides";
  const std::string compare_label =
      std::string(icon::kColumns) + " Compare (" + std::to_string(state.compare.size()) + ")";
  const std::string study_label = std::string(icon::kBook) + " Study";
  float switches_width = style.ItemSpacing.x * 2 + 2 * 5 + 1;
  for (const std::string* label : {&student_label, &patient_label, &map_label, &browse_label,
                                   &guides_label, &compare_label, &study_label})
    switches_width += button_width(*label);
  // At large text sizes the switches move to a line of their own rather than off the window.
  const bool one_line =
      ImGui::GetContentRegionAvail().x - switches_width >= ImGui::GetFontSize() * 14.0f;
  const float box_width = one_line ? ImGui::GetContentRegionAvail().x - switches_width
                                   : ImGui::GetContentRegionAvail().x;
  ImGui::SetNextItemWidth(box_width);
  if (edit.focus_search) {
    ImGui::SetKeyboardFocusHere();
    edit.focus_search = false;
  }
  // The shortcut is named only where it fits whole: a phone has no Ctrl key, and a cut-off
  // "(Ct" reads as a fault.
  std::string hint = std::string(icon::kSearch) + "  Search techniques, conditions, risks…";
  const std::string shortcut = "  (Ctrl+F)";
  if (!look.one_pane &&
      ImGui::CalcTextSize((hint + shortcut).c_str()).x + ImGui::GetStyle().FramePadding.x * 2 <=
          box_width)
    hint += shortcut;
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
  // On a narrow screen the switches wrap onto as many lines as they need.
  bool first_switch = true;
  const auto place = [&](const std::string& label, float gap) -> const std::string& {
    if (!first_switch) {
      ImGui::SameLine(0, gap);
      if (ImGui::GetContentRegionAvail().x < button_width(label)) ImGui::NewLine();
    }
    first_switch = false;
    return label;
  };
  const bool patient = state.settings.audience == Audience::Patient;
  if (toggle_button(look, place(student_label, 2).c_str(), !patient))
    actions.set_audience(Audience::Student);
  if (ImGui::IsItemHovered()) tooltip("Clinical terms, evidence and references");
  if (toggle_button(look, place(patient_label, 2).c_str(), patient))
    actions.set_audience(Audience::Patient);
  if (ImGui::IsItemHovered()) tooltip("Plain words, what to expect, questions to ask");

  if (toggle_button(look, place(map_label, style.ItemSpacing.x).c_str(),
                    state.view == MainView::Map))
    actions.set_view(MainView::Map);
  if (ImGui::IsItemHovered()) tooltip("Start from the body: guides and procedures for each area");
  if (toggle_button(look, place(browse_label, 2).c_str(), state.view == MainView::Browse))
    actions.set_view(MainView::Browse);
  if (toggle_button(look, place(guides_label, 2).c_str(), state.view == MainView::Condition))
    actions.open_condition(state.condition);
  if (ImGui::IsItemHovered())
    tooltip("Condition guides: every option for a condition, side by side");
  if (toggle_button(look, place(compare_label, 2).c_str(), state.view == MainView::Compare))
    actions.set_view(MainView::Compare);
  if (toggle_button(look, place(study_label, 2).c_str(), state.view == MainView::Study))
    actions.set_view(MainView::Study);
  if (ImGui::IsItemHovered()) tooltip("Test yourself with questions made from the catalog");
}

}  // namespace painatlas::ui
