// How the main window is laid out for the screen it is on: three panes side by side on a wide
// screen; one pane at a time (filters, results or the technique) on a phone, with a back button
// and larger touch targets. Decided here, from the width alone, so headless tests can check it.
#pragma once

namespace painatlas::ui {

// Narrower than this (in logical pixels, CSS pixels on the web) shows one pane at a time: phones
// are 360 to 430 wide, small tablets in portrait from about 600, and three panes of readable
// text need about 700.
inline constexpr float kOnePaneBelow = 700.0f;

struct Layout {
  bool one_pane = false;
  bool touch = false;  // larger controls, for a finger rather than a mouse
};

// `width` in device pixels, `display_scale` device pixels per logical pixel; `touch_screen`
// when the main pointer is a finger (a tablet gets touch-sized controls in three panes).
Layout choose_layout(float width, float display_scale, bool touch_screen);

// Frame padding and item spacing for a finger: controls at least 44 logical pixels apart, the
// size the platform guidelines ask for. Pushed for the frame when the layout is for touch.
class TouchSpacing {
 public:
  explicit TouchSpacing(const Layout& layout);
  ~TouchSpacing();
  TouchSpacing(const TouchSpacing&) = delete;
  TouchSpacing& operator=(const TouchSpacing&) = delete;

 private:
  int pushed_ = 0;
};

}  // namespace painatlas::ui
