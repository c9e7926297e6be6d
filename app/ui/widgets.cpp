#include "widgets.h"

#include <imgui_internal.h>

#include <string>

#include "icons.h"
#include "imgui_scopes.h"

namespace painatlas::ui {

float reading_width() { return ImGui::GetFontSize() * 40.0f; }

void heading(const Look& look, std::string_view text) {
  ImGui::Dummy({0, ImGui::GetStyle().ItemSpacing.y});
  FontScope font(look.fonts.heading);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
}

void title(const Look& look, std::string_view text) {
  FontScope font(look.fonts.title);
  WrapScope wrap(ImGui::GetCursorPosX() +
                 std::min(ImGui::GetContentRegionAvail().x, reading_width() * 1.2f));
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
}

void wrapped(std::string_view text) {
  WrapScope wrap(ImGui::GetCursorPosX() +
                 std::min(ImGui::GetContentRegionAvail().x, reading_width()));
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
}

void muted_wrapped(const Look& look, std::string_view text) {
  ColorScope color(ImGuiCol_Text, look.colors().muted);
  wrapped(text);
}

void bullet_wrapped(std::string_view text) {
  ImGui::Bullet();
  ImGui::SameLine();
  wrapped(text);
}

bool link(const Look& look, std::string_view text, const char* id) {
  IdScope scope(id);
  const char* begin = text.data();
  const char* end = begin + text.size();
  // A link longer than the room left (a long name on a phone) wraps like the text around it.
  const float room = ImGui::GetContentRegionAvail().x;
  const float wrap = ImGui::CalcTextSize(begin, end).x > room && room > 0 ? room : 0.0f;
  const ImVec2 size = ImGui::CalcTextSize(begin, end, false, wrap);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const bool clicked = ImGui::InvisibleButton("link", size);
  const bool hovered = ImGui::IsItemHovered();
  const ImU32 color = ImGui::GetColorU32(look.colors().link);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), start, color, begin, end, wrap);
  // Drawn straight to the draw list, so tell ImGui's logging (copy, tests) about the text too.
  if (ImGui::GetCurrentContext()->LogEnabled) ImGui::LogRenderedText(&start, begin, end);
  if (hovered || ImGui::IsItemFocused()) {
    // Underlined line by line, where the text wrapped.
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    float y = start.y + ImGui::GetFontSize();
    for (const char* line = begin; line < end;) {
      const char* line_end = wrap > 0 ? font->CalcWordWrapPositionA(scale, line, end, wrap) : end;
      if (line_end == line) line_end = line + 1;  // one glyph wider than the room
      const float width = ImGui::CalcTextSize(line, line_end).x;
      draw->AddLine({start.x, y}, {start.x + width, y}, color);
      y += ImGui::GetFontSize();
      line = line_end;
      while (line < end && (*line == ' ' || *line == '\n')) ++line;
    }
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  return clicked;
}

void same_line_if_room(float width) {
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

void term_link(const Look& look, const Catalog& catalog, Facet facet, const std::string& term_id,
               Actions& actions) {
  const Term* term = catalog.find_term(term_id);
  const bool patient = look.audience == Audience::Patient;
  const std::string shown = term ? (patient ? term->lay_name : term->name) : term_id;
  if (link(look, shown, term_id.c_str())) actions.filter_by_term(facet, term_id);
  if (term && ImGui::IsItemHovered()) {
    TooltipScope tooltip;
    WrapScope wrap(reading_width() * 0.8f);
    {
      FontScope bold(look.fonts.heading);
      ImGui::TextUnformatted(term->name.c_str());
    }
    if (term->lay_name != term->name) ImGui::TextDisabled("Also: %s", term->lay_name.c_str());
    ImGui::TextUnformatted(term->definition.c_str());
    const std::size_t uses = catalog.techniques_with(facet, term_id).size();
    ImGui::TextDisabled("Click to see all %zu technique%s with this %s.", uses,
                        uses == 1 ? "" : "s", std::string(facet_label(facet)).c_str());
  }
}

void badge(std::string_view icon, ImVec4 color, std::string_view words) {
  {
    ColorScope tint(ImGuiCol_Text, color);
    ImGui::TextUnformatted(icon.data(), icon.data() + icon.size());
  }
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::TextUnformatted(words.data(), words.data() + words.size());
}

void bleeding_risk_badge(const Look& look, BleedingRisk risk, bool long_form) {
  std::string words(enum_label(risk));
  words += long_form ? " bleeding risk" : "";
  badge(icon::kTint, bleeding_risk_color(look.theme, risk), words);
}

bool chip(const Look& look, std::string_view label, const char* id) {
  IdScope scope(id);
  ColorScope background(ImGuiCol_Button, look.colors().chip);
  const std::string text = std::string(label) + "  " + icon::kTimes;
  const bool pressed = ImGui::SmallButton(text.c_str());
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this filter");
  return pressed;
}

float button_width(std::string_view label) {
  return ImGui::CalcTextSize(label.data(), label.data() + label.size(), true).x +
         ImGui::GetStyle().FramePadding.x * 2;
}

void Flow::next(float item_width) {
  if (!first_) same_line_if_room(item_width);
  first_ = false;
}

}  // namespace painatlas::ui
