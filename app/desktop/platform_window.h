// The window, the OpenGL context and the ImGui backends: everything that needs a display.
#pragma once

#include <string>

struct GLFWwindow;

namespace painatlas::ui {

struct WindowOptions {
  int width = 1280;
  int height = 800;
  bool visible = true;  // screenshot mode renders into a hidden window
};

// Opens the display; false (with a reason) where there is none. Call once, before anything else.
bool start_platform(std::string& error);
// The scale of the primary screen (2 on a typical high-DPI screen), known before any window.
float primary_screen_scale();

class PlatformWindow {
 public:
  // Check ok() after construction; error() says why it failed (no OpenGL 3.3, say).
  explicit PlatformWindow(const WindowOptions& options);
  ~PlatformWindow();
  PlatformWindow(const PlatformWindow&) = delete;
  PlatformWindow& operator=(const PlatformWindow&) = delete;

  bool ok() const { return window_ != nullptr; }
  const std::string& error() const { return error_; }
  GLFWwindow* handle() const { return window_; }
  bool should_close() const;
  // Sleeps until input arrives or `timeout_seconds` pass (forever when negative), so an idle
  // window costs nothing.
  void wait_events(double timeout_seconds);
  void poll_events();
  // Wakes wait_events() from any thread.
  static void wake();
  float content_scale() const;
  void clear(float r, float g, float b);
  void present();
  void framebuffer_size(int& width, int& height) const;

 private:
  GLFWwindow* window_ = nullptr;
  std::string error_;
};

// ImGui's GLFW and OpenGL 3 backends for one window. Create after the ImGui context and destroy
// before it (declare it after the context).
class ImGuiBackends {
 public:
  explicit ImGuiBackends(const PlatformWindow& window);
  ~ImGuiBackends();
  ImGuiBackends(const ImGuiBackends&) = delete;
  ImGuiBackends& operator=(const ImGuiBackends&) = delete;
  void begin_frame();
  void render();
  void rebuild_font_texture();
};

}  // namespace painatlas::ui
