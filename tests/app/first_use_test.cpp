// What a first-time reader tripped over (issue 14), driven headlessly through the real panels:
// each test would have caught one of the problems seen.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "keys.h"
#include "test_support.h"
#include "ui_driver.h"

namespace painatlas {
namespace {

namespace fs = std::filesystem;
using testing::UiDriver;

constexpr int kTab = 258;
constexpr int kEnter = 257;
constexpr int kEscape = 256;
constexpr int kRight = 262;

ui::AppState fresh_state(const fs::path& content = testing::mini_content_dir(),
                         const fs::path& home = {}) {
  LoadResult loaded = load_content(content);
  UserFiles files{home / "settings.json", home / "user-data.json", home / "study-progress.json"};
  ui::AppState state = ui::make_app_state(loaded.catalog, loaded.problems, files, !home.empty());
  state.windows = ui::OpenWindows{};
  return state;
}

// Records what it was asked and says yes, like a desktop that can open files.
class RecordingPlatform : public ui::NullPlatform {
 public:
  explicit RecordingPlatform(bool can_reveal) : can_reveal_(can_reveal) {}
  ui::SavedDocument save_document(std::string_view name, std::string_view content,
                                  std::string_view) override {
    saved_content = std::string(content);
    return {true, "/home/reader/Documents/" + std::string(name), {}};
  }
  bool can_reveal_documents() const override { return can_reveal_; }
  bool open_document(std::string_view location) override {
    opened.emplace_back(location);
    return true;
  }
  bool show_in_folder(std::string_view location) override {
    shown.emplace_back(location);
    return true;
  }
  std::string saved_content;
  std::vector<std::string> opened, shown;

