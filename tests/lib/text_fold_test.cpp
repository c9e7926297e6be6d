#include "catalog/text_fold.h"

#include <gtest/gtest.h>

namespace painatlas {
namespace {

TEST(TextFold, FoldsCaseAndStripsAccents) {
  EXPECT_EQ(fold("Épidural"), "epidural");
  EXPECT_EQ(fold("STRASSE"), "strasse");
  EXPECT_EQ(fold("Straße"), "strasse");    // full case folding, not just lower-casing
  EXPECT_EQ(fold("ﬁbrosis"), "fibrosis");  // compatibility ligature
}

TEST(TextFold, SurvivesInvalidUtf8) {
  EXPECT_EQ(fold(std::string("AB\xC3\x28", 4)), std::string("ab\xC3\x28", 4));
}

TEST(TextFold, SplitsWordsOnPunctuation) {
  EXPECT_EQ(split_words("c7-t1, l4/l5"), (std::vector<std::string>{"c7", "t1", "l4", "l5"}));
  EXPECT_TRUE(split_words(" - ").empty());
}

TEST(TextFold, EditDistanceCountsASwapAsOneEdit) {
  EXPECT_EQ(edit_distance("stellate", "stelate", 2), 1);
  EXPECT_EQ(edit_distance("ganglion", "gnaglion", 2), 1);
  EXPECT_EQ(edit_distance("knee", "shoulder", 2), 3);  // capped at limit + 1
}

TEST(TextFold, PrefixWithinOneEditHandlesPartialWordsWithATypo) {
  EXPECT_TRUE(prefix_within_one_edit("stelat", "stellate"));
  EXPECT_TRUE(prefix_within_one_edit("gnag", "ganglion"));
  EXPECT_FALSE(prefix_within_one_edit("kneex", "stellate"));
}

TEST(TextFold, ClosestMatchesRanksByDistance) {
  const std::vector<std::string> known{"patient_summary", "summary", "procedure"};
  EXPECT_EQ(closest_matches("patient_sumary", known, 1),
            std::vector<std::string>{"patient_summary"});
  EXPECT_TRUE(closest_matches("zzzz", known).empty());
}

}  // namespace
}  // namespace painatlas
