#include <imgui_internal.h>

#include "keys.h"
#include "pane_focus.h"
#include "panels.h"

namespace painatlas::ui {

namespace {

// Tab, Shift+Tab, Escape and Enter for the panes (see pane_focus.h). Only while the main window
// has the keyboard: dialogs keep ImGui's own handling.
void pane_keys(const AppState& state, Actions& actions) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  const ImGuiIO& io = ImGui::GetIO();
  // ImGui 1.86 presses a focused button with Space only; Enter opens and presses too (results,
  // buttons, menu items), except where a text field or the study view's own Enter has it.
  if ((keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter)) && !io.WantTextInput &&
      g.NavId != 0 && !g.NavDisableHighlight && state.view != MainView::Study) {
    ImGui::ActivateItem(g.NavId);
    return;
  }
  ImGuiWindow* main = ImGui::GetCurrentWindow()->RootWindow;
  if (g.NavWindow && g.NavWindow->RootWindow != main) return;
  if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) return;
  if (state.view != MainView::Browse) return;
  const bool searching = g.ActiveId != 0 && g.ActiveId == ImGui::GetID("##search");
  if (keys::pressed(ImGuiKey_Tab) && !io.KeyCtrl && !io.KeyAlt) {
    // ImGui 1.86 would move between text fields only; the panes take Tab instead.
    if (g.NavMoveSubmitted && (g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing))
      ImGui::NavMoveRequestCancel();
    const Pane from = searching ? Pane::Toolbar : state.focus.current;
    actions.focus_pane(next_pane(from, !io.KeyShift));
    return;
  }
  if (io.WantTextInput) return;
  if (keys::pressed(ImGuiKey_Escape)) actions.focus_pane(Pane::Toolbar);
}

}  // namespace

void handle_shortcuts(const AppState& state, Actions& actions) {
  pane_keys(state, actions);
  const ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl && keys::pressed_native(keys::kF)) actions.focus_search();
  // "/" focuses search only when no text field is taking the keystroke.
  if (!io.WantTextInput && !io.KeyCtrl && keys::pressed_native(keys::kSlash))
    actions.focus_search();
  if (io.KeyAlt && keys::pressed(ImGuiKey_LeftArrow) && state.history.can_go_back()) actions.back();
  if (io.KeyAlt && keys::pressed(ImGuiKey_RightArrow) && state.history.can_go_forward())
    actions.forward();
  if (io.KeyCtrl && (keys::pressed_native(keys::kEqual) || keys::pressed_native(keys::kKeypadAdd)))
    actions.change_font_scale(+1);
  if (io.KeyCtrl &&
      (keys::pressed_native(keys::kMinus) || keys::pressed_native(keys::kKeypadSubtract)))
    actions.change_font_scale(-1);
  if (io.KeyCtrl && keys::pressed_native(keys::kZero)) actions.change_font_scale(0);
  if (io.KeyCtrl && keys::pressed_native(keys::kQ)) actions.quit();
  // Study: 1-4 answer, Enter goes on.
  const StudyState& study = state.study;
  if (state.view == MainView::Study && study.active() && !study.finished() && !io.WantTextInput) {
    if (!study.chosen) {
      for (int option = 0; option < 4; ++option)
        if (keys::pressed_native(keys::kOne + option)) actions.answer(option);
    } else if (keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter)) {
      actions.next_question();
    }
  }
}

}  // namespace painatlas::ui
