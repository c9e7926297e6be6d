#include <algorithm>

#include "icons.h"
#include "imgui_scopes.h"
#include "panels.h"

namespace painatlas::ui {

namespace {

// Facets in the order a reader thinks of them: what it is for, then safety, then the rest.
constexpr Facet kFacetOrder[] = {Facet::Indication, Facet::BleedingRisk, Facet::Contraindication,
                                 Facet::Risk,       Facet::Category,     Facet::Region};

const char* facet_heading(Facet facet, Audience audience) {
  const bool patient = audience == Audience::Patient;
  switch (facet) {
    case Facet::Indication:
      return patient ? "What it treats" : "Indication";
    case Facet::Contraindication:
      return patient ? "Reasons it may not suit" : "Contraindication";
    case Facet::Risk:
      return patient ? "Possible problems" : "Risk";
    case Facet::Category:
      return patient ? "Type of procedure" : "Category";
    case Facet::Region:
      return patient ? "Body area" : "Region";
    case Facet::BleedingRisk:
      return "Bleeding risk";
  }
  return "";
}

void draw_chips(const Catalog& catalog, const FilterQuery& filter, const Look& look,
                Actions& actions) {
  if (filter.empty()) return;
  Flow flow;
  const bool lay = look.audience == Audience::Patient;
  for (Facet facet : kFacetOrder) {
    for (const auto& value : filter.values(facet)) {
      const std::string label = catalog.facet_value_name(facet, value, lay);
      flow.next(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetFontSize() * 2);
      const std::string id = std::string(facet_id(facet)) + ":" + value;
      if (chip(look, label, id.c_str())) actions.toggle_facet(facet, value);
    }
  }
  flow.next(ImGui::CalcTextSize("Clear all").x + ImGui::GetFontSize());
  if (ImGui::SmallButton("Clear all")) actions.clear_filters();
  ImGui::Separator();
}

void draw_values(const Catalog& catalog, Facet facet, const std::vector<FacetCount>& counts,
                 const Look& look, Actions& actions) {
  std::vector<const FacetCount*> sorted;
  for (const auto& count : counts) sorted.push_back(&count);
  const bool lay = look.audience == Audience::Patient;
  // Fixed scales keep their natural order; term lists put the most useful values first.
  if (facet != Facet::BleedingRisk && facet != Facet::Category)
    std::stable_sort(sorted.begin(), sorted.end(), [&](const FacetCount* a, const FacetCount* b) {
      if (a->selected != b->selected) return a->selected;
      if (a->count != b->count) return a->count > b->count;
      return catalog.facet_value_name(facet, a->value, lay) <
             catalog.facet_value_name(facet, b->value, lay);
    });
  // Names in one column, counts right-aligned in another, so a long name never hides its count.
  if (!ImGui::BeginTable("values", 2, ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("count", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("0000").x);
  for (const FacetCount* count : sorted) {
    IdScope id(count->value.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const std::string label = catalog.facet_value_name(facet, count->value, lay);
    bool checked = count->selected;
    if (facet == Facet::BleedingRisk) {
      const auto risk = parse_enum<BleedingRisk>(count->value);
      if (risk) {
        ColorScope mark(ImGuiCol_CheckMark, bleeding_risk_color(look.theme, *risk));
        if (ImGui::Checkbox(label.c_str(), &checked)) actions.toggle_facet(facet, count->value);
      }
    } else if (ImGui::Checkbox(label.c_str(), &checked)) {
      actions.toggle_facet(facet, count->value);
    }
    if (ImGui::IsItemHovered()) {
      if (const Term* term = catalog.find_term(count->value)) {
        TooltipScope tooltip;
        WrapScope wrap(reading_width() * 0.8f);
        ImGui::TextUnformatted(label.c_str());  // in full, in case the column cut it short
        ImGui::TextDisabled("%s", (lay ? term->name : term->lay_name).c_str());
        ImGui::TextUnformatted(term->definition.c_str());
      } else if (facet == Facet::BleedingRisk) {
        if (const auto risk = parse_enum<BleedingRisk>(count->value)) {
          TooltipScope tooltip;
          WrapScope wrap(reading_width() * 0.8f);
          ImGui::TextUnformatted(std::string(bleeding_risk_in_words(*risk)).c_str());
        }
      }
    }
    ImGui::TableNextColumn();
    const std::string number = std::to_string(count->count);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x -
                         ImGui::CalcTextSize(number.c_str()).x);
    ImGui::TextDisabled("%s", number.c_str());
  }
  ImGui::EndTable();
  if (sorted.empty()) ImGui::TextDisabled("No values in the current results");
}

}  // namespace

void draw_facet_panel(const Catalog& catalog, const BrowseState& browse, const Look& look,
                      Actions& actions) {
  draw_chips(catalog, browse.query.filter, look, actions);
  for (Facet facet : kFacetOrder) {
    const auto& counts = browse.results.facets.counts[static_cast<std::size_t>(facet)];
    const bool open_first =
        facet == Facet::Indication || facet == Facet::BleedingRisk || facet == Facet::Category;
    IdScope id(static_cast<int>(facet));
    if (ImGui::CollapsingHeader(facet_heading(facet, look.audience),
                                open_first ? ImGuiTreeNodeFlags_DefaultOpen : 0))
      draw_values(catalog, facet, counts, look, actions);
  }
}

}  // namespace painatlas::ui
