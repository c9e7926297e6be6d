// Keyboard focus between the panes. ImGui 1.86 moves Tab only between text fields and its arrows
// stay inside one window, so the program keeps which pane has the keyboard and hands ImGui's
// navigation that pane's window when Tab, Shift+Tab or Escape moves it.
#pragma once

#include "app_state.h"

namespace painatlas::ui {

// Call right after a pane's BeginChild. When the pane was asked for, it takes the keyboard: its
// window gets ImGui's navigation, with a visible ring on its first item (or on the item marked
// with ImGui::SetItemDefaultFocus()). Otherwise notes whether the reader is in it.
void pane_focus(KeyboardFocus& focus, Pane pane);

// The pane Tab (or Shift+Tab, `forward` false) moves to from `from`.
Pane next_pane(Pane from, bool forward);

}  // namespace painatlas::ui
