// painatlas: the desktop browser. Window, loop and screenshot mode; everything drawn comes from
// the panels, and every answer from lib/.
#include <imgui.h>
#include <imgui_freetype.h>
#include <sys/resource.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <future>
#include <iostream>
#include <sstream>

#include "actions.h"
#include "app_state.h"
#include "catalog/term_lookup.h"
#include "content/catalog_cache.h"
#include "content/content_locator.h"
#include "content/content_watcher.h"
#include "content/loader.h"
#include "deep_link_state.h"
#include "desktop_platform.h"
#include "fonts.h"
#include "panels.h"
#include "platform_window.h"
#include "screenshot.h"
#include "theme.h"
#include "version.h"

namespace painatlas::ui {
namespace {

struct Options {
  std::optional<std::string> content;
  std::string screenshot;
  std::string size = "1280x800";
  std::optional<std::string> query;
  std::optional<std::string> select;
  std::optional<std::string> audience;
  std::optional<std::string> view;
  std::optional<std::string> condition;  // a condition guide to open (any name of the condition)
  std::optional<std::string> region;     // an area to choose on "Where does it hurt?"
  std::vector<std::string> compare;
  std::vector<std::string> filters;  // facet=value
  std::vector<std::string> factors;  // "my situation"
  std::optional<std::string> panel;
  std::optional<std::uint64_t> study_seed;
  std::optional<int> answer;
  bool exit_after_first_frame = false;
  std::optional<std::string> window;  // a dialog to open (screenshots of it)
  std::optional<std::string> theme;
  float font_scale = 0;  // 0: keep the saved one
};

// What start-up prepares off the main thread.
struct Prepared {
  LoadResult loaded;
  std::unique_ptr<ImFontAtlas> atlas;  // outlives the context that uses it
  Fonts fonts;
};

// Outlives the backends, which shut down against this context.
class ImGuiContextOwner {
 public:
  explicit ImGuiContextOwner(ImFontAtlas* fonts) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext(fonts);
  }
  ~ImGuiContextOwner() { ImGui::DestroyContext(); }
  ImGuiContextOwner(const ImGuiContextOwner&) = delete;
  ImGuiContextOwner& operator=(const ImGuiContextOwner&) = delete;
};

bool parse_size(const std::string& text, int& width, int& height) {
  char x = 0;
  std::istringstream in(text);
  return (in >> width >> x >> height) && x == 'x' && width >= 320 && height >= 240 &&
         width <= 8192 && height <= 8192;
}

// Screenshot mode and command-line options override what was saved.
// The same link the browser reads from its address bar, applied over the restored view.
void apply_options(const Options& options, AppState& state, Actions& actions) {
  DeepLink link;
  if (options.audience) link.audience = parse_audience(*options.audience);
  if (options.theme) link.theme = parse_theme(*options.theme);
  link.query = options.query;
  link.select = options.select.value_or("");
  link.compare = options.compare;
  for (const auto& filter : options.filters) {
    if (auto parsed = parse_facet_filter(filter))
      link.filters.push_back(std::move(*parsed));
    else
      state.messages.push_back("--filter " + filter + " is not FACET=VALUE; it was ignored.");
  }
  if (options.view) link.view = parse_view(*options.view);
  link.condition = options.condition.value_or("");
  link.region = options.region.value_or("");
  open_deep_link(state, std::move(link), LinkScope::Named, actions);
  if (!options.factors.empty()) {
    actions.clear_situation();
    for (const auto& factor : options.factors) actions.toggle_factor(factor);
  }
  if (options.panel)
    actions.show_left_panel(static_cast<int>(*options.panel == "situation" ? LeftPanel::Situation
                                             : *options.panel == "map"     ? LeftPanel::BodyMap
                                                                           : LeftPanel::Filters));
  if (options.study_seed) {
    state.study.next_seed = *options.study_seed;
    actions.start_study(20);
    if (options.answer) actions.answer(*options.answer);
  }
  if (options.font_scale > 0) state.settings.font_scale = options.font_scale;
  if (options.window)
    actions.open(*options.window == "disclaimer" ? Window::Disclaimer
                 : *options.window == "about"    ? Window::About
                 : *options.window == "problems" ? Window::Problems
                                                 : Window::Shortcuts);
  apply_actions(state, actions);
}

int run(const Options& options) {
  int width = 0, height = 0;
  if (!parse_size(options.size, width, height)) {
    std::cerr << "painatlas: --size expects WIDTHxHEIGHT, for example 1280x800\n";
    return 2;
  }
  const bool screenshot = !options.screenshot.empty();
  std::string no_display;
  if (!start_platform(no_display)) {
    std::cerr << "painatlas: " << no_display << ".\n"
              << "  Without a display, use the command line: painatlas-cli --help\n"
              << "  or render the window to a PNG under a virtual display:\n"
              << "  xvfb-run -a painatlas --screenshot out.png\n";
    return 1;
  }
  // Content and fonts are prepared on another thread while the window and OpenGL start: neither
  // needs the other, and start-up is a target. No ImGui context exists yet, so building a font
  // atlas there touches no shared state.
  StoreReport ignored;  // make_app_state reads the settings again and reports properly
  const float font_scale = options.font_scale > 0 ? options.font_scale
                           : screenshot
                               ? 1.0f
                               : load_settings(default_user_files().settings, ignored).font_scale;
  const float first_scale = (screenshot ? 1.0f : primary_screen_scale()) * font_scale;
  auto preparing = std::async(std::launch::async, [&] {
    Prepared prepared;
    ContentLimits limits;
    limits.threads = 1;
    const auto directory = find_content_directory(options.content);
    prepared.loaded = load_content_cached(directory, default_cache_file(directory), limits);
    prepared.atlas = std::make_unique<ImFontAtlas>();
    prepared.atlas->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    prepared.fonts = build_fonts(*prepared.atlas, first_scale);
    return prepared;
  });
  PlatformWindow window({width, height, !screenshot});
  Prepared prepared = preparing.get();
  for (const auto& problem : prepared.loaded.problems)
    if (problem.level == ProblemLevel::Error) std::cerr << format_problem(problem) << '\n';
  if (!window.ok()) {
    std::cerr << "painatlas: " << window.error() << ".\n"
              << "  Use the command line instead: painatlas-cli --help\n";
    return 1;
  }
  // The context saves the layout to io.IniFilename when it is destroyed, so the path outlives it.
  const UserFiles files = default_user_files();
  const std::string ini_path = (files.settings.parent_path() / "imgui.ini").string();
  // Declared in this order so that they are torn down backends first, window last.
  ImGuiContextOwner context(prepared.atlas.get());
  ImGuiBackends backends(window);
  ImGuiIO& io = ImGui::GetIO();
  Fonts fonts = prepared.fonts;
  float applied_scale = first_scale;

  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  if (!screenshot) std::filesystem::create_directories(files.settings.parent_path());
  io.IniFilename = screenshot ? nullptr : ini_path.c_str();
  io.FontAllowUserScaling = false;

  AppState state = make_app_state(prepared.loaded.catalog, std::move(prepared.loaded.problems),
                                  files, !screenshot);
  if (screenshot)
    state.windows = OpenWindows{};
  else
    state.platform = std::make_shared<DesktopPlatform>(window.handle());
  Actions actions;
  apply_options(options, state, actions);
  for (const auto& message : state.messages) std::cerr << "painatlas: " << message.text << '\n';
  state.shown_title = window_title(state);
  state.platform->set_title(state.shown_title);

  // Live editing: reload when the content changes on disk (not in screenshot mode).
  std::atomic<bool> content_changed{false};
  std::optional<ContentWatcher> watcher;
  if (!screenshot)
    watcher.emplace(state.catalog->info().directory, [&] {
      content_changed = true;
      PlatformWindow::wake();
    });

  state.fonts_stale = false;
  Theme applied_theme = state.settings.theme;
  apply_theme(applied_theme, applied_scale);
  // Screenshot mode draws a few frames so that tables and auto-sized windows settle.
  int screenshot_frames = 4;
  bool first_frame = true;
  while (!window.should_close() && !state.quit_requested) {
    // Idle means asleep: wait for input, waking twice a second only to blink a text cursor, and
    // a few times a second while reading aloud (or while the voice starts), to mark the paragraph.
    const bool reading =
        state.read_aloud.status.phase == SpeechPhase::Speaking ||
        (!state.read_aloud.available && state.read_aloud.why_not.starts_with("Starting"));
    if (screenshot || first_frame)
      window.poll_events();
    else if (reading)
      window.wait_events(0.25);
    else if (io.WantTextInput)
      window.wait_events(0.5);
    else
      window.wait_events(-1);
    first_frame = false;
    if (content_changed.exchange(false))
      apply_reloaded_content(state, load_content(state.catalog->info().directory));
    const float scale = window.content_scale() * state.settings.font_scale;
    if (state.fonts_stale || scale != applied_scale) {
      fonts = build_fonts(*io.Fonts, scale);
      backends.rebuild_font_texture();
      applied_scale = scale;
      state.fonts_stale = false;
      apply_theme(state.settings.theme, applied_scale);  // spacing scales with the text
    }
    if (state.settings.theme != applied_theme) {
      apply_theme(state.settings.theme, applied_scale);
      applied_theme = state.settings.theme;
    }
    // A couple of frames per wake-up let hover and focus changes settle.
    // A frame that changed something draws two more: a window it opened (the handout dialog)
    // sizes itself on its first frame and shows on the next, with no input to wake the loop.
    int frames = 2;
    for (int frame = 0; frame < frames; ++frame) {
      backends.begin_frame();
      ImGui::NewFrame();
      draw_main_window(state, fonts, actions);
      ImGui::Render();
      const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
      window.clear(background.x, background.y, background.z);
      backends.render();
      if (!actions.empty()) frames = std::min(frame + 3, 8);
      apply_actions(state, actions);
      if (screenshot && --screenshot_frames <= 0) {
        int fb_width = 0, fb_height = 0;
        window.framebuffer_size(fb_width, fb_height);
        const std::string failure = write_back_buffer_png(options.screenshot, fb_width, fb_height);
        if (!failure.empty()) std::cerr << "painatlas: " << failure << '\n';
        return failure.empty() ? 0 : 1;
      }
      window.present();
      if (options.exit_after_first_frame) {
        // The benchmark reads when the first frame was shown, on the clock it started us by.
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        std::printf("first_frame_monotonic_ns=%lld\n",
                    static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
        return 0;
      }
      if (frame == 0) window.poll_events();
    }
  }
  // A note still being typed, and the reader's place, are saved on the way out.
  if (!state.edit.note_for.empty() && state.browse.selected == state.edit.note_for) {
    auto it = state.user.notes.find(state.edit.note_for);
    const std::string saved = it == state.user.notes.end() ? std::string() : it->second;
    if (saved != state.edit.note) actions.set_note(state.edit.note);
  }
  apply_actions(state, actions);
  save_user_data_now(state);
  return 0;
}

}  // namespace
}  // namespace painatlas::ui

