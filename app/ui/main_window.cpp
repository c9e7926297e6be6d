#include <vector>

#include "icons.h"
#include "imgui_scopes.h"
#include "pane_focus.h"
#include "panels.h"

namespace painatlas::ui {

namespace {

// Filters, "My situation" and the body map share the left pane as tabs.
void left_panel(AppState& state, const Look& look, bool with_results, Actions& actions) {
  if (!ImGui::BeginTabBar("left-tabs")) return;
  const std::string ticks =
      state.user.situation.empty() ? "" : " (" + std::to_string(state.user.situation.size()) + ")";
  struct Tab {
    LeftPanel panel;
    const char* icon;
    std::string words;
    const char* id;
  };
  std::vector<Tab> tabs;
  if (with_results) tabs.push_back({LeftPanel::Results, icon::kList, "Results", "results"});
  tabs.push_back({LeftPanel::Filters, icon::kFilter, "Filters", "filters"});
  tabs.push_back({LeftPanel::Situation, icon::kSituation, "Situation" + ticks, "situation"});
  tabs.push_back({LeftPanel::BodyMap, icon::kMap, "Map", "map"});
  // When the words do not all fit, the tabs show their icons (the chosen one its words too) and
  // say their names on hover.
  float needed = 0;
  for (const Tab& t : tabs)
    needed += ImGui::CalcTextSize((std::string(t.icon) + " " + t.words).c_str()).x +
              ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetStyle().ItemInnerSpacing.x;
  const bool words = needed <= ImGui::GetContentRegionAvail().x;
  const auto tab = [&](const Tab& t) {
    const ImGuiTabItemFlags flags = state.left_panel_requested && state.left_panel == t.panel
                                        ? ImGuiTabItemFlags_SetSelected
                                        : 0;
    const bool chosen = state.left_panel == t.panel;
    const std::string shown = words || chosen                   ? " " + t.words
                              : t.panel == LeftPanel::Situation ? ticks
                                                                : "";
    const std::string label = std::string(t.icon) + shown + "###" + t.id;
    const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
    if (!words && ImGui::IsItemHovered()) tooltip(t.words);
    if (open && !state.left_panel_requested && state.left_panel != t.panel)
      actions.show_left_panel(static_cast<int>(t.panel));
    return open;
  };
  for (const Tab& t : tabs) {
    if (!tab(t)) continue;
    switch (t.panel) {
      case LeftPanel::Results:
        draw_results_panel(*state.catalog, state.browse, state.user, state.screening,
                           state.restored_notice, state.focus, look, actions);
        break;
      case LeftPanel::Filters:
        draw_facet_panel(*state.catalog, state.browse, state.facet_order, state.edit.facet_find, look,
                         actions);
        break;
      case LeftPanel::Situation:
        draw_situation_panel(*state.catalog, state, look, state.edit.factor_filter, actions);
        break;
      case LeftPanel::BodyMap:
        draw_body_map_panel(*state.catalog, state.browse, look, actions);
        break;
    }
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
  state.left_panel_requested = false;
}

void detail_pane(AppState& state, const Look& look, float height, Actions& actions) {
  const Catalog& catalog = *state.catalog;
  const float em = ImGui::GetFontSize();
  ChildScope pane("detail-pane", {0, height}, false, ImGuiWindowFlags_NoScrollbar);
  pane_focus(state.focus, Pane::Detail);
  ImGui::Indent(em * 0.4f);
  const auto index = catalog.technique_index(state.browse.selected);
  const ScreeningResult* screening =
      index && !state.screening.empty() ? &state.screening[*index] : nullptr;
  draw_detail_panel(catalog, state.selected_technique(), state.user, state.compare, screening,
                    read_aloud_view(state.read_aloud), look, state.edit, state.detail, actions);
  ImGui::Unindent(em * 0.4f);
}

// Below this many characters of width, three panes would cut words: the list and its filters share
// one column as tabs, beside the detail.
constexpr float kThreePaneEms = 64.0f;

void browse_view(AppState& state, const Look& look, float footer, Actions& actions) {
  const ImGuiTableFlags flags = ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV;
  // Panes get an explicit height: a child sized 0 inside a table cell would run over the footer.
  const float pane_height = ImGui::GetContentRegionAvail().y - footer;
  const bool narrow = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * kThreePaneEms;
  if (narrow) {
    if (!ImGui::BeginTable("browse-narrow", 2, flags, {0, pane_height})) return;
    ImGui::TableSetupColumn("list", ImGuiTableColumnFlags_WidthStretch, 0.42f);
    ImGui::TableSetupColumn("detail", ImGuiTableColumnFlags_WidthStretch, 0.58f);
    ImGui::TableNextRow(0, pane_height);
    ImGui::TableNextColumn();
    {
      ChildScope pane("list-pane", {0, pane_height});
      // One column holds both, so Tab stops here for each.
      pane_focus(state.focus, Pane::Filters);
      pane_focus(state.focus, Pane::Results);
      left_panel(state, look, true, actions);
    }
    ImGui::TableNextColumn();
    detail_pane(state, look, pane_height, actions);
    ImGui::EndTable();
    return;
  }
  // The table's column widths are saved in imgui.ini, so the split is remembered.
  if (!ImGui::BeginTable("browse", 3, flags, {0, pane_height})) return;
  ImGui::TableSetupColumn("filters", ImGuiTableColumnFlags_WidthStretch, 0.26f);
  ImGui::TableSetupColumn("results", ImGuiTableColumnFlags_WidthStretch, 0.30f);
  ImGui::TableSetupColumn("detail", ImGuiTableColumnFlags_WidthStretch, 0.44f);
  ImGui::TableNextRow(0, pane_height);
  ImGui::TableNextColumn();
  {
    ChildScope pane("filters-pane", {0, pane_height});
    pane_focus(state.focus, Pane::Filters);
    left_panel(state, look, false, actions);
  }
  ImGui::TableNextColumn();
  {
    ChildScope pane("results-pane", {0, pane_height});
    draw_results_panel(*state.catalog, state.browse, state.user, state.screening,
                       state.restored_notice, state.focus, look, actions);
  }
  ImGui::TableNextColumn();
  detail_pane(state, look, pane_height, actions);
  ImGui::EndTable();
}

// A phone: the same panes, one at a time. Results first; a tap on a technique shows it, and a
// back button at the top returns to the list.
void one_pane_browse_view(AppState& state, const Look& look, float footer, Actions& actions) {
  const Pane pane = state.pane == Pane::Detail && !state.selected_technique() ? Pane::Results
                                                                               : state.pane;
  const std::size_t results = state.browse.results.rows.size();
  if (pane == Pane::Detail || pane == Pane::Filters) {
    const std::string back = std::string(icon::kArrowLeft) + " " + std::to_string(results) +
                             " result" + (results == 1 ? "" : "s") + "###back-to-results";
    if (ImGui::Button(back.c_str())) actions.show_pane(Pane::Results);
  } else {
    std::size_t chosen = 0;
    for (Facet facet : kAllFacets) chosen += state.browse.query.filter.values(facet).size();
    const std::string filters = std::string(icon::kFilter) + " Filters" +
                                (chosen > 0 ? " (" + std::to_string(chosen) + ")" : "") +
                                "###show-filters";
    if (ImGui::Button(filters.c_str())) actions.show_pane(Pane::Filters);
    if (const Technique* shown = state.selected_technique()) {
      // The technique last opened, one tap away, by name when the name fits.
      const std::string named = shown->name + "  " + icon::kArrowRight + "###show-detail";
      const std::string label =
          ImGui::GetContentRegionAvail().x - button_width(filters) >= button_width(named) + 20
              ? named
              : std::string("Open  ") + icon::kArrowRight + "###show-detail";
      ImGui::SameLine();
      if (ImGui::Button(label.c_str())) actions.show_pane(Pane::Detail);
    }
  }
  const float pane_height = ImGui::GetContentRegionAvail().y - footer;
  switch (pane) {
    case Pane::Filters: {
      ChildScope child("filters-pane", {0, pane_height});
      left_panel(state, look, false, actions);
      break;
    }
    case Pane::Detail:
      detail_pane(state, look, pane_height, actions);
      break;
    default: {
      ChildScope child("results-pane", {0, pane_height});
      draw_results_panel(*state.catalog, state.browse, state.user, state.screening,
                         state.restored_notice, state.focus, look, actions);
      break;
    }
  }
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
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const Layout layout =
      choose_layout(viewport->WorkSize.x, state.screen.scale, state.screen.touch_screen);
  TouchSpacing spacing(layout);
  const Look look{fonts, state.settings.theme, state.settings.audience, layout.one_pane};
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
      std::size_t bookmarks = 0;
      for (const auto& id : state.user.bookmarks)
        bookmarks += state.catalog->find_technique(id) ? 1 : 0;
      draw_study_view(*state.catalog, state.study, state.study.setup,
                      state.browse.results.rows.size(), bookmarks, look, actions);
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
  if (state.handout.open)
    draw_handout_dialog(state.handout, *state.catalog, !state.user.situation.empty(),
                        state.platform->can_reveal_documents(), look, actions);
}

}  // namespace painatlas::ui
