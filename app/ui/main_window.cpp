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

void browse_view(AppState& state, const Look& look, float footer, Actions& actions) {
  const Catalog& catalog = *state.catalog;
  const ImGuiTableFlags flags = ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV;
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
                      look, state.edit, actions);
    ImGui::Unindent(em * 0.4f);
  }
  ImGui::EndTable();
}

// A phone: the same three panes, one at a time. Results first; a tap on a technique shows it,
// and a back button at the top returns to the list.
void one_pane_browse_view(AppState& state, const Look& look, float footer, Actions& actions) {
  const Catalog& catalog = *state.catalog;
  const Pane pane =
      state.pane == Pane::Detail && !state.selected_technique() ? Pane::Results : state.pane;
  const std::size_t results = state.browse.results.rows.size();
  if (pane == Pane::Results) {
    std::size_t chosen = 0;
    for (Facet facet : kAllFacets) chosen += state.browse.query.filter.values(facet).size();
    const std::string filters = std::string(icon::kFilter) + " Filters" +
                                (chosen > 0 ? " (" + std::to_string(chosen) + ")" : "") +
                                "###show-filters";
    if (ImGui::Button(filters.c_str())) actions.show_pane(Pane::Filters);
    if (const Technique* shown = state.selected_technique()) {
      ImGui::SameLine();
      const std::string label = shown->name + "  " + icon::kArrowRight + "###show-detail";
      const float room = ImGui::GetContentRegionAvail().x;
      if (ImGui::CalcTextSize(label.c_str(), nullptr, true).x +
              ImGui::GetStyle().FramePadding.x * 2 <=
          room) {
        if (ImGui::Button(label.c_str())) actions.show_pane(Pane::Detail);
      } else if (ImGui::Button(
                     (std::string("Open  ") + icon::kArrowRight + "###show-detail").c_str())) {
        actions.show_pane(Pane::Detail);
      }
    }
  } else {
    const std::string back = std::string(icon::kArrowLeft) + " " + std::to_string(results) +
                             " result" + (results == 1 ? "" : "s") + "###back-to-results";
    if (ImGui::Button(back.c_str())) actions.show_pane(Pane::Results);
  }
  const float pane_height = ImGui::GetContentRegionAvail().y - footer;
  switch (pane) {
    case Pane::Filters: {
      ChildScope child("filters-pane", {0, pane_height});
      left_panel(state, look, actions);
      break;
    }
    case Pane::Results: {
      ChildScope child("results-pane", {0, pane_height});
      draw_results_panel(catalog, state.browse, state.user, state.screening, look, actions);
      break;
    }
    case Pane::Detail: {
      ChildScope child("detail-pane", {0, pane_height}, false, ImGuiWindowFlags_NoScrollbar);
      const auto index = catalog.technique_index(state.browse.selected);
      const ScreeningResult* screening =
          index && !state.screening.empty() ? &state.screening[*index] : nullptr;
      draw_detail_panel(catalog, state.selected_technique(), state.user, state.compare, screening,
                        look, state.edit, actions);
      break;
    }
  }
}

}  // namespace

void draw_main_window(AppState& state, const Fonts& fonts, Actions& actions,
                      const FrameProbe* probe) {
  refresh_results(state);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const Layout layout =
      choose_layout(viewport->WorkSize.x, state.screen.scale, state.screen.touch_screen);
  const Look look{fonts, state.settings.theme, state.settings.audience, layout.one_pane};
  TouchSpacing spacing(layout);
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
    const float footer = footer_height(state, layout);
    if (state.view == MainView::Study) {
      ChildScope study("study-pane", {0, ImGui::GetContentRegionAvail().y - footer});
      draw_study_view(*state.catalog, state.study, look, actions);
    } else if (state.view == MainView::Compare) {
      ChildScope compare("compare-pane", {0, ImGui::GetContentRegionAvail().y - footer});
      draw_compare_view(*state.catalog, state.compare, state.user, look, actions);
    } else if (layout.one_pane) {
      one_pane_browse_view(state, look, footer, actions);
    } else {
      browse_view(state, look, footer, actions);
    }
    draw_footer(state, layout, look, actions);
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
