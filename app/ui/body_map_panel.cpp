#include <imgui.h>

#include <algorithm>

#include "icons.h"
#include "imgui_scopes.h"
#include "panels.h"

namespace painatlas::ui {

namespace {

ImU32 with_alpha(ImVec4 color, float alpha) {
  color.w = alpha;
  return ImGui::GetColorU32(color);
}

void draw_shape(ImDrawList* draw, const MapShape& shape, ImVec2 origin, float scale, ImU32 fill,
                ImU32 border) {
  const auto at = [&](float x, float y) {
    return ImVec2{origin.x + x * scale, origin.y + y * scale};
  };
  const auto& v = shape.values;
  switch (shape.kind) {
    case MapShape::Kind::Circle:
      draw->AddCircleFilled(at(v[0], v[1]), v[2] * scale, fill, 32);
      if (border) draw->AddCircle(at(v[0], v[1]), v[2] * scale, border, 32, 2.0f);
      break;
    case MapShape::Kind::Rect:
      draw->AddRectFilled(at(v[0], v[1]), at(v[2], v[3]), fill, 2.0f * scale);
      if (border) draw->AddRect(at(v[0], v[1]), at(v[2], v[3]), border, 2.0f * scale, 0, 2.0f);
      break;
    case MapShape::Kind::Poly: {
      std::vector<ImVec2> points;
      for (std::size_t i = 0; i + 1 < v.size(); i += 2) points.push_back(at(v[i], v[i + 1]));
      // Map polygons are convex (content/body_map.yaml says so), as ImGui's filler needs.
      draw->AddConvexPolyFilled(points.data(), static_cast<int>(points.size()), fill);
      if (border)
        draw->AddPolyline(points.data(), static_cast<int>(points.size()), border,
                          ImDrawFlags_Closed, 2.0f);
      break;
    }
  }
}

}  // namespace

void draw_body_map_panel(const Catalog& catalog, const BrowseState& browse, const Look& look,
                         Actions& actions) {
  const BodyMap& map = catalog.body_map();
  if (map.regions.empty() || map.width <= 0 || map.height <= 0) {
    muted_wrapped(look, "No anatomy map in this content (body_map.yaml).");
    return;
  }
  muted_wrapped(look,
                "Point at a body area to see how many techniques treat it; click to filter by it.");
  // The counts follow the search and the other filters, like the list: say so, with a way out.
  const std::string narrowing =
      narrowing_words(catalog, browse.query, look.audience == Audience::Patient);
  if (!narrowing.empty()) {
    {
      ColorScope accent(ImGuiCol_Text, look.colors().intermediate);
      ImGui::TextUnformatted(icon::kFilter);
    }
    ImGui::SameLine();
    wrapped("Counting only within: " + narrowing + ".");
    if (!browse.query.text.empty() && ImGui::SmallButton("Clear search")) actions.set_query({});
    if (!browse.query.filter.empty()) {
      if (!browse.query.text.empty()) ImGui::SameLine();
      if (ImGui::SmallButton("Clear filters")) actions.clear_filters();
    }
  }
  const float available = ImGui::GetContentRegionAvail().x;
  const float scale =
      std::min(available / map.width,
               (ImGui::GetContentRegionAvail().y - ImGui::GetFontSize() * 2) / map.height);
  if (scale <= 0) return;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("map", {map.width * scale, map.height * scale});
  const bool hovered = ImGui::IsItemHovered();
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const std::string under_mouse =
      hovered ? region_at(map, (mouse.x - origin.x) / scale, (mouse.y - origin.y) / scale) : "";

  // Counts follow the current search and other filters, like the Region facet's.
  const auto& counts = browse.results.facets.counts[static_cast<std::size_t>(Facet::Region)];
  const auto count_of = [&](const std::string& id) -> std::size_t {
    for (const auto& count : counts)
      if (count.value == id) return count.count;
    return 0;
  };
  std::size_t most = 1;
  for (const auto& count : counts) most = std::max(most, count.count);

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec4 text = look.colors().text;
  for (const auto& shape : map.outline)
    draw_shape(draw, shape, origin, scale, with_alpha(text, 0.07f), 0);
  const bool lay = look.audience == Audience::Patient;
  for (const auto& region : map.regions) {
    const std::size_t count = count_of(region.id);
    const bool chosen = browse.query.filter.contains(Facet::Region, region.id);
    const bool pointed = region.id == under_mouse;
    // More techniques, deeper colour; the count is always in the tooltip and the Region filter.
    const float alpha =
        count == 0 ? 0.10f : 0.25f + 0.55f * static_cast<float>(count) / static_cast<float>(most);
    const ImVec4 tint = chosen ? look.colors().intermediate : look.colors().link;
    const ImU32 border = pointed || chosen ? ImGui::GetColorU32(text) : 0;
    for (const auto& shape : region.shapes)
      draw_shape(draw, shape, origin, scale, with_alpha(tint, pointed ? 0.95f : alpha), border);
  }
  for (const auto& label : map.labels) {
    const ImVec2 size = ImGui::CalcTextSize(label.text.c_str());
    draw->AddText({origin.x + label.x * scale - size.x / 2, origin.y + label.y * scale - size.y},
                  ImGui::GetColorU32(look.colors().muted), label.text.c_str());
  }
  if (!under_mouse.empty()) {
    const std::size_t count = count_of(under_mouse);
    ImGui::SetTooltip(
        "%s: %zu technique%s%s", catalog.facet_value_name(Facet::Region, under_mouse, lay).c_str(),
        count, count == 1 ? "" : "s",
        browse.query.filter.contains(Facet::Region, under_mouse) ? " (click to remove the filter)"
                                                                 : "");
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (ImGui::IsItemClicked()) actions.toggle_facet(Facet::Region, under_mouse);
  }
}

}  // namespace painatlas::ui
