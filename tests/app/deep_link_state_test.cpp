// Opening deep links in the reader's state, and the link that describes the screen.
#include "deep_link_state.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace painatlas {
namespace {

ui::AppState mini_state() {
  LoadResult loaded = load_content(testing::mini_content_dir());
  return ui::make_app_state(loaded.catalog, loaded.problems, {}, false);
}

void open(ui::AppState& state, const std::string& query, ui::LinkScope scope) {
  ui::Actions actions;
  ParsedDeepLink parsed = parse_deep_link(query);
  for (auto& notice : parsed.notices) state.messages.push_back(notice);
  ui::open_deep_link(state, parsed.link, scope, actions);
  ui::apply_actions(state, actions);
}

TEST(DeepLinkState, APatientLinkOpensTheTechniqueInThePatientRegister) {
  ui::AppState state = mini_state();
  open(state, "?select=SGB&audience=patient", ui::LinkScope::Place);
  EXPECT_EQ(state.browse.selected, "stellate-ganglion-block");
  EXPECT_EQ(state.settings.audience, Audience::Patient);
  EXPECT_EQ(state.pane, ui::Pane::Detail);  // a phone shows the technique, not the list
  EXPECT_EQ(ui::window_title(state), "Stellate ganglion block — " + state.catalog->info().title);
  EXPECT_TRUE(state.messages.empty());
}

TEST(DeepLinkState, APlaceLinkClearsWhatItDoesNotName) {
  ui::AppState state = mini_state();
  open(state, "?select=SGB&q=block&filter=region:knee", ui::LinkScope::Place);
  open(state, "?q=injection", ui::LinkScope::Place);
  EXPECT_EQ(state.browse.query.text, "injection");
  EXPECT_TRUE(state.browse.query.filter.empty());
  EXPECT_TRUE(state.browse.selected.empty());
}

TEST(DeepLinkState, NamedScopeAddsToTheRestoredView) {
  ui::AppState state = mini_state();
  open(state, "?select=SGB&q=block", ui::LinkScope::Place);
  open(state, "?filter=region:knee", ui::LinkScope::Named);
  EXPECT_EQ(state.browse.selected, "stellate-ganglion-block");
  EXPECT_EQ(state.browse.query.text, "block");
  EXPECT_TRUE(state.browse.query.filter.contains(Facet::Region, "knee"));
}

TEST(DeepLinkState, UnknownValuesLeaveTheProgramAsItWasWithNotices) {
  ui::AppState state = mini_state();
  open(state, "?select=nothing&filter=indication:nothing&view=nowhere", ui::LinkScope::Place);
  EXPECT_TRUE(state.browse.selected.empty());
  EXPECT_TRUE(state.browse.query.filter.empty());
  EXPECT_EQ(state.view, MainView::Browse);
  EXPECT_EQ(state.messages.size(), 3u);
  EXPECT_EQ(state.browse.results.rows.size(), 3u);
}

TEST(DeepLinkState, CompareLinkShowsTheComparison) {
  ui::AppState state = mini_state();
  open(state, "?view=compare&compare=SGB,TFESI", ui::LinkScope::Place);
  EXPECT_EQ(state.view, MainView::Compare);
  EXPECT_EQ(state.compare,
            (std::vector<std::string>{"stellate-ganglion-block", "lumbar-transforaminal-esi"}));
}

TEST(DeepLinkState, AConditionLinkOpensItsGuideAndAnAreaLinkTheMap) {
  ui::AppState state = mini_state();
  open(state, "?condition=sciatica&audience=patient", ui::LinkScope::Place);
  EXPECT_EQ(state.view, MainView::Condition);
  EXPECT_EQ(state.condition, "lumbar-radiculopathy");
  EXPECT_EQ(format_deep_link(ui::deep_link_of(state)),
            "?view=condition&condition=lumbar-radiculopathy&audience=patient");
  open(state, "?view=map&region=knee", ui::LinkScope::Place);
  EXPECT_EQ(state.view, MainView::Map);
  EXPECT_EQ(state.map.chosen, "knee");
  // The register is the reader's own: a link that does not name it leaves it as it was.
  EXPECT_EQ(format_deep_link(ui::deep_link_of(state)), "?view=map&region=knee&audience=patient");
  open(state, "?view=map&region=elbow", ui::LinkScope::Place);
  EXPECT_EQ(state.map.chosen, "knee") << "an unknown area changes nothing";
  ASSERT_FALSE(state.messages.empty());
  EXPECT_NE(state.messages.back().text.find("elbow"), std::string::npos);
}

TEST(DeepLinkState, TheLinkOfTheScreenOpensTheSameScreen) {
  ui::AppState state = mini_state();
  open(state, "?select=TFESI&audience=patient&q=nerve&filter=region:lumbar-spine",
       ui::LinkScope::Place);
  const std::string link = format_deep_link(ui::deep_link_of(state));
  EXPECT_EQ(
      link,
      "?select=lumbar-transforaminal-esi&audience=patient&q=nerve&filter=region:lumbar-spine");
  ui::AppState other = mini_state();
  open(other, link, ui::LinkScope::Place);
  EXPECT_EQ(format_deep_link(ui::deep_link_of(other)), link);
}

}  // namespace
}  // namespace painatlas
