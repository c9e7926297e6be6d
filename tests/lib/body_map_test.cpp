#include "content/body_map.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
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

double area_of(const std::vector<MapPoint>& polygon) {
  double twice = 0;
  for (std::size_t i = 0; i < polygon.size(); ++i) {
    const MapPoint a = polygon[i], b = polygon[(i + 1) % polygon.size()];
    twice += static_cast<double>(a.x) * b.y - static_cast<double>(b.x) * a.y;
  }
  return std::abs(twice) / 2;
}

double area_of_triangles(const std::vector<MapPoint>& polygon,
                         const std::vector<std::uint16_t>& triangles) {
  double total = 0;
  for (std::size_t i = 0; i + 2 < triangles.size(); i += 3)
    total += area_of({polygon[triangles[i]], polygon[triangles[i + 1]], polygon[triangles[i + 2]]});
  return total;
}

// A simple polygon of n corners is cut into n - 2 triangles that cover it exactly.
TEST(BodyMap, TriangulationCoversConvexConcaveAndLongOutlines) {
  std::vector<std::vector<MapPoint>> outlines = {
      {{0, 0}, {10, 0}, {10, 10}, {0, 10}},                           // square
      {{0, 0}, {10, 0}, {10, 4}, {4, 4}, {4, 10}, {0, 10}},           // L, one reflex corner
      {{0, 0}, {10, 0}, {10, 10}, {7, 4}, {5, 10}, {3, 4}, {0, 10}},  // two notches
  };
  std::vector<MapPoint> star, flower;
  for (int i = 0; i < 40; ++i) {  // a star: every other corner reflex
    const double angle = 2 * 3.14159265358979 * i / 40, radius = i % 2 ? 3 : 10;
    star.push_back({static_cast<float>(radius * std::cos(angle)),
                    static_cast<float>(radius * std::sin(angle))});
  }
  for (int i = 0; i < 600; ++i) {  // a long wavy outline, as a smoothed map path gives
    const double angle = 2 * 3.14159265358979 * i / 600, radius = 50 + 8 * std::sin(7 * angle);
    flower.push_back({static_cast<float>(radius * std::cos(angle)),
                      static_cast<float>(radius * std::sin(angle))});
  }
  outlines.push_back(star);
  outlines.push_back(flower);
  for (auto outline : outlines) {
    for (bool reversed : {false, true}) {
      if (reversed) std::reverse(outline.begin(), outline.end());
      const auto triangles = triangulate(outline);
      ASSERT_EQ(triangles.size(), 3 * (outline.size() - 2)) << outline.size() << " corners";
      EXPECT_NEAR(area_of_triangles(outline, triangles), area_of(outline), 1e-4 * area_of(outline));
    }
  }
}

TEST(BodyMap, HitTestingFindsTheShapeOnTop) {
  BodyMap map;
  map.regions.push_back({"back", {make_shape(MapShape::Kind::Rect, {0, 0, 10, 10})}});
  map.regions.push_back({"spot", {make_shape(MapShape::Kind::Circle, {5, 5, 2})}});
  map.regions.push_back({"corner", {make_shape(MapShape::Kind::Poly, {8, 8, 10, 8, 10, 10})}});
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
