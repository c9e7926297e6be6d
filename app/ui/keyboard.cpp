#include "keys.h"
#include "panels.h"

namespace painatlas::ui {

void handle_shortcuts(const AppState& state, Actions& actions) {
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
