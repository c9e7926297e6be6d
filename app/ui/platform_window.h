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

class PlatformWindow {
 public:
  // Check ok() after construction; error() says why it failed (no display, no OpenGL 3.3).
  explicit PlatformWindow(const WindowOptions& options);
  ~PlatformWindow();
  PlatformWindow(const PlatformWindow&) = delete;
  PlatformWindow& operator=(const PlatformWindow&) = delete;

  bool ok() const { return window_ != nullptr; }
  const std::string& error() const { return error_; }
  bool should_close() const;
  void request_close();
  // Sleeps until input arrives or `timeout_seconds` pass (forever when negative), so an idle
  // window costs nothing.
  void wait_events(double timeout_seconds);
  void poll_events();
  float content_scale() const;
  void begin_frame();
  // Renders ImGui's draw data to the back buffer (before present, so it can be read back).
  void render(float r, float g, float b);
  void present();
  void framebuffer_size(int& width, int& height) const;
  void rebuild_font_texture();

 private:
  GLFWwindow* window_ = nullptr;
  std::string error_;
  bool imgui_ready_ = false;
};

}  // namespace painatlas::ui
