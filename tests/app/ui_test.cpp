// The real panels, driven headlessly as a reader would use them.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "icons.h"
#include "keys.h"
#include "test_support.h"
#include "ui_driver.h"

namespace painatlas {
namespace {

namespace fs = std::filesystem;
using testing::UiDriver;

ui::AppState fresh_state(const fs::path& home = {}) {
  LoadResult loaded = load_content(testing::mini_content_dir());
  UserFiles files{home / "settings.json", home / "user-data.json", home / "study-progress.json"};
  ui::AppState state = ui::make_app_state(loaded.catalog, loaded.problems, files, !home.empty());
  state.windows = ui::OpenWindows{};  // no first-start disclaimer over the panels
  return state;
}

std::vector<std::string> listed(const ui::AppState& state) {
  std::vector<std::string> ids;
  for (const auto& row : state.browse.results.rows)
    ids.push_back(state.catalog->techniques()[row.technique].id);
  return ids;
}

TEST(Ui, TypingInTheSearchBoxChangesTheResults) {
  UiDriver ui(fresh_state());
  ui.frames(2);
  EXPECT_EQ(listed(ui.state).size(), 3u);
  ui.press(ui::keys::kF, /*ctrl=*/true);
  ui.frame();
  ui.type("stel");
  EXPECT_EQ(ui.state.browse.query.text, "stel");
  ui.frame();
  EXPECT_EQ(listed(ui.state), std::vector<std::string>{"stellate-ganglion-block"});
  EXPECT_TRUE(ui.shows("1 of 3 techniques")) << ui.text();
}

TEST(Ui, ChoosingAFacetValueNarrowsTheResults) {
  UiDriver ui(fresh_state());
  ui.frames(2);
  const auto pane = ui.window_rect("filters-pane");
  ASSERT_TRUE(pane.has_value());
  // The first checkbox below the "Indication" heading (under the filter finder).
  const auto box = ui.find_item_below(
      {pane->Min.x + 22, pane->Min.y + 70 + ImGui::GetFrameHeightWithSpacing()}, 200);
  ASSERT_TRUE(box.has_value());
  ui.click(*box);
  const auto& chosen = ui.state.browse.query.filter.values(Facet::Indication);
  ASSERT_EQ(chosen.size(), 1u);
  const auto shown = listed(ui.state);
  EXPECT_LT(shown.size(), 3u);
  for (const auto& id : shown) {
    const Technique* technique = ui.state.catalog->find_technique(id);
    EXPECT_TRUE(std::any_of(technique->indications.begin(), technique->indications.end(),
                            [&](const Indication& i) { return i.term == chosen.front(); }));
  }
  ui.frame();
  EXPECT_TRUE(ui.shows("Clear all"));
}

TEST(Ui, SelectingARowShowsItsDetail) {
  UiDriver ui(fresh_state());
  ui.frames(2);
  EXPECT_TRUE(ui.shows("Choose a technique"));
  const auto pane = ui.window_rect("results-pane");
  ASSERT_TRUE(pane.has_value());
  ui.click({pane->Min.x + 60, pane->Min.y + 80});
  ASSERT_FALSE(ui.state.browse.selected.empty());
  ui.frame();
  const Technique* technique = ui.state.selected_technique();
  EXPECT_TRUE(ui.shows(technique->name));
  EXPECT_TRUE(ui.shows("Indications"));
  EXPECT_FALSE(ui.shows("Choose a technique"));
}

TEST(Ui, TheAudienceSwitchChangesTheText) {
  ui::AppState state = fresh_state();
  state.browse.selected = "lumbar-transforaminal-esi";
  UiDriver ui(std::move(state));
  ui.frames(2);
  EXPECT_TRUE(ui.shows("Lumbar radiculopathy"));
  EXPECT_FALSE(ui.shows("Sciatica"));
  // The Patient switch sits in the toolbar, right of the search box.
  const auto button =
      ui.find_item_in_row("Pain Atlas", std::string(ui::icon::kUser) + " Patient", 52);
  ASSERT_TRUE(button.has_value());
  ui.click(*button);
  ASSERT_EQ(ui.state.settings.audience, Audience::Patient);
  ui.move_mouse({-100, -100});
  ui.frame();
  EXPECT_TRUE(ui.shows("Sciatica"));
  EXPECT_TRUE(ui.shows("What it is"));
  EXPECT_TRUE(ui.shows("A doctor puts medicine near a sore nerve"));
}

TEST(Ui, ATermLinkFiltersByThatTerm) {
  ui::AppState state = fresh_state();
  state.browse.selected = "knee-intra-articular-injection";
  state.browse.query.text = "knee";
  UiDriver ui(std::move(state));
  ui::Actions& actions = ui.actions;
  actions.filter_by_term(Facet::Contraindication, "infection-at-site");
  ui.frame();
  EXPECT_TRUE(ui.state.browse.query.text.empty());
  EXPECT_EQ(listed(ui.state).size(), 3u);
  EXPECT_TRUE(ui.state.browse.query.filter.contains(Facet::Contraindication, "infection-at-site"));
}

TEST(Ui, BackAndForwardFollowTheHistory) {
  UiDriver ui(fresh_state());
  ui.actions.select("stellate-ganglion-block");
  ui.frame();
  ui.actions.select("knee-intra-articular-injection");
  ui.frame();
  ui.press(263, false, /*alt=*/true);  // Alt+Left
  EXPECT_EQ(ui.state.browse.selected, "stellate-ganglion-block");
  ui.press(262, false, /*alt=*/true);  // Alt+Right
  EXPECT_EQ(ui.state.browse.selected, "knee-intra-articular-injection");
}

TEST(Ui, ABookmarkAndANoteSurviveASaveAndLoadRoundTrip) {
  const fs::path home = fs::temp_directory_path() / ("painatlas-ui-" + std::to_string(::getpid()));
  fs::remove_all(home);
  {
    ui::AppState state = fresh_state(home);
    state.browse.selected = "stellate-ganglion-block";
    UiDriver ui(std::move(state));
    ui.frames(2);
    const auto detail = ui.window_rect("detail-pane");
    ASSERT_TRUE(detail.has_value());
    // The Bookmark button is the first item below the title.
    const auto button = ui.find_item_below({detail->Min.x + 40, detail->Min.y + 20}, 150);
    ASSERT_TRUE(button.has_value());
    ui.click(*button);
    EXPECT_EQ(ui.state.user.bookmarks, std::vector<std::string>{"stellate-ganglion-block"});
    ui.actions.set_note("Ask about ultrasound guidance.");
    ui.frame();
  }
  ui::AppState reopened = fresh_state(home);
  EXPECT_EQ(reopened.user.bookmarks, std::vector<std::string>{"stellate-ganglion-block"});
  EXPECT_EQ(reopened.user.notes.at("stellate-ganglion-block"), "Ask about ultrasound guidance.");
  EXPECT_EQ(reopened.browse.selected, "stellate-ganglion-block");  // the last view comes back
  fs::remove_all(home);
}

TEST(Ui, CompareShowsTheChosenTechniquesSideBySide) {
  ui::AppState state = fresh_state();
  UiDriver ui(std::move(state));
  ui.actions.add_to_compare("stellate-ganglion-block");
  ui.actions.add_to_compare("knee-intra-articular-injection");
  ui.actions.set_view(MainView::Compare);
  ui.frames(2);
  EXPECT_TRUE(ui.shows("Stellate ganglion block"));
  EXPECT_TRUE(ui.shows("Knee intra-articular injection"));
  EXPECT_TRUE(ui.shows("Bleeding risk"));
  EXPECT_TRUE(ui.shows("Contraindications (absolute)"));
}

TEST(Ui, DrawsEveryViewAndWindowInEveryThemeWithoutAnImGuiAssert) {
  for (Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
    for (Audience audience : {Audience::Student, Audience::Patient}) {
      ui::AppState state = fresh_state();
      state.settings.theme = theme;
      state.settings.audience = audience;
      state.browse.selected = "lumbar-transforaminal-esi";
      state.windows = ui::OpenWindows{true, true, true, true};
      UiDriver ui(std::move(state));
      ui.frames(3);
      ui.actions.set_view(MainView::Compare);
      ui.actions.add_to_compare("stellate-ganglion-block");
      ui.frames(2);
    }
  }
}

TEST(Ui, TickingAFactorInTheSituationPanelMarksEveryTechnique) {
  ui::AppState state = fresh_state();
  state.browse.selected = "lumbar-transforaminal-esi";
  UiDriver ui(std::move(state));
  ui.actions.show_left_panel(static_cast<int>(ui::LeftPanel::Situation));
  ui.frames(3);
  const auto pane = ui.window_rect("filters-pane");
  ASSERT_TRUE(pane.has_value());
  // Scan the checkboxes until the one for pregnancy is ticked.
  for (float y = pane->Min.y + 40; y < pane->Max.y && ui.state.user.situation.empty(); y += 6) {
    const auto box = ui.find_item_below({pane->Min.x + 22, y}, 6);
    if (!box) continue;
    ui.click(*box);
    if (!ui.state.user.situation.empty() && ui.state.user.situation.front() != "pregnancy") {
      ui.actions.clear_situation();
      ui.frame();
    }
    y = box->y + 6;
  }
  ASSERT_EQ(ui.state.user.situation, std::vector<std::string>{"pregnancy"});
  ASSERT_EQ(ui.state.screening.size(), 3u);
  ui.move_mouse({-100, -100});
  ui.frame();
  EXPECT_TRUE(ui.shows("Your situation"));
  EXPECT_TRUE(ui.shows("Needs extra care"));  // the TFESI lists pregnancy as relative
  EXPECT_TRUE(ui.shows("Nothing listed"));    // the stellate block does not list it
}

TEST(Ui, AnsweringAStudyQuestionShowsTheExplanationAndRecordsProgress) {
  ui::AppState state = fresh_state();
  state.study.next_seed = 3;
  UiDriver ui(std::move(state));
  ui.actions.start_study(5);
  ui.frames(2);
  ASSERT_TRUE(ui.state.study.active());
  EXPECT_TRUE(ui.shows("Question 1 of"));
  const Question question = ui.state.study.session.front();
  ui.press(ui::keys::kOne + static_cast<int>(question.correct));
  ASSERT_TRUE(ui.state.study.chosen.has_value());
  EXPECT_EQ(*ui.state.study.chosen, question.correct);
  EXPECT_EQ(ui.state.study.progress.cards.at(question.id).box, 2);
  ui.move_mouse({-100, -100});
  ui.frame();
  EXPECT_TRUE(ui.shows("Right."));
  EXPECT_TRUE(ui.shows(question.explanation.substr(0, 30)));
  ui.press(257);  // Enter: next question
  EXPECT_EQ(ui.state.study.current, 1u);
}

TEST(Ui, ReloadedContentWithErrorsKeepsTheLastGoodCatalog) {
  testing::ScratchContent content;
  ui::AppState state = fresh_state();
  state.browse.selected = "stellate-ganglion-block";
  const auto before = state.catalog;
  std::ofstream(content.techniques() / "stellate-ganglion-block.yaml") << "id: [broken";
  ui::apply_reloaded_content(state, content.load());
  EXPECT_EQ(state.catalog, before);
  EXPECT_TRUE(state.windows.problems);
  EXPECT_GT(count_errors(state.problems), 0u);
  EXPECT_EQ(state.browse.selected, "stellate-ganglion-block");
}

TEST(Ui, ReloadedGoodContentReplacesTheCatalogAndKeepsThePlace) {
  testing::ScratchContent content;
  ui::AppState state = fresh_state();
  state.browse.selected = "stellate-ganglion-block";
  state.compare = {"knee-intra-articular-injection", "stellate-ganglion-block"};
  fs::remove(content.techniques() / "knee-intra-articular-injection.yaml");
  ui::apply_reloaded_content(state, content.load());
  EXPECT_EQ(state.catalog->techniques().size(), 2u);
  EXPECT_EQ(state.browse.selected, "stellate-ganglion-block");
  EXPECT_EQ(state.compare, std::vector<std::string>{"stellate-ganglion-block"});
  EXPECT_EQ(state.browse.results.rows.size(), 2u);
}

// Opens a menu of the menu bar and clicks one of its items, by moving the mouse as a reader
// would: along the menu bar until the menu's title is under it, then down the open menu.
bool click_menu_item(UiDriver& ui, const char* menu, const char* item) {
  ImGuiWindow* main = ImGui::FindWindowByName("Pain Atlas");
  if (!main) return false;
  const ImRect bar = main->MenuBarRect();
  const ImGuiID menu_id = ImHashStr(menu, 0, main->GetID("##menubar"));
  bool opened = false;
  for (float x = bar.Min.x; x < bar.Max.x && !opened; x += 4) {
    ui.move_mouse({x, bar.GetCenter().y});
    ui.frame();
    if (ImGui::GetHoveredID() != menu_id) continue;
    ui.click({x, bar.GetCenter().y});
    opened = true;
  }
  const auto popup = ui.window_rect("##Menu_");
  if (!opened || !popup) return false;
  ImGuiWindow* popup_window = nullptr;
  for (ImGuiWindow* window : ImGui::GetCurrentContext()->Windows)
    if (std::string(window->Name).find("##Menu_") != std::string::npos && window->WasActive)
      popup_window = window;
  const ImGuiID item_id = popup_window->GetID(item);
  for (float y = popup->Min.y + 2; y < popup->Max.y; y += 3) {
    const ImVec2 at{popup->Min.x + 30, y};
    ui.move_mouse(at);
    ui.frame();
    if (ImGui::GetHoveredID() != item_id) continue;
    ui.click(at);
    return true;
  }
  return false;
}

TEST(Ui, HelpOpensTheTechniqueOnScreenAsAWebPageInTheReadersRegister) {
  ui::AppState state = fresh_state();
  auto platform = std::make_shared<ui::NullPlatform>();
  state.platform = platform;
  state.browse.selected = "stellate-ganglion-block";
  state.settings.audience = Audience::Patient;
  UiDriver ui(std::move(state));
  ui.frames(2);
  ASSERT_TRUE(click_menu_item(ui, "Help", "Open as a web page"));
  EXPECT_EQ(platform->opened_site_pages,
            std::vector<std::string>{"techniques/stellate-ganglion-block.patient.html"});
  // NullPlatform opens nothing, and the reader is told.
  ASSERT_FALSE(ui.state.messages.empty());
  EXPECT_NE(ui.state.messages.back().text.find("Could not open the web page"), std::string::npos);
}

TEST(Ui, OpenAsAWebPageOpensWhatIsOnScreenAndTheIndexWhenNothingIsChosen) {
  ui::AppState state = fresh_state();
  auto platform = std::make_shared<ui::NullPlatform>();
  state.platform = platform;
  UiDriver ui(std::move(state));
  ui.actions.open_web_page();
  ui.frame();
  ui.actions.set_audience(Audience::Student);
  ui.actions.select("knee-intra-articular-injection");
  ui.actions.open_web_page();
  ui.frame();
  ui.actions.open_condition("lumbar-radiculopathy");
  ui.actions.set_view(MainView::Condition);
  ui.actions.open_web_page();
  ui.actions.set_audience(Audience::Patient);
  ui.actions.open_web_page();
  ui.frame();
  ui.actions.set_view(MainView::Compare);
  ui.actions.open_web_page();
  ui.actions.set_view(MainView::Map);
  ui.actions.open_web_page();
  ui.frame();
  EXPECT_EQ(platform->opened_site_pages,
            (std::vector<std::string>{
                "index.html", "techniques/knee-intra-articular-injection.html",
                "conditions/lumbar-radiculopathy.html",
                "conditions/lumbar-radiculopathy.patient.html", "compare.html", "index.html"}));
}

// "infection" names a group in the vocabulary: the filters offer it to tick, and ticking it keeps
// every technique that lists any infection.
TEST(Ui, AWordInTheFilterFinderOffersTheValuesItNamesAndTicksThem) {
  LoadResult loaded = testing::bundled_catalog();
  ui::AppState state = ui::make_app_state(loaded.catalog, loaded.problems, {}, false);
  state.windows = ui::OpenWindows{};
  UiDriver ui(std::move(state));
  ui.state.edit.facet_find = "infection";
  ui.frames(2);
  EXPECT_TRUE(ui.shows("Contraindication: Active infection")) << ui.text();
  EXPECT_TRUE(ui.shows("Risk: Infection (procedure-related)")) << ui.text();
  ui.actions.toggle_facet(Facet::Contraindication, "active-infection");
  ui.frames(2);
  const auto& rows = ui.state.browse.results.rows;
  ASSERT_FALSE(rows.empty());
  for (const auto& row : rows) {
    const Technique& technique = ui.state.catalog->techniques()[row.technique];
    const bool lists_infection = std::any_of(
        technique.contraindications.begin(), technique.contraindications.end(),
        [](const Contraindication& item) {
          return item.term == "infection-at-site" || item.term == "systemic-infection" ||
                 item.term == "vertebral-osteomyelitis";
        });
    EXPECT_TRUE(lists_infection) << technique.id;
  }
}

}  // namespace
}  // namespace painatlas