int main(int argc, char** argv) {
  painatlas::ui::Options options;
  CLI::App app{
      "Pain Atlas: a desktop reference of interventional pain-management techniques.\n"
      "Education only, not medical advice.",
      "painatlas"};
  app.set_version_flag("--version", painatlas::version_line("painatlas"));
  app.add_option("--content", options.content, "Content directory (default: the bundled content)");
  app.add_option("--screenshot", options.screenshot, "Render the window to this PNG file and exit");
  app.add_option("--size", options.size, "Window size WIDTHxHEIGHT")->capture_default_str();
  app.add_option("--query", options.query, "Start with this search");
  app.add_option("--select", options.select, "Open this technique (id)");
  app.add_option("--audience", options.audience, "Register of the text")
      ->check(CLI::IsMember({"student", "patient"}));
  app.add_option("--view", options.view, "Start in this view")
      ->check(CLI::IsMember({"browse", "compare", "study", "condition", "map"}));
  app.add_option("--condition", options.condition,
                 "Open the guide to this condition (any name, lay name or synonym)");
  app.add_option("--region", options.region, "Open 'Where does it hurt?' on this area (region id)");
  app.add_option("--panel", options.panel, "Left pane tab")
      ->check(CLI::IsMember({"filters", "situation", "map"}));
  app.add_option("--factor", options.factors, "Tick a 'my situation' factor (id)");
  app.add_option("--study-seed", options.study_seed,
                 "Start a 20-question study session with this seed");
  app.add_option("--answer", options.answer, "With --study-seed: answer the first question (0-3)");
  app.add_option("--compare", options.compare, "Techniques to compare (ids, comma-separated)")
      ->delimiter(',');
  app.add_option("--filter", options.filters,
                 "Start with a facet value chosen, e.g. indication=lumbar-radiculopathy");
  app.add_option("--theme", options.theme, "Colour theme")
      ->check(CLI::IsMember({"dark", "light", "high-contrast"}));
  app.add_option("--window", options.window, "Open a window over the view")
      ->check(CLI::IsMember({"disclaimer", "about", "problems", "shortcuts"}));
  app.add_flag("--exit-after-first-frame", options.exit_after_first_frame,
               "Quit once the first frame is shown (start-up benchmark)");
  app.add_option("--font-scale", options.font_scale, "Text size, 0.75 to 2.5")
      ->check(CLI::Range(0.75f, 2.5f));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : 2;
  }
  try {
    return painatlas::ui::run(options);
  } catch (const std::exception& error) {
    std::cerr << "painatlas: unexpected failure: " << error.what() << '\n';
    return 1;
  }
}
