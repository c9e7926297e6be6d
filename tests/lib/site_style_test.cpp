// The style sheet's colours, computed from the variables it defines: every text colour against
// its background at 4.5:1 or more (WCAG 2.1 AA) and every focus outline at 3:1, in the light and
// dark schemes and in print.
#include "export/site_style.h"

#include <gtest/gtest.h>

#include "css_contrast.h"

namespace painatlas {
namespace {

TEST(SiteStyle, ContrastRatioMatchesWcagReferenceValues) {
  EXPECT_NEAR(*testing::contrast_ratio("#000000", "#ffffff"), 21.0, 0.01);
  EXPECT_NEAR(*testing::contrast_ratio("#ffffff", "#ffffff"), 1.0, 0.001);
  EXPECT_NEAR(*testing::contrast_ratio("#777777", "#ffffff"), 4.48, 0.01);  // just fails AA
  EXPECT_NEAR(*testing::contrast_ratio("#767676", "#fff"), 4.54, 0.01);     // just passes
}

TEST(SiteStyle, EveryTextColourPairMeetsAaAndFocusIsVisible) {
  const auto report = testing::check_stylesheet_contrast(std::string(site_stylesheet()));
  EXPECT_TRUE(report.problems.empty()) << report.problems.front();
  std::set<std::string> schemes;
  for (const auto& pair : report.pairs) {
    schemes.insert(pair.scheme);
    EXPECT_GE(pair.ratio, pair.required)
        << pair.scheme << " " << pair.selector << " " << pair.what << ": " << pair.foreground
        << " on " << pair.background << " is " << pair.ratio << ":1";
  }
  EXPECT_EQ(schemes, (std::set<std::string>{"light", "dark", "print"}));
  // Body text, links, visited links, muted notes, the three bleeding classes, the evidence badge,
  // serious risks, table headers, the disclaimer and focus, in both schemes.
  EXPECT_GE(report.pairs.size(), 30u);
  for (const auto& pair : report.pairs)
    std::cout << pair.scheme << "  " << pair.selector << "  " << pair.foreground << " on "
              << pair.background << "  " << pair.ratio << '\n';
}

// The check itself can fail: a grey that looks fine to many eyes is caught.
TEST(SiteStyle, TheCheckCatchesAPairBelowAa) {
  const auto report = testing::check_stylesheet_contrast(
      ":root { --page-bg: #ffffff; --text: #222222; --hint: #999999; }\n"
      "body { background: var(--page-bg); color: var(--text); }\n"
      ".hint { color: var(--hint); }\n"
      "a:focus { outline: 2px solid var(--missing); }\n");
  bool caught = false;
  for (const auto& pair : report.pairs)
    if (pair.selector == ".hint") caught = pair.ratio < pair.required;
  EXPECT_TRUE(caught);
  ASSERT_EQ(report.problems.size(), 1u) << "an undefined variable is reported";
  EXPECT_NE(report.problems[0].find("var(--missing)"), std::string::npos) << report.problems[0];
}

}  // namespace
}  // namespace painatlas
