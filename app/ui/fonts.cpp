#include "fonts.h"

#include <filesystem>
#include <sstream>
#include <string>

namespace painatlas::ui {

namespace {

// Font Awesome 4.7's private-use range; must outlive the atlas build.
constexpr ImWchar kIconRanges[] = {0xf000, 0xf2e0, 0};
// Latin, Latin-1 and Latin Extended-A, general punctuation (dashes, quotes), arrows, math signs.
constexpr ImWchar kTextRanges[] = {0x0020, 0x017f, 0x2010, 0x206f, 0x2190, 0x21ff, 0x2200, 0x22ff, 0};

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

  const auto add = [&](const std::string& file, float pixels, bool with_icons) -> ImFont* {
    ImFont* font = nullptr;
    if (file.empty()) {
      ImFontConfig config;
      config.SizePixels = pixels;
      font = atlas.AddFontDefault(&config);
    } else {
      font = atlas.AddFontFromFileTTF(file.c_str(), pixels, nullptr, kTextRanges);
    }
    if (with_icons && have_icons && font) {
      ImFontConfig merge;
      merge.MergeMode = true;
      merge.GlyphMinAdvanceX = pixels;  // icons line up in lists
      merge.GlyphOffset = {0, pixels * 0.05f};
      atlas.AddFontFromFileTTF(PAINATLAS_ICON_FONT, pixels * 0.9f, &merge, kIconRanges);
    }
    return font;
  };
  fonts.body = add(regular, kBodyPixels * pixel_scale, true);
  fonts.heading = add(bold.empty() ? regular : bold, 20.0f * pixel_scale, true);
  fonts.title = add(bold.empty() ? regular : bold, 25.0f * pixel_scale, true);
  fonts.icons = have_icons;
  fonts.fallback = regular.empty();
  atlas.Build();
  return fonts;
}

}  // namespace painatlas::ui
