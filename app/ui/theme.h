// The three themes and the few colours the panels use for meaning. Meaning never rests on colour
// alone: every coloured mark has a word or an icon beside it.
#pragma once

#include <imgui.h>

#include "content/enums.h"
#include "store/user_data.h"

namespace painatlas::ui {

struct Palette {
  ImVec4 text;
  ImVec4 muted;  // secondary text, still >= 4.5:1 on the background
  ImVec4 link;
  ImVec4 low;  // bleeding-risk classes and severity marks
  ImVec4 intermediate;
  ImVec4 high;
  ImVec4 chip;  // background of selected-filter chips
};

void apply_theme(Theme theme, float scale);
const Palette& palette(Theme theme);
ImVec4 bleeding_risk_color(Theme theme, BleedingRisk risk);

}  // namespace painatlas::ui
