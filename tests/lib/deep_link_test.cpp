#include "reader/deep_link.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace painatlas {
namespace {

using testing::MiniCatalogTest;

TEST(DeepLink, ParsesEveryParameter) {
  const auto parsed = parse_deep_link(
      "?select=stellate-ganglion-block&audience=patient&q=nerve+block&filter=indication:"
      "lumbar-radiculopathy&filter=bleeding-risk%3Ahigh&view=compare&compare=a,b&theme=dark");
  EXPECT_TRUE(parsed.notices.empty());
  const DeepLink& link = parsed.link;
  EXPECT_EQ(link.select, "stellate-ganglion-block");
  EXPECT_EQ(link.audience, Audience::Patient);
  EXPECT_EQ(link.query, "nerve block");
  ASSERT_EQ(link.filters.size(), 2u);
  EXPECT_EQ(link.filters[0], (std::pair{Facet::Indication, std::string("lumbar-radiculopathy")}));
  EXPECT_EQ(link.filters[1], (std::pair{Facet::BleedingRisk, std::string("high")}));
  EXPECT_EQ(link.view, MainView::Compare);
  EXPECT_EQ(link.compare, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(link.theme, Theme::Dark);
}

TEST(DeepLink, DecodesPercentEscapesAndUtf8) {
  const auto parsed = parse_deep_link("q=h%C3%A6matoma%20risk%2B");
  EXPECT_EQ(parsed.link.query, "h\u00e6matoma risk+");
}

TEST(DeepLink, KeepsMalformedEscapesAsTyped) {
  EXPECT_EQ(parse_deep_link("q=100%").link.query, "100%");
  EXPECT_EQ(parse_deep_link("q=%zz1").link.query, "%zz1");
}

TEST(DeepLink, LeavesOutBadValuesWithANoticeEach) {
  const auto parsed =
      parse_deep_link("audience=doctor&view=atlas&theme=purple&filter=colour:red&filter=nocolon");
  EXPECT_EQ(parsed.notices.size(), 5u);
  EXPECT_FALSE(parsed.link.audience);
  EXPECT_FALSE(parsed.link.view);
  EXPECT_FALSE(parsed.link.theme);
  EXPECT_TRUE(parsed.link.filters.empty());
  EXPECT_NE(parsed.notices[0].find("doctor"), std::string::npos);
}

TEST(DeepLink, IgnoresOtherSitesParametersAndTheFragment) {
  const auto parsed = parse_deep_link("?utm_source=mail&select=x#painatlas-test");
  EXPECT_TRUE(parsed.notices.empty());
  EXPECT_EQ(parsed.link.select, "x");
}

TEST(DeepLink, CutsOffHugeValuesAndQuotesThemShortly) {
  const std::string huge(5000, 'a');
  const auto parsed = parse_deep_link("q=" + huge + "&theme=" + huge);
  EXPECT_LE(parsed.link.query->size(), 200u);
  ASSERT_EQ(parsed.notices.size(), 1u);
  EXPECT_LT(parsed.notices[0].size(), 120u);
}

TEST(DeepLink, EmptyOrJunkQueryNamesNothing) {
  for (const char* query : {"", "?", "&&&", "=x", "?&=&"}) {
    const auto parsed = parse_deep_link(query);
    EXPECT_EQ(parsed.link, DeepLink{}) << query;
  }
}

TEST(DeepLink, FormatsInAFixedOrderAndRoundTrips) {
  DeepLink link;
  link.select = "stellate-ganglion-block";
  link.audience = Audience::Patient;
  link.query = "nerve block & more";
  link.filters = {{Facet::Indication, "lumbar-radiculopathy"}};
  link.theme = Theme::HighContrast;
  const std::string text = format_deep_link(link);
  EXPECT_EQ(text,
            "?select=stellate-ganglion-block&audience=patient&q=nerve+block+%26+more&filter="
            "indication:lumbar-radiculopathy&theme=high-contrast");
  EXPECT_EQ(parse_deep_link(text).link, link);
}

TEST(DeepLink, CarriesTheConditionGuideAndTheBodyArea) {
  DeepLink guide;
  guide.view = MainView::Condition;
  guide.condition = "lumbar-radiculopathy";
  guide.audience = Audience::Patient;
  EXPECT_EQ(format_deep_link(guide),
            "?view=condition&condition=lumbar-radiculopathy&audience=patient");
  EXPECT_EQ(parse_deep_link(format_deep_link(guide)).link, guide);
  DeepLink area;
  area.view = MainView::Map;
  area.region = "knee";
  EXPECT_EQ(format_deep_link(area), "?view=map&region=knee");
  EXPECT_EQ(parse_deep_link("view=map&region=knee").link, area);
}

TEST(DeepLink, FormatsNothingForTheBareBrowseView) {
  DeepLink link;
  link.view = MainView::Browse;
  link.query = "";
  EXPECT_EQ(format_deep_link(link), "");
}

TEST(DeepLink, ReadsTheDesktopsFilterOptionToo) {
  EXPECT_EQ(parse_facet_filter("region=knee"), (std::pair{Facet::Region, std::string("knee")}));
  EXPECT_EQ(parse_facet_filter("region:knee"), (std::pair{Facet::Region, std::string("knee")}));
  EXPECT_FALSE(parse_facet_filter("region="));
  EXPECT_FALSE(parse_facet_filter("knee"));
}

TEST_F(MiniCatalogTest, ResolvesIdsNamesAndAliases) {
  DeepLink link;
  link.select = "TFESI";
  link.compare = {"SGB", "stellate-ganglion-block", "knee-intra-articular-injection"};
  link.filters = {{Facet::Indication, "sciatica"},
                  {Facet::Contraindication, "Taking a blood thinner"},
                  {Facet::Region, "Knee"},
                  {Facet::Category, "Sympathetic blocks"},
                  {Facet::BleedingRisk, "high"}};
  EXPECT_TRUE(resolve_deep_link(catalog, link).empty());
  EXPECT_EQ(link.select, "lumbar-transforaminal-esi");
  EXPECT_EQ(link.compare, (std::vector<std::string>{"stellate-ganglion-block",
                                                    "knee-intra-articular-injection"}));
  EXPECT_EQ(link.filters[0].second, "lumbar-radiculopathy");
  EXPECT_EQ(link.filters[1].second, "anticoagulant-therapy");
  EXPECT_EQ(link.filters[2].second, "knee");
  EXPECT_EQ(link.filters[3].second, "sympathetic");
  EXPECT_EQ(link.filters[4].second, "high");
}

TEST_F(MiniCatalogTest, ResolvesAConditionAndAnAreaByAnyOfTheirNames) {
  DeepLink link;
  link.condition = "sciatica";
  link.region = "lower back";
  EXPECT_TRUE(resolve_deep_link(catalog, link).empty());
  EXPECT_EQ(link.condition, "lumbar-radiculopathy");
  EXPECT_EQ(link.region, "lumbar-spine");
  link.region = "lumbar";  // one area's names hold the word
  EXPECT_TRUE(resolve_deep_link(catalog, link).empty());
  EXPECT_EQ(link.region, "lumbar-spine");
  link.condition = "no-such-condition";
  link.region = "elbow";
  EXPECT_EQ(resolve_deep_link(catalog, link).size(), 2u);
  EXPECT_TRUE(link.condition.empty());
  EXPECT_TRUE(link.region.empty());
}

TEST_F(MiniCatalogTest, DropsWhatTheCatalogLacksWithANotice) {
  DeepLink link;
  link.select = "no-such-technique";
  link.compare = {"nor-this"};
  link.filters = {{Facet::Indication, "warfarin-therapy"},  // a factor, not a condition
                  {Facet::Region, "elbow"}};
  const auto notices = resolve_deep_link(catalog, link);
  EXPECT_EQ(notices.size(), 4u);
  EXPECT_TRUE(link.select.empty());
  EXPECT_TRUE(link.compare.empty());
  EXPECT_TRUE(link.filters.empty());
}

}  // namespace
}  // namespace painatlas
