#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "catalog/term_lookup.h"
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

const char* severity_words(Severity severity, bool lay) {
  if (severity == Severity::Absolute) return lay ? "Reason not to do it" : "Absolute";
  return lay ? "Extra care" : "Relative";
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
  for (const auto& choice : filter.contraindication_severity) {
    const std::string label = catalog.facet_value_name(Facet::Contraindication, choice.value, lay) +
                              " (" + severity_words(choice.severity, lay) + ")";
    flow.next(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetFontSize() * 2);
    const std::string id = "severity:" + choice.value + ":" + std::string(enum_id(choice.severity));
    if (chip(look, label, id.c_str())) actions.toggle_severity(choice.value, choice.severity);
  }
  flow.next(ImGui::CalcTextSize("Clear all").x + ImGui::GetFontSize());
  if (ImGui::SmallButton("Clear all")) actions.clear_filters();
  ImGui::Separator();
}

// The values in the order to show them. While `order` is frozen (the pointer is over the panel)
// every value keeps the place it had, and one whose count fell to zero stays as a zero row
// (`zeros` holds those), so the next click lands where the reader aims.
std::vector<const FacetCount*> ordered_values(const Catalog& catalog, Facet facet,
                                              const std::vector<FacetCount>& counts,
                                              FacetOrder& order, bool lay,
                                              std::vector<FacetCount>& zeros) {
  std::vector<const FacetCount*> sorted;
  for (const auto& count : counts) sorted.push_back(&count);
  auto& shown = order.values[static_cast<std::size_t>(facet)];
  if (order.frozen && !shown.empty()) {
    zeros.reserve(shown.size());
    std::vector<const FacetCount*> kept;
    for (const auto& value : shown) {
      auto it = std::find_if(sorted.begin(), sorted.end(),
                             [&](const FacetCount* count) { return count->value == value; });
      if (it != sorted.end()) {
        kept.push_back(*it);
        sorted.erase(it);
      } else {
        zeros.push_back({value, 0, false});
        kept.push_back(&zeros.back());
      }
    }
    kept.insert(kept.end(), sorted.begin(), sorted.end());  // new values go below
    return kept;
  }
  // Fixed scales keep their natural order; term lists put the most useful values first.
  if (facet != Facet::BleedingRisk && facet != Facet::Category)
    std::stable_sort(sorted.begin(), sorted.end(), [&](const FacetCount* a, const FacetCount* b) {
      const bool chosen_a = a->selected || a->absolute_selected || a->relative_selected;
      const bool chosen_b = b->selected || b->absolute_selected || b->relative_selected;
      if (chosen_a != chosen_b) return chosen_a;
      if (a->count != b->count) return a->count > b->count;
      return catalog.facet_value_name(facet, a->value, lay) <
             catalog.facet_value_name(facet, b->value, lay);
    });
  shown.clear();
  for (const FacetCount* count : sorted) shown.push_back(count->value);
  return sorted;
}

