#include "platform_window.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

namespace painatlas::ui {

namespace {
// GLFW reports errors through a C callback; keep the last message for the caller to explain.
thread_local std::string g_last_glfw_error;
void remember_glfw_error(int, const char* description) {
  g_last_glfw_error = description ? description : "";
}
}  // namespace

bool start_platform(std::string& error) {
  glfwSetErrorCallback(remember_glfw_error);
  if (glfwInit()) return true;
  error = "cannot open a display (" + g_last_glfw_error + ")";
  return false;
}

float primary_screen_scale() {
  float x = 1, y = 1;
  if (GLFWmonitor* monitor = glfwGetPrimaryMonitor()) glfwGetMonitorContentScale(monitor, &x, &y);
  return x > 0 ? x : 1.0f;
}

PlatformWindow::PlatformWindow(const WindowOptions& options) {
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_VISIBLE, options.visible ? GLFW_TRUE : GLFW_FALSE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  window_ = glfwCreateWindow(options.width, options.height, "Pain Atlas", nullptr, nullptr);
  if (!window_) {
    error_ = "cannot create an OpenGL 3.3 window (" + g_last_glfw_error + ")";
    return;
  }
  glfwMakeContextCurrent(window_);
  glfwSwapInterval(1);
}

PlatformWindow::~PlatformWindow() {
  if (window_) glfwDestroyWindow(window_);
  glfwTerminate();
}

bool PlatformWindow::should_close() const { return glfwWindowShouldClose(window_); }

void PlatformWindow::wait_events(double timeout_seconds) {
  if (timeout_seconds < 0)
    glfwWaitEvents();
  else
    glfwWaitEventsTimeout(timeout_seconds);
}

void PlatformWindow::poll_events() { glfwPollEvents(); }
void PlatformWindow::wake() { glfwPostEmptyEvent(); }

float PlatformWindow::content_scale() const {
  float x = 1, y = 1;
  glfwGetWindowContentScale(window_, &x, &y);
  return x > 0 ? x : 1.0f;
}

void PlatformWindow::clear(float r, float g, float b) {
  int width = 0, height = 0;
  glfwGetFramebufferSize(window_, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(r, g, b, 1);
  glClear(GL_COLOR_BUFFER_BIT);
}

void PlatformWindow::present() { glfwSwapBuffers(window_); }

void PlatformWindow::framebuffer_size(int& width, int& height) const {
  glfwGetFramebufferSize(window_, &width, &height);
}

ImGuiBackends::ImGuiBackends(const PlatformWindow& window) {
  ImGui_ImplGlfw_InitForOpenGL(window.handle(), true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
}

ImGuiBackends::~ImGuiBackends() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
}

void ImGuiBackends::begin_frame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
}

void ImGuiBackends::render() { ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData()); }

void ImGuiBackends::rebuild_font_texture() {
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

}  // namespace painatlas::ui
