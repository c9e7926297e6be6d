#include <imgui.h>

#include <algorithm>

#include "icons.h"
#include "imgui_scopes.h"
#include "map_drawing.h"
#include "panels.h"

namespace painatlas::ui {

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
  if (link(look, "Open the large map: Where does it hurt?", "to-map"))
    actions.set_view(MainView::Map);
  const ImVec2 space{ImGui::GetContentRegionAvail().x,
                     ImGui::GetContentRegionAvail().y - ImGui::GetFontSize() * 2};
  // The small map shows front and back only; the spine's side view is in the large one.
  const MapCanvas canvas = fit_map(map, space, false);
  if (canvas.scale <= 0) return;
  ImGui::SetCursorScreenPos(canvas.origin);
  ImGui::InvisibleButton("map", canvas.size);
  const bool hovered = ImGui::IsItemHovered();
  const MapPoint mouse = canvas.to_map(ImGui::GetIO().MousePos);
  const std::string under_mouse = hovered ? region_at(map, mouse.x, mouse.y) : "";

  // Counts follow the current search and other filters, like the Region facet's.
  const auto& counts = browse.results.facets.counts[static_cast<std::size_t>(Facet::Region)];
  const auto count_of = [&](const std::string& id) -> std::size_t {
    for (const auto& count : counts)
      if (count.value == id) return count.count;
    return 0;
  };
  std::size_t most = 1;
  for (const auto& count : counts) most = std::max(most, count.count);

  draw_map(map, canvas, look, [&](const std::string& id) {
    const std::size_t count = count_of(id);
    const bool chosen = browse.query.filter.contains(Facet::Region, id);
    const bool pointed = id == under_mouse;
    // More techniques, deeper colour; the count is always in the tooltip and the Region filter.
    const float alpha =
        count == 0 ? 0.10f : 0.25f + 0.55f * static_cast<float>(count) / static_cast<float>(most);
    const ImVec4 tint = chosen ? look.colors().intermediate : look.colors().link;
    return RegionPaint{with_alpha(tint, pointed ? 0.95f : alpha),
                       pointed || chosen ? ImGui::GetColorU32(look.colors().text) : 0u};
  });
  if (!under_mouse.empty()) {
    const bool lay = look.audience == Audience::Patient;
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
