#include "reader/readability.h"

#include <gtest/gtest.h>

namespace painatlas {
namespace {

TEST(Readability, CountsSyllablesByVowelGroups) {
  EXPECT_EQ(count_syllables("cat"), 1u);
  EXPECT_EQ(count_syllables("needle"), 2u);  // "-le" keeps its syllable
  EXPECT_EQ(count_syllables("make"), 1u);    // silent e
  EXPECT_EQ(count_syllables("anaesthetic"), 4u);
  EXPECT_EQ(count_syllables("x"), 1u);
}

TEST(Readability, ShortPlainSentencesScoreLow) {
  const Readability plain = flesch_kincaid(
      "The doctor numbs your skin. Then a thin needle goes in. It takes ten minutes.");
  EXPECT_EQ(plain.sentences, 3u);
  EXPECT_LT(plain.grade, 4.0);
}

TEST(Readability, JargonScoresHigh) {
  const Readability dense = flesch_kincaid(
      "Fluoroscopically guided transforaminal administration of particulate corticosteroid "
      "necessitates meticulous contrast-enhanced verification of extravascular distribution.");
  EXPECT_GT(dense.grade, 16.0);
}

TEST(Readability, ListItemsCountAsSentences) {
  const Readability items = flesch_kincaid(
      std::vector<std::string>{"Rest today", "Drink water", "Call us if you have a fever"});
  EXPECT_EQ(items.sentences, 3u);
  EXPECT_EQ(items.words, 11u);
}

}  // namespace
}  // namespace painatlas
