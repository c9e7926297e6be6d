#include <imgui_internal.h>

#include <algorithm>

#include "catalog/string_list.h"
#include "catalog/text_fold.h"
#include "icons.h"
#include "imgui_scopes.h"
#include "pane_focus.h"
#include "panels.h"
#include "reader/presentation.h"
#include "reader/wording.h"

namespace painatlas::ui {

namespace {

// Sections:
//   restored   what came back from the last visit, said once, with a way to clear it
//   header     "8 of 50 techniques", what narrows the list, the sort order
//   offers     "Screen every technique for 'Taking warfarin'" when the search names a factor
//   rows       name (wrapped), category and bleeding risk, situation status, why it matched
//   empty      which filters or words hide the matches, each removable with one click

// Above this many rows the list is clipped to what is visible, with one height for every row;
// below it, long names wrap onto a second line.
constexpr std::size_t kWrappedRowLimit = 300;

void restored(const std::string& notice, const Look& look, Actions& actions) {
  if (notice.empty()) return;
  {
    ColorScope accent(ImGuiCol_Text, look.colors().link);
    ImGui::TextUnformatted(icon::kInfo);
  }
  ImGui::SameLine();
  wrapped(notice);
  if (ImGui::SmallButton("Keep them")) actions.dismiss_restored();
  ImGui::SameLine();
  if (ImGui::SmallButton("Clear them")) actions.clear_restored();
  ImGui::Separator();
}

void header(const Catalog& catalog, const BrowseState& browse, const Look& look, Actions& actions) {
  const std::size_t shown = browse.results.rows.size();
  const std::size_t total = catalog.techniques().size();
  {
    FontScope font(look.fonts.heading);
    if (shown == total)
      ImGui::Text("%zu technique%s", total, total == 1 ? "" : "s");
    else
      ImGui::Text("%zu of %zu techniques", shown, total);
  }
  ImGui::SameLine();
  // Wide enough for its longest choice whatever the padding (larger on a phone).
  const char* orders[] = {"By relevance", "By name"};
  const float combo_width = std::max(
      ImGui::GetFontSize() * 8, ImGui::CalcTextSize(orders[0]).x +
                                    ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetFrameHeight());
  if (ImGui::GetContentRegionAvail().x < combo_width) ImGui::NewLine();
  ImGui::SetCursorPosX(
      std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - combo_width));
  ImGui::SetNextItemWidth(combo_width);
  int order = static_cast<int>(browse.query.sort);
  if (ImGui::Combo("##sort", &order, orders, 2)) actions.set_sort(order);
  if (ImGui::IsItemHovered()) tooltip("Sort order (relevance applies while searching)");
  const bool lay = look.audience == Audience::Patient;
  const std::string narrowing = narrowing_words(catalog, browse.query, lay);
  if (!narrowing.empty()) {
    muted_wrapped(look, "Narrowed by " + narrowing);
    if (!browse.query.filter.empty() && ImGui::SmallButton("Clear filters"))
      actions.clear_filters();
    if (!browse.query.text.empty()) {
      if (!browse.query.filter.empty()) ImGui::SameLine();
      if (ImGui::SmallButton("Clear search")) actions.set_query({});
    }
  } else {
    muted_wrapped(look, lay ? "Each with its type and bleeding risk"
                            : "Each with its category and bleeding-risk class");
  }
}

// The search names a situation factor: offer to screen every technique for it.
void factor_offers(const Catalog& catalog, const BrowseState& browse, const UserData& user,
                   const Look& look, Actions& actions) {
  for (const auto& id : browse.named_factors) {
    const Term* term = catalog.find_term(id);
    if (!term || list_contains(user.situation, id)) continue;
    IdScope scope(id.c_str());
    const std::string label = std::string(icon::kSituation) +
                              "  Screen every technique for \u201c" + term->lay_name + "\u201d";
    if (ImGui::Button(label.c_str())) {
      actions.toggle_factor(id);
      actions.show_left_panel(static_cast<int>(LeftPanel::Situation));
    }
    if (ImGui::IsItemHovered()) {
      TooltipScope tooltip;
      WrapScope wrap(reading_width() * 0.8f);
      ImGui::TextUnformatted(
          "Ticks it in Situation: every technique then says whether the content lists it as a "
          "reason not to do it, as needing extra care, or not at all.");
      (void)look;
    }
  }
}

// "Hidden by the filter “Sympathetic blocks”: remove it (1 technique)".
void hidden_by(const Catalog& catalog, const BrowseState& browse, const Look& look,
               Actions& actions) {
  const bool lay = look.audience == Audience::Patient;
  muted_wrapped(look, "No technique matches.");
  if (browse.results.hidden_by.empty()) {
    muted_wrapped(look, "Try fewer words or another spelling.");
    return;
  }
  wrapped("These hide the matches; remove one to see them:");
  int n = 0;
  for (const Relaxation& relaxation : browse.results.hidden_by) {
    IdScope id(n++);
    const std::string shows = "  (" + std::to_string(relaxation.would_show) + " technique" +
                              (relaxation.would_show == 1 ? "" : "s") + ")";
    std::string label;
    switch (relaxation.kind) {
      case Relaxation::Kind::FilterValue:
        label = "Remove the filter \u201c" +
                catalog.facet_value_name(relaxation.facet, relaxation.value, lay) + "\u201d";
        break;
      case Relaxation::Kind::SearchWord:
        label = "Search without \u201c" + relaxation.value + "\u201d";
        break;
      case Relaxation::Kind::WholeSearch:
        label = "Clear the search \u201c" + relaxation.value + "\u201d";
        break;
      case Relaxation::Kind::AllFilters:
        label = "Clear every filter";
        break;
    }
    // A link rather than a button, so a long label wraps in a narrow pane.
    ImGui::TextUnformatted(icon::kTimes);
    ImGui::SameLine();
    if (!link(look, label + shows, "remove")) continue;
    switch (relaxation.kind) {
      case Relaxation::Kind::FilterValue:
        if (relaxation.severity)
          actions.toggle_severity(relaxation.value, *relaxation.severity);
        else
          actions.toggle_facet(relaxation.facet, relaxation.value);
        break;
      case Relaxation::Kind::SearchWord: {
        std::string text;
        for (const auto& word : split_words(fold(browse.query.text)))
          if (word != relaxation.value) text += (text.empty() ? "" : " ") + word;
        actions.set_query(text);
        break;
      }
      case Relaxation::Kind::WholeSearch:
        actions.set_query({});
        break;
      case Relaxation::Kind::AllFilters:
        actions.clear_filters();
        break;
    }
  }
}

// "Found through Taking warfarin → Taking a blood thinner": the term the search named, then the
// one the technique lists.
std::string matched_through(const Catalog& catalog, const std::vector<RelatedMatch>& why,
                            Audience audience) {
  std::string out;
  for (const auto& match : why) {
    out += out.empty() ? "Found through " : "; ";
    out += term_display_name(catalog, match.matched, audience) + " \u2192 " +
           term_display_name(catalog, match.listed, audience);
  }
  return out;
}

struct RowLayout {
  float line = 0;  // one line of text with spacing
  float wrap = 0;  // width the name wraps at
  bool wrap_names = false;
  int extra_lines = 0;  // the situation status line
};

// Whether the category and the bleeding-risk badge fit on one line of the row.
bool kind_fits(const RowLayout& layout, const Technique& technique) {
  const float category = ImGui::CalcTextSize(std::string(enum_label(technique.category)).c_str()).x;
  const float badge = ImGui::CalcTextSize((std::string(icon::kTint) + "  " +
                                           std::string(enum_label(technique.bleeding_risk)))
                                              .c_str())
                          .x;
  return category + ImGui::GetFontSize() + badge <= layout.wrap;
}

float row_height(const RowLayout& layout, const Technique& technique, const std::string& via) {
  const auto lines = [&](const std::string& text) {
    return layout.wrap_names ? ImGui::CalcTextSize(text.c_str(), nullptr, false, layout.wrap).y
                             : ImGui::GetTextLineHeight();
  };
  const float through = via.empty() ? 0.0f : lines(via) + ImGui::GetStyle().ItemSpacing.y;
  const float kind = layout.wrap_names && !kind_fits(layout, technique) ? 2.0f : 1.0f;
  return lines(technique.name) + ImGui::GetStyle().ItemSpacing.y +
         layout.line * (kind + static_cast<float>(layout.extra_lines)) + through + 4;
}

void row(const Catalog& catalog, const BrowseState& browse, const UserData& user,
         const std::vector<ScreeningResult>& screening, const Look& look, const RowLayout& layout,
         const ResultRow& result, bool first, Actions& actions) {
  const Technique& technique = catalog.techniques()[result.technique];
  IdScope id(technique.id.c_str());
  const bool selected = technique.id == browse.selected;
  const auto why = browse.related.find(result.technique);
  const std::string via = why == browse.related.end()
                              ? std::string()
                              : matched_through(catalog, why->second, look.audience);
  const float height = row_height(layout, technique, via);
  const ImVec2 start = ImGui::GetCursorPos();
  if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_AllowItemOverlap,
                        {0, height - ImGui::GetStyle().ItemSpacing.y}))
    actions.select(technique.id);
  // The keyboard lands on the open technique, or the first row.
  if (selected || (first && browse.selected.empty())) ImGui::SetItemDefaultFocus();
  if (!layout.wrap_names && ImGui::IsItemHovered() &&
      ImGui::CalcTextSize(technique.name.c_str()).x > layout.wrap)
    tooltip(technique.name);
  if (selected && ImGui::IsWindowAppearing()) ImGui::SetScrollHereY();
  ImGui::SetCursorPos({start.x + 4, start.y + 2});
  if (list_contains(user.bookmarks, technique.id)) {
    ImGui::TextUnformatted(icon::kBookmark);
    ImGui::SameLine();
  }
  {
    WrapScope wrap(layout.wrap_names ? ImGui::GetCursorPosX() + layout.wrap : -1.0f);
    ImGui::TextUnformatted(technique.name.c_str());
  }
  {
    ColorScope muted(ImGuiCol_Text, look.colors().muted);
    ImGui::TextUnformatted(std::string(enum_label(technique.category)).c_str());
  }
  if (!layout.wrap_names || kind_fits(layout, technique)) ImGui::SameLine(0, ImGui::GetFontSize());
  bleeding_risk_badge(look, technique.bleeding_risk, false);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        look.audience == Audience::Patient ? "%s bleeding risk" : "%s bleeding-risk class",
        std::string(enum_label(technique.bleeding_risk)).c_str());
  if (!screening.empty()) screening_badge(look, screening[result.technique].status, true);
  if (!via.empty()) {
    ColorScope muted(ImGuiCol_Text, look.colors().muted);
    WrapScope wrap(layout.wrap_names ? ImGui::GetCursorPosX() + layout.wrap : -1.0f);
    ImGui::TextUnformatted(via.c_str());
    if (ImGui::IsItemHovered() && !layout.wrap_names) tooltip(via);
  }
  ImGui::SetCursorPos({start.x, start.y + height});
}

}  // namespace

