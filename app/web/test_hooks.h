// What the browser tests can read of the screen, on pages opened with #painatlas-test only: the
// rendered text of the main window and where each labelled item is, so a test can tap "I
// understand" or a result row the way a person would. Read-only: nothing here changes the
// program's state. The item positions come from ImGui's test-engine hooks, which the browser
// build compiles into its ImGui (IMGUI_ENABLE_TEST_ENGINE); with the hooks off they cost one flag
// test per item.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace painatlas::web {

class ItemRecorder {
 public:
  // Turns ImGui's item hooks on for the current context, reporting to this recorder.
  void enable();
  // Forgets the last frame's items (call before ImGui::NewFrame).
  void begin_frame();
  // The items of the last frame, as JSON: [{"label": "...", "id":, "x":, "y":, "w":, "h":}, ...]
  // in CSS pixels, clipped to what is visible.
  std::string items_json(float display_scale) const;

  // Called by the hooks.
  void added(ImGuiID id, const ImRect& visible) { rects_[id] = visible; }
  void labelled(ImGuiID id, const char* label);

 private:
  struct Item {
    std::string label;
    ImGuiID id;
    ImRect rect;
  };
  std::unordered_map<ImGuiID, ImRect> rects_;  // added this frame, visible part
  std::vector<Item> items_;                    // with their labels
};

}  // namespace painatlas::web
