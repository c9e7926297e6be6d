#include "store/user_data.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "store/atomic_file.h"

namespace painatlas {
namespace {

namespace fs = std::filesystem;

class UserDataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("painatlas-user-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(UserDataTest, RoundTripsBookmarksNotesAndTheLastView) {
  UserData data;
  data.bookmarks = {"stellate-ganglion-block", "vertebroplasty"};
  data.notes["vertebroplasty"] = "Ask about the sham trials.\nSecond line, with \"quotes\".";
  data.last_view = {MainView::Compare,
                    "vertebroplasty",
                    "cement",
                    {"vertebroplasty", "kyphoplasty"},
                    "lumbar-radiculopathy"};
  ASSERT_EQ(save_user_data(dir_ / "user-data.json", data), "");
  StoreReport report;
  const UserData loaded = load_user_data(dir_ / "user-data.json", report);
  EXPECT_TRUE(report.messages.empty());
  EXPECT_EQ(loaded.bookmarks, data.bookmarks);
  EXPECT_EQ(loaded.notes, data.notes);
  EXPECT_EQ(loaded.last_view.view, MainView::Compare);
  EXPECT_EQ(loaded.last_view.condition, "lumbar-radiculopathy");
  EXPECT_EQ(loaded.last_view.compare, data.last_view.compare);
  EXPECT_EQ(loaded.last_view.query, "cement");
}

TEST_F(UserDataTest, RoundTripsSettingsAndClampsTheFontScale) {
  Settings settings{Theme::HighContrast, 9.0f, Audience::Patient, true};
  ASSERT_EQ(save_settings(dir_ / "settings.json", settings), "");
  StoreReport report;
  const Settings loaded = load_settings(dir_ / "settings.json", report);
  EXPECT_EQ(loaded.theme, Theme::HighContrast);
  EXPECT_EQ(loaded.audience, Audience::Patient);
  EXPECT_TRUE(loaded.disclaimer_accepted);
  EXPECT_FLOAT_EQ(loaded.font_scale, 2.5f);
}

TEST_F(UserDataTest, MovesACorruptFileAsideAndSaysSo) {
  const fs::path file = dir_ / "user-data.json";
  std::ofstream(file)
      << "{\"format_version\": 1, \"bookmarks\": [\"a\"";  // cut off mid-write by another tool
  StoreReport report;
  const UserData loaded = load_user_data(file, report);
  EXPECT_TRUE(loaded.bookmarks.empty());
  ASSERT_EQ(report.messages.size(), 1u);
  EXPECT_NE(report.messages[0].find("is not valid JSON"), std::string::npos);
  EXPECT_FALSE(fs::exists(file));
  bool kept = false;
  for (const auto& entry : fs::directory_iterator(dir_))
    kept = kept || entry.path().filename().string().starts_with("user-data.json.corrupt-");
  EXPECT_TRUE(kept) << "the broken file must be kept for the user";
}

TEST_F(UserDataTest, RefusesAFileFromANewerVersionWithoutLosingIt) {
  const fs::path file = dir_ / "settings.json";
  std::ofstream(file) << R"({"format_version": 99, "theme": "dark"})";
  StoreReport report;
  load_settings(file, report);
  ASSERT_EQ(report.messages.size(), 1u);
  EXPECT_NE(report.messages[0].find("newer Pain Atlas"), std::string::npos);
}

TEST_F(UserDataTest, AFailedAtomicWriteLeavesWhatWasThereAndNoTemporaryFile) {
  // rename() cannot replace a non-empty directory, even for root: the write must fail cleanly.
  const fs::path target = dir_ / "settings.json";
  fs::create_directories(target);
  std::ofstream(target / "keep") << "precious";
  const std::string failure = write_file_atomically(target, "new");
  EXPECT_NE(failure, "");
  EXPECT_TRUE(fs::is_directory(target));
  EXPECT_TRUE(fs::exists(target / "keep"));
  std::size_t entries = 0;
  for (const auto& entry : fs::directory_iterator(dir_)) entries += 1, (void)entry;
  EXPECT_EQ(entries, 1u) << "the temporary file was left behind";
}

TEST_F(UserDataTest, AtomicWriteLeavesNoTemporaryFiles) {
  ASSERT_EQ(write_file_atomically(dir_ / "a.json", "{}"), "");
  ASSERT_EQ(write_file_atomically(dir_ / "a.json", "{\"x\":1}"), "");
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir_)) files += entry.is_regular_file() ? 1 : 0;
  EXPECT_EQ(files, 1u);
}

}  // namespace
}  // namespace painatlas
