// A finger on a phone, as ImGui 1.86 needs it: a tap becomes a click (press in one frame,
// release in the next), a drag scrolls the list or text under the finger, and a quick drag keeps
// scrolling for a moment after the finger lifts. The browser's own touch handling is off on the
// canvas (pre.js), so this is the only way a finger reaches the panels.
#pragma once

#include <imgui.h>

namespace painatlas::web {

class TouchInput {
 public:
  // Positions in the canvas's device pixels; `time` in seconds.
  void down(ImVec2 at, double time);
  void move(ImVec2 at, double time);
  // Returns true for a tap (the finger hardly moved): frames must run to deliver the click.
  bool up(ImVec2 at, double time);
  void cancel();
  // Device pixels per CSS pixel, for how far a tap may wander.
  void set_scale(float scale) { scale_ = scale; }
  // A mouse moved: ImGui follows it again.
  void mouse_used() { finger_last_ = false; }

  // After the platform backend's new-frame and before ImGui::NewFrame: where the finger is and
  // whether it presses. Between touches the pointer is kept off the screen, so nothing stays
  // highlighted where the finger was.
  void before_new_frame(ImGuiIO& io);
  // After ImGui::NewFrame, which found the window under the finger: scrolls it by the drag.
  void after_new_frame(double time);
  // Frames are needed to finish a click or a fling.
  bool busy() const;

 private:
  enum class Phase { Idle, Holding, Dragging, ClickPress, ClickRelease, Flinging };
  Phase phase_ = Phase::Idle;
  bool finger_last_ = false;
  ImVec2 start_{};
  ImVec2 position_{};
  ImVec2 pending_scroll_{};  // device pixels to scroll by, opposite to the finger
  ImVec2 velocity_{};        // device pixels per second, while flinging
  double last_time_ = 0;
  float scale_ = 1;
  void* target_ = nullptr;  // the ImGuiWindow being scrolled, while dragging or flinging
};

}  // namespace painatlas::web
