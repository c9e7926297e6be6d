#include "browser.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <string>

namespace {

// Strings cross as pointer and length: content may hold any bytes, and UTF8ToString stops at a
// zero byte.
// The bodies are JavaScript, which clang-format would reformat as C++.
// clang-format off
EM_JS(char*, js_address_query, (), {
  const query = window.location.search || "";
  const size = lengthBytesUTF8(query) + 1;
  const out = _malloc(size);
  stringToUTF8(query, out, size);
  return out;
});

EM_JS(int, js_test_page, (), { return window.location.hash === "#painatlas-test" ? 1 : 0; });

EM_JS(void, js_set_address, (const char* query, double depth, int pane, int push),
      { PainAtlasWeb.setAddress(UTF8ToString(query), depth, pane, push !== 0); });

EM_JS(void, js_go_in_history, (int delta), { PainAtlasWeb.goInHistory(delta); });

EM_JS(int, js_touch_screen, (),
      { return window.matchMedia && window.matchMedia("(pointer: coarse)").matches ? 1 : 0; });

EM_JS(void, js_want_text_input, (int wanted), { PainAtlasWeb.wantTextInput(wanted !== 0); });

EM_JS(void, js_request_store_sync, (), { PainAtlasWeb.store.request(); });

EM_JS(void, js_download,
      (const char* name, int name_size, const char* content, int content_size, const char* mime,
       int mime_size),
      {
        const text = (pointer, size) => UTF8ArrayToString(HEAPU8, pointer, size);
        PainAtlasWeb.download(text(name, name_size), HEAPU8.slice(content, content + content_size),
                              text(mime, mime_size));
      });

EM_JS(int, js_open_in_new_tab, (const char* url, int size), {
  const opened = window.open(UTF8ArrayToString(HEAPU8, url, size), "_blank", "noopener");
  // With noopener the handle is null even on success; only an exception means failure.
  return 1;
});

EM_JS(void, js_show_failure, (const char* message), { PainAtlasWeb.fail(UTF8ToString(message)); });

EM_JS(double, js_page_time_ms, (), { return performance.now(); });

EM_JS(void, js_report_milestone, (const char* name, double at_ms),
      { PainAtlasWeb.milestone(UTF8ToString(name), at_ms); });
// clang-format on

std::string owned(char* text) {
  std::string out(text);
  free(text);
  return out;
}

}  // namespace

namespace painatlas::web {

std::string address_query() { return owned(js_address_query()); }
bool test_page() { return js_test_page() != 0; }

void replace_address(const std::string& query, std::size_t depth, int pane) {
  js_set_address(query.c_str(), static_cast<double>(depth), pane, 0);
}

void push_address(const std::string& query, std::size_t depth, int pane) {
  js_set_address(query.c_str(), static_cast<double>(depth), pane, 1);
}

void go_in_history(int delta) { js_go_in_history(delta); }

void canvas_css_size(double& width, double& height) {
  emscripten_get_element_css_size("#canvas", &width, &height);
}

double device_pixel_ratio() { return emscripten_get_device_pixel_ratio(); }
bool touch_screen() { return js_touch_screen() != 0; }

void set_canvas_pixels(int width, int height) {
  // Setting a canvas's size, even to the size it has, throws its drawing buffer away.
  int now_width = 0, now_height = 0;
  emscripten_get_canvas_element_size("#canvas", &now_width, &now_height);
  if (now_width != width || now_height != height)
    emscripten_set_canvas_element_size("#canvas", width, height);
}

void want_text_input(bool wanted) { js_want_text_input(wanted ? 1 : 0); }
void request_store_sync() { js_request_store_sync(); }

void download(std::string_view file_name, std::string_view content, std::string_view mime_type) {
  js_download(file_name.data(), static_cast<int>(file_name.size()), content.data(),
              static_cast<int>(content.size()), mime_type.data(),
              static_cast<int>(mime_type.size()));
}

bool open_in_new_tab(std::string_view url) {
  return js_open_in_new_tab(url.data(), static_cast<int>(url.size())) != 0;
}

void set_title(std::string_view title) { emscripten_set_window_title(std::string(title).c_str()); }

void show_failure(std::string_view message) { js_show_failure(std::string(message).c_str()); }

double page_time_ms() { return js_page_time_ms(); }
void report_milestone(std::string_view name, double at_ms) {
  js_report_milestone(std::string(name).c_str(), at_ms);
}

}  // namespace painatlas::web
