// RAII wrappers for ImGui's Begin/End and Push/Pop pairs, so an early return can never leave a
// pair open (Debian's libimgui is built with asserts: a mismatch aborts the program).
#pragma once

#include <imgui.h>

namespace painatlas::ui {

class ChildScope {
 public:
  ChildScope(const char* id, ImVec2 size, bool border = false, ImGuiWindowFlags flags = 0)
      : visible_(ImGui::BeginChild(id, size, border, flags)) {}
  ~ChildScope() { ImGui::EndChild(); }  // EndChild is due whatever BeginChild returned
  ChildScope(const ChildScope&) = delete;
  ChildScope& operator=(const ChildScope&) = delete;
  explicit operator bool() const { return visible_; }

 private:
  bool visible_;
};

// Declare before any scope whose Pop must happen inside the tooltip (destruction runs in reverse).
class TooltipScope {
 public:
  TooltipScope() { ImGui::BeginTooltip(); }
  ~TooltipScope() { ImGui::EndTooltip(); }
  TooltipScope(const TooltipScope&) = delete;
  TooltipScope& operator=(const TooltipScope&) = delete;
};

class IdScope {
 public:
  explicit IdScope(const char* id) { ImGui::PushID(id); }
  explicit IdScope(int id) { ImGui::PushID(id); }
  ~IdScope() { ImGui::PopID(); }
  IdScope(const IdScope&) = delete;
  IdScope& operator=(const IdScope&) = delete;
};

class FontScope {
 public:
  explicit FontScope(ImFont* font) { ImGui::PushFont(font); }
  ~FontScope() { ImGui::PopFont(); }
  FontScope(const FontScope&) = delete;
  FontScope& operator=(const FontScope&) = delete;
};

class ColorScope {
 public:
  ColorScope(ImGuiCol slot, ImVec4 color) { ImGui::PushStyleColor(slot, color); }
  ~ColorScope() { ImGui::PopStyleColor(); }
  ColorScope(const ColorScope&) = delete;
  ColorScope& operator=(const ColorScope&) = delete;
};

class WrapScope {
 public:
  explicit WrapScope(float wrap_x) { ImGui::PushTextWrapPos(wrap_x); }
  ~WrapScope() { ImGui::PopTextWrapPos(); }
  WrapScope(const WrapScope&) = delete;
  WrapScope& operator=(const WrapScope&) = delete;
};

class DisabledScope {
 public:
  explicit DisabledScope(bool disabled) { ImGui::BeginDisabled(disabled); }
  ~DisabledScope() { ImGui::EndDisabled(); }
  DisabledScope(const DisabledScope&) = delete;
  DisabledScope& operator=(const DisabledScope&) = delete;
};

}  // namespace painatlas::ui
