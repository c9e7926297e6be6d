// The address bar and the browser's history following the reader (app/web/url_history.h).
#include "url_history.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace painatlas {
namespace {

ui::AppState mini_state() {
  LoadResult loaded = load_content(testing::mini_content_dir());
  return ui::make_app_state(loaded.catalog, loaded.problems, {}, false);
}

void act(ui::AppState& state, const std::function<void(ui::Actions&)>& what) {
  ui::Actions actions;
  what(actions);
  ui::apply_actions(state, actions);
}

TEST(UrlHistory, OpeningATechniquePushesAnEntry) {
  ui::AppState state = mini_state();
  const web::AddressPlace before = web::address_place_of(state);
  act(state, [](ui::Actions& a) { a.select("stellate-ganglion-block"); });
  const web::AddressPlace after = web::address_place_of(state);
  EXPECT_EQ(after.query, "?select=stellate-ganglion-block");
  EXPECT_EQ(web::next_address_change(before, after).step, web::AddressStep::Push);
}

TEST(UrlHistory, SearchingAndFilteringReplaceTheEntry) {
  ui::AppState state = mini_state();
  const web::AddressPlace before = web::address_place_of(state);
  act(state, [](ui::Actions& a) {
    a.set_query("knee");
    a.toggle_facet(Facet::Region, "knee");
    a.set_audience(Audience::Patient);
  });
  const web::AddressPlace after = web::address_place_of(state);
  EXPECT_EQ(after.query, "?audience=patient&q=knee&filter=region:knee");
  EXPECT_EQ(web::next_address_change(before, after).step, web::AddressStep::Replace);
  EXPECT_EQ(web::next_address_change(after, after).step, web::AddressStep::None);
}

TEST(UrlHistory, TheInAppBackButtonMovesTheBrowserToo) {
  ui::AppState state = mini_state();
  act(state, [](ui::Actions& a) { a.select("stellate-ganglion-block"); });
  act(state, [](ui::Actions& a) { a.select("knee-intra-articular-injection"); });
  const web::AddressPlace before = web::address_place_of(state);
  act(state, [](ui::Actions& a) { a.back(); });
  const auto change = web::next_address_change(before, web::address_place_of(state));
  EXPECT_EQ(change.step, web::AddressStep::Go);
  EXPECT_EQ(change.delta, -1);
}

TEST(UrlHistory, TheBrowsersBackAndForwardMoveTheReadersHistory) {
  ui::AppState state = mini_state();
  act(state, [](ui::Actions& a) { a.select("stellate-ganglion-block"); });
  act(state, [](ui::Actions& a) { a.select("knee-intra-articular-injection"); });
  act(state, [](ui::Actions& a) { a.select("lumbar-transforaminal-esi"); });
  act(state, [&](ui::Actions& a) { web::follow_browser_history(state, 1, a); });  // back twice
  EXPECT_EQ(state.browse.selected, "stellate-ganglion-block");
  act(state, [&](ui::Actions& a) { web::follow_browser_history(state, 3, a); });
  EXPECT_EQ(state.browse.selected, "lumbar-transforaminal-esi");
  // The entry from before any technique was opened: the list.
  act(state, [&](ui::Actions& a) { web::follow_browser_history(state, 0, a); });
  EXPECT_TRUE(state.browse.selected.empty());
  EXPECT_EQ(state.pane, ui::Pane::Results);
}

TEST(UrlHistory, AnEntryBeyondTheHistoryGoesAsFarAsItCan) {
  ui::AppState state = mini_state();
  act(state, [](ui::Actions& a) { a.select("stellate-ganglion-block"); });
  act(state, [&](ui::Actions& a) { web::follow_browser_history(state, 40, a); });
  EXPECT_EQ(state.browse.selected, "stellate-ganglion-block");
}

}  // namespace
}  // namespace painatlas
