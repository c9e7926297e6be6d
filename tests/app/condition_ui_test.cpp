// The condition view, "Where does it hurt?" and read-aloud, driven headlessly as a reader would:
// the option grid in both registers and at both widths, links from techniques and search, the
// map's keyboard moves, and Play, Pause, Resume, Stop and speed against a fake speech engine.
#include <gtest/gtest.h>

#include "icons.h"
#include "keys.h"
#include "map_drawing.h"
#include "test_support.h"
#include "ui_driver.h"

namespace painatlas {
namespace {

using testing::UiDriver;

// Records what it is asked and plays along, as a real engine would report.
class FakeSpeech : public ui::SpeechEngine {
 public:
  bool available(std::string&) const override { return true; }
  void speak(std::vector<std::string> paragraphs, float rate) override {
    spoken = std::move(paragraphs);
    rates.push_back(rate);
    status_ = {ui::SpeechPhase::Speaking, 0};
  }
  void pause() override {
    ++pauses;
    status_.phase = ui::SpeechPhase::Paused;
  }
  void resume() override {
    ++resumes;
    status_.phase = ui::SpeechPhase::Speaking;
  }
  void stop() override {
    ++stops;
    status_ = {};
  }
  ui::SpeechStatus status() const override { return status_; }
  void reach(std::size_t paragraph) { status_.paragraph = paragraph; }

  std::vector<std::string> spoken;
  std::vector<float> rates;
  int pauses = 0, resumes = 0, stops = 0;

