#include "content/body_map.h"

#include <gtest/gtest.h>

#include <fstream>

#include "test_support.h"

namespace painatlas {
namespace {

TEST(BodyMap, CoversEveryRegionOfTheBundledContent) {
  const LoadResult loaded = load_content(testing::bundled_content_dir());
  const BodyMap& map = loaded.catalog->body_map();
  ASSERT_FALSE(map.regions.empty());
  std::vector<std::string> wanted;
  for (const Region& region : loaded.catalog->regions()) wanted.push_back(region.id);
  for (const Technique& technique : loaded.catalog->techniques())
    wanted.insert(wanted.end(), technique.regions.begin(), technique.regions.end());
  EXPECT_EQ(regions_missing_from(map, wanted), std::vector<std::string>{});
}

TEST(BodyMap, EveryRegionATechniqueOrAGuideUsesIsOnTheMap) {
  const Catalog& catalog = *testing::bundled_catalog().catalog;
  std::vector<std::string> used;
  for (const Technique& technique : catalog.techniques())
    used.insert(used.end(), technique.regions.begin(), technique.regions.end());
  ASSERT_FALSE(catalog.conditions().empty());
  for (const ConditionGuide& guide : catalog.conditions()) {
    EXPECT_FALSE(guide.regions.empty()) << guide.term;
    used.insert(used.end(), guide.regions.begin(), guide.regions.end());
  }
  EXPECT_EQ(regions_missing_from(catalog.body_map(), used), std::vector<std::string>{});
}

TEST(BodyMap, HitTestingFindsTheShapeOnTop) {
  BodyMap map;
  map.regions.push_back({"back", {{MapShape::Kind::Rect, {0, 0, 10, 10}}}});
  map.regions.push_back({"spot", {{MapShape::Kind::Circle, {5, 5, 2}}}});
  map.regions.push_back({"corner", {{MapShape::Kind::Poly, {8, 8, 10, 8, 10, 10}}}});
  EXPECT_EQ(region_at(map, 5, 5), "spot");
  EXPECT_EQ(region_at(map, 1, 1), "back");
  EXPECT_EQ(region_at(map, 9.8f, 8.5f), "corner");
  EXPECT_EQ(region_at(map, 20, 20), "");
}

TEST(BodyMap, ReportsAMissingRegionAndABadShapeWithTheirPlace) {
  testing::ScratchContent content;
  std::ofstream(content.path() / "body_map.yaml")
      << "width: 100\nheight: 100\nregions:\n"
         "  - id: knee\n    shapes: [{circle: [1, 2]}]\n"
         "  - id: lumbar-spine\n    shapes: [{rect: [0, 0, 5, 5]}]\n";
  const LoadResult result = content.load();
  EXPECT_TRUE(testing::has_problem(result, "body_map.yaml:5:"));
  EXPECT_TRUE(testing::has_problem(result, "expected 3 numbers, found 2"));
  EXPECT_TRUE(testing::has_problem(
      result, "region 'cervical-spine' of regions.yaml is not drawn on the anatomy map"));
}

}  // namespace
}  // namespace painatlas
