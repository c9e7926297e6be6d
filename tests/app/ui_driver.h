// Drives the real panels headlessly: an ImGui context with no backend, fed with mouse, keys and
// characters the way ImGui 1.86 expects them, and the text each frame rendered captured through
// ImGui's logging so tests can read what a person would see.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <optional>
#include <string>
#include <vector>

#include "actions.h"
#include "app_state.h"
#include "fonts.h"

namespace painatlas::testing {

class UiDriver {
 public:
  explicit UiDriver(ui::AppState state, ImVec2 display = {1280, 800});
  ~UiDriver();
  UiDriver(const UiDriver&) = delete;
  UiDriver& operator=(const UiDriver&) = delete;

  // One frame: draw the main window, capture its text, apply the actions it emitted.
  void frame();
  void frames(int count);
  // Text rendered in the last frame (visible items only). A tooltip ends ImGui's logging early,
  // so move the mouse off widgets before reading it.
  const std::string& text() const { return text_; }
  bool shows(const std::string& needle) const { return text_.find(needle) != std::string::npos; }

  void move_mouse(ImVec2 position);
  void click(ImVec2 position);
  void type(const std::string& characters);
  void press(int native_key, bool ctrl = false, bool alt = false);

  // The screen rectangle of a window whose name contains `part` ("results-pane").
  std::optional<ImRect> window_rect(const char* part) const;
  // Scans a row of the screen for the item `label` of the window named `window_part`; returns
  // a point on it.
  std::optional<ImVec2> find_item_in_row(const char* window_part, const std::string& label,
                                         float y);
  // Scans the top `band` pixels of the window named `window_part` for the item whose ID is the
  // last of `id_path` under the others (the IdScopes around it); returns a point on it.
  std::optional<ImVec2> find_item(const char* window_part, std::vector<std::string> id_path,
                                  float band = 160);
  // Moves down from `from` until an interactive item is under the mouse; returns that point.
  std::optional<ImVec2> find_item_below(ImVec2 from, float max_distance);

  ui::AppState state;
  ui::Actions actions;

 private:
  ImGuiContext* context_;
  ui::Fonts fonts_;
  std::string text_;
};

}  // namespace painatlas::testing
