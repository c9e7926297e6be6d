#include "imgui_scopes.h"
#include "panels.h"

namespace painatlas::ui {

namespace {

void browse_view(AppState& state, const Look& look, Actions& actions) {
  const Catalog& catalog = *state.catalog;
  const ImGuiTableFlags flags = ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV;
  const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
  // The table's column widths are saved in imgui.ini, so the split is remembered.
  if (!ImGui::BeginTable("browse", 3, flags, {0, ImGui::GetContentRegionAvail().y - footer})) return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupColumn("filters", ImGuiTableColumnFlags_WidthStretch, 0.23f);
  ImGui::TableSetupColumn("results", ImGuiTableColumnFlags_WidthStretch, 0.31f);
  ImGui::TableSetupColumn("detail", ImGuiTableColumnFlags_WidthStretch, 0.46f);
  ImGui::TableNextRow(0, ImGui::GetContentRegionAvail().y - footer);
  ImGui::TableNextColumn();
  {
    ChildScope pane("filters-pane", {0, 0});
    draw_facet_panel(catalog, state.browse, look, actions);
  }
  ImGui::TableNextColumn();
  {
    ChildScope pane("results-pane", {0, 0});
    draw_results_panel(catalog, state.browse, state.user, look, actions);
  }
  ImGui::TableNextColumn();
  {
    ChildScope pane("detail-pane", {0, 0}, false, ImGuiWindowFlags_NoScrollbar);
    ImGui::Indent(em * 0.4f);
    draw_detail_panel(catalog, state.selected_technique(), state.user, state.compare, look, state.edit, actions);
    ImGui::Unindent(em * 0.4f);
  }
  ImGui::EndTable();
}

}  // namespace

void draw_main_window(AppState& state, const Fonts& fonts, Actions& actions, const FrameProbe* probe) {
  refresh_results(state);
  const Look look{fonts, state.settings.theme, state.settings.audience};
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_MenuBar |
                                 ImGuiWindowFlags_NoSavedSettings;
  FontScope body(fonts.body);
  if (ImGui::Begin("Pain Atlas", nullptr, flags)) {
    if (probe && probe->after_begin) probe->after_begin();
    handle_shortcuts(state, actions);
    draw_menu_bar(state, look, actions);
    draw_toolbar(state, look, state.edit, actions);
    ImGui::Spacing();
    if (state.view == MainView::Compare) {
      const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
      ChildScope compare("compare-pane", {0, ImGui::GetContentRegionAvail().y - footer});
      draw_compare_view(*state.catalog, state.compare, state.user, look, actions);
    } else {
      browse_view(state, look, actions);
    }
    draw_footer(state, look, actions);
    if (probe && probe->before_end) probe->before_end();
  }
  ImGui::End();
  draw_disclaimer_window(state.windows.disclaimer, look, actions);
  // Other windows wait until the first-start disclaimer is accepted: ImGui cannot give focus to
  // a window that appears behind a modal.
  if (state.windows.disclaimer) return;
  draw_about_window(state.windows.about, *state.catalog, look);
  draw_problems_window(state.windows.problems, state.problems, look);
  draw_shortcuts_window(state.windows.shortcuts, look);
}

}  // namespace painatlas::ui