// "Absolute 3  Relative 40" under a contraindication: each count selectable on its own.
void severity_split(const FacetCount& count, const Look& look, Actions& actions) {
  const bool lay = look.audience == Audience::Patient;
  ImGui::Indent(ImGui::GetFrameHeight());
  Flow flow;
  for (Severity severity : {Severity::Absolute, Severity::Relative}) {
    const bool absolute = severity == Severity::Absolute;
    const std::size_t n = absolute ? count.absolute : count.relative;
    const bool chosen = absolute ? count.absolute_selected : count.relative_selected;
    const std::string label = std::string(absolute ? icon::kBan : icon::kWarning) + " " +
                              severity_words(severity, lay) + " " + std::to_string(n) + "##" +
                              std::string(enum_id(severity));
    flow.next(ImGui::CalcTextSize(label.c_str(), nullptr, true).x +
              ImGui::GetStyle().FramePadding.x * 2);
    ColorScope background(ImGuiCol_Button,
                          chosen ? look.colors().chip : ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
    DisabledScope none(n == 0 && !chosen);
    if (ImGui::SmallButton(label.c_str())) actions.toggle_severity(count.value, severity);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("%s%zu technique%s list it as %s", chosen ? "Chosen. " : "", n,
                        n == 1 ? "" : "s",
                        absolute ? (lay ? "a reason not to do it" : "an absolute contraindication")
                                 : (lay ? "needing extra care" : "a relative contraindication"));
  }
  ImGui::Unindent(ImGui::GetFrameHeight());
}

void draw_values(const Catalog& catalog, Facet facet, const std::vector<FacetCount>& counts,
                 FacetOrder& order, const Look& look, Actions& actions) {
  const bool lay = look.audience == Audience::Patient;
  std::vector<FacetCount> zeros;
  const std::vector<const FacetCount*> sorted =
      ordered_values(catalog, facet, counts, order, lay, zeros);
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
        if (wrapped_checkbox(label, &checked)) actions.toggle_facet(facet, count->value);
      }
    } else if (wrapped_checkbox(label, &checked)) {
      actions.toggle_facet(facet, count->value);
    }
    if (ImGui::IsItemHovered()) {
      if (const Term* term = catalog.find_term(count->value)) {
        TooltipScope tooltip;
        WrapScope wrap(reading_width() * 0.8f);
        ImGui::TextUnformatted(label.c_str());  // in full, in case the column cut it short
        // Patients get plain words only; students also see the everyday name.
        if (!lay && term->lay_name != term->name)
          ImGui::TextDisabled("Also: %s", term->lay_name.c_str());
        ImGui::TextUnformatted(term->definition.c_str());
      } else if (facet == Facet::BleedingRisk) {
        if (const auto risk = parse_enum<BleedingRisk>(count->value)) {
          TooltipScope tooltip;
          WrapScope wrap(reading_width() * 0.8f);
          ImGui::TextUnformatted(std::string(bleeding_risk_in_words(*risk)).c_str());
        }
      }
    }
    if (facet == Facet::Contraindication && (count->absolute > 0 || count->relative > 0 ||
                                             count->absolute_selected || count->relative_selected))
      severity_split(*count, look, actions);
    ImGui::TableNextColumn();
    const std::string number = std::to_string(count->count);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x -
                         ImGui::CalcTextSize(number.c_str()).x);
    ImGui::TextDisabled("%s", number.c_str());
  }
  ImGui::EndTable();
  if (sorted.empty()) ImGui::TextDisabled("No values in the current results");
}

// A word such as "infection" or "warfarin" finds the filter values it names in every facet,
// broader groups included, so a reader need not know which list or which exact term to open.
void draw_find(const Catalog& catalog, const BrowseState& browse, std::string& text,
               const Look& look, Actions& actions) {
  const bool lay = look.audience == Audience::Patient;
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##find-filter",
                           lay ? "Find a filter, e.g. infection" : "Find a filter value", &text);
  if (text.empty()) return;
  const auto matches = facet_values_named(catalog, text);
  if (matches.empty()) {
    muted_wrapped(look, "No filter value has that name.");
    return;
  }
  for (const FacetValueMatch& match : matches) {
    IdScope id((std::string(facet_id(match.facet)) + match.term->id).c_str());
    bool checked = browse.query.filter.contains(match.facet, match.term->id);
    const std::string label = std::string(facet_heading(match.facet, look.audience)) + ": " +
                              (lay ? match.term->lay_name : match.term->name);
    {
      WrapScope wrap(ImGui::GetContentRegionAvail().x);
      if (ImGui::Checkbox(label.c_str(), &checked))
        actions.toggle_facet(match.facet, match.term->id);
    }
  }
  if (std::any_of(matches.begin(), matches.end(),
                  [](const FacetValueMatch& match) { return match.by_words; }))
    muted_wrapped(look, lay ? "Found by the words in their names."
                            : "Found by the words in their names (no name matched in full); a "
                              "group includes its narrower terms.");
  ImGui::Separator();
}

}  // namespace

void draw_facet_panel(const Catalog& catalog, const BrowseState& browse, FacetOrder& order,
                      std::string& find_text, const Look& look, Actions& actions) {
  // Values stay in place while the pointer is over the panel, and re-sort once it leaves.
  order.frozen = ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows |
                                        ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
  draw_chips(catalog, browse.query.filter, look, actions);
  draw_find(catalog, browse, find_text, look, actions);
  for (Facet facet : kFacetOrder) {
    const auto& counts = browse.results.facets.counts[static_cast<std::size_t>(facet)];
    const bool open_first =
        facet == Facet::Indication || facet == Facet::BleedingRisk || facet == Facet::Category;
    IdScope id(static_cast<int>(facet));
    if (ImGui::CollapsingHeader(facet_heading(facet, look.audience),
                                open_first ? ImGuiTreeNodeFlags_DefaultOpen : 0))
      draw_values(catalog, facet, counts, order, look, actions);
  }
}

}  // namespace painatlas::ui
