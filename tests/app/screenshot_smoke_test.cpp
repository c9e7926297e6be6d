// Runs the real painatlas binary in screenshot mode (under xvfb-run in scripts/test) and checks
// the PNG: the requested size, and a real picture of text, not a blank or single-colour frame.
#include <gtest/gtest.h>
#include <stb_image.h>

#include <cstdlib>
#include <filesystem>
#include <set>

#include "test_support.h"

namespace painatlas {
namespace {

namespace fs = std::filesystem;

struct Picture {
  int width = 0, height = 0;
  std::size_t distinct_colours = 0;
  double dark_fraction = 0;  // pixels much darker than the background: text
};

Picture inspect(const fs::path& png) {
  Picture picture;
  int channels = 0;
  unsigned char* pixels = stbi_load(png.c_str(), &picture.width, &picture.height, &channels, 3);
  if (!pixels) return picture;
  std::set<unsigned> colours;
  std::size_t dark = 0;
  const std::size_t count = static_cast<std::size_t>(picture.width) * picture.height;
  for (std::size_t i = 0; i < count; ++i) {
    const unsigned char* p = pixels + i * 3;
    colours.insert(p[0] << 16 | p[1] << 8 | p[2]);
    if (p[0] + p[1] + p[2] < 200) ++dark;
  }
  stbi_image_free(pixels);
  picture.distinct_colours = colours.size();
  picture.dark_fraction = static_cast<double>(dark) / static_cast<double>(count);
  return picture;
}

class Screenshot : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::getenv("DISPLAY"))
      GTEST_SKIP() << "no display; scripts/test runs this under xvfb-run";
    out_ = fs::temp_directory_path() / ("painatlas-shot-" + std::to_string(::getpid()) + ".png");
  }
  void TearDown() override { fs::remove(out_); }
  int shoot(const std::string& arguments) {
    return testing::run_process(std::string(PAINATLAS_GUI_PATH) + " --content " +
                                testing::mini_content_dir().string() + " --screenshot " +
                                out_.string() + " " + arguments)
        .exit_code;
  }
  fs::path out_;
};

TEST_F(Screenshot, BrowseViewIsTheRequestedSizeAndFullOfText) {
  ASSERT_EQ(shoot("--size 1024x700 --select stellate-ganglion-block"), 0);
  const Picture picture = inspect(out_);
  EXPECT_EQ(picture.width, 1024);
  EXPECT_EQ(picture.height, 700);
  EXPECT_GT(picture.distinct_colours, 50u);  // anti-aliased text, icons and badges
  EXPECT_GT(picture.dark_fraction, 0.01);    // dark text on the light theme
}

TEST_F(Screenshot, CompareViewInTheDarkThemeRenders) {
  ASSERT_EQ(shoot("--view compare --compare stellate-ganglion-block,lumbar-transforaminal-esi "
                  "--theme dark --audience patient"),
            0);
  const Picture picture = inspect(out_);
  EXPECT_EQ(picture.width, 1280);
  EXPECT_EQ(picture.height, 800);
  EXPECT_GT(picture.distinct_colours, 50u);
}

TEST_F(Screenshot, TheOptionGridAndTheMapRenderAtLargeText) {
  ASSERT_EQ(shoot("--condition sciatica --audience patient --font-scale 2"), 0);
  Picture picture = inspect(out_);
  EXPECT_EQ(picture.width, 1280);
  EXPECT_GT(picture.distinct_colours, 50u);
  EXPECT_GT(picture.dark_fraction, 0.01);
  ASSERT_EQ(shoot("--view map --region knee --audience student"), 0);
  picture = inspect(out_);
  EXPECT_GT(picture.distinct_colours, 50u);  // shaded body areas, outlines and labels
}

// A real start and quit (not screenshot mode): the window layout is saved to the settings folder
// and nothing is written where the program was started.
TEST_F(Screenshot, QuittingSavesTheLayoutInTheSettingsFolderAndNothingInTheWorkingFolder) {
  testing::ScratchDirectory folder;
  const fs::path start = folder.path() / "start";
  fs::create_directories(start);
  const std::string home = folder.path().string();
  const auto result = testing::run_process(
      "cd '" + start.string() + "' && env HOME='" + home + "' XDG_CONFIG_HOME='" + home +
      "/config' XDG_DATA_HOME='" + home + "/data' XDG_CACHE_HOME='" + home + "/cache' " +
      std::string(PAINATLAS_GUI_PATH) + " --content " + testing::mini_content_dir().string() +
      " --exit-after-first-frame");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(fs::exists(folder.path() / "config" / "painatlas" / "imgui.ini"));
  EXPECT_TRUE(fs::is_empty(start)) << fs::directory_iterator(start)->path();
}

TEST_F(Screenshot, WithoutADisplayItExplainsWhatToUseInstead) {
  const auto result =
      testing::run_process("env -u DISPLAY -u WAYLAND_DISPLAY " + std::string(PAINATLAS_GUI_PATH));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("painatlas-cli"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("--screenshot"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace painatlas
