#include <algorithm>

#include "icons.h"
#include "imgui_scopes.h"
#include "keys.h"
#include "panels.h"
#include "version.h"

namespace painatlas::ui {

namespace {

void center_next_window(ImVec2 size) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  // On a phone the window takes the screen less a margin, never more.
  const float margin = ImGui::GetFontSize();
  size.x = std::min(size.x, viewport->WorkSize.x - margin);
  size.y = std::min(size.y, viewport->WorkSize.y - margin);
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, {0.5f, 0.5f});
  // At large text a window sized in ems would outgrow the screen; it scrolls instead.
  size.x = std::min(size.x, viewport->WorkSize.x * 0.92f);
  size.y = std::min(size.y, viewport->WorkSize.y * 0.92f);
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
  // Enter (or Space) accepts: the first thing a keyboard-only reader meets must not need a mouse,
  // and ImGui 1.86 gives a new popup's button no keyboard focus until an arrow or Tab is pressed.
  const bool by_keyboard = keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter) ||
                           keys::pressed(ImGuiKey_Space);
  if (ImGui::Button((std::string(icon::kCheck) + "  I understand  (Enter)").c_str(),
                    {em * 12, 0}) ||
      by_keyboard) {
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
    ImGui::Text("Program version %s", std::string(kProgramVersion).c_str());
    ImGui::Text("Content: %s, version %s", catalog.info().title.c_str(),
                catalog.info().version.c_str());
    if (catalog.info().version != kBundledContentVersion)
      muted_wrapped(look, "This program was built with content version " +
                              std::string(kBundledContentVersion) + ".");
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

// The dialog's contents; its own function so the wrap scope ends before EndPopup.
void handout_dialog_body(const HandoutDialog& dialog, const Technique& technique,
                         bool situation_ticked, bool can_reveal, const Look& look,
                         Actions& actions) {
  WrapScope wrap(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 28);
  if (!dialog.saved) {
    ImGui::TextUnformatted(
        ("A printable page in plain language about " + technique.name + ".").c_str());
    ImGui::Spacing();
    {
      DisabledScope nothing(!situation_ticked);
      bool include = dialog.include_situation && situation_ticked;
      if (ImGui::Checkbox("Include \u201cYour situation\u201d", &include))
        actions.set_handout_situation(include);
    }
    if (!situation_ticked)
      muted_wrapped(look, "Tick factors in the Situation tab to add what they mean for you.");
    ImGui::Spacing();
    if (ImGui::Button((std::string(icon::kDownload) + "  Save handout").c_str()))
      actions.save_handout();
    ImGui::SetItemDefaultFocus();
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) actions.close_handout();
  } else if (dialog.saved->ok) {
    badge(icon::kCheck, look.colors().low, can_reveal ? "Saved to:" : "Handed to your browser as:");
    ImGui::TextUnformatted(dialog.saved->location.c_str());
    muted_wrapped(look, can_reveal ? "Open it in your browser to read or print it."
                                   : "Your browser keeps it with your downloads.");
    ImGui::Spacing();
    // Only where the program can reach the file again (not in a browser).
    if (can_reveal) {
      if (ImGui::Button("Open")) actions.open_saved_handout();
      ImGui::SetItemDefaultFocus();
      ImGui::SameLine();
      if (ImGui::Button("Show in folder")) actions.show_saved_handout();
      ImGui::SameLine();
    }
    if (ImGui::Button("Close")) actions.close_handout();
  } else {
    badge(icon::kWarning, look.colors().intermediate, "The handout could not be saved.");
    ImGui::TextUnformatted(dialog.saved->error.c_str());
    if (ImGui::Button("Close")) actions.close_handout();
  }
}

void draw_handout_dialog(const HandoutDialog& dialog, const Catalog& catalog, bool situation_ticked,
                         bool can_reveal, const Look& look, Actions& actions) {
  const Technique* technique = catalog.find_technique(dialog.technique);
  if (!technique) return;
  const float em = ImGui::GetFontSize();
  center_next_window({em * 30, 0});
  constexpr const char* kTitle = "Patient handout";
  if (!ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  bool open = true;
  if (!ImGui::BeginPopupModal(
          kTitle, &open, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
    if (!open) actions.close_handout();
    return;
  }
  handout_dialog_body(dialog, *technique, situation_ticked, can_reveal, look, actions);
  if (!open) actions.close_handout();
  ImGui::EndPopup();
}

void draw_shortcuts_window(bool& open, const Look& look) {
  if (!open) return;
  (void)look;
  const float em = ImGui::GetFontSize();
  center_next_window({em * 34, em * 24});
  if (ImGui::Begin("Keyboard shortcuts", &open, ImGuiWindowFlags_NoSavedSettings)) {
    const char* rows[][2] = {
        {"Ctrl+F or /", "Search"},
        {"Tab / Shift+Tab", "Next / previous pane: toolbar, filters, results, detail"},
        {"Arrow keys", "Move within a pane"},
        {"Enter", "Open the result or press the button that has the focus ring"},
        {"Space", "Tick the box or press the button that has the focus ring"},
        {"Escape", "Back to the search box (in it: clear the search)"},
        {"Down (in search)", "Go to the results"},
        {"Alt+Left / Alt+Right", "Back / forward"},
        {"Ctrl+= / Ctrl+-", "Larger / smaller text"},
        {"Ctrl+0", "Reset text size"},
        {"1 to 4, Enter (study)", "Answer, next question"},
        {"Ctrl+Q", "Quit"}};
    // Both columns wrap, so nothing is cut at large text.
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
      ImGui::TableSetupColumn("key", ImGuiTableColumnFlags_WidthStretch, 0.4f);
      ImGui::TableSetupColumn("does", ImGuiTableColumnFlags_WidthStretch, 0.6f);
      for (const auto& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", row[0]);
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", row[1]);
      }
      ImGui::EndTable();
    }
  }
  ImGui::End();
}

}  // namespace painatlas::ui
