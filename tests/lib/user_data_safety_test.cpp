// What Pain Atlas promises about the user's data: a save interrupted at any moment leaves the
// old file or the new one, and two windows do not erase each other's changes.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "store/user_data.h"

namespace painatlas {
namespace {

namespace fs = std::filesystem;

TEST(UserDataSafety, AProcessKilledMidSaveNeverLeavesABrokenFile) {
  const fs::path dir = fs::temp_directory_path() / ("painatlas-kill-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path file = dir / "user-data.json";
  std::mt19937 random(20261128);
  for (int round = 0; round < 200; ++round) {
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      execl(PAINATLAS_SAVE_LOOP_PATH, PAINATLAS_SAVE_LOOP_PATH, file.c_str(),
            static_cast<char*>(nullptr));
      _exit(127);
    }
    // Wait until the child is saving (the file changed), however slow it is to start (ASan, a
    // busy machine), then kill it at a random moment within the next few saves.
    std::error_code error;
    const auto size_at_start = fs::file_size(file, error);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (fs::file_size(file, error) == size_at_start &&
           std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    const bool saving = fs::file_size(file, error) != size_at_start;
    std::this_thread::sleep_for(std::chrono::microseconds(random() % 3000));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the saver stopped by itself in round " << round;
    ASSERT_TRUE(saving) << "the saver never wrote in round " << round;

    StoreReport report;
    const UserData data = load_user_data(file, report);
    ASSERT_TRUE(report.messages.empty()) << "round " << round << ": " << report.messages.front();
    // A whole save: technique-0 … technique-(n-1), each with its note, nothing torn.
    for (std::size_t i = 0; i < data.bookmarks.size(); ++i)
      ASSERT_EQ(data.bookmarks[i], "technique-" + std::to_string(i));
    ASSERT_EQ(data.notes.size(), data.bookmarks.size());
  }
  // Killed writers leave temporary files; the next save removes those of writers that are gone.
  ASSERT_EQ(save_user_data(file, UserData{}), "");
  std::size_t leftovers = 0;
  for (const auto& entry : fs::directory_iterator(dir))
    leftovers += entry.path().filename() != "user-data.json";
  EXPECT_EQ(leftovers, 0u);
  fs::remove_all(dir);
}

TEST(UserDataSafety, TwoWindowsKeepEachOthersChanges) {
  const fs::path dir = fs::temp_directory_path() / ("painatlas-two-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  const fs::path file = dir / "user-data.json";
  UserData start;
  start.bookmarks = {"shared", "dropped-by-a"};
  start.notes = {{"noted", "first"}, {"cleared-by-b", "old"}};
  ASSERT_EQ(save_user_data(file, start), "");

  UserData a = start, b = start;  // two windows opened on the same file
  a.bookmarks = {"shared", "added-by-a"};
  a.notes["noted"] = "edited by a";
  b.bookmarks.push_back("added-by-b");
  b.notes.erase("cleared-by-b");
  b.situation = {"pregnancy"};

  const MergedSave after_a = save_user_data_merged(file, start, a);
  ASSERT_EQ(after_a.error, "");
  const MergedSave after_b = save_user_data_merged(file, start, b);
  ASSERT_EQ(after_b.error, "");

  StoreReport report;
  const UserData on_disk = load_user_data(file, report);
  EXPECT_EQ(on_disk.bookmarks, (std::vector<std::string>{"shared", "added-by-a", "added-by-b"}));
  EXPECT_EQ(on_disk.notes.at("noted"), "edited by a");
  EXPECT_FALSE(on_disk.notes.contains("cleared-by-b"));
  EXPECT_EQ(on_disk.situation, std::vector<std::string>{"pregnancy"});
  fs::remove_all(dir);
}

}  // namespace
}  // namespace painatlas
