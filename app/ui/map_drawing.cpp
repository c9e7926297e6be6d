#include "map_drawing.h"

#include <imgui_internal.h>

#include <algorithm>

namespace painatlas::ui {

namespace {

// Triangles written straight into the draw list: AddTriangleFilled would anti-alias every inner
// edge and leave faint seams across a smooth shape.
void fill_shape(ImDrawList* draw, const MapShape& shape, const MapCanvas& canvas, ImU32 color) {
  if (shape.triangles.empty() || (color & IM_COL32_A_MASK) == 0) return;
  const ImVec2 uv = draw->_Data->TexUvWhitePixel;
  draw->PrimReserve(static_cast<int>(shape.triangles.size()),
                    static_cast<int>(shape.outline.size()));
  const auto base = static_cast<ImDrawIdx>(draw->_VtxCurrentIdx);
  for (const MapPoint& point : shape.outline)
    draw->PrimWriteVtx(canvas.to_screen(point.x, point.y), uv, color);
  for (std::uint16_t index : shape.triangles)
    draw->PrimWriteIdx(static_cast<ImDrawIdx>(base + index));
}

void outline_shape(ImDrawList* draw, const MapShape& shape, const MapCanvas& canvas, ImU32 color,
                   float thickness) {
  if (shape.outline.size() < 2 || color == 0) return;
  std::vector<ImVec2> points;
  points.reserve(shape.outline.size());
  for (const MapPoint& point : shape.outline) points.push_back(canvas.to_screen(point.x, point.y));
  draw->AddPolyline(points.data(), static_cast<int>(points.size()), color, ImDrawFlags_Closed,
                    thickness);
}

bool shape_visible(const MapShape& shape, float visible_width) {
  for (const MapPoint& point : shape.outline)
    if (point.x < visible_width) return true;
  return false;
}

}  // namespace

ImU32 with_alpha(ImVec4 color, float alpha) {
  color.w = alpha;
  return ImGui::GetColorU32(color);
}

float visible_map_width(const BodyMap& map, bool students) {
  float width = 0;
  for (const MapPanel& panel : map.panels)
    if (students || !panel.students_only) width = std::max(width, panel.x1);
  return width > 0 ? std::min(width, map.width) : map.width;
}

MapCanvas fit_map(const BodyMap& map, ImVec2 space, bool students) {
  MapCanvas canvas;
  canvas.visible_width = visible_map_width(map, students);
  if (canvas.visible_width <= 0 || map.height <= 0) return canvas;
  canvas.scale = std::max(0.0f, std::min(space.x / canvas.visible_width, space.y / map.height));
  canvas.size = {canvas.visible_width * canvas.scale, map.height * canvas.scale};
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  canvas.origin = {cursor.x + std::max(0.0f, (space.x - canvas.size.x) / 2), cursor.y};
  return canvas;
}

void draw_map(const BodyMap& map, const MapCanvas& canvas, const Look& look,
              const std::function<RegionPaint(const std::string&)>& paint) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec4 text = look.colors().text;
  for (const auto& shape : map.outline) {
    if (!shape_visible(shape, canvas.visible_width)) continue;
    fill_shape(draw, shape, canvas, with_alpha(text, 0.08f));
    outline_shape(draw, shape, canvas, with_alpha(text, 0.35f), 1.0f);
  }
  for (const auto& region : map.regions) {
    const RegionPaint colors = paint(region.id);
    for (const auto& shape : region.shapes) {
      if (!shape_visible(shape, canvas.visible_width)) continue;
      fill_shape(draw, shape, canvas, colors.fill);
      outline_shape(draw, shape, canvas, colors.border, 2.0f);
    }
  }
  // Labels shrink with a small map rather than run into each other (large text, small window).
  const float label_size = std::min(ImGui::GetFontSize(), canvas.scale * 9.0f);
  ImFont* font = ImGui::GetFont();
  for (const auto& label : map.labels) {
    if (label.x > canvas.visible_width) continue;
    const ImVec2 size = font->CalcTextSizeA(label_size, FLT_MAX, 0, label.text.c_str());
    const ImVec2 at = canvas.to_screen(label.x, label.y);
    draw->AddText(font, label_size, {at.x - size.x / 2, at.y - size.y},
                  ImGui::GetColorU32(look.colors().muted), label.text.c_str());
  }
}

}  // namespace painatlas::ui
