#include "pane_focus.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace painatlas::ui {

void pane_focus(KeyboardFocus& focus, Pane pane) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (focus.requested != pane) {
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows)) focus.current = pane;
    return;
  }
  focus.requested.reset();
  focus.current = pane;
  // A text field elsewhere in the same top-level window keeps the keys unless let go of.
  if (g.ActiveId != 0) ImGui::ClearActiveID();
  ImGui::FocusWindow(g.CurrentWindow);
  ImGui::NavInitWindow(g.CurrentWindow, true);
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
}

Pane next_pane(Pane from, bool forward) {
  const int step = forward ? 1 : kPaneCount - 1;
  return static_cast<Pane>((static_cast<int>(from) + step) % kPaneCount);
}

}  // namespace painatlas::ui
