#include "content/body_map.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "content/content_limits.h"
#include "content/yaml_document.h"
#include "content/yaml_fields.h"

namespace painatlas {

namespace {

constexpr float kPi = 3.14159265f;
constexpr int kCircleSegments = 48;
constexpr int kPathSamplesPerSpan = 10;

// A closed Catmull-Rom curve through the points: smooth, and through every point given.
std::vector<MapPoint> smooth_closed_curve(const std::vector<float>& v) {
  const std::size_t n = v.size() / 2;
  std::vector<MapPoint> out;
  const auto at = [&](std::size_t i) { return MapPoint{v[2 * (i % n)], v[2 * (i % n) + 1]}; };
  for (std::size_t i = 0; i < n; ++i) {
    const MapPoint p0 = at(i + n - 1), p1 = at(i), p2 = at(i + 1), p3 = at(i + 2);
    for (int s = 0; s < kPathSamplesPerSpan; ++s) {
      const float t = static_cast<float>(s) / kPathSamplesPerSpan, t2 = t * t, t3 = t2 * t;
      const auto blend = [&](float a, float b, float c, float d) {
        return 0.5f * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 +
                       (-a + 3 * b - 3 * c + d) * t3);
      };
      out.push_back({blend(p0.x, p1.x, p2.x, p3.x), blend(p0.y, p1.y, p2.y, p3.y)});
    }
  }
  return out;
}

float signed_area(const std::vector<MapPoint>& polygon) {
  float area = 0;
  for (std::size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++)
    area += polygon[j].x * polygon[i].y - polygon[i].x * polygon[j].y;
  return area / 2;
}

bool inside_polygon(const std::vector<MapPoint>& polygon, float x, float y) {
  // Even-odd rule: count edges crossed by a ray to the right.
  bool inside = false;
  for (std::size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
    const MapPoint a = polygon[i], b = polygon[j];
    if ((a.y > y) != (b.y > y) && x < (b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

float cross(MapPoint o, MapPoint a, MapPoint b) {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

bool in_triangle(MapPoint p, MapPoint a, MapPoint b, MapPoint c) {
  const float d1 = cross(a, b, p), d2 = cross(b, c, p), d3 = cross(c, a, p);
  const bool negative = d1 < 0 || d2 < 0 || d3<0, positive = d1> 0 || d2 > 0 || d3 > 0;
  return !(negative && positive);
}

}  // namespace

std::vector<std::uint16_t> triangulate(const std::vector<MapPoint>& polygon) {
  std::vector<std::uint16_t> out;
  if (polygon.size() < 3 || polygon.size() > 60000) return out;
  std::vector<std::uint16_t> left(polygon.size());
  for (std::size_t i = 0; i < left.size(); ++i) left[i] = static_cast<std::uint16_t>(i);
  // Work counter-clockwise (in the map's y-down coordinates the sign is flipped, which only
  // changes which way round "convex" is).
  if (signed_area(polygon) < 0) std::reverse(left.begin(), left.end());
  // Ear clipping that goes on from the ear just cut instead of starting over, so a smooth outline
  // of a few hundred points is cut in a number of steps near the square of its size, not the cube.
  std::size_t i = 0, tried = 0;
  while (left.size() > 3 && tried < left.size()) {
    i %= left.size();
    const std::size_t prev = (i + left.size() - 1) % left.size(), next = (i + 1) % left.size();
    const MapPoint a = polygon[left[prev]], b = polygon[left[i]], c = polygon[left[next]];
    bool ear = cross(a, b, c) > 0;  // a reflex corner is no ear
    for (std::size_t k = 0; k < left.size() && ear; ++k)
      if (k != prev && k != i && k != next && in_triangle(polygon[left[k]], a, b, c)) ear = false;
    if (!ear) {
      ++i;
      ++tried;  // a whole round without an ear: not a simple polygon, stop rather than loop
      continue;
    }
    out.insert(out.end(), {left[prev], left[i], left[next]});
    left.erase(left.begin() + static_cast<std::ptrdiff_t>(i));
    tried = 0;
  }
  if (left.size() == 3) out.insert(out.end(), {left[0], left[1], left[2]});
  return out;
}

void prepare_shape(MapShape& shape) {
  const auto& v = shape.values;
  shape.outline.clear();
  switch (shape.kind) {
    case MapShape::Kind::Circle:
    case MapShape::Kind::Ellipse: {
      const float rx = v[2], ry = shape.kind == MapShape::Kind::Circle ? v[2] : v[3];
      for (int i = 0; i < kCircleSegments; ++i) {
        const float angle = 2 * kPi * static_cast<float>(i) / kCircleSegments;
        shape.outline.push_back({v[0] + rx * std::cos(angle), v[1] + ry * std::sin(angle)});
      }
      break;
    }
    case MapShape::Kind::Rect:
      shape.outline = {{v[0], v[1]}, {v[2], v[1]}, {v[2], v[3]}, {v[0], v[3]}};
      break;
    case MapShape::Kind::Poly:
      for (std::size_t i = 0; i + 1 < v.size(); i += 2) shape.outline.push_back({v[i], v[i + 1]});
      break;
    case MapShape::Kind::Path:
      shape.outline = smooth_closed_curve(v);
      break;
  }
  shape.triangles = triangulate(shape.outline);
}

MapShape make_shape(MapShape::Kind kind, std::vector<float> values) {
  MapShape shape;
  shape.kind = kind;
  shape.values = std::move(values);
  prepare_shape(shape);
  return shape;
}

void prepare_map(BodyMap& map) {
  for (auto& shape : map.outline) prepare_shape(shape);
  for (auto& region : map.regions)
    for (auto& shape : region.shapes) prepare_shape(shape);
}

bool shape_contains(const MapShape& shape, float x, float y) {
  const auto& v = shape.values;
  switch (shape.kind) {
    case MapShape::Kind::Circle:
      return v.size() == 3 && (x - v[0]) * (x - v[0]) + (y - v[1]) * (y - v[1]) <= v[2] * v[2];
    case MapShape::Kind::Ellipse: {
      if (v.size() != 4 || v[2] <= 0 || v[3] <= 0) return false;
      const float dx = (x - v[0]) / v[2], dy = (y - v[1]) / v[3];
      return dx * dx + dy * dy <= 1;
    }
    case MapShape::Kind::Rect:
      return v.size() == 4 && x >= v[0] && x <= v[2] && y >= v[1] && y <= v[3];
    case MapShape::Kind::Poly:
    case MapShape::Kind::Path: {
      if (!shape.outline.empty()) return inside_polygon(shape.outline, x, y);
      std::vector<MapPoint> polygon;
      for (std::size_t i = 0; i + 1 < v.size(); i += 2) polygon.push_back({v[i], v[i + 1]});
      return polygon.size() >= 3 && inside_polygon(polygon, x, y);
    }
  }
  return false;
}

std::string region_at(const BodyMap& map, float x, float y) {
  for (auto region = map.regions.rbegin(); region != map.regions.rend(); ++region)
    for (const auto& shape : region->shapes)
      if (shape_contains(shape, x, y)) return region->id;
  return {};
}

MapPoint region_centre(const MapRegion& region, float max_x) {
  MapPoint sum;
  int count = 0;
  for (const auto& shape : region.shapes) {
    if (shape.outline.empty()) continue;
    MapPoint centre;
    for (const auto& point : shape.outline) {
      centre.x += point.x;
      centre.y += point.y;
    }
    centre.x /= static_cast<float>(shape.outline.size());
    centre.y /= static_cast<float>(shape.outline.size());
    if (centre.x > max_x) continue;
    sum.x += centre.x;
    sum.y += centre.y;
    ++count;
  }
  if (count == 0) return {-1, -1};
  return {sum.x / static_cast<float>(count), sum.y / static_cast<float>(count)};
}

std::string neighbour_region(const BodyMap& map, const std::string& from, int dx, int dy,
                             float max_x) {
  const auto visible = [&](const MapRegion& region) { return region_centre(region, max_x).x >= 0; };
  const auto current = std::find_if(map.regions.begin(), map.regions.end(),
                                    [&](const MapRegion& region) { return region.id == from; });
  if (current == map.regions.end() || !visible(*current)) {
    for (const auto& region : map.regions)
      if (visible(region)) return region.id;
    return {};
  }
  // Every visible shape centre of another region that lies in the direction asked; the nearest
  // wins, distance across the direction counting double so "down" prefers what is below.
  MapPoint here = region_centre(*current, max_x);
  std::string best = from;
  float best_score = 1e30f;
  for (const auto& region : map.regions) {
    if (region.id == from) continue;
    for (const auto& shape : region.shapes) {
      MapRegion single{region.id, {shape}};
      const MapPoint there = region_centre(single, max_x);
      if (there.x < 0) continue;
      const float along =
          (there.x - here.x) * static_cast<float>(dx) + (there.y - here.y) * static_cast<float>(dy);
      if (along <= 0.5f) continue;
      const float across = std::abs((there.x - here.x) * static_cast<float>(dy) -
                                    (there.y - here.y) * static_cast<float>(dx));
      const float score = along + 2 * across;
      if (score < best_score) {
        best_score = score;
        best = region.id;
      }
    }
  }
  return best;
}

namespace {

// A decimal number as YAML writes one ("12", "-0.5", "2.5e1"), nothing else. (std::from_chars
// for floats would do, but the C++ library of the browser build, LLVM 14's, lacks it.)
std::optional<float> parse_decimal(const std::string& text) {
  std::size_t i = !text.empty() && text[0] == '-' ? 1 : 0;
  bool digits = false;
  bool point = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9')
      digits = true;
    else if (c == '.' && !point)
      point = true;
    else if ((c == 'e' || c == 'E') && digits && i + 1 < text.size())
      break;
    else
      return std::nullopt;
  }
  if (!digits) return std::nullopt;
  if (i < text.size()) {  // the exponent: a sign, then digits only
    std::size_t j = i + 1;
    if (text[j] == '-' || text[j] == '+') ++j;
    if (j >= text.size()) return std::nullopt;
    for (; j < text.size(); ++j)
      if (text[j] < '0' || text[j] > '9') return std::nullopt;
  }
  // The program never sets a locale, so strtof reads "." as the decimal point.
  return std::strtof(text.c_str(), nullptr);
}

std::vector<float> numbers(const YAML::Node& node, ProblemSink& sink, std::size_t min, bool pairs) {
  std::vector<float> out;
  if (!node.IsSequence()) {
    sink.error(node.Mark(), "shape: expected a list of numbers, found " + describe_node(node));
    return {};
  }
  for (const YAML::Node& item : node) {
    const std::string text = item.IsScalar() ? item.Scalar() : std::string();
    const std::optional<float> value = parse_decimal(text);
    if (!value) {
      sink.error(item.Mark(), "shape: expected a number, found " + describe_node(item));
      return {};
    }
    out.push_back(*value);
  }
  if (out.size() < min || (pairs && out.size() % 2 != 0) || (!pairs && out.size() != min)) {
    sink.error(node.Mark(), "shape: expected " +
                                std::string(pairs ? "at least three x y pairs"
                                                  : std::to_string(min) + " numbers") +
                                ", found " + std::to_string(out.size()));
    return {};
  }
  return out;
}

std::vector<MapShape> read_shapes(const std::vector<YAML::Node>& items, ProblemSink& sink) {
  std::vector<MapShape> shapes;
  for (const YAML::Node& item : items) {
    MapReader shape(item, sink, "shape", {"circle", "rect", "poly", "ellipse", "path"});
    if (!shape.is_map()) continue;
    if (YAML::Node n = shape.value("circle", Need::Optional); n.IsDefined()) {
      if (auto v = numbers(n, sink, 3, false); !v.empty())
        shapes.push_back(make_shape(MapShape::Kind::Circle, v));
    } else if (YAML::Node r = shape.value("rect", Need::Optional); r.IsDefined()) {
      if (auto v = numbers(r, sink, 4, false); !v.empty())
        shapes.push_back(make_shape(MapShape::Kind::Rect, v));
    } else if (YAML::Node p = shape.value("poly", Need::Optional); p.IsDefined()) {
      if (auto v = numbers(p, sink, 6, true); !v.empty())
        shapes.push_back(make_shape(MapShape::Kind::Poly, v));
    } else if (YAML::Node e = shape.value("ellipse", Need::Optional); e.IsDefined()) {
      if (auto v = numbers(e, sink, 4, false); !v.empty())
        shapes.push_back(make_shape(MapShape::Kind::Ellipse, v));
    } else if (YAML::Node c = shape.value("path", Need::Optional); c.IsDefined()) {
      if (auto v = numbers(c, sink, 6, true); !v.empty())
        shapes.push_back(make_shape(MapShape::Kind::Path, v));
    } else {
      sink.error(shape.mark(), "shape: expected one of circle, rect, poly, ellipse, path");
    }
  }
  return shapes;
}

}  // namespace

BodyMap load_body_map(const std::filesystem::path& path, std::vector<Problem>& problems) {
  BodyMap map;
  ProblemSink sink(path.string(), problems);
  const auto document = load_yaml_document(path, sink, ContentLimits{});
  if (!document) return map;
  MapReader file(*document, sink, "body map",
                 {"width", "height", "panels", "labels", "outline", "regions"});
  map.width = static_cast<float>(file.integer("width", Need::Required, 1, 10000).value_or(0));
  map.height = static_cast<float>(file.integer("height", Need::Required, 1, 10000).value_or(0));
  map.outline = read_shapes(file.list_items("outline", Need::Optional), sink);
  for (const YAML::Node& item : file.list_items("panels", Need::Optional)) {
    MapReader panel(item, sink, "panel", {"id", "label", "x", "students_only"});
    const auto id = panel.text("id", Need::Required);
    const auto label = panel.text("label", Need::Required);
    const YAML::Node x = panel.value("x", Need::Required);
    const auto students = panel.text("students_only", Need::Optional);
    if (students && *students != "true" && *students != "false")
      sink.error(panel.value("students_only", Need::Optional).Mark(),
                 "panel: 'students_only' expected true or false, found \"" + *students + "\"");
    if (!id || !label || !x.IsDefined()) continue;
    if (auto v = numbers(x, sink, 2, false); !v.empty())
      map.panels.push_back({*id, *label, v[0], v[1], students.value_or("false") == "true"});
  }
  for (const YAML::Node& item : file.list_items("labels", Need::Optional)) {
    MapReader label(item, sink, "label", {"text", "at"});
    const auto text = label.text("text", Need::Required);
    const YAML::Node at = label.value("at", Need::Required);
    if (!text || !at.IsDefined()) continue;
    if (auto v = numbers(at, sink, 2, false); !v.empty()) map.labels.push_back({*text, v[0], v[1]});
  }
  for (const YAML::Node& item : file.list_items("regions", Need::Required)) {
    MapReader region(item, sink, "map region", {"id", "shapes"});
    const auto id = region.text("id", Need::Required);
    auto shapes = read_shapes(region.list_items("shapes", Need::Required), sink);
    if (id && !shapes.empty()) map.regions.push_back({*id, std::move(shapes)});
  }
  prepare_map(map);
  return map;
}

std::vector<std::string> regions_missing_from(const BodyMap& map,
                                              const std::vector<std::string>& wanted) {
  std::vector<std::string> missing;
  for (const auto& id : wanted)
    if (std::none_of(map.regions.begin(), map.regions.end(),
                     [&](const MapRegion& r) { return r.id == id; }))
      missing.push_back(id);
  return missing;
}

}  // namespace painatlas
