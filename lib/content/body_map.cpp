#include "content/body_map.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "content/content_limits.h"
#include "content/yaml_document.h"
#include "content/yaml_fields.h"

namespace painatlas {

bool shape_contains(const MapShape& shape, float x, float y) {
  const auto& v = shape.values;
  switch (shape.kind) {
    case MapShape::Kind::Circle:
      return v.size() == 3 && (x - v[0]) * (x - v[0]) + (y - v[1]) * (y - v[1]) <= v[2] * v[2];
    case MapShape::Kind::Rect:
      return v.size() == 4 && x >= v[0] && x <= v[2] && y >= v[1] && y <= v[3];
    case MapShape::Kind::Poly: {
      // Even-odd rule: count edges crossed by a ray to the right.
      bool inside = false;
      const std::size_t n = v.size() / 2;
      for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const float xi = v[2 * i], yi = v[2 * i + 1], xj = v[2 * j], yj = v[2 * j + 1];
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
      }
      return inside;
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
    MapReader shape(item, sink, "shape", {"circle", "rect", "poly"});
    if (!shape.is_map()) continue;
    if (YAML::Node n = shape.value("circle", Need::Optional); n.IsDefined()) {
      if (auto v = numbers(n, sink, 3, false); !v.empty())
        shapes.push_back({MapShape::Kind::Circle, v});
    } else if (YAML::Node r = shape.value("rect", Need::Optional); r.IsDefined()) {
      if (auto v = numbers(r, sink, 4, false); !v.empty())
        shapes.push_back({MapShape::Kind::Rect, v});
    } else if (YAML::Node p = shape.value("poly", Need::Optional); p.IsDefined()) {
      if (auto v = numbers(p, sink, 6, true); !v.empty())
        shapes.push_back({MapShape::Kind::Poly, v});
    } else {
      sink.error(shape.mark(), "shape: expected one of circle, rect, poly");
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
  MapReader file(*document, sink, "body map", {"width", "height", "labels", "outline", "regions"});
  map.width = static_cast<float>(file.integer("width", Need::Required, 1, 10000).value_or(0));
  map.height = static_cast<float>(file.integer("height", Need::Required, 1, 10000).value_or(0));
  map.outline = read_shapes(file.list_items("outline", Need::Optional), sink);
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
