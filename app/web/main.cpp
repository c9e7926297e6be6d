// painatlas in the browser: the panels of app/ui in a canvas that fills the window, drawn by the
// browser's animation frames (never blocking), only when something changed. The page (pre.js)
// feeds it touches, text from the phone's keyboard, the address bar's history and the storage
// syncs through the painatlas_* functions at the end of this file.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <deque>
#include <memory>
#include <optional>
#include <string>

#include "actions.h"
#include "app_state.h"
#include "browser.h"
#include "content/catalog_cache.h"
#include "content/loader.h"
#include "content_snapshot.h"
#include "deep_link_state.h"
#include "fonts.h"
#include "panels.h"
#include "store_sync.h"
#include "test_hooks.h"
#include "theme.h"
#include "touch_input.h"
#include "url_history.h"
#include "web_platform.h"

#ifndef PAINATLAS_WEB_TEST_HOOKS
#define PAINATLAS_WEB_TEST_HOOKS 0
#endif

namespace painatlas::web {
namespace {

// The files of the desktop, in the folder pre.js mounts from IndexedDB.
const UserFiles kUserFiles{"/user/settings.json", "/user/user-data.json",
                           "/user/study-progress.json"};
// After any input a few frames are drawn, so hover, focus and layout changes settle.
constexpr int kFramesPerWake = 3;
// While a text field has the cursor it blinks, twice a second.
constexpr double kBlinkSeconds = 0.5;

// Keys and text from the hidden text field, in the order typed. ImGui 1.86 takes characters
// before key presses within a frame, so a key press gets a frame of its own.
struct TypedEvent {
  int key = -1;  // a GLFW key code, or -1 for text
  std::string text;
};

struct WebApp {
  GLFWwindow* window = nullptr;
  ui::Fonts fonts;
  float applied_scale = 0;
  Theme applied_theme = Theme::Light;
  ui::AppState state;
  ui::Actions actions;
  StoreBase store_base;
  bool store_sync_requested = false;
  bool store_available = true;
  bool store_moved_aside_at_start = false;
  AddressPlace shown_address;
  TouchInput touch;
  std::deque<TypedEvent> typed;
  int held_key = -1;
  int frames_wanted = kFramesPerWake;
  double next_blink = 0;
  bool text_input_shown = false;
  bool first_frame_reported = false;
  int canvas_width = 0;
  int canvas_height = 0;
  float display_scale = 1;
  bool test_hooks = false;
  std::string rendered_text;  // the main window's text, for the browser tests
  ItemRecorder items;         // where each labelled item is, for the browser tests
  std::string items_json;
};

// emscripten_set_main_loop and the exported functions take no context: this is the program's
// one instance, created in main() and alive as long as the page.
WebApp* g_app = nullptr;

double now_seconds() { return emscripten_get_now() / 1000.0; }

void wake() {
  if (g_app) g_app->frames_wanted = kFramesPerWake;
}

// Input callbacks run before ImGui's own (which chain to them): any input wakes the loop.
void on_key(GLFWwindow*, int, int, int, int) { wake(); }
void on_char(GLFWwindow*, unsigned int) { wake(); }
void on_mouse_button(GLFWwindow*, int, int, int) {
  g_app->touch.mouse_used();
  wake();
}
void on_scroll(GLFWwindow*, double, double) { wake(); }
void on_cursor(GLFWwindow*, double, double) {
  g_app->touch.mouse_used();
  wake();
}

// The canvas's size in device pixels: its CSS size times the device pixel ratio, so text stays
// sharp.
struct CanvasPixels {
  int width = 1, height = 1;
  double ratio = 1;
};
CanvasPixels canvas_pixels() {
  double css_width = 0, css_height = 0;
  canvas_css_size(css_width, css_height);
  CanvasPixels pixels;
  pixels.ratio = device_pixel_ratio() > 0 ? device_pixel_ratio() : 1.0;
  pixels.width = std::max(1, static_cast<int>(std::lround(css_width * pixels.ratio)));
  pixels.height = std::max(1, static_cast<int>(std::lround(css_height * pixels.ratio)));
  return pixels;
}

// The canvas follows the window's CSS size and the device pixel ratio.
void follow_canvas_size(WebApp& app) {
  const CanvasPixels pixels = canvas_pixels();
  if (pixels.width == app.canvas_width && pixels.height == app.canvas_height &&
      static_cast<float>(pixels.ratio) == app.display_scale)
    return;
  set_canvas_pixels(pixels.width, pixels.height);
  app.canvas_width = pixels.width;
  app.canvas_height = pixels.height;
  app.display_scale = static_cast<float>(pixels.ratio);
  app.state.screen = {app.display_scale, touch_screen()};
  app.touch.set_scale(app.display_scale);
  wake();
}

void follow_fonts_and_theme(WebApp& app) {
  ui::AppState& state = app.state;
  const float scale = app.display_scale * state.settings.font_scale;
  if (state.fonts_stale || scale != app.applied_scale) {
    app.fonts = ui::build_fonts(*ImGui::GetIO().Fonts, scale);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    app.applied_scale = scale;
    state.fonts_stale = false;
    if (!app.first_frame_reported) report_milestone("fonts", page_time_ms());
    ui::apply_theme(state.settings.theme, scale);
    app.applied_theme = state.settings.theme;
  }
  if (state.settings.theme != app.applied_theme) {
    ui::apply_theme(state.settings.theme, app.applied_scale);
    app.applied_theme = state.settings.theme;
  }
}

// One typed event per frame at most for keys; a key pressed last frame is released first.
void feed_typed(WebApp& app, ImGuiIO& io) {
  if (app.held_key >= 0) {
    io.KeysDown[app.held_key] = false;
    app.held_key = -1;
    return;
  }
  while (!app.typed.empty()) {
    TypedEvent& next = app.typed.front();
    if (next.key >= 0) {
      io.KeysDown[next.key] = true;
      app.held_key = next.key;
      app.typed.pop_front();
      return;
    }
    io.AddInputCharactersUTF8(next.text.c_str());
    app.typed.pop_front();
  }
}

// The address bar, the stored data and the hidden text field, after the frame's actions.
void after_actions(WebApp& app) {
  ui::AppState& state = app.state;
  state.quit_requested = false;  // a page is closed by the browser, not by the program
  const AddressPlace now = address_place_of(state);
  const AddressChange change = next_address_change(app.shown_address, now);
  const int pane = static_cast<int>(now.pane);
  switch (change.step) {
    case AddressStep::None:
      break;
    case AddressStep::Replace:
      replace_address(now.query, now.depth, pane);
      break;
    case AddressStep::Push:
      push_address(now.query, now.depth, pane);
      break;
    case AddressStep::Go:
      // The entry the browser lands on may show an older search: popstate replaces it.
      go_in_history(change.delta);
      break;
  }
  app.shown_address = now;
  if (app.store_available && !app.store_sync_requested &&
      has_unsaved_changes(state, app.store_base)) {
    app.store_sync_requested = true;
    request_store_sync();
  }
  const bool wants_text = ImGui::GetIO().WantTextInput;
  if (wants_text != app.text_input_shown) {
    want_text_input(wants_text);
    app.text_input_shown = wants_text;
  }
}

void draw_frame(WebApp& app) {
  ImGuiIO& io = ImGui::GetIO();
  follow_fonts_and_theme(app);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  // The canvas is sized here, in device pixels; GLFW's idea of the window is not used.
  io.DisplaySize = {static_cast<float>(app.canvas_width), static_cast<float>(app.canvas_height)};
  io.DisplayFramebufferScale = {1, 1};
  app.touch.before_new_frame(io);
  feed_typed(app, io);
  if (app.test_hooks) app.items.begin_frame();
  ImGui::NewFrame();
  app.touch.after_new_frame(now_seconds());
  ui::FrameProbe probe;
  if (app.test_hooks)
    probe = {[] { ImGui::LogToBuffer(); },
             [&app] { app.rendered_text = ImGui::GetCurrentContext()->LogBuffer.c_str(); }};
  ui::draw_main_window(app.state, app.fonts, app.actions, app.test_hooks ? &probe : nullptr);
  ImGui::Render();
  glViewport(0, 0, app.canvas_width, app.canvas_height);
  const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(background.x, background.y, background.z, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  const bool acted = !app.actions.empty();
  ui::apply_actions(app.state, app.actions);
  after_actions(app);
  if (acted || !app.typed.empty() || app.held_key >= 0) app.frames_wanted = kFramesPerWake;
  if (!app.first_frame_reported) {
    app.first_frame_reported = true;
    report_milestone("first-frame", page_time_ms());
  }
}

void main_loop() {
  WebApp& app = *g_app;
  follow_canvas_size(app);
  const double now = now_seconds();
  const bool blink = ImGui::GetIO().WantTextInput && now >= app.next_blink;
  if (app.frames_wanted <= 0 && !app.touch.busy() && !blink) return;  // idle: nothing to draw
  if (app.frames_wanted > 0) --app.frames_wanted;
  if (blink) app.next_blink = now + kBlinkSeconds;
  draw_frame(app);
}

// The address the page was opened with names a place: it replaces the restored one, and the
// reader's history starts there.
void open_address(WebApp& app) {
  const std::string query = address_query();
  if (query.empty() || query == "?") return;
  ParsedDeepLink parsed = parse_deep_link(query);
  for (auto& notice : parsed.notices) app.state.messages.push_back(std::move(notice));
  app.state.history = NavigationHistory{};
  ui::open_deep_link(app.state, std::move(parsed.link), ui::LinkScope::Place, app.actions);
  ui::apply_actions(app.state, app.actions);
}

int run() {
  auto app = std::make_unique<WebApp>();
  g_app = app.get();
  app->test_hooks = PAINATLAS_WEB_TEST_HOOKS && test_page();

  report_milestone("main", page_time_ms());
  std::optional<LoadResult> snapshot = read_catalog_snapshot(kContentCacheFile);
  if (!snapshot) {
    show_failure(
        "Pain Atlas could not read its content. Reloading the page usually helps; if it does "
        "not, the site may be damaged.");
    return 1;
  }
  LoadResult loaded = std::move(*snapshot);
  report_milestone("content-loaded", page_time_ms());

  // At the canvas's own size: each change of size makes the browser allocate a new drawing buffer.
  const CanvasPixels pixels = canvas_pixels();
  app->window = glfwInit()
                    ? glfwCreateWindow(pixels.width, pixels.height, "Pain Atlas", nullptr, nullptr)
                    : nullptr;
  if (!app->window) {
    show_failure(
        "This browser or device cannot draw with WebGL 2, which Pain Atlas needs. Hardware "
        "acceleration may be turned off in the browser's settings. Please try a current version "
        "of Firefox, Chrome, Edge or Safari.");
    return 1;
  }
  glfwMakeContextCurrent(app->window);
  glfwSetKeyCallback(app->window, on_key);
  glfwSetCharCallback(app->window, on_char);
  glfwSetMouseButtonCallback(app->window, on_mouse_button);
  glfwSetScrollCallback(app->window, on_scroll);
  glfwSetCursorPosCallback(app->window, on_cursor);

  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.IniFilename = "/user/imgui.ini";  // the split between the panes, kept with the user data
  io.FontAllowUserScaling = false;
  ImGui_ImplGlfw_InitForOpenGL(app->window, true);  // chains to the callbacks above
  ImGui_ImplOpenGL3_Init("#version 300 es");
  report_milestone("window", page_time_ms());
  if (app->test_hooks) app->items.enable();

  // The store was copied from IndexedDB before main() (pre.js); what cannot be read is moved
  // aside here and the reader told. From now on only sync_store() writes it.
  app->state = ui::make_app_state(loaded.catalog, std::move(loaded.problems), kUserFiles, true);
  app->state.persist = false;
  app->store_moved_aside_at_start = !app->state.messages.empty();
  app->store_base = {app->state.settings, app->state.study.progress};
  app->state.platform = std::make_shared<WebPlatform>();
  follow_canvas_size(*app);
  open_address(*app);
  app->state.shown_title = ui::window_title(app->state);
  app->state.platform->set_title(app->state.shown_title);
  app->shown_address = address_place_of(app->state);
  replace_address(app->shown_address.query, app->shown_address.depth,
                  static_cast<int>(app->shown_address.pane));

  app.release();  // lives as long as the page
  emscripten_set_main_loop(main_loop, 0, false);
  return 0;
}

}  // namespace
}  // namespace painatlas::web

using painatlas::web::g_app;

extern "C" {

// The store has just been copied from IndexedDB; returns 1 when the tab wrote files that the
// page must store back. Runs under the lock all tabs share.
EMSCRIPTEN_KEEPALIVE int painatlas_store_sync() {
  if (!g_app) return 0;
  g_app->store_sync_requested = false;
  const bool wrote = painatlas::web::sync_store(g_app->state, g_app->store_base);
  painatlas::web::wake();
  return wrote ? 1 : 0;
}

// Whether start-up moved a damaged file aside, which the page then stores.
EMSCRIPTEN_KEEPALIVE int painatlas_store_startup_wrote() {
  return g_app && g_app->store_moved_aside_at_start ? 1 : 0;
}

// IndexedDB is not there (a private window in some browsers, storage turned off): the data lives
// as long as the tab, and the reader is told once.
EMSCRIPTEN_KEEPALIVE void painatlas_store_unavailable(const char* why) {
  if (!g_app || !g_app->store_available) return;
  g_app->store_available = false;
  g_app->state.messages.push_back(std::string("Bookmarks and notes cannot be kept in this ") +
                                  "browser (" + why + "); they last until the tab is closed.");
  painatlas::web::wake();
}

// The browser went back or forward to an entry of ours.
EMSCRIPTEN_KEEPALIVE void painatlas_popstate(double depth, int pane, const char* query) {
  if (!g_app) return;
  auto& app = *g_app;
  // An entry of ours carries the reader's depth; another (a hand-edited address) is opened as a
  // link, selection and all.
  const bool ours = depth >= 0;
  if (ours)
    painatlas::web::follow_browser_history(app.state, static_cast<std::size_t>(depth), app.actions);
  painatlas::ParsedDeepLink parsed = painatlas::parse_deep_link(query);
  for (auto& notice : parsed.notices) app.state.messages.push_back(std::move(notice));
  painatlas::ui::open_deep_link(app.state, std::move(parsed.link), painatlas::ui::LinkScope::Place,
                                app.actions, !ours);
  if (pane >= 0 && pane <= static_cast<int>(painatlas::ui::Pane::Detail))
    app.actions.show_pane(static_cast<painatlas::ui::Pane>(pane));
  painatlas::ui::apply_actions(app.state, app.actions);
  // The entry now describes the reader's place, whatever the history could follow.
  app.shown_address = painatlas::web::address_place_of(app.state);
  painatlas::web::replace_address(app.shown_address.query, app.shown_address.depth,
                                  static_cast<int>(app.shown_address.pane));
  painatlas::web::wake();
}

// A finger, in CSS pixels: 0 down, 1 move, 2 up, 3 cancelled. Returns 1 when, after a tap, a
// text field has the cursor: the page then focuses its hidden field, within the touch event, so
// that a phone shows its keyboard.
EMSCRIPTEN_KEEPALIVE int painatlas_touch(int phase, double x, double y) {
  if (!g_app) return 0;
  auto& app = *g_app;
  const ImVec2 at{static_cast<float>(x) * app.display_scale,
                  static_cast<float>(y) * app.display_scale};
  const double time = painatlas::web::now_seconds();
  painatlas::web::wake();
  switch (phase) {
    case 0:
      app.touch.down(at, time);
      return 0;
    case 1:
      app.touch.move(at, time);
      return 0;
    case 2:
      if (!app.touch.up(at, time)) return 0;
      // Press, release, settle: now, inside the touch event.
      for (int frame = 0; frame < 3; ++frame) painatlas::web::draw_frame(app);
      return ImGui::GetIO().WantTextInput ? 1 : 0;
    default:
      app.touch.cancel();
      return 0;
  }
}

// Text typed into the hidden field (a phone's keyboard, or a desktop keyboard while it has focus).
EMSCRIPTEN_KEEPALIVE void painatlas_text(const char* utf8) {
  if (!g_app) return;
  g_app->typed.push_back({-1, utf8});
  painatlas::web::wake();
}

// A key the hidden field saw but GLFW did not (a phone keyboard's backspace, say).
EMSCRIPTEN_KEEPALIVE void painatlas_key(int glfw_key) {
  if (!g_app || glfw_key < 0 || glfw_key >= 512) return;
  g_app->typed.push_back({glfw_key, {}});
  painatlas::web::wake();
}

// Something outside the program changed what is shown (the window was resized, say).
EMSCRIPTEN_KEEPALIVE void painatlas_wake() { painatlas::web::wake(); }

// The browser tests' view of the screen: the text the main window rendered in the last frame.
// Empty unless the page address ends in #painatlas-test.
EMSCRIPTEN_KEEPALIVE const char* painatlas_test_text() {
  return g_app ? g_app->rendered_text.c_str() : "";
}

// And where each labelled item of the last frame is, as JSON in CSS pixels ("[]" unless
// #painatlas-test).
EMSCRIPTEN_KEEPALIVE const char* painatlas_test_items() {
  if (!g_app) return "[]";
  g_app->items_json = g_app->items.items_json(g_app->display_scale);
  return g_app->items_json.c_str();
}

}  // extern "C"

int main() { return painatlas::web::run(); }
