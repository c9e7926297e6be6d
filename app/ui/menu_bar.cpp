#include <algorithm>

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
    if (ImGui::MenuItem("Where does it hurt?", nullptr, state.view == MainView::Map))
      actions.set_view(MainView::Map);
    if (ImGui::MenuItem("Condition guides", nullptr, state.view == MainView::Condition))
      actions.open_condition(state.condition);
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
    if (ImGui::MenuItem("Open as a web page")) actions.open_web_page();
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip(
          "The same text as a plain web page in your browser, for screen readers, browser zoom, "
          "translation and printing");
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
  // The dismiss button and the icon come first on the message's first line.
  const float before = ImGui::GetFontSize() * 2 + style.FramePadding.x * 2 + style.ItemSpacing.x +
                       style.ItemInnerSpacing.x;
  const float wrap = ImGui::GetContentRegionAvail().x - before;
  return line + ImGui::CalcTextSize(state.messages.back().text.c_str(), nullptr, false, wrap).y +
         style.ItemSpacing.y;
}

void draw_footer(const AppState& state, const Layout& layout, const Look& look, Actions& actions) {
  ImGui::Separator();
  ImGui::TextUnformatted(icon::kInfo);
  ImGui::SameLine();
  if (link(look, "Education only, not medical advice.", "disclaimer"))
    actions.open(Window::Disclaimer);
  ImGui::SameLine();
  // The same count as the list's header, so the two never disagree.
  const std::size_t total = state.catalog->techniques().size();
  const std::size_t shown = state.browse.results.rows.size();
  const std::string count =
      (state.view == MainView::Browse && shown != total
           ? std::to_string(shown) + " of " + std::to_string(total) + " techniques shown"
           : std::to_string(total) + " techniques") +
      "  \u00b7  content " + state.catalog->info().version;
  // On a phone the counts give way rather than run off the screen.
  if (!layout.one_pane || ImGui::GetContentRegionAvail().x >= ImGui::CalcTextSize(count.c_str()).x)
    ImGui::TextDisabled("%s", count.c_str());
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
  // The latest message, with an icon that says what kind it is, and dismissable: cut to the room
  // left and whole in its tooltip; on a phone, which has no tooltips, whole on lines of its own
  // (footer_height() counted them).
  const Message& message = state.messages.back();
  if (layout.one_pane) {
    if (ImGui::SmallButton(icon::kTimes)) actions.dismiss_message();
    ImGui::SameLine();
  } else {
    ImGui::SameLine(0, ImGui::GetFontSize());
  }
  switch (message.level) {
    case Message::Level::Success: {
      ColorScope tint(ImGuiCol_Text, look.colors().low);
      ImGui::TextUnformatted(icon::kCheck);
      break;
    }
    case Message::Level::Info: {
      ColorScope tint(ImGuiCol_Text, look.colors().link);
      ImGui::TextUnformatted(icon::kInfo);
      break;
    }
    case Message::Level::Problem: {
      ColorScope tint(ImGuiCol_Text, look.colors().intermediate);
      ImGui::TextUnformatted(icon::kWarning);
      break;
    }
  }
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  if (layout.one_pane) {
    ImGui::TextWrapped("%s", message.text.c_str());
    return;
  }
  const float close = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x;
  fitted_text(message.text, std::max(ImGui::GetContentRegionAvail().x - close, 0.0f));
  ImGui::SameLine();
  if (ImGui::SmallButton(icon::kTimes)) actions.dismiss_message();
  if (ImGui::IsItemHovered()) tooltip("Dismiss this message");
}

}  // namespace painatlas::ui
