// Two browser tabs sharing one store: the merging logic of app/web/store_sync.h, run natively on
// real files (the browser copies IndexedDB to and from these files around each sync).
#include "store_sync.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "actions.h"
#include "test_support.h"

namespace painatlas {
namespace {

namespace fs = std::filesystem;

class StoreSync : public ::testing::Test {
 protected:
  fs::path folder =
      fs::temp_directory_path() /
      ("painatlas-store-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
       "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
  UserFiles files{folder / "settings.json", folder / "user-data.json",
                  folder / "study-progress.json"};

  void SetUp() override { fs::create_directories(folder); }
  void TearDown() override { fs::remove_all(folder); }

  // A tab as the web's main() makes it: loaded from the store, then never writing by itself.
  struct Tab {
    ui::AppState state;
    web::StoreBase base;
  };
  Tab open_tab() {
    LoadResult loaded = load_content(testing::mini_content_dir());
    Tab tab{ui::make_app_state(loaded.catalog, loaded.problems, files, true), {}};
    tab.state.persist = false;
    tab.base = {tab.state.settings, tab.state.study.progress};
    return tab;
  }
  static void act(Tab& tab, const std::function<void(ui::Actions&)>& what) {
    ui::Actions actions;
    what(actions);
    ui::apply_actions(tab.state, actions);
  }
};

TEST_F(StoreSync, ATabWritesNothingItself) {
  Tab tab = open_tab();
  act(tab, [](ui::Actions& a) { a.toggle_bookmark("stellate-ganglion-block"); });
  EXPECT_FALSE(fs::exists(files.user_data));  // persist is off: the sync writes
  EXPECT_TRUE(web::has_unsaved_changes(tab.state, tab.base));
  EXPECT_TRUE(web::sync_store(tab.state, tab.base));
  EXPECT_FALSE(web::has_unsaved_changes(tab.state, tab.base));
  StoreReport report;
  EXPECT_EQ(load_user_data(files.user_data, report).bookmarks,
            std::vector<std::string>{"stellate-ganglion-block"});
}

TEST_F(StoreSync, TwoTabsKeepEachOthersBookmarksAndNotes) {
  Tab first = open_tab();
  Tab second = open_tab();
  act(first, [](ui::Actions& a) {
    a.toggle_bookmark("stellate-ganglion-block");
    a.select("stellate-ganglion-block");
    a.set_note("ask about the voice");
  });
  web::sync_store(first.state, first.base);
  // The second tab never saw the first one's change, and saves its own on top.
  act(second, [](ui::Actions& a) { a.toggle_bookmark("lumbar-transforaminal-esi"); });
  web::sync_store(second.state, second.base);
  StoreReport report;
  const UserData stored = load_user_data(files.user_data, report);
  EXPECT_EQ(stored.bookmarks,
            (std::vector<std::string>{"stellate-ganglion-block", "lumbar-transforaminal-esi"}));
  EXPECT_EQ(stored.notes.at("stellate-ganglion-block"), "ask about the voice");
  // Told of the change, the first tab takes the second's bookmark in.
  EXPECT_FALSE(web::sync_store(first.state, first.base));
  EXPECT_EQ(first.state.user.bookmarks, stored.bookmarks);
  EXPECT_FALSE(web::has_unsaved_changes(first.state, first.base));
}

TEST_F(StoreSync, ARemovalInOneTabIsNotUndoneByTheOther) {
  Tab first = open_tab();
  act(first, [](ui::Actions& a) { a.toggle_bookmark("stellate-ganglion-block"); });
  web::sync_store(first.state, first.base);
  Tab second = open_tab();  // sees the bookmark
  act(first, [](ui::Actions& a) { a.toggle_bookmark("stellate-ganglion-block"); });
  web::sync_store(first.state, first.base);
  act(second, [](ui::Actions& a) { a.toggle_bookmark("knee-intra-articular-injection"); });
  web::sync_store(second.state, second.base);
  StoreReport report;
  EXPECT_EQ(load_user_data(files.user_data, report).bookmarks,
            std::vector<std::string>{"knee-intra-articular-injection"});
}

TEST_F(StoreSync, TypingASearchAloneIsNotAChangeToSave) {
  Tab tab = open_tab();
  act(tab, [](ui::Actions& a) { a.set_query("stel"); });
  EXPECT_FALSE(web::has_unsaved_changes(tab.state, tab.base));
}

TEST_F(StoreSync, SettingsAndStudyProgressFollowTheLatestChange) {
  Tab first = open_tab();
  Tab second = open_tab();
  act(first, [](ui::Actions& a) {
    a.set_theme(Theme::Dark);
    a.accept_disclaimer();
  });
  EXPECT_TRUE(web::sync_store(first.state, first.base));
  web::sync_store(second.state, second.base);
  EXPECT_EQ(second.state.settings.theme, Theme::Dark);
  EXPECT_TRUE(second.state.settings.disclaimer_accepted);
  EXPECT_FALSE(web::has_unsaved_changes(second.state, second.base));
}

TEST_F(StoreSync, ADamagedFileIsSetAsideAndTheReaderTold) {
  std::ofstream(files.user_data) << "{ not json";
  Tab tab = open_tab();
  ASSERT_FALSE(tab.state.messages.empty());
  EXPECT_NE(tab.state.messages.front().text.find("moved to"), std::string::npos);
  bool aside = false;
  for (const auto& entry : fs::directory_iterator(folder))
    aside = aside || entry.path().filename().string().find("user-data.json.corrupt-") == 0;
  EXPECT_TRUE(aside);
  act(tab, [](ui::Actions& a) { a.toggle_bookmark("stellate-ganglion-block"); });
  EXPECT_TRUE(web::sync_store(tab.state, tab.base));
  StoreReport report;
  EXPECT_EQ(load_user_data(files.user_data, report).bookmarks.size(), 1u);
  EXPECT_TRUE(report.messages.empty());
}

}  // namespace
}  // namespace painatlas
