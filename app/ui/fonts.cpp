#include "fonts.h"

#include <filesystem>
#include <sstream>
#include <string>

namespace painatlas::ui {

namespace {

// Only the glyphs the UI can need: every glyph is rasterised three times (body, heading, title)
// at start-up, and start-up time is a target. Icons: exactly those of icons.h.
constexpr ImWchar kIconRanges[] = {
    0xf002, 0xf003, 0xf007, 0xf007, 0xf00c, 0xf00d, 0xf019, 0xf019, 0xf028, 0xf028, 0xf02d,
    0xf02e, 0xf030, 0xf030, 0xf03a, 0xf03a, 0xf043, 0xf043, 0xf04b, 0xf04d, 0xf059, 0xf05a,
    0xf05e, 0xf05e, 0xf060, 0xf061, 0xf067, 0xf067, 0xf06a, 0xf06a, 0xf06e, 0xf06e, 0xf071,
    0xf071, 0xf097, 0xf097, 0xf0b0, 0xf0b0, 0xf0db, 0xf0db, 0xf0f0, 0xf0f0, 0xf0fa, 0xf0fa,
    0xf19d, 0xf19d, 0xf249, 0xf249, 0xf279, 0xf279, 0};
// ASCII, Latin-1 and Latin Extended-A (accented names), dashes, quotes, bullet and ellipsis,
// per mille, arrows, minus, and the less-or-equal and greater-or-equal signs.
constexpr ImWchar kTextRanges[] = {0x0020, 0x007e, 0x00a0, 0x017f, 0x2010, 0x2027, 0x2030, 0x203a,
                                   0x2190, 0x2193, 0x2212, 0x2212, 0x2264, 0x2265, 0};
// Headings and titles are names and short phrases: Latin-1 and typographic punctuation suffice.
constexpr ImWchar kHeadingRanges[] = {0x0020, 0x007e, 0x00a0, 0x00ff, 0x2013,
                                      0x2014, 0x2018, 0x201d, 0};

std::string find_font(const char* file) {
  std::stringstream dirs(PAINATLAS_FONT_DIRS);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    const std::filesystem::path candidate = std::filesystem::path(dir) / file;
    std::error_code error;
    if (std::filesystem::is_regular_file(candidate, error)) return candidate.string();
  }
  return {};
}

}  // namespace

Fonts build_fonts(ImFontAtlas& atlas, float pixel_scale) {
  atlas.Clear();
  Fonts fonts;
  const std::string regular = find_font("DejaVuSans.ttf");
  const std::string bold = find_font("DejaVuSans-Bold.ttf");
  std::error_code error;
  const bool have_icons = std::filesystem::is_regular_file(PAINATLAS_ICON_FONT, error);

  const auto add = [&](const std::string& file, float pixels, const ImWchar* ranges) -> ImFont* {
    ImFont* font = nullptr;
    if (file.empty()) {
      ImFontConfig config;
      config.SizePixels = pixels;
      font = atlas.AddFontDefault(&config);
    } else {
      // stb_truetype (the browser build's rasteriser) draws each glyph three times wider by
      // default, for subpixel positions; at the display's own pixel ratio one is enough and
      // start-up is a target. FreeType, on the desktop, ignores this.
      ImFontConfig config;
      config.OversampleH = 1;
      font = atlas.AddFontFromFileTTF(file.c_str(), pixels, &config, ranges);
    }
    if (have_icons && font) {
      ImFontConfig merge;
      merge.OversampleH = 1;
      merge.MergeMode = true;
      merge.GlyphMinAdvanceX = pixels;  // icons line up in lists
      merge.GlyphOffset = {0, pixels * 0.05f};
      atlas.AddFontFromFileTTF(PAINATLAS_ICON_FONT, pixels * 0.9f, &merge, kIconRanges);
    }
    return font;
  };
  fonts.body = add(regular, kBodyPixels * pixel_scale, kTextRanges);
  fonts.heading = add(bold.empty() ? regular : bold, 20.0f * pixel_scale, kHeadingRanges);
  fonts.title = add(bold.empty() ? regular : bold, 25.0f * pixel_scale, kHeadingRanges);
  fonts.icons = have_icons;
  fonts.fallback = regular.empty();
  atlas.Build();
  return fonts;
}

}  // namespace painatlas::ui
