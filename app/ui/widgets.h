// Small building blocks shared by the panels: headings, wrapped reading text, term links with a
// glossary tooltip, badges and removable chips.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

#include "actions.h"
#include "catalog/browse_query.h"
#include "catalog/catalog.h"
#include "fonts.h"
#include "reader/audience.h"
#include "theme.h"

namespace painatlas::ui {

// What every panel needs to draw in the reader's style.
struct Look {
  const Fonts& fonts;
  Theme theme;
  Audience audience;
  bool one_pane = false;  // a phone: one pane at a time (layout.h)
  const Palette& colors() const { return palette(theme); }
};

// About 80 characters of body text: long lines are hard to read.
float reading_width();

void heading(const Look& look, std::string_view text);
void title(const Look& look, std::string_view text);
void wrapped(std::string_view text);
void muted_wrapped(const Look& look, std::string_view text);
void bullet_wrapped(std::string_view text);

// Text drawn as a link; returns true when clicked. Underlined while hovered.
bool link(const Look& look, std::string_view text, const char* id);

// A term in the reader's register, with its definition on hover; a click shows every technique
// that shares it ("other techniques for this").
void term_link(const Look& look, const Catalog& catalog, Facet facet, const std::string& term_id,
               Actions& actions);

// A tooltip that wraps at a readable width (ImGui::SetTooltip does not wrap).
void tooltip(std::string_view text);

// One line of text cut to `width` with an ellipsis, the whole of it in a tooltip; returns whether
// it was cut.
bool fitted_text(std::string_view text, float width);

// A checkbox whose label wraps instead of being cut; a click on the words ticks it too.
bool wrapped_checkbox(std::string_view label, bool* checked);

// A coloured icon followed by words in the text colour.
void badge(std::string_view icon, ImVec4 color, std::string_view words);
void bleeding_risk_badge(const Look& look, BleedingRisk risk, bool long_form);

// A selected-filter chip; returns true when its remove button is pressed.
bool chip(const Look& look, std::string_view label, const char* id);

// Marks the block drawn inside it as the one being read aloud: a soft band behind it and a bar at
// its left edge (so it does not rest on colour alone), drawn under the text.
class ReadingHighlight {
 public:
  ReadingHighlight(const Look& look, bool active);
  ~ReadingHighlight();
  ReadingHighlight(const ReadingHighlight&) = delete;
  ReadingHighlight& operator=(const ReadingHighlight&) = delete;

 private:
  const Look& look_;
  bool active_;
  ImDrawListSplitter splitter_;
};

// Continues the line when an item of `width` still fits on it, else starts the next line.
void same_line_if_room(float width);

// The width a button with this label takes (text plus frame padding).
float button_width(std::string_view label);

// What narrows the browse list, in words ("search “knee”  ·  2 filters"); empty when nothing.
std::string narrowing_words(const Catalog& catalog, const BrowseQuery& query, bool lay);

// Lays items out left to right, wrapping when the next one does not fit.
class Flow {
 public:
  void next(float item_width);

 private:
  bool first_ = true;
};

}  // namespace painatlas::ui
