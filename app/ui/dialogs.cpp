#include <algorithm>

#include "icons.h"
#include "imgui_scopes.h"
#include "panels.h"

namespace painatlas::ui {

namespace {

void center_next_window(ImVec2 size) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  // On a phone the window takes the screen less a margin, never more.
  const float margin = ImGui::GetFontSize();
  size.x = std::min(size.x, viewport->WorkSize.x - margin);
  size.y = std::min(size.y, viewport->WorkSize.y - margin);
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, {0.5f, 0.5f});
  ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
}

}  // namespace

void draw_disclaimer_window(bool& open, const Look& look, Actions& actions) {
  if (!open) return;
  const float em = ImGui::GetFontSize();
  // As tall as its text, so the button is in view without scrolling, on a phone too.
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(em * 34, viewport->WorkSize.x - em);
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, {0.5f, 0.5f});
  ImGui::SetNextWindowSizeConstraints({width, 0}, {width, viewport->WorkSize.y - em});
  if (!ImGui::IsPopupOpen("Before you read")) ImGui::OpenPopup("Before you read");
  if (!ImGui::BeginPopupModal("Before you read", nullptr,
                              ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize))
    return;
  title(look, "Education, not medical advice");
  wrapped(kDisclaimer);
  ImGui::Spacing();
  wrapped(
      "Chronic pain is complex. Each procedure here has its own reasons, risks and benefits, and "
      "whether one suits you depends on things only your own care team knows. The evidence for "
      "many "
      "procedures is weak or disputed; Pain Atlas says so where it is.");
  ImGui::Spacing();
  wrapped(
      "Students: check clinical decisions against current guidelines and the references given. "
      "Patients: never stop or change a medicine because of what you read here.");
  ImGui::Spacing();
  if (ImGui::Button((std::string(icon::kCheck) + "  I understand").c_str(), {em * 10, 0})) {
    actions.accept_disclaimer();
    open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void draw_about_window(bool& open, const Catalog& catalog, const Look& look) {
  if (!open) return;
  center_next_window({ImGui::GetFontSize() * 30, ImGui::GetFontSize() * 15});
  if (ImGui::Begin("About Pain Atlas", &open, ImGuiWindowFlags_NoSavedSettings)) {
    title(look, "Pain Atlas");
    ImGui::Text("Content: %s, version %s", catalog.info().title.c_str(),
                catalog.info().version.c_str());
    ImGui::Text("%zu techniques and %zu terms loaded", catalog.techniques().size(),
                catalog.terms().size());
    muted_wrapped(look, "From " + catalog.info().directory);
    ImGui::Spacing();
    wrapped(kDisclaimer);
  }
  ImGui::End();
}

void draw_problems_window(bool& open, const std::vector<Problem>& problems, const Look& look) {
  if (!open) return;
  center_next_window({ImGui::GetFontSize() * 48, ImGui::GetFontSize() * 20});
  if (ImGui::Begin("Content problems", &open, ImGuiWindowFlags_NoSavedSettings)) {
    wrapped(
        "These files have problems. Everything that could be read is still available; fix the "
        "files and restart, or run 'painatlas-cli validate' for the same list.");
    ImGui::Separator();
    ChildScope list("problems", {0, 0});
    for (const auto& problem : problems) {
      const bool error = problem.level == ProblemLevel::Error;
      badge(error ? icon::kBan : icon::kWarning,
            error ? look.colors().high : look.colors().intermediate, error ? "error" : "warning");
      ImGui::SameLine();
      wrapped(format_problem(problem));
    }
  }
  ImGui::End();
}

void draw_shortcuts_window(bool& open, const Look& look) {
  if (!open) return;
  (void)look;
  center_next_window({ImGui::GetFontSize() * 28, ImGui::GetFontSize() * 18});
  if (ImGui::Begin("Keyboard shortcuts", &open, ImGuiWindowFlags_NoSavedSettings)) {
    const char* rows[][2] = {{"Ctrl+F or /", "Search"},
                             {"Up / Down (in search)", "Previous / next result"},
                             {"Escape (in search)", "Clear the search"},
                             {"Alt+Left / Alt+Right", "Back / forward"},
                             {"Ctrl+= / Ctrl+-", "Larger / smaller text"},
                             {"Ctrl+0", "Reset text size"},
                             {"Tab, arrows, Space, Enter", "Move between and use controls"},
                             {"Ctrl+Q", "Quit"}};
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg)) {
      for (const auto& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row[0]);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row[1]);
      }
      ImGui::EndTable();
    }
  }
  ImGui::End();
}

}  // namespace painatlas::ui
