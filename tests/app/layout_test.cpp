// The layout for the screen: three panes on a wide screen, one at a time on a phone.
#include "layout.h"

#include <gtest/gtest.h>

#include "test_support.h"
#include "ui_driver.h"

namespace painatlas {
namespace {

using testing::UiDriver;

ui::AppState mini_state() {
  LoadResult loaded = load_content(testing::mini_content_dir());
  ui::AppState state = ui::make_app_state(loaded.catalog, loaded.problems, {}, false);
  state.windows = ui::OpenWindows{};
  return state;
}

TEST(Layout, PhonesGetOnePaneAndTouchSizedControls) {
  EXPECT_TRUE(ui::choose_layout(390, 1, false).one_pane);
  EXPECT_TRUE(ui::choose_layout(390 * 3, 3, true).one_pane);  // device pixels at 3x
  EXPECT_TRUE(ui::choose_layout(390, 1, false).touch);
  EXPECT_TRUE(ui::choose_layout(699, 1, false).one_pane);
}

TEST(Layout, WideScreensKeepThreePanes) {
  EXPECT_FALSE(ui::choose_layout(1280, 1, false).one_pane);
  EXPECT_FALSE(ui::choose_layout(2560, 2, false).one_pane);  // a laptop at 2x: 1280 wide
  EXPECT_FALSE(ui::choose_layout(1280, 1, false).touch);
  EXPECT_TRUE(ui::choose_layout(1024, 1, true).touch);  // a tablet: three panes, big controls
  EXPECT_FALSE(ui::choose_layout(1024, 1, true).one_pane);
}

TEST(Layout, APhoneShowsTheResultsThenTheTechniqueThenGoesBack) {
  UiDriver ui(mini_state(), {390, 844});
  ui.frames(2);
  EXPECT_TRUE(ui.shows("3 techniques"));
  EXPECT_FALSE(ui.shows("Choose a technique"));  // no detail pane beside the list
  EXPECT_FALSE(ui.window_rect("detail-pane"));
  const auto results = ui.window_rect("results-pane");
  ASSERT_TRUE(results);
  EXPECT_GT(results->GetWidth(), 340);  // the list takes the whole width
  ui.click({results->Min.x + 60, results->Min.y + 90});
  ASSERT_FALSE(ui.state.browse.selected.empty());
  ui.frames(2);
  EXPECT_EQ(ui.state.pane, ui::Pane::Detail);
  EXPECT_TRUE(ui.shows(ui.state.selected_technique()->name));
  EXPECT_TRUE(ui.shows("3 results"));  // the back button
  EXPECT_FALSE(ui.window_rect("results-pane"));
  const auto back = ui.find_item_in_row("Pain Atlas", "###back-to-results",
                                        ui.window_rect("detail-pane")->Min.y - 20);
  ASSERT_TRUE(back);
  ui.click(*back);
  ui.frames(2);
  EXPECT_EQ(ui.state.pane, ui::Pane::Results);
  EXPECT_TRUE(ui.window_rect("results-pane"));
}

TEST(Layout, APhoneReachesTheFiltersAndTheirCountsFromTheResults) {
  UiDriver ui(mini_state(), {390, 844});
  ui.frames(2);
  const auto results = ui.window_rect("results-pane");
  ASSERT_TRUE(results);
  const auto filters = ui.find_item_in_row("Pain Atlas", "###show-filters", results->Min.y - 20);
  ASSERT_TRUE(filters);
  ui.click(*filters);
  ui.frames(2);
  EXPECT_EQ(ui.state.pane, ui::Pane::Filters);
  EXPECT_TRUE(ui.window_rect("filters-pane"));
  EXPECT_TRUE(ui.shows("3 results"));
}

// Content wider than its window would be cut off on a phone: nothing may be, except where the
// window scrolls sideways on purpose (the comparison table).
void expect_nothing_cut_off(const std::string& what) {
  ImGuiContext& context = *ImGui::GetCurrentContext();
  for (ImGuiWindow* window : context.Windows) {
    // ImGui's own text editor child measures its text itself, never scrolling sideways.
    if (!window->WasActive || window->ScrollbarX ||
        std::string(window->Name).find("##note") != std::string::npos)
      continue;
    EXPECT_LE(window->ContentSize.x, window->Size.x + 1) << window->Name << " in " << what;
    EXPECT_LE(window->Pos.x + window->Size.x, 390 + 1) << window->Name << " in " << what;
  }
}

TEST(Layout, CompareAndStudyFitAPhone) {
  {
    ui::AppState state = mini_state();
    state.compare = {"stellate-ganglion-block", "lumbar-transforaminal-esi",
                     "knee-intra-articular-injection"};
    state.view = MainView::Compare;
    UiDriver ui(std::move(state), {390, 844});
    ui.frames(3);
    expect_nothing_cut_off("compare");
  }
  {
    ui::AppState state = mini_state();
    state.view = MainView::Study;
    UiDriver ui(std::move(state), {390, 844});
    ui.frames(3);
    expect_nothing_cut_off("the study start");
    ui.actions.start_study(10);
    ui.frames(3);
    ASSERT_TRUE(ui.state.study.active());
    expect_nothing_cut_off("a question");
    ui.actions.answer(0);
    ui.frames(3);
    expect_nothing_cut_off("an answer");
  }
}

TEST(Layout, NothingRunsOffAPhoneScreen) {
  for (const char* id :
       {"lumbar-transforaminal-esi", "stellate-ganglion-block", "knee-intra-articular-injection"})
    for (Audience audience : {Audience::Student, Audience::Patient})
      for (ui::Pane pane : {ui::Pane::Filters, ui::Pane::Results, ui::Pane::Detail}) {
        ui::AppState state = mini_state();
        state.browse.selected = id;
        state.settings.audience = audience;
        state.pane = pane;
        state.messages.emplace_back(
            "The link names a technique this catalog does not have (\u201cno-such\u201d); it "
            "was ignored.");
        UiDriver ui(std::move(state), {390, 844});
        ui.frames(3);
        expect_nothing_cut_off(std::string(id) + ", pane " +
                               std::to_string(static_cast<int>(pane)));
      }
}

}  // namespace
}  // namespace painatlas
