// Key codes. ImGui 1.86 reads keys through io.KeysDown[], indexed by the backend's native codes;
// ours is GLFW, whose codes for these keys are their ASCII values (and 256+ for named keys).
// Spelled out here so panels and headless tests need no GLFW header.
#pragma once

#include <imgui.h>

namespace painatlas::ui::keys {

inline constexpr int kSlash = '/';
inline constexpr int kEqual = '=';
inline constexpr int kMinus = '-';
inline constexpr int kZero = '0';
inline constexpr int kF = 'F';
inline constexpr int kQ = 'Q';
inline constexpr int kOne = '1';
inline constexpr int kKeypadSubtract = 333;  // GLFW_KEY_KP_SUBTRACT
inline constexpr int kKeypadAdd = 334;       // GLFW_KEY_KP_ADD

inline bool pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }
inline bool pressed_native(int code) { return ImGui::IsKeyPressed(code); }

}  // namespace painatlas::ui::keys
