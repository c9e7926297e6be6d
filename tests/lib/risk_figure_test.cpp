#include "content/risk_figure.h"

#include <gtest/gtest.h>

namespace painatlas {
namespace {

Proportion parsed(const char* text) {
  const FigureParse result = parse_risk_figure(text);
  EXPECT_TRUE(result.figure.has_value()) << text << ": " << result.error;
  return result.figure.value_or(Proportion{});
}

TEST(RiskFigure, ReadsPercentagesCountsAndOneInN) {
  EXPECT_DOUBLE_EQ(parsed("1.4%").low, 0.014);
  EXPECT_DOUBLE_EQ(parsed("12.1 %").high, 0.121);
  EXPECT_DOUBLE_EQ(parsed("26 of 3,175").low, 26.0 / 3175);
  EXPECT_DOUBLE_EQ(parsed("4/3,175").low, 4.0 / 3175);
  EXPECT_DOUBLE_EQ(parsed("1 in 10,000").low, 1e-4);
  EXPECT_DOUBLE_EQ(parsed("436 of 90,952").low, 436.0 / 90952);
}

TEST(RiskFigure, ReadsRangesAndUpperBounds) {
  const Proportion range = parsed("0.5–1.4%");
  EXPECT_DOUBLE_EQ(range.low, 0.005);
  EXPECT_DOUBLE_EQ(range.high, 0.014);
  const Proportion bound = parsed("< 1 in 10,000");
  EXPECT_TRUE(bound.upper_bound);
  EXPECT_DOUBLE_EQ(bound.high, 1e-4);
  EXPECT_TRUE(parsed("0 of 14,956").zero_count);
}

TEST(RiskFigure, RefusesTextThatIsNotAFigure) {
  for (const char* text : {"", "about 1%", "two in a hundred", "5", "1.4% per lesion", "150%",
                           "30 of 20", "1 in 0", "3-1%"})
    EXPECT_FALSE(parse_risk_figure(text).figure.has_value()) << text;
  EXPECT_NE(parse_risk_figure("1.4% per lesion").error.find("put the population and setting"),
            std::string::npos);
}

// The CIOMS bands include their lower bound: 1% is common, 10% very common.
TEST(RiskFigure, BandsIncludeTheirLowerBound) {
  EXPECT_TRUE(band_contains(Frequency::Common, parsed("1%")));
  EXPECT_FALSE(band_contains(Frequency::Uncommon, parsed("1 in 100")));
  EXPECT_TRUE(band_contains(Frequency::VeryCommon, parsed("10%")));
  EXPECT_TRUE(band_contains(Frequency::Uncommon, parsed("0.1%")));
  EXPECT_TRUE(band_contains(Frequency::Rare, parsed("1 in 5,000")));
  EXPECT_TRUE(band_contains(Frequency::VeryRare, parsed("< 1 in 10,000")));
  EXPECT_FALSE(band_contains(Frequency::Rare, parsed("< 1 in 5,000")));
  EXPECT_EQ(band_of(parsed("12.1%")), Frequency::VeryCommon);
  EXPECT_EQ(band_of(parsed("0.2%")), Frequency::Uncommon);
}

TEST(RiskFigure, ARangeMustLieInOneBand) {
  EXPECT_TRUE(band_contains(Frequency::Common, parsed("1.3-2.6%")));
  EXPECT_FALSE(band_contains(Frequency::Common, parsed("0.5-1.4%")));
  EXPECT_FALSE(band_contains(Frequency::Uncommon, parsed("0.5-1.4%")));
}

// No event in N gives a 95% upper limit of about 3 in N: very rare only when N passes 30,000.
TEST(RiskFigure, ARuleOfThreeUpperBoundPlacesVeryRareOnlyForLargeSeries) {
  EXPECT_TRUE(band_contains(Frequency::VeryRare, parsed("< 3 in 58,066")));
  EXPECT_FALSE(band_contains(Frequency::VeryRare, parsed("< 3 in 16,638")));
  EXPECT_FALSE(band_contains(Frequency::Rare, parsed("< 3 in 16,638")));
  EXPECT_EQ(proportion_in_words(parsed("< 3 in 58,066")), "fewer than 1 in 19,000");
}

TEST(RiskFigure, ZeroCountsPlaceNoBand) {
  for (Frequency band : {Frequency::VeryCommon, Frequency::Common, Frequency::Uncommon,
                         Frequency::Rare, Frequency::VeryRare})
    EXPECT_FALSE(band_contains(band, parsed("0 of 14,956")));
}

TEST(RiskFigure, PatientsReadAboutOneInN) {
  EXPECT_EQ(proportion_in_words(parsed("0.2%")), "about 1 in 500");
  EXPECT_EQ(proportion_in_words(parsed("26 of 3,175")), "about 1 in 120");
  EXPECT_EQ(proportion_in_words(parsed("44%")), "about 4 in 10");
  EXPECT_EQ(proportion_in_words(parsed("4 of 3,175")), "about 1 in 790");
  EXPECT_EQ(proportion_in_words(parsed("< 1 in 10,000")), "fewer than 1 in 10,000");
  EXPECT_EQ(proportion_in_words(parsed("0.5-1.4%")), "between about 1 in 200 and 1 in 71");
  EXPECT_EQ(proportion_in_words(parsed("12.9%")), "about 1 in 8");
  EXPECT_EQ(proportion_in_words(parsed("29 of 29")), "almost everyone");
  EXPECT_EQ(describe_proportion(parsed("0.2%")), "0.2%");
}

}  // namespace
}  // namespace painatlas
