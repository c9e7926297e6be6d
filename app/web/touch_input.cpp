#include "touch_input.h"

#include <imgui_internal.h>

#include <cfloat>
#include <cmath>

namespace painatlas::web {

namespace {

// A finger moves a little even when it taps; beyond this many CSS pixels it is a drag.
constexpr float kTapSlop = 10.0f;
// Fling: the speed fades to a third in about 0.3 s and stops below this many pixels a second.
constexpr float kFlingDecayPerSecond = 4.0f;
constexpr float kFlingStop = 40.0f;

float distance(ImVec2 a, ImVec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

// The window the finger is on, or the nearest one around it that can scroll.
ImGuiWindow* scrollable_at_pointer() {
  ImGuiWindow* window = ImGui::GetCurrentContext()->HoveredWindow;
  while (window && window->ScrollMax.y <= 0 && window->ScrollMax.x <= 0 &&
         (window->Flags & ImGuiWindowFlags_ChildWindow))
    window = window->ParentWindow;
  return window;
}

}  // namespace

void TouchInput::down(ImVec2 at, double time) {
  phase_ = Phase::Holding;
  finger_last_ = true;
  start_ = position_ = at;
  pending_scroll_ = velocity_ = {};
  last_time_ = time;
  target_ = nullptr;
}

void TouchInput::move(ImVec2 at, double time) {
  if (phase_ != Phase::Holding && phase_ != Phase::Dragging) return;
  const float slop = kTapSlop * scale_;
  if (phase_ == Phase::Holding && distance(at, start_) < slop) return;
  if (phase_ == Phase::Holding) {
    phase_ = Phase::Dragging;
    position_ = start_;  // scroll from where the finger went down, not from past the slop
  }
  const ImVec2 step{position_.x - at.x, position_.y - at.y};
  pending_scroll_.x += step.x;
  pending_scroll_.y += step.y;
  const double elapsed = time - last_time_;
  if (elapsed > 0.001) {
    // Smoothed, so one uneven event does not throw the list.
    const float blend = 0.6f;
    velocity_.x = velocity_.x * (1 - blend) + blend * step.x / static_cast<float>(elapsed);
    velocity_.y = velocity_.y * (1 - blend) + blend * step.y / static_cast<float>(elapsed);
  }
  position_ = at;
  last_time_ = time;
}

bool TouchInput::up(ImVec2 at, double time) {
  if (phase_ == Phase::Holding) {
    position_ = at;
    phase_ = Phase::ClickPress;
    return true;
  }
  if (phase_ == Phase::Dragging) {
    // A finger that stopped before lifting does not fling.
    const bool moving =
        time - last_time_ < 0.1 && std::hypot(velocity_.x, velocity_.y) > kFlingStop;
    phase_ = moving ? Phase::Flinging : Phase::Idle;
    last_time_ = time;
  }
  return false;
}

void TouchInput::cancel() {
  phase_ = Phase::Idle;
  target_ = nullptr;
}

void TouchInput::before_new_frame(ImGuiIO& io) {
  if (!finger_last_) return;
  switch (phase_) {
    case Phase::Holding:
    case Phase::Dragging:
      // The pointer stays where the drag began, so the window under it is the one scrolled.
      io.MousePos = phase_ == Phase::Dragging ? start_ : position_;
      io.MouseDown[0] = false;
      break;
    case Phase::ClickPress:
      io.MousePos = position_;
      io.MouseDown[0] = true;
      phase_ = Phase::ClickRelease;
      break;
    case Phase::ClickRelease:
      io.MousePos = position_;
      io.MouseDown[0] = false;
      phase_ = Phase::Idle;
      break;
    case Phase::Flinging:
      io.MousePos = start_;
      io.MouseDown[0] = false;
      break;
    case Phase::Idle:
      io.MousePos = {-FLT_MAX, -FLT_MAX};
      io.MouseDown[0] = false;
      break;
  }
}

void TouchInput::after_new_frame(double time) {
  if (phase_ == Phase::Dragging && !target_) target_ = scrollable_at_pointer();
  if (phase_ == Phase::Flinging) {
    const float elapsed = static_cast<float>(time - last_time_);
    last_time_ = time;
    pending_scroll_.x += velocity_.x * elapsed;
    pending_scroll_.y += velocity_.y * elapsed;
    const float fade = std::exp(-kFlingDecayPerSecond * elapsed);
    velocity_.x *= fade;
    velocity_.y *= fade;
    if (std::hypot(velocity_.x, velocity_.y) < kFlingStop) phase_ = Phase::Idle;
  }
  auto* window = static_cast<ImGuiWindow*>(target_);
  if (window && (pending_scroll_.x != 0 || pending_scroll_.y != 0)) {
    // The window may have closed since; only scroll one ImGui still knows.
    ImGuiContext& context = *ImGui::GetCurrentContext();
    bool alive = false;
    for (ImGuiWindow* known : context.Windows) alive = alive || known == window;
    if (alive) {
      if (window->ScrollMax.y > 0)
        ImGui::SetScrollY(window,
                          ImClamp(window->Scroll.y + pending_scroll_.y, 0.0f, window->ScrollMax.y));
      if (window->ScrollMax.x > 0)
        ImGui::SetScrollX(window,
                          ImClamp(window->Scroll.x + pending_scroll_.x, 0.0f, window->ScrollMax.x));
    }
  }
  pending_scroll_ = {};
  if (phase_ == Phase::Idle) target_ = nullptr;
}

bool TouchInput::busy() const {
  return phase_ == Phase::ClickPress || phase_ == Phase::ClickRelease || phase_ == Phase::Flinging;
}

}  // namespace painatlas::web
