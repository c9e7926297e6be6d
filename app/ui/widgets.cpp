#include "widgets.h"

#include <imgui_internal.h>

#include <algorithm>
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

namespace {

// A link is an invisible button: its words go to the browser tests' item hooks
// (app/web/test_hooks.h), so a test can tap it by them. Only the browser build has the hooks; the
// string is made only while they listen.
void label_for_tests(std::string_view text) {
#ifdef IMGUI_ENABLE_TEST_ENGINE
  ImGuiContext& g = *ImGui::GetCurrentContext();
  IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetItemID(), std::string(text).c_str(), 0);
#else
  (void)text;
#endif
}

}  // namespace

bool link(const Look& look, std::string_view text, const char* id) {
  IdScope scope(id);
  const char* begin = text.data();
  const char* end = begin + text.size();
  // A link longer than the room left (a long name on a phone, a table cell) wraps like the text
  // around it.
  const float room = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 4);
  const ImVec2 line_size = ImGui::CalcTextSize(begin, end);
  const float wrap = line_size.x > room ? room : 0.0f;
  const ImVec2 size = wrap > 0 ? ImGui::CalcTextSize(begin, end, false, wrap) : line_size;
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const bool clicked = ImGui::InvisibleButton("link", {std::max(size.x, 1.0f), size.y});
  const bool hovered = ImGui::IsItemHovered();
  const ImU32 color = ImGui::GetColorU32(look.colors().link);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), start, color, begin, end, wrap);
  // Drawn straight to the draw list, so tell ImGui's logging (copy, tests) about the text too.
  if (ImGui::GetCurrentContext()->LogEnabled) ImGui::LogRenderedText(&start, begin, end);
  label_for_tests(text);
  // The keyboard's focus ring, as buttons draw it (an invisible button draws none).
  ImGui::RenderNavHighlight(ImRect(start, {start.x + size.x, start.y + size.y}),
                            ImGui::GetItemID());
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
  }
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
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
      ImGui::TextUnformatted((patient ? term->lay_name : term->name).c_str());
    }
    // Patients read the plain name and definition only.
    if (!patient && term->lay_name != term->name)
      ImGui::TextDisabled("Also: %s", term->lay_name.c_str());
    ImGui::TextUnformatted(term->definition.c_str());
    const std::size_t uses = catalog.techniques_with(facet, term_id).size();
    if (patient)
      ImGui::TextDisabled("Click to see the %zu procedure%s that list%s it.", uses,
                          uses == 1 ? "" : "s", uses == 1 ? "s" : "");
    else
      ImGui::TextDisabled("Click to see all %zu technique%s with this %s.", uses,
                          uses == 1 ? "" : "s", std::string(facet_label(facet)).c_str());
  }
}

void tooltip(std::string_view text) {
  TooltipScope scope;
  WrapScope wrap(reading_width() * 0.8f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
}

bool fitted_text(std::string_view text, float width) {
  const ImVec2 full = ImGui::CalcTextSize(text.data(), text.data() + text.size());
  if (full.x <= width) {
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    return false;
  }
  // Cut at a character boundary so the ellipsis never splits a UTF-8 sequence.
  const char* end = text.data() + text.size();
  const float ellipsis = ImGui::CalcTextSize("\u2026").x;
  while (end > text.data() && ImGui::CalcTextSize(text.data(), end).x + ellipsis > width) {
    --end;
    while (end > text.data() && (static_cast<unsigned char>(*end) & 0xC0) == 0x80) --end;
  }
  const std::string shown = std::string(text.data(), end) + "\u2026";
  ImGui::TextUnformatted(shown.c_str());
  if (ImGui::IsItemHovered()) tooltip(text);
  return true;
}

bool wrapped_checkbox(std::string_view label, bool* checked) {
  ImGui::BeginGroup();
  bool changed = ImGui::Checkbox("##box", checked);
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  {
    WrapScope wrap(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
    ImGui::TextUnformatted(label.data(), label.data() + label.size());
  }
  if (ImGui::IsItemClicked()) {
    *checked = !*checked;
    changed = true;
  }
  ImGui::EndGroup();
  return changed;
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
  if (ImGui::IsItemHovered()) tooltip("Remove this filter");
  return pressed;
}

float button_width(std::string_view label) {
  return ImGui::CalcTextSize(label.data(), label.data() + label.size(), true).x +
         ImGui::GetStyle().FramePadding.x * 2;
}

// "search “knee” · 2 filters": what stands between the whole catalog and the list.
std::string narrowing_words(const Catalog& catalog, const BrowseQuery& query, bool lay) {
  std::vector<std::string> parts;
  if (query.text.find_first_not_of(" \t") != std::string::npos)
    parts.push_back("search \u201c" + query.text + "\u201d");
  std::vector<std::string> values;
  for (Facet facet : kAllFacets)
    for (const auto& value : query.filter.values(facet))
      values.push_back(catalog.facet_value_name(facet, value, lay));
  for (const auto& choice : query.filter.contraindication_severity)
    values.push_back(catalog.facet_value_name(Facet::Contraindication, choice.value, lay) + " (" +
                     std::string(choice.severity == Severity::Absolute
                                     ? (lay ? "reason not to do it" : "absolute")
                                     : (lay ? "extra care" : "relative")) +
                     ")");
  if (values.size() == 1) parts.push_back("filter " + values.front());
  if (values.size() > 1) parts.push_back(std::to_string(values.size()) + " filters");
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : "  \u00b7  ") + part;
  return out;
}

void Flow::next(float item_width) {
  if (!first_) same_line_if_room(item_width);
  first_ = false;
}

ReadingHighlight::ReadingHighlight(const Look& look, bool active) : look_(look), active_(active) {
  if (!active_) return;
  splitter_.Split(ImGui::GetWindowDrawList(), 2);
  splitter_.SetCurrentChannel(ImGui::GetWindowDrawList(), 1);
  ImGui::BeginGroup();
}

ReadingHighlight::~ReadingHighlight() {
  if (!active_) return;
  ImGui::EndGroup();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  splitter_.SetCurrentChannel(draw, 0);
  const float pad = ImGui::GetFontSize() * 0.3f;
  const ImVec2 min{ImGui::GetItemRectMin().x - pad, ImGui::GetItemRectMin().y - pad * 0.5f};
  const ImVec2 max{ImGui::GetItemRectMax().x + pad, ImGui::GetItemRectMax().y + pad * 0.5f};
  ImVec4 band = look_.colors().link;
  band.w = 0.16f;
  draw->AddRectFilled(min, max, ImGui::GetColorU32(band), pad);
  draw->AddRectFilled(min, {min.x + pad * 0.6f, max.y}, ImGui::GetColorU32(look_.colors().link));
  splitter_.Merge(draw);
}

}  // namespace painatlas::ui
