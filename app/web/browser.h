// The page around the program, reached from C++: the address bar and its history, the hidden
// text field that brings up a phone's keyboard, the storage queue, downloads, new tabs and
// timings for the benchmark. The JavaScript halves are in app/web/pre.js (PainAtlasWeb).
#pragma once

#include <string>
#include <string_view>

namespace painatlas::web {

// location.search, with its "?" ("" when there is none).
std::string address_query();
// Whether the address ends in #painatlas-test (the browser tests' pages; see test_hooks).
bool test_page();

// history.replaceState / pushState with the query string and the reader's place in its own
// history, which the browser gives back on popstate. An empty query keeps the bare address.
void replace_address(const std::string& query, std::size_t depth, int pane);
void push_address(const std::string& query, std::size_t depth, int pane);
// history.go(delta): the in-app back and forward buttons move the browser's history too.
void go_in_history(int delta);

// The canvas's size in CSS pixels and the device pixel ratio.
void canvas_css_size(double& width, double& height);
double device_pixel_ratio();
// Whether the main pointer is a finger (CSS media query "pointer: coarse").
bool touch_screen();
// Sets the canvas's backing store to `width` x `height` device pixels.
void set_canvas_pixels(int width, int height);

// Focuses the hidden text field while ImGui takes text (a phone then shows its keyboard) and
// lets it go when ImGui does not.
void want_text_input(bool wanted);

// Asks the page to bring this tab and IndexedDB into agreement (pre.js queues one job at a time,
// under a lock all tabs share; it calls painatlas_store_sync in between).
void request_store_sync();

// A download of `content` as `file_name`, through a Blob and a link click.
void download(std::string_view file_name, std::string_view content, std::string_view mime_type);
// Opens a web address in a new tab (without giving the page a handle on this one).
bool open_in_new_tab(std::string_view url);
void set_title(std::string_view title);

// Replaces the canvas with a plain message, when the program cannot run in this browser.
void show_failure(std::string_view message);

// Milliseconds since the page started loading (performance.now()).
double page_time_ms();
// Tells the page that a milestone was reached (the first frame), for the benchmark and tests.
void report_milestone(std::string_view name, double at_ms);

}  // namespace painatlas::web
