#include <algorithm>

#include "catalog/string_list.h"
#include "icons.h"
#include "imgui_scopes.h"
#include "panels.h"

namespace painatlas::ui {

void draw_results_panel(const Catalog& catalog, const BrowseState& browse, const UserData& user,
                        const std::vector<ScreeningResult>& screening, const Look& look,
                        Actions& actions) {
  const auto& rows = browse.results.rows;
  {
    FontScope font(look.fonts.heading);
    ImGui::Text("%zu technique%s", rows.size(), rows.size() == 1 ? "" : "s");
  }

  ImGui::SameLine();
  // Wide enough for its longest choice whatever the padding (larger on a phone).
  const float combo_width = std::max(
      ImGui::GetFontSize() * 8, ImGui::CalcTextSize("By relevance").x +
                                    ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetFrameHeight());
  ImGui::SetCursorPosX(
      std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - combo_width));
  ImGui::SetNextItemWidth(combo_width);
  const char* orders[] = {"By relevance", "By name"};
  int order = static_cast<int>(browse.query.sort);
  if (ImGui::Combo("##sort", &order, orders, 2)) actions.set_sort(order);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Sort order (relevance applies while searching)");
  ImGui::TextDisabled("Each with its category and %s bleeding-risk class", icon::kTint);
  ImGui::Separator();

  if (rows.empty()) {
    muted_wrapped(look,
                  "No technique matches. Try fewer words, another spelling, or remove a filter.");
    return;
  }
  ChildScope list("results", {0, 0}, false, ImGuiWindowFlags_NoBackground);  // the pane painted it
  // A third line holds the "my situation" status when factors are ticked.
  const int lines = screening.empty() ? 2 : 3;
  const float row_height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(lines) +
                           ImGui::GetStyle().ItemSpacing.y;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()), row_height);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Technique& technique =
          catalog.techniques()[rows[static_cast<std::size_t>(i)].technique];
      IdScope id(technique.id.c_str());
      const bool selected = technique.id == browse.selected;
      const ImVec2 start = ImGui::GetCursorPos();
      if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_AllowItemOverlap,
                            {0, row_height - ImGui::GetStyle().ItemSpacing.y}))
        actions.select(technique.id);
      if (selected && ImGui::IsWindowAppearing()) ImGui::SetScrollHereY();
      ImGui::SetCursorPos({start.x + 4, start.y + 2});
      const bool bookmarked = list_contains(user.bookmarks, technique.id);
      if (bookmarked) {
        ImGui::TextUnformatted(icon::kBookmark);
        ImGui::SameLine();
      }
      ImGui::TextUnformatted(technique.name.c_str());
      ImGui::SetCursorPos({start.x + 4, start.y + 2 + ImGui::GetTextLineHeightWithSpacing()});
      {
        ColorScope muted(ImGuiCol_Text, look.colors().muted);
        ImGui::TextUnformatted(std::string(enum_label(technique.category)).c_str());
      }
      ImGui::SameLine(0, ImGui::GetFontSize());
      bleeding_risk_badge(look, technique.bleeding_risk, false);
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s bleeding-risk class",
                          std::string(enum_label(technique.bleeding_risk)).c_str());
      if (!screening.empty()) {
        ImGui::SetCursorPos({start.x + 4, start.y + 2 + 2 * ImGui::GetTextLineHeightWithSpacing()});
        screening_badge(look, screening[rows[static_cast<std::size_t>(i)].technique].status, true);
      }
      ImGui::SetCursorPos({start.x, start.y + row_height});
    }
  }
}

}  // namespace painatlas::ui