 private:
  bool can_reveal_;
};

TEST(FirstUse, KeyboardAloneFindsSciaticaOpensTheFirstResultAndAddsItToCompare) {
  UiDriver ui(fresh_state());
  ui.frames(2);
  ui.press(ui::keys::kF, /*ctrl=*/true);
  ui.frames(2);  // the search box takes the keys on the next frames
  ui.type("sciatica");
  ASSERT_EQ(ui.state.browse.query.text, "sciatica");
  ASSERT_TRUE(ImGui::GetIO().WantTextInput) << "the search box has the keys";
  ui.press(kEnter);  // opens the best match and moves to the results
  ASSERT_EQ(ui.state.browse.selected, "lumbar-transforaminal-esi");
  ui.press(kTab);  // results -> detail
  ui.frames(2);
  EXPECT_EQ(ui.state.focus.current, ui::Pane::Detail);
  ui.press(kRight);  // Bookmark -> Add to compare
  ui.frames(2);
  ui.press(kEnter);
  ui.frames(2);
  EXPECT_EQ(ui.state.compare, std::vector<std::string>{"lumbar-transforaminal-esi"});
  EXPECT_TRUE(ui.state.user.bookmarks.empty()) << "the keys pressed the wrong button";
}

TEST(FirstUse, TabAndShiftTabVisitThePanesInOrderAndEscapeReturnsToSearch) {
  UiDriver ui(fresh_state());
  ui.frames(2);
  ui.press(ui::keys::kF, true);
  std::vector<ui::Pane> visited;
  for (int i = 0; i < 4; ++i) {
    ui.press(kTab);
    ui.frame();
    visited.push_back(ui.state.focus.current);
  }
  EXPECT_EQ(visited, (std::vector<ui::Pane>{ui::Pane::Filters, ui::Pane::Results, ui::Pane::Detail,
                                            ui::Pane::Toolbar}));
  ImGui::GetIO().KeyShift = true;
  ui.press(kTab);
  ImGui::GetIO().KeyShift = false;
  ui.frame();
  EXPECT_EQ(ui.state.focus.current, ui::Pane::Detail);
  ui.press(kEscape);
  ui.frames(2);
  EXPECT_EQ(ui.state.focus.current, ui::Pane::Toolbar);
  ui.type("knee");
  EXPECT_EQ(ui.state.browse.query.text, "knee") << "typing after Escape goes to the search";
}

TEST(FirstUse, ANewTechniqueOpensAtTheTopAndBackReturnsToWhereTheReaderWas) {
  UiDriver ui(fresh_state());
  ui.actions.select("lumbar-transforaminal-esi");
  ui.frames(2);
  ui.actions.jump_to_section("References");
  ui.frames(3);
  const float read_to = ui.state.detail.scroll_of.at("lumbar-transforaminal-esi");
  ASSERT_GT(read_to, 0.0f);
  ui.move_mouse({-100, -100});
  ui.frame();
  EXPECT_TRUE(ui.shows("Overview")) << "the section links stay in view";
  ui.actions.select("knee-intra-articular-injection");
  ui.frames(2);
  EXPECT_EQ(ui.state.detail.scroll_of.at("knee-intra-articular-injection"), 0.0f);
  ui.press(263, false, /*alt=*/true);  // Alt+Left: back
  ui.frames(2);
  EXPECT_EQ(ui.state.browse.selected, "lumbar-transforaminal-esi");
  EXPECT_NEAR(ui.state.detail.scroll_of.at("lumbar-transforaminal-esi"), read_to, 1.0f);
}

// The first screen a keyboard-only reader meets: Enter accepts the disclaimer, with no arrow or Tab
// needed first, and the search box then takes what is typed.
TEST(FirstUse, EnterAcceptsTheDisclaimerAtTheFirstStart) {
  ui::AppState state = fresh_state();
  state.windows.disclaimer = true;
  UiDriver ui(std::move(state));
  ui.frames(3);
  ASSERT_TRUE(ui.state.windows.disclaimer);
  ASSERT_FALSE(ui.state.settings.disclaimer_accepted);
  ui.press(kEnter);
  ui.frames(2);
  EXPECT_TRUE(ui.state.settings.disclaimer_accepted);
  EXPECT_FALSE(ui.state.windows.disclaimer);
}

// The section links are clicked with the mouse, as a reader does, not only asked for by action.
TEST(FirstUse, ClickingASectionLinkScrollsToThatSection) {
  UiDriver ui(fresh_state());
  ui.actions.select("lumbar-transforaminal-esi");
  ui.frames(3);
  const auto at = ui.find_item("detail-pane", {"References", "link"}, 200);
  ASSERT_TRUE(at.has_value());
  ui.click(*at);
  ui.frames(3);
  EXPECT_GT(ui.state.detail.scroll_of.at("lumbar-transforaminal-esi"), 0.0f);
}

// Words that belong to the clinical register: citations, drug classes, guideline names.
const char* const kClinicalMarkers[] = {
    "Narouze",          "P2Y12",     "et al", "RCT", "bleeding-risk class", "ASRA",
    "Contraindication", "Indication"};

TEST(FirstUse, ThePatientViewOfEveryTechniqueIsInPlainWords) {
  ui::AppState state = fresh_state(testing::bundled_content_dir());
  state.settings.audience = Audience::Patient;
  state.user.situation = {"warfarin-therapy", "pregnancy"};  // "Your situation" shows too
  ui::refresh_screening(state);
  // Tall enough that every page is on screen at once: the log holds visible text only.
  UiDriver ui(std::move(state), {1600, 20000});
  const std::regex citation(R"([A-Z][a-z]+ (et al\.? )?\(?(19|20)\d\d\b)");
  std::vector<std::string> problems;
  for (const Technique& technique : ui.state.catalog->techniques()) {
    ui.actions.select(technique.id);
    ui.frames(3);
    const std::string& text = ui.text();
    ASSERT_NE(text.find("What it is"), std::string::npos) << technique.id;
    ASSERT_NE(text.find("Last reviewed"), std::string::npos) << technique.id << ": not all shown";
    for (const char* marker : kClinicalMarkers)
      if (text.find(marker) != std::string::npos)
        problems.push_back(technique.id + ": \"" + marker + "\"");
    std::smatch found;
    if (std::regex_search(text, found, citation))
      problems.push_back(technique.id + ": citation \"" + found.str() + "\"");
  }
  EXPECT_TRUE(problems.empty()) << [&] {
    std::string all;
    for (const auto& problem : problems) all += problem + "\n";
    return all;
  }();
}

TEST(FirstUse, TheListSaysHowManyOfAllAndWhatHidesAnEmptyResult) {
  UiDriver ui(fresh_state());
  ui.actions.set_query("knee");
  ui.frames(2);
  EXPECT_TRUE(ui.shows("1 of 3 techniques")) << ui.text();
  EXPECT_TRUE(ui.shows("Narrowed by search \u201cknee\u201d"));
  EXPECT_TRUE(ui.shows("1 of 3 techniques shown")) << "the footer agrees with the list";
  ui.actions.toggle_facet(Facet::Category, "sympathetic");
  ui.frames(2);
  EXPECT_TRUE(ui.shows("No technique matches.")) << ui.text();
  EXPECT_TRUE(ui.shows("Remove the filter \u201cSympathetic blocks\u201d  (1 technique)"))
      << ui.text();
  EXPECT_TRUE(ui.shows("Clear the search \u201cknee\u201d  (1 technique)")) << ui.text();
}

TEST(FirstUse, ADrugNameFindsItsClassAndOffersToScreenForIt) {
  UiDriver ui(fresh_state());
  ui.actions.set_query("warfarin");
  ui.frames(2);
  EXPECT_TRUE(ui.shows("3 techniques")) << ui.text();
  EXPECT_TRUE(ui.shows("Found through Warfarin therapy \u2192 Anticoagulant therapy")) << ui.text();
  EXPECT_TRUE(ui.shows("Screen every technique for \u201cTaking warfarin\u201d")) << ui.text();
  ui.actions.toggle_factor("warfarin-therapy");
  ui.frames(2);
  EXPECT_FALSE(ui.shows("Screen every technique for")) << "offered only until ticked";
  EXPECT_TRUE(ui.shows("Needs extra care"));
}

TEST(FirstUse, FacetValuesHoldStillUnderThePointerAndResortWhenItLeaves) {
  UiDriver ui(fresh_state());
  ui.frames(2);
  const auto pane = ui.window_rect("filters-pane");
  ASSERT_TRUE(pane.has_value());
  ui.move_mouse({pane->Min.x + 40, pane->Min.y + 120});
  ui.frame();
  const auto before = ui.state.facet_order.values[static_cast<std::size_t>(Facet::Indication)];
  ASSERT_GE(before.size(), 2u);
  ui.actions.toggle_facet(Facet::Indication, before.back());  // would sort to the top
  ui.frames(2);
  EXPECT_EQ(ui.state.facet_order.values[static_cast<std::size_t>(Facet::Indication)], before);
  ui.move_mouse({-100, -100});
  ui.frames(2);
  EXPECT_EQ(ui.state.facet_order.values[static_cast<std::size_t>(Facet::Indication)].front(),
            before.back());
}

TEST(FirstUse, RestoredSearchAndTicksAreAnnouncedOnce) {
  const fs::path home =
      fs::temp_directory_path() / ("painatlas-first-" + std::to_string(::getpid()));
  fs::remove_all(home);
  {
    UiDriver ui(fresh_state(testing::mini_content_dir(), home));
    ui.actions.set_query("knee");
    ui.actions.toggle_factor("pregnancy");
    ui.frames(2);
  }
  UiDriver ui(fresh_state(testing::mini_content_dir(), home));
  ui.frames(2);
  EXPECT_TRUE(
      ui.shows("Restored from your last visit: the search \u201cknee\u201d and 1 situation "
               "tick (Being pregnant)."))
      << ui.text();
  ui.actions.dismiss_restored();
  ui.frames(2);
  EXPECT_FALSE(ui.shows("Restored from your last visit"));
  EXPECT_EQ(ui.state.browse.query.text, "knee");
  fs::remove_all(home);
}

TEST(FirstUse, AHandoutIsSavedWithTheSituationAndCanBeOpenedWhereThePlatformCan) {
  ui::AppState state = fresh_state();
  auto platform = std::make_shared<RecordingPlatform>(true);
  state.platform = platform;
  UiDriver ui(std::move(state));
  ui.actions.toggle_factor("warfarin-therapy");
  ui.actions.select("lumbar-transforaminal-esi");
  ui.actions.export_handout("lumbar-transforaminal-esi");
  ui.frames(2);
  ASSERT_TRUE(ui.state.handout.open);
  EXPECT_TRUE(ui.state.handout.include_situation);
  ui.actions.save_handout();
  ui.frames(2);
  ASSERT_TRUE(ui.state.handout.saved && ui.state.handout.saved->ok);
  EXPECT_NE(platform->saved_content.find("Your situation"), std::string::npos);
  EXPECT_EQ(ui.state.messages.back().level, ui::Message::Level::Success);
  ui.actions.open_saved_handout();
  ui.actions.show_saved_handout();
  ui.frame();
  EXPECT_EQ(platform->opened.size(), 1u);
  EXPECT_EQ(platform->shown.size(), 1u);
  ui.actions.close_handout();
  ui.frames(2);
  EXPECT_FALSE(ui.state.handout.open);
  EXPECT_TRUE(ui.shows("Handout saved: /home/reader/Documents/")) << ui.text();

  // Without the situation when the reader says so.
  ui.actions.export_handout("lumbar-transforaminal-esi");
  ui.actions.set_handout_situation(false);
  ui.actions.save_handout();
  ui.frames(2);
  EXPECT_EQ(platform->saved_content.find("Your situation"), std::string::npos);
}

TEST(FirstUse, StudyTakesATopicAndALengthKeepsScoreAndCanFinishEarly) {
  ui::AppState state = fresh_state();
  state.study.next_seed = 7;
  state.study.setup.topic = ui::StudyTopicKind::Category;
  state.study.setup.category = Category::Sympathetic;
  state.study.setup.count = 5;
  UiDriver ui(std::move(state));
  ui.actions.start_study(5);
  ui.frames(2);
  ASSERT_TRUE(ui.state.study.active());
  EXPECT_LE(ui.state.study.session.size(), 5u);
  for (const Question& q : ui.state.study.session)
    EXPECT_EQ(q.technique, "stellate-ganglion-block");
  const Question first = ui.state.study.session.front();
  ui.press(ui::keys::kOne + static_cast<int>(first.correct));
  ui.move_mouse({-100, -100});
  ui.frame();
  EXPECT_TRUE(ui.shows("Score: 1 of 1")) << ui.text();
  ui.actions.finish_study();
  ui.frames(2);
  EXPECT_TRUE(ui.state.study.finished());
  EXPECT_TRUE(ui.shows("1 of 1 right.")) << ui.text();
}

}  // namespace
}  // namespace painatlas
