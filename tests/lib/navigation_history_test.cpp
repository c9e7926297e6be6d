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

}  // namespace
}  // namespace painatlas
