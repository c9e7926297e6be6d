#include <cstdio>

#include "icons.h"
#include "imgui_scopes.h"
#include "panels.h"

namespace painatlas::ui {

void draw_menu_bar(const AppState& state, const Look& look, Actions& actions) {
  (void)look;
  if (!ImGui::BeginMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    const bool selected = !state.browse.selected.empty();
    if (ImGui::MenuItem("Export patient handout (HTML)", nullptr, false, selected))
      actions.export_handout(state.browse.selected);
    if (state.platform->can_quit()) {
      ImGui::Separator();
      if (ImGui::MenuItem("Quit", "Ctrl+Q")) actions.quit();
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    const bool patient = state.settings.audience == Audience::Patient;
    if (ImGui::MenuItem("Student (clinical)", nullptr, !patient))
      actions.set_audience(Audience::Student);
    if (ImGui::MenuItem("Patient (plain language)", nullptr, patient))
      actions.set_audience(Audience::Patient);
    ImGui::Separator();
    if (ImGui::MenuItem("Browse", nullptr, state.view == MainView::Browse))
      actions.set_view(MainView::Browse);
    if (ImGui::MenuItem("Compare", nullptr, state.view == MainView::Compare))
      actions.set_view(MainView::Compare);
    if (ImGui::MenuItem("Study", nullptr, state.view == MainView::Study))
      actions.set_view(MainView::Study);
    if (ImGui::MenuItem("My situation"))
      actions.show_left_panel(static_cast<int>(LeftPanel::Situation));
    if (ImGui::MenuItem("Anatomy map"))
      actions.show_left_panel(static_cast<int>(LeftPanel::BodyMap));
    ImGui::Separator();
    for (Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
      const char* names[] = {"Dark theme", "Light theme", "High-contrast theme"};
      if (ImGui::MenuItem(names[static_cast<int>(theme)], nullptr, state.settings.theme == theme))
        actions.set_theme(theme);
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Larger text", "Ctrl+=")) actions.change_font_scale(+1);
    if (ImGui::MenuItem("Smaller text", "Ctrl+-")) actions.change_font_scale(-1);
    if (ImGui::MenuItem("Reset text size", "Ctrl+0")) actions.change_font_scale(0);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Bookmarks")) {
    const auto& bookmarks = state.user.bookmarks;
    if (bookmarks.empty()) ImGui::TextDisabled("None yet: use the Bookmark button on a technique.");
    for (const auto& id : bookmarks)
      if (const Technique* technique = state.catalog->find_technique(id))
        if (ImGui::MenuItem(technique->name.c_str(), nullptr, id == state.browse.selected))
          actions.select(id);
    if (!state.user.notes.empty()) {
      ImGui::Separator();
      ImGui::TextDisabled("With a note");
      for (const auto& [id, note] : state.user.notes)
        if (const Technique* technique = state.catalog->find_technique(id))
          if (ImGui::MenuItem((std::string(icon::kNote) + "  " + technique->name).c_str()))
            actions.select(id);
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    if (ImGui::MenuItem("About this information (disclaimer)")) actions.open(Window::Disclaimer);
    if (ImGui::MenuItem("Keyboard shortcuts")) actions.open(Window::Shortcuts);
    const std::size_t problems = state.problems.size();
    if (ImGui::MenuItem(("Content problems (" + std::to_string(problems) + ")").c_str(), nullptr,
                        false, problems > 0))
      actions.open(Window::Problems);
    ImGui::Separator();
    if (ImGui::MenuItem("About Pain Atlas")) actions.open(Window::About);
    ImGui::EndMenu();
  }
  ImGui::EndMenuBar();
}

float footer_height(const AppState& state, const Layout& layout) {
  const ImGuiStyle& style = ImGui::GetStyle();
  if (!layout.one_pane) return ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y;
  // On a phone every pixel of height counts: a separator and a line of text, no frame.
  const float line = ImGui::GetTextLineHeightWithSpacing() + style.ItemSpacing.y * 2 + 1;
  if (state.messages.empty()) return line;
  const float wrap = ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 1.5f;
  return line + ImGui::CalcTextSize(state.messages.back().c_str(), nullptr, false, wrap).y +
         ImGui::GetStyle().ItemSpacing.y;
}

void draw_footer(const AppState& state, const Layout& layout, const Look& look, Actions& actions) {
  ImGui::Separator();
  ImGui::TextUnformatted(icon::kInfo);
  ImGui::SameLine();
  if (link(look, "Education only, not medical advice.", "disclaimer"))
    actions.open(Window::Disclaimer);
  char counts[96];
  std::snprintf(counts, sizeof counts, "%zu techniques  ·  content %s",
                state.catalog->techniques().size(), state.catalog->info().version.c_str());
  ImGui::SameLine();
  // On a phone the counts give way rather than run off the screen.
  if (!layout.one_pane || ImGui::GetContentRegionAvail().x >= ImGui::CalcTextSize(counts).x)
    ImGui::TextDisabled("%s", counts);
  else
    ImGui::NewLine();
  const std::size_t errors = count_errors(state.problems);
  if (errors > 0) {
    ImGui::SameLine();
    badge(icon::kWarning, look.colors().intermediate, "");
    ImGui::SameLine();
    if (link(look, std::to_string(errors) + " content problem(s)", "problems"))
      actions.open(Window::Problems);
  }
  if (state.messages.empty()) return;
  if (layout.one_pane) {
    // Its own lines, wrapped: footer_height() counted them.
    {
      ColorScope tint(ImGuiCol_Text, look.colors().intermediate);
      ImGui::TextUnformatted(icon::kWarning);
    }
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::TextWrapped("%s", state.messages.back().c_str());
    return;
  }
  ImGui::SameLine();
  badge(icon::kWarning, look.colors().intermediate, state.messages.back());
}

}  // namespace painatlas::ui
