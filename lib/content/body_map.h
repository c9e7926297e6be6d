// The anatomy map: regions as simple shapes (content/body_map.yaml), hit testing, and the check
// that every region the content uses can be found on the map. Drawing lives in app/ui.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "content/problem.h"

namespace painatlas {

struct MapShape {
  enum class Kind { Circle, Rect, Poly } kind = Kind::Rect;
  std::vector<float> values;  // circle: cx cy r; rect: x0 y0 x1 y1; poly: x y pairs
};

struct MapRegion {
  std::string id;
  std::vector<MapShape> shapes;
};

struct MapLabel {
  std::string text;
  float x = 0, y = 0;
};

struct BodyMap {
  float width = 0;
  float height = 0;
  std::vector<MapShape> outline;
  std::vector<MapRegion> regions;
  std::vector<MapLabel> labels;
};

bool shape_contains(const MapShape& shape, float x, float y);

// The region on top at a point (the last one drawn there), or empty.
std::string region_at(const BodyMap& map, float x, float y);

// Reads body_map.yaml; problems name the file, line and column like the rest of the content.
BodyMap load_body_map(const std::filesystem::path& path, std::vector<Problem>& problems);

// Region ids from `wanted` that no map region draws.
std::vector<std::string> regions_missing_from(const BodyMap& map,
                                              const std::vector<std::string>& wanted);

}  // namespace painatlas
