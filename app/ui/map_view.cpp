// "Where does it hurt?": the body, front and back (and the spine from the side for students),
// large enough to point at. Pointing names an area and counts its guides and techniques; a click
// (or Enter) lists its condition guides first, then its techniques. Arrow keys move between areas.
#include <imgui.h>

#include <algorithm>

#include "icons.h"
#include "imgui_scopes.h"
#include "keys.h"
#include "map_drawing.h"
#include "panels.h"

namespace painatlas::ui {

namespace {

struct RegionCounts {
  std::size_t guides = 0;
  std::size_t techniques = 0;
};

RegionCounts counts_of(const Catalog& catalog, const std::string& region) {
  return {catalog.conditions_in_region(region).size(),
          catalog.techniques_with(Facet::Region, region).size()};
}

std::string counts_text(const RegionCounts& counts) {
  return std::to_string(counts.guides) +
         (counts.guides == 1 ? " condition guide, " : " condition guides, ") +
         std::to_string(counts.techniques) +
         (counts.techniques == 1 ? " technique" : " techniques");
}

// The arrow keys move the keyboard's place; Enter or Space chooses it.
void keyboard(const BodyMap& map, const MapState& state, float visible_width, Actions& actions) {
  if (ImGui::GetIO().WantTextInput) return;
  int dx = 0, dy = 0;
  if (keys::pressed(ImGuiKey_LeftArrow) && !ImGui::GetIO().KeyAlt) dx = -1;
  if (keys::pressed(ImGuiKey_RightArrow) && !ImGui::GetIO().KeyAlt) dx = 1;
  if (keys::pressed(ImGuiKey_UpArrow)) dy = -1;
  if (keys::pressed(ImGuiKey_DownArrow)) dy = 1;
  if (dx != 0 || dy != 0) {
    const std::string next = neighbour_region(map, state.focused, dx, dy, visible_width);
    if (!next.empty() && next != state.focused) actions.focus_region(next);
  }
  if (!state.focused.empty() &&
      (keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter) ||
       keys::pressed(ImGuiKey_Space)))
    actions.choose_region(state.focused);
}

void region_list(const Catalog& catalog, const std::string& region, const Look& look,
                 Actions& actions) {
  const bool patient = look.audience == Audience::Patient;
  const std::string name = catalog.facet_value_name(Facet::Region, region, patient);
  title(look, name);
  if (patient) {
    const std::string clinical = catalog.facet_value_name(Facet::Region, region, false);
    if (clinical != name) ImGui::TextDisabled("Doctors say: %s", clinical.c_str());
  } else {
    ImGui::TextDisabled("Lay name: %s",
                        catalog.facet_value_name(Facet::Region, region, true).c_str());
  }
  const auto guides = catalog.conditions_in_region(region);
  heading(look, std::string(icon::kGuide) +
                    (patient ? "  Guides to your options" : "  Condition guides"));
  if (guides.empty()) muted_wrapped(look, "No condition guide for this area yet.");
  for (ConditionIndex index : guides) {
    const ConditionGuide& guide = catalog.conditions()[index];
    ImGui::Bullet();
    ImGui::SameLine();
    if (link(look, catalog.condition_name(guide, patient), guide.term.c_str()))
      actions.open_condition(guide.term);
  }
  const auto techniques = catalog.techniques_with(Facet::Region, region);
  heading(look, std::string(icon::kList) + "  Procedures here (" +
                    std::to_string(techniques.size()) + ")");
  for (TechniqueIndex index : techniques) {
    const Technique& technique = catalog.techniques()[index];
    ImGui::Bullet();
    ImGui::SameLine();
    if (link(look, technique.name, technique.id.c_str())) actions.select(technique.id);
  }
  if (!techniques.empty()) {
    ImGui::Dummy({0, ImGui::GetFontSize() * 0.5f});
    if (ImGui::Button((std::string(icon::kFilter) + " Show these in Browse").c_str()))
      actions.filter_by_term(Facet::Region, region);
  }
}

// The body, fitted into `space` at the cursor: pointing names an area, a click chooses it.
void body(const Catalog& catalog, const MapState& state, const Look& look, ImVec2 space,
          Actions& actions) {
  const BodyMap& map = catalog.body_map();
  const bool patient = look.audience == Audience::Patient;
  const MapCanvas canvas = fit_map(map, space, !patient);
  if (canvas.scale <= 0) return;
  ImGui::SetCursorScreenPos(canvas.origin);
  ImGui::InvisibleButton("where-does-it-hurt", canvas.size);
  const bool hovered = ImGui::IsItemHovered();
  const MapPoint mouse = canvas.to_map(ImGui::GetIO().MousePos);
  const std::string pointed =
      hovered && mouse.x < canvas.visible_width ? region_at(map, mouse.x, mouse.y) : "";
  draw_map(map, canvas, look, [&](const std::string& id) {
    const bool chosen = id == state.chosen;
    const bool focused = id == state.focused;
    const bool lit = id == pointed || focused;
    const ImVec4 tint = chosen ? look.colors().intermediate : look.colors().link;
    return RegionPaint{with_alpha(tint, chosen || lit ? 0.85f : 0.30f),
                       chosen || lit ? ImGui::GetColorU32(look.colors().text) : 0u};
  });
  if (!pointed.empty()) {
    TooltipScope tooltip;
    {
      FontScope bold(look.fonts.heading);
      ImGui::TextUnformatted(catalog.facet_value_name(Facet::Region, pointed, patient).c_str());
    }
    ImGui::TextUnformatted(counts_text(counts_of(catalog, pointed)).c_str());
    ImGui::TextDisabled("Click to list them");
  }
  if (!pointed.empty()) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (ImGui::IsItemClicked()) actions.choose_region(pointed);
  }
  keyboard(map, state, canvas.visible_width, actions);
}