void draw_results_panel(const Catalog& catalog, const BrowseState& browse, const UserData& user,
                        const std::vector<ScreeningResult>& screening,
                        const std::string& restored_notice, KeyboardFocus& focus, const Look& look,
                        Actions& actions) {
  const auto& rows = browse.results.rows;
  restored(restored_notice, look, actions);
  header(catalog, browse, look, actions);
  factor_offers(catalog, browse, user, look, actions);
  ImGui::Separator();
  // Guides to the conditions the words or the Indication filter name, before the techniques.
  if (!browse.results.conditions.empty()) {
    const bool patient = look.audience == Audience::Patient;
    for (ConditionIndex index : browse.results.conditions) {
      const ConditionGuide& guide = catalog.conditions()[index];
      IdScope id(guide.term.c_str());
      badge(icon::kGuide, look.colors().link, "");
      ImGui::SameLine(0, 0);
      const std::string label = patient
                                    ? condition_title(catalog, guide, Audience::Patient)
                                    : "Condition guide: " + catalog.condition_name(guide, false);
      if (link(look, label, "guide")) actions.open_condition(guide.term);
      if (ImGui::IsItemHovered())
        tooltip("Every option side by side: self-care, exercise, medicines, procedures, surgery");
    }
    ImGui::Separator();
  }

  if (rows.empty()) {
    pane_focus(focus, Pane::Results);
    hidden_by(catalog, browse, look, actions);
    return;
  }
  // The pane painted the background already.
  ChildScope list("results", {0, 0}, false, ImGuiWindowFlags_NoBackground);
  pane_focus(focus, Pane::Results);
  RowLayout layout;
  layout.line = ImGui::GetTextLineHeightWithSpacing();
  layout.wrap = ImGui::GetContentRegionAvail().x - 8;
  layout.wrap_names = rows.size() <= kWrappedRowLimit;
  layout.extra_lines = screening.empty() ? 0 : 1;
  if (layout.wrap_names) {
    for (std::size_t i = 0; i < rows.size(); ++i)
      row(catalog, browse, user, screening, look, layout, rows[i], i == 0, actions);
    return;
  }
  ImGuiListClipper clipper;
  // Clipped rows share one height: room for a "found through" line when any row has one.
  clipper.Begin(static_cast<int>(rows.size()),
                row_height(layout, catalog.techniques().front(),
                           browse.related.empty() ? std::string() : std::string("x")));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
      row(catalog, browse, user, screening, look, layout, rows[static_cast<std::size_t>(i)], i == 0,
          actions);
}

}  // namespace painatlas::ui
