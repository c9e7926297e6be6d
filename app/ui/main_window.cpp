#include "icons.h"
#include "imgui_scopes.h"
#include "panels.h"

namespace painatlas::ui {

namespace {

// Filters, "My situation" and the body map share the left pane as tabs.
void left_panel(AppState& state, const Look& look, Actions& actions) {
  if (!ImGui::BeginTabBar("left-tabs")) return;
  const auto tab = [&](LeftPanel panel, const std::string& label) {
    const ImGuiTabItemFlags flags =
        state.left_panel_requested && state.left_panel == panel ? ImGuiTabItemFlags_SetSelected : 0;
    const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
    if (open && !state.left_panel_requested && state.left_panel != panel)
      actions.show_left_panel(static_cast<int>(panel));
    return open;
  };
  if (tab(LeftPanel::Filters, std::string(icon::kFilter) + " Filters")) {
    draw_facet_panel(*state.catalog, state.browse, look, actions);
    ImGui::EndTabItem();
  }
  const std::string situation_label =
      std::string(icon::kSituation) + " Situation" +
      (state.user.situation.empty() ? ""
                                    : " (" + std::to_string(state.user.situation.size()) + ")");
  if (tab(LeftPanel::Situation, situation_label + "###situation")) {
    draw_situation_panel(*state.catalog, state, look, state.edit.factor_filter, actions);
    ImGui::EndTabItem();
  }
  if (tab(LeftPanel::BodyMap, std::string(icon::kMap) + " Map")) {
    draw_body_map_panel(*state.catalog, state.browse, look, actions);
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
  state.left_panel_requested = false;
}

void browse_view(AppState& state, const Look& look, Actions& actions) {
  const Catalog& catalog = *state.catalog;
  const ImGuiTableFlags flags = ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV;
  const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
  // Panes get an explicit height: a child sized 0 inside a table cell would run over the footer.
  const float pane_height = ImGui::GetContentRegionAvail().y - footer;
  // The table's column widths are saved in imgui.ini, so the split is remembered.
  if (!ImGui::BeginTable("browse", 3, flags, {0, pane_height})) return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupColumn("filters", ImGuiTableColumnFlags_WidthStretch, 0.26f);
  ImGui::TableSetupColumn("results", ImGuiTableColumnFlags_WidthStretch, 0.30f);
  ImGui::TableSetupColumn("detail", ImGuiTableColumnFlags_WidthStretch, 0.44f);
  ImGui::TableNextRow(0, pane_height);
  ImGui::TableNextColumn();
  {
    ChildScope pane("filters-pane", {0, pane_height});
    left_panel(state, look, actions);
  }
  ImGui::TableNextColumn();
  {
    ChildScope pane("results-pane", {0, pane_height});
    draw_results_panel(catalog, state.browse, state.user, state.screening, look, actions);
  }
  ImGui::TableNextColumn();
  {
    ChildScope pane("detail-pane", {0, pane_height}, false, ImGuiWindowFlags_NoScrollbar);
    ImGui::Indent(em * 0.4f);
    const auto index = catalog.technique_index(state.browse.selected);
    const ScreeningResult* screening =
        index && !state.screening.empty() ? &state.screening[*index] : nullptr;
    draw_detail_panel(catalog, state.selected_technique(), state.user, state.compare, screening,
                      read_aloud_view(state.read_aloud), look, state.edit, actions);
    ImGui::Unindent(em * 0.4f);
  }
  ImGui::EndTable();
}

}  // namespace

// Read-aloud's state is copied from the platform once a frame, so panels never ask it.
void poll_speech(AppState& state) {
  ReadAloudState& reading = state.read_aloud;
  SpeechEngine& engine = state.platform->speech();
  // Asked every frame: a voice may take a moment to start (or may fail later).
  reading.why_not.clear();
  reading.available = engine.available(reading.why_not);
  reading.checked = true;
  reading.status = engine.status();
}

void draw_main_window(AppState& state, const Fonts& fonts, Actions& actions,
                      const FrameProbe* probe) {
  refresh_results(state);
  poll_speech(state);
  const Look look{fonts, state.settings.theme, state.settings.audience};
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  // No background: the frame is cleared to the same colour, and filling a full window twice is
  // real work for software OpenGL.
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_MenuBar |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground;
  FontScope body(fonts.body);
  if (ImGui::Begin("Pain Atlas", nullptr, flags)) {
    if (probe && probe->after_begin) probe->after_begin();
    handle_shortcuts(state, actions);
    draw_menu_bar(state, look, actions);
    draw_toolbar(state, look, state.edit, actions);
    ImGui::Spacing();
    if (state.view == MainView::Study) {
      const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
      ChildScope study("study-pane", {0, ImGui::GetContentRegionAvail().y - footer});
      draw_study_view(*state.catalog, state.study, look, actions);
    } else if (state.view == MainView::Condition) {
      const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
      ChildScope condition("condition-pane", {0, ImGui::GetContentRegionAvail().y - footer});
      draw_condition_view(*state.catalog, state.shown_condition(), state.grid_first,
                          read_aloud_view(state.read_aloud), look, actions);
    } else if (state.view == MainView::Map) {
      const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
      ChildScope map("map-pane", {0, ImGui::GetContentRegionAvail().y - footer});
      draw_map_view(*state.catalog, state.map, look, actions);
    } else if (state.view == MainView::Compare) {
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
