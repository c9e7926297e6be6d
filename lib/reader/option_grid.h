// The option grid of a condition guide (after the Option Grid decision-aid format): options as
// columns, the same questions as rows, every cell in one register. The desktop view, the handout
// and the CLI all draw this one model; narrow widths turn it so options become rows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "reader/audience.h"

namespace painatlas {

// "What does it involve?" for both readers; some rows word things differently for patients.
std::string_view option_question_label(OptionQuestion question, Audience audience);

// GRADE certainty for people: "Fairly sure (moderate certainty)" style for patients.
std::string certainty_text(EvidenceLevel level, Audience audience);
// What placebo- or sham-controlled trials found, or that there were none, for either reader.
std::string versus_placebo_text(const ConditionOption& option, Audience audience);

struct OptionGridColumn {
  std::string name;       // in the register of the grid
  std::string kind;       // "Exercise and physiotherapy"
  std::string technique;  // the catalog technique a procedure links to, or empty
  std::string technique_name;
};

struct OptionGrid {
  std::vector<std::string> row_labels;
  std::vector<OptionGridColumn> columns;
  std::vector<std::vector<std::string>> cells;  // [row][column]
  std::size_t sources_row = 0;                  // the row listing each option's references
};

// Rows: the five questions, how sure the evidence is, what placebo or sham trials found, and the
// sources. Patient cells leave in-text citations out (the sources row keeps them); student cells
// keep them where they stand.
OptionGrid build_option_grid(const Catalog& catalog, const ConditionGuide& guide,
                             Audience audience);

enum class GridLayout { OptionsAsColumns, OptionsAsRows };

// Options as columns when every column gets at least `min_column_width` beside the row labels;
// otherwise options as rows, which read well at any width.
GridLayout choose_grid_layout(float available_width, std::size_t option_count, float label_width,
                              float min_column_width);

}  // namespace painatlas