 private:
  ui::SpeechStatus status_;
};

class FakePlatform : public ui::NullPlatform {
 public:
  ui::SpeechEngine& speech() override { return voice; }
  FakeSpeech voice;
};

ui::AppState state_for(const std::filesystem::path& content, Audience audience) {
  LoadResult loaded = load_content(content);
  ui::AppState state = ui::make_app_state(loaded.catalog, loaded.problems, {}, false);
  state.windows = ui::OpenWindows{};
  state.settings.audience = audience;
  return state;
}

std::string with_icon(const char* icon, const char* words) { return std::string(icon) + words; }

TEST(ConditionUi, TheGuideShowsAnOptionGridInThePatientsRegister) {
  UiDriver patient(state_for(testing::mini_content_dir(), Audience::Patient));
  patient.actions.open_condition("sciatica is not an id");  // an unknown term: every guide
  patient.frames(2);
  EXPECT_TRUE(patient.shows("Guides to your options")) << patient.text();
  patient.actions.open_condition("lumbar-radiculopathy");
  patient.frames(2);
  EXPECT_EQ(patient.state.view, MainView::Condition);
  for (const char* words :
       {"Your options for sciatica", "Get help at once if", "Nerve pain medicines",
        "How well does it work?", "No better than dummy pills.", "Each column is one choice"})
    EXPECT_TRUE(patient.shows(words)) << words << "\n" << patient.text();
  EXPECT_FALSE(patient.shows("(Koes 2007)")) << "patient cells leave citations out";
}

TEST(ConditionUi, TheGuideShowsAnOptionGridInTheStudentsRegister) {
  UiDriver student(state_for(testing::mini_content_dir(), Audience::Student));
  student.actions.open_condition("lumbar-radiculopathy");
  student.frames(2);
  for (const char* words : {"Lumbar radiculopathy: the options", "Gabapentinoids",
                            "No better than placebo (Koes 2007).", "Versus placebo or sham"})
    EXPECT_TRUE(student.shows(words)) << words << "\n" << student.text();
}

TEST(ConditionUi, ANarrowWindowShowsEachOptionAsACard) {
  UiDriver ui(state_for(testing::mini_content_dir(), Audience::Patient), {560, 800});
  ui.actions.open_condition("lumbar-radiculopathy");
  ui.frames(2);
  EXPECT_TRUE(ui.shows("1. Self-care")) << ui.text();
  EXPECT_TRUE(ui.shows("Each choice below answers the same questions"));
  EXPECT_FALSE(ui.shows("Each column is one choice"));
}

TEST(ConditionUi, ATooWideGridPagesThroughItsOptions) {
  UiDriver ui(state_for(testing::bundled_content_dir(), Audience::Patient));
  ui.actions.open_condition("lumbar-radiculopathy");
  ui.frames(2);
  EXPECT_TRUE(ui.shows("Options 1 to ")) << ui.text();
  EXPECT_FALSE(ui.shows("Surgery to take pressure off the nerve"));
  ui.actions.set_grid_first(100);  // clamped to the last page
  ui.frames(2);
  EXPECT_TRUE(ui.shows("Surgery to take pressure off the nerve")) << ui.text();
  EXPECT_TRUE(ui.shows("of 9"));
}

TEST(ConditionUi, ATechniqueLinksToTheGuidesOfItsConditions) {
  UiDriver ui(state_for(testing::mini_content_dir(), Audience::Student));
  ui.actions.select("lumbar-transforaminal-esi");
  ui.frames(2);
  EXPECT_TRUE(ui.shows("Other options for lumbar radiculopathy")) << ui.text();
  ui.actions.select("stellate-ganglion-block");
  ui.frames(2);
  EXPECT_FALSE(ui.shows("Other options for"));
}

TEST(ConditionUi, SearchAndTheIndicationFilterOfferTheGuideBesideTechniques) {
  UiDriver ui(state_for(testing::mini_content_dir(), Audience::Patient));
  ui.frames(2);
  ui.press(ui::keys::kF, /*ctrl=*/true);
  ui.frame();
  ui.type("sciatca");  // one typo
  ui.frames(2);
  ASSERT_EQ(ui.state.browse.results.conditions.size(), 1u);
  EXPECT_TRUE(ui.shows("Your options for sciatica")) << ui.text();
  ui.actions.filter_by_term(Facet::Indication, "lumbar-radiculopathy");
  ui.frames(2);
  EXPECT_EQ(ui.state.browse.results.conditions.size(), 1u);
}

TEST(ConditionUi, TheHandoutButtonSavesTheOptionGrid) {
  auto platform = std::make_shared<ui::NullPlatform>();
  ui::AppState state = state_for(testing::mini_content_dir(), Audience::Patient);
  state.platform = platform;
  UiDriver ui(std::move(state));
  ui.actions.open_condition("lumbar-radiculopathy");
  ui.frames(2);
  const auto button = ui.find_item("condition-pane", {with_icon(ui::icon::kDownload, " Handout")});
  ASSERT_TRUE(button.has_value());
  ui.click(*button);
  ASSERT_EQ(platform->saved_names.size(), 1u);
  EXPECT_EQ(platform->saved_names[0], "Pain Atlas - Sciatica (options).html");
}

TEST(MapUi, TheKeyboardMovesBetweenAreasAndEnterListsGuidesFirst) {
  UiDriver ui(state_for(testing::bundled_content_dir(), Audience::Patient));
  ui.actions.set_view(MainView::Map);
  ui.frames(2);
  EXPECT_TRUE(ui.shows("Where does it hurt?"));
  EXPECT_TRUE(ui.shows("Choose where it hurts"));
  ui.press(ImGui::GetKeyIndex(ImGuiKey_DownArrow));
  const std::string first = ui.state.map.focused;
  ASSERT_FALSE(first.empty());
  ui.press(ImGui::GetKeyIndex(ImGuiKey_DownArrow));
  EXPECT_NE(ui.state.map.focused, first) << "down moves to another area";
  // Enter chooses the area the keyboard is on: here the leg, where the sciatica guide is.
  ui.actions.focus_region("lower-limb");
  ui.frame();
  ui.press(ImGui::GetKeyIndex(ImGuiKey_Enter));
  EXPECT_EQ(ui.state.map.chosen, "lower-limb");
  ui.frame();
  EXPECT_TRUE(ui.shows("Leg and foot")) << ui.text();
  const auto guides = ui.text().find("Guides to your options");
  const auto procedures = ui.text().find("Procedures here");
  ASSERT_NE(guides, std::string::npos);
  ASSERT_NE(procedures, std::string::npos);
  EXPECT_LT(guides, procedures) << "guides come first";
  EXPECT_LT(ui.text().find("Sciatica", guides), procedures);
}

TEST(MapUi, StudentsAlsoSeeTheSpineFromTheSide) {
  UiDriver student(state_for(testing::bundled_content_dir(), Audience::Student));
  student.actions.set_view(MainView::Map);
  student.frames(2);
  EXPECT_TRUE(student.shows("Front, back and the spine from the side")) << student.text();
  const BodyMap& map = student.state.catalog->body_map();
  bool spine_panel = false;
  for (const auto& panel : map.panels) spine_panel = spine_panel || panel.students_only;
  ASSERT_TRUE(spine_panel);
  // Labels are drawn straight to the draw list, so compare what each draws instead.
  EXPECT_LT(ui::visible_map_width(map, false), ui::visible_map_width(map, true));
}

TEST(ReadAloudUi, PlayPauseResumeStopAndSpeedDriveTheEngine) {
  auto platform = std::make_shared<FakePlatform>();
  ui::AppState state = state_for(testing::mini_content_dir(), Audience::Patient);
  state.platform = platform;
  UiDriver ui(std::move(state));
  ui.actions.select("lumbar-transforaminal-esi");
  ui.frames(2);
  const auto play =
      ui.find_item("detail-pane", {"read-aloud", with_icon(ui::icon::kPlay, " Read aloud")});
  ASSERT_TRUE(play.has_value()) << ui.text();
  ui.click(*play);
  FakeSpeech& voice = platform->voice;
  ASSERT_FALSE(voice.spoken.empty());
  EXPECT_EQ(voice.spoken[0], "Lumbar transforaminal epidural steroid injection.");
  EXPECT_EQ(ui.state.read_aloud.source, "technique:lumbar-transforaminal-esi");
  // The paragraph being read is the one marked: the engine says it reached paragraph 1.
  voice.reach(1);
  ui.frame();
  EXPECT_EQ(ui::read_aloud_view(ui.state.read_aloud).key, "patient_summary");
  EXPECT_TRUE(ui.shows("Pause")) << ui.text();

  const auto pause =
      ui.find_item("detail-pane", {"read-aloud", with_icon(ui::icon::kPause, " Pause")});
  ASSERT_TRUE(pause.has_value());
  ui.click(*pause);
  EXPECT_EQ(voice.pauses, 1);
  ui.frame();
  EXPECT_TRUE(ui.shows("Resume"));
  const auto resume =
      ui.find_item("detail-pane", {"read-aloud", with_icon(ui::icon::kPlay, " Resume")});
  ASSERT_TRUE(resume.has_value());
  ui.click(*resume);
  EXPECT_EQ(voice.resumes, 1);

  // Faster while reading: the current paragraph starts again at the new speed.
  const auto faster = ui.find_item("detail-pane", {"read-aloud", "Faster"});
  ASSERT_TRUE(faster.has_value());
  ui.click(*faster);
  EXPECT_FLOAT_EQ(ui.state.read_aloud.rate, 1.25f);
  ASSERT_GE(voice.rates.size(), 2u);
  EXPECT_FLOAT_EQ(voice.rates.back(), 1.25f);
  EXPECT_EQ(voice.spoken[0].rfind("What it is.", 0), 0u) << voice.spoken[0];

  const auto stop =
      ui.find_item("detail-pane", {"read-aloud", with_icon(ui::icon::kStop, " Stop")});
  ASSERT_TRUE(stop.has_value());
  ui.click(*stop);
  EXPECT_EQ(voice.stops, 1);
  ui.move_mouse({1, 790});  // off the button: its tooltip would end the captured text
  ui.frame();
  EXPECT_TRUE(ui.shows("Read aloud"));
  EXPECT_EQ(ui::read_aloud_view(ui.state.read_aloud).key, "");
}

TEST(ReadAloudUi, WithoutAVoiceTheButtonIsGreyedAndDoesNothing) {
  ui::AppState state = state_for(testing::mini_content_dir(), Audience::Patient);
  UiDriver ui(std::move(state));  // NullPlatform: no voice
  ui.actions.open_condition("lumbar-radiculopathy");
  ui.frames(2);
  EXPECT_FALSE(ui.state.read_aloud.available);
  EXPECT_EQ(ui.state.read_aloud.why_not, "Reading aloud is not available here.");
  EXPECT_TRUE(ui.shows("Read aloud"));
  const auto button =
      ui.find_item("condition-pane", {"read-aloud", with_icon(ui::icon::kVolume, " Read aloud")});
  ASSERT_TRUE(button.has_value());
  ui.click(*button);  // greyed out: nothing happens
  EXPECT_TRUE(ui.state.read_aloud.source.empty());
  EXPECT_EQ(ui.state.read_aloud.status.phase, ui::SpeechPhase::Idle);
}

}  // namespace
}  // namespace painatlas
