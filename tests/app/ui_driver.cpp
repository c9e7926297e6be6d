#include "ui_driver.h"

#include <imgui_internal.h>

#include <cstring>

#include "panels.h"
#include "theme.h"

namespace painatlas::testing {

namespace {
// The GLFW backend's codes for ImGui's named keys, as it fills io.KeyMap.
constexpr int kGlfwKeys[][2] = {{ImGuiKey_Tab, 258},        {ImGuiKey_LeftArrow, 263},
                                {ImGuiKey_RightArrow, 262}, {ImGuiKey_UpArrow, 265},
                                {ImGuiKey_DownArrow, 264},  {ImGuiKey_PageUp, 266},
                                {ImGuiKey_PageDown, 267},   {ImGuiKey_Home, 268},
                                {ImGuiKey_End, 269},        {ImGuiKey_Insert, 260},
                                {ImGuiKey_Delete, 261},     {ImGuiKey_Backspace, 259},
                                {ImGuiKey_Space, 32},       {ImGuiKey_Enter, 257},
                                {ImGuiKey_Escape, 256},     {ImGuiKey_KeyPadEnter, 335},
                                {ImGuiKey_A, 'A'},          {ImGuiKey_C, 'C'},
                                {ImGuiKey_V, 'V'},          {ImGuiKey_X, 'X'},
                                {ImGuiKey_Y, 'Y'},          {ImGuiKey_Z, 'Z'}};
}  // namespace

UiDriver::UiDriver(ui::AppState app_state, ImVec2 display) : state(std::move(app_state)) {
  context_ = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = display;
  io.DeltaTime = 1.0f / 60.0f;
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  for (const auto& [key, code] : kGlfwKeys) io.KeyMap[key] = code;
  fonts_ = ui::build_fonts(*io.Fonts, 1.0f);
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  ui::apply_theme(state.settings.theme, 1.0f);
  state.fonts_stale = false;
  move_mouse({-100, -100});
}

UiDriver::~UiDriver() { ImGui::DestroyContext(context_); }

void UiDriver::frame() {
  ImGui::SetCurrentContext(context_);
  ImGui::NewFrame();
  const ui::FrameProbe probe{[] { ImGui::LogToBuffer(); },
                             [this] { text_ = context_->LogBuffer.c_str(); }};
  ui::draw_main_window(state, fonts_, actions, &probe);
  ImGui::Render();
  ui::apply_actions(state, actions);
}

void UiDriver::frames(int count) {
  for (int i = 0; i < count; ++i) frame();
}

void UiDriver::move_mouse(ImVec2 position) { ImGui::GetIO().MousePos = position; }

void UiDriver::click(ImVec2 position) {
  move_mouse(position);
  frame();
  ImGui::GetIO().MouseDown[0] = true;
  frame();
  ImGui::GetIO().MouseDown[0] = false;
  frame();
}

void UiDriver::type(const std::string& characters) {
  for (char c : characters) {
    ImGui::GetIO().AddInputCharacter(static_cast<unsigned char>(c));
    frame();
  }
}

void UiDriver::press(int native_key, bool ctrl, bool alt) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeyCtrl = ctrl;
  io.KeyAlt = alt;
  io.KeysDown[native_key] = true;
  frame();
  io.KeysDown[native_key] = false;
  io.KeyCtrl = io.KeyAlt = false;
  frame();
}

std::optional<ImRect> UiDriver::window_rect(const char* part) const {
  for (ImGuiWindow* window : context_->Windows)
    if (std::string(window->Name).find(part) != std::string::npos && window->WasActive)
      return ImRect(window->Pos, {window->Pos.x + window->Size.x, window->Pos.y + window->Size.y});
  return std::nullopt;
}

std::optional<ImVec2> UiDriver::find_item(const char* window_part, std::vector<std::string> id_path,
                                          float band) {
  // Child windows carry their parent's name as a prefix: the shortest matching name is the one.
  ImGuiWindow* owner = nullptr;
  for (ImGuiWindow* window : context_->Windows)
    if (std::string(window->Name).find(window_part) != std::string::npos &&
        (window->Active || window->WasActive) &&
        (!owner || std::strlen(window->Name) < std::strlen(owner->Name)))
      owner = window;
  if (!owner || id_path.empty()) return std::nullopt;
  // The ID the widget had: each scope's ID seeds the next, as ImGui's ID stack does.
  ImGuiID seed = owner->ID;
  for (const auto& part : id_path) seed = ImHashStr(part.c_str(), 0, seed);
  const ImGuiID wanted = seed;
  for (float y = owner->Pos.y + 4; y < owner->Pos.y + std::min(band, owner->Size.y); y += 7)
    for (float x = owner->Pos.x + 4; x < owner->Pos.x + owner->Size.x; x += 9) {
      move_mouse({x, y});
      frame();
      if (ImGui::GetHoveredID() != wanted) continue;
      // Held still for two more frames, it must still be under the mouse: a layout that moved
      // on the way (a button relabelled under the pointer) is not a find.
      frame();
      frame();
      if (ImGui::GetHoveredID() == wanted) return ImVec2{x, y};
    }
  return std::nullopt;
}

std::optional<ImVec2> UiDriver::find_item_in_row(const char* window_part, const std::string& label,
                                                 float y) {
  // An exact name first: child windows carry their parent's name as a prefix.
  ImGuiWindow* owner = ImGui::FindWindowByName(window_part);
  for (ImGuiWindow* window : context_->Windows)
    if (!owner && std::string(window->Name).find(window_part) != std::string::npos &&
        window->WasActive)
      owner = window;
  if (!owner) return std::nullopt;
  // Outside a frame the window's ID stack holds only its own ID, as when its widgets were made.
  const ImGuiID wanted = owner->GetID(label.c_str());
  for (float x = owner->Pos.x; x < owner->Pos.x + owner->Size.x; x += 6) {
    move_mouse({x, y});
    frame();
    if (ImGui::GetHoveredID() == wanted) return ImVec2{x, y};
  }
  return std::nullopt;
}

std::optional<ImVec2> UiDriver::find_item_below(ImVec2 from, float max_distance) {
  for (float dy = 0; dy <= max_distance; dy += 3) {
    move_mouse({from.x, from.y + dy});
    frame();
    if (ImGui::GetHoveredID() != 0) return ImVec2{from.x, from.y + dy};
  }
  return std::nullopt;
}

}  // namespace painatlas::testing
