#include "reader/navigation_history.h"

#include <gtest/gtest.h>

namespace painatlas {
namespace {

TEST(NavigationHistory, GoesBackAndForwardLikeABrowser) {
  NavigationHistory history;
  EXPECT_FALSE(history.can_go_back());
  history.visit("a");
  history.visit("b");
  history.visit("c");
  EXPECT_EQ(history.back(), "b");
  EXPECT_EQ(history.back(), "a");
  EXPECT_FALSE(history.back().has_value());
  EXPECT_EQ(history.forward(), "b");
  history.visit("d");  // drops the forward branch ("c")
  EXPECT_FALSE(history.can_go_forward());
  EXPECT_EQ(history.back(), "b");
}

TEST(NavigationHistory, IgnoresRepeatedVisits) {
  NavigationHistory history;
  history.visit("a");
  history.visit("a");
  EXPECT_FALSE(history.can_go_back());
}

TEST(NavigationHistory, DepthCountsStepsFromTheStartAndVisitsTellNewPlacesFromBack) {
  NavigationHistory history;
  EXPECT_EQ(history.depth(), 0u);
  history.visit("a");
  history.visit("b");
  EXPECT_EQ(history.depth(), 2u);
  EXPECT_EQ(history.visits(), 2u);
  history.back();
  EXPECT_EQ(history.depth(), 1u);
  EXPECT_EQ(history.visits(), 2u);  // moving back is not a visit
  history.visit("c");               // replaces "b" at the same depth, but is a new place
  EXPECT_EQ(history.depth(), 2u);
  EXPECT_EQ(history.visits(), 3u);
}

TEST(NavigationHistory, DepthKeepsCountingPastTheSizeLimit) {
  NavigationHistory history;
  for (int i = 0; i < 250; ++i) history.visit("t" + std::to_string(i));
  EXPECT_EQ(history.depth(), 250u);
  history.back();
  EXPECT_EQ(history.depth(), 249u);
  EXPECT_EQ(*history.current(), "t248");
}

}  // namespace
}  // namespace painatlas