// The chosen (or focused) area's guides and techniques, or how to choose one.
void area(const Catalog& catalog, const MapState& state, const Look& look, Actions& actions) {
  const bool patient = look.audience == Audience::Patient;
  const std::string& shown = !state.chosen.empty() ? state.chosen : state.focused;
  if (shown.empty()) {
    heading(look, patient ? "Choose where it hurts" : "Choose an area");
    muted_wrapped(look, "Its condition guides come first, then the procedures used there.");
  } else {
    region_list(catalog, shown, look, actions);
  }
}

}  // namespace

void draw_map_view(const Catalog& catalog, const MapState& state, const Look& look,
                   Actions& actions) {
  const BodyMap& map = catalog.body_map();
  const bool patient = look.audience == Audience::Patient;
  const float em = ImGui::GetFontSize();
  ImGui::Indent(em * 0.4f);
  title(look, "Where does it hurt?");
  muted_wrapped(look, patient
                          ? "Point at the place that hurts to see its name. Click it for guides "
                            "to your options, then the procedures used there. The arrow keys "
                            "move between areas; Enter chooses."
                          : "Front, back and the spine from the side. Point at an area for its "
                            "name and counts; click (or Enter) lists its condition guides, "
                            "then its techniques. Arrow keys move between areas.");
  ImGui::Unindent(em * 0.4f);
  if (map.regions.empty() || map.width <= 0 || map.height <= 0) {
    muted_wrapped(look, "No anatomy map in this content (body_map.yaml).");
    return;
  }
  const float list_width = std::max(em * 18.0f, ImGui::GetContentRegionAvail().x * 0.3f);
  if (look.one_pane || ImGui::GetContentRegionAvail().x < list_width * 2) {
    // A phone or a narrow window: the body across the width, its areas' lists below it, all in
    // one scroll (side by side, the body would shrink to a thumbnail).
    ChildScope scroll("map-stacked", {0, 0}, false, ImGuiWindowFlags_NoBackground);
    const ImVec2 room = ImGui::GetContentRegionAvail();
    body(catalog, state, look, {room.x, std::max(em * 16.0f, room.y * 0.6f)}, actions);
    ImGui::Separator();
    ImGui::Indent(em * 0.4f);
    area(catalog, state, look, actions);
    ImGui::Unindent(em * 0.4f);
    return;
  }
  // Tall enough to point at even with large text; the view scrolls when the window is smaller.
  const float height =
      std::max(ImGui::GetContentRegionAvail().y - ImGui::GetStyle().ItemSpacing.y, em * 24.0f);
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerV;
  if (!ImGui::BeginTable("map-view", 2, flags, {0, height})) return;
  ImGui::TableSetupColumn("body", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("list", ImGuiTableColumnFlags_WidthFixed, list_width);
  ImGui::TableNextRow(0, height);
  ImGui::TableNextColumn();
  body(catalog, state, look, {ImGui::GetContentRegionAvail().x, height - em}, actions);
  ImGui::TableNextColumn();
  {
    ChildScope list("map-list", {0, height}, false, ImGuiWindowFlags_NoBackground);
    area(catalog, state, look, actions);
  }
  ImGui::EndTable();
}

}  // namespace painatlas::ui
