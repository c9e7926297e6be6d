#include "reader/option_grid.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace painatlas {
namespace {

class OptionGridTest : public testing::MiniCatalogTest {
 protected:
  const ConditionGuide& guide = *catalog.find_condition("lumbar-radiculopathy");
};

TEST_F(OptionGridTest, OptionsAreColumnsAndTheSameQuestionsAreRows) {
  const OptionGrid grid = build_option_grid(catalog, guide, Audience::Student);
  ASSERT_EQ(grid.columns.size(), 4u);
  EXPECT_EQ(grid.row_labels.size(), kOptionQuestionCount + 3);
  for (const auto& row : grid.cells) EXPECT_EQ(row.size(), grid.columns.size());
  EXPECT_EQ(grid.columns[3].name, "Epidural steroid injection");
  EXPECT_EQ(grid.columns[3].kind, "Procedure");
  EXPECT_EQ(grid.columns[3].technique, "lumbar-transforaminal-esi");
  EXPECT_EQ(grid.columns[3].technique_name, "Lumbar transforaminal epidural steroid injection");
  // Student cells keep their citations where they stand.
  EXPECT_EQ(grid.cells[1][2], "No better than placebo (Koes 2007).");
  EXPECT_EQ(grid.cells[kOptionQuestionCount + 1][2], "No better than placebo or sham");
  EXPECT_EQ(grid.cells[grid.sources_row][0], "Guide 2020; Koes 2007");
}

TEST_F(OptionGridTest, PatientCellsArePlainWordsWithoutCitations) {
  const OptionGrid grid = build_option_grid(catalog, guide, Audience::Patient);
  EXPECT_EQ(grid.columns[2].name, "Nerve pain medicines");
  EXPECT_EQ(grid.row_labels[0], "What does it involve?");
  EXPECT_EQ(grid.cells[1][2], "No better than dummy pills.");
  EXPECT_EQ(grid.cells[4][0], "Right away.");
  EXPECT_EQ(grid.cells[kOptionQuestionCount][0], "Fairly sure: good research, some doubts");
  EXPECT_EQ(grid.cells[kOptionQuestionCount + 1][0], "Not tested against a dummy treatment");
  for (std::size_t r = 0; r < grid.sources_row; ++r)
    for (const auto& cell : grid.cells[r]) EXPECT_EQ(cell.find("2007"), std::string::npos) << cell;
}

TEST(OptionGridLayout, ColumnsWhenEveryOptionGetsItsWidthOtherwiseRows) {
  EXPECT_EQ(choose_grid_layout(1200, 4, 160, 200), GridLayout::OptionsAsColumns);
  EXPECT_EQ(choose_grid_layout(1200, 9, 160, 200), GridLayout::OptionsAsRows);
  EXPECT_EQ(choose_grid_layout(500, 2, 160, 200), GridLayout::OptionsAsRows);
  EXPECT_EQ(choose_grid_layout(1200, 0, 160, 200), GridLayout::OptionsAsRows);
}

}  // namespace
}  // namespace painatlas
