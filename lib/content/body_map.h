// The anatomy map: regions drawn as shapes (content/body_map.yaml) on panels side by side (front,
// back, and a side view of the spine for students), the shapes turned into polygons and
// triangles for drawing, hit testing, moving between regions with the keyboard, and the check that
// every region the content uses is on the map. Drawing itself lives in app/ui.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "content/problem.h"

namespace painatlas {

struct MapPoint {
  float x = 0;
  float y = 0;
};

struct MapShape {
  // circle: cx cy r; rect: x0 y0 x1 y1; poly: x y pairs; ellipse: cx cy rx ry; path: x y pairs
  // through which a smooth closed curve passes (the outlines of the body).
  enum class Kind { Circle, Rect, Poly, Ellipse, Path } kind = Kind::Rect;
  std::vector<float> values;
  // Filled in by prepare_shape(): the shape as a polygon (curves sampled finely enough to look
  // smooth) and its triangulation, three indices into `outline` per triangle.
  std::vector<MapPoint> outline;
  std::vector<std::uint16_t> triangles;
};

struct MapRegion {
  std::string id;
  std::vector<MapShape> shapes;
};

struct MapLabel {
  std::string text;
  float x = 0, y = 0;
};

// A figure of the map: the horizontal band of the canvas it occupies.
struct MapPanel {
  std::string id;
  std::string label;
  float x0 = 0, x1 = 0;
  bool students_only = false;
};

struct BodyMap {
  float width = 0;
  float height = 0;
  std::vector<MapPanel> panels;
  std::vector<MapShape> outline;
  std::vector<MapRegion> regions;
  std::vector<MapLabel> labels;
};

// Computes a shape's polygon and triangles from its kind and values.
void prepare_shape(MapShape& shape);
// A shape of a kind with its values, prepared.
MapShape make_shape(MapShape::Kind kind, std::vector<float> values);
void prepare_map(BodyMap& map);

// Triangles (three indices each) covering a simple polygon, convex or not (ear clipping).
std::vector<std::uint16_t> triangulate(const std::vector<MapPoint>& polygon);

bool shape_contains(const MapShape& shape, float x, float y);

// The region on top at a point (the last one drawn there), or empty.
std::string region_at(const BodyMap& map, float x, float y);

// The centre of a region's shapes left of `max_x` (the panels on screen), for keyboard moves.
MapPoint region_centre(const MapRegion& region, float max_x);

// The region to move to from `from` in a direction (dx, dy one of -1, 0, 1): the nearest centre
// that lies that way, among regions with a shape left of `max_x`. `from` itself when none does;
// the first region when `from` is empty or unknown.
std::string neighbour_region(const BodyMap& map, const std::string& from, int dx, int dy,
                             float max_x);

// Reads body_map.yaml; problems name the file, line and column like the rest of the content.
BodyMap load_body_map(const std::filesystem::path& path, std::vector<Problem>& problems);

// Region ids from `wanted` that no map region draws.
std::vector<std::string> regions_missing_from(const BodyMap& map,
                                              const std::vector<std::string>& wanted);

}  // namespace painatlas
