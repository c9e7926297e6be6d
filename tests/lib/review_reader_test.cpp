#include "content/review_reader.h"

#include <gtest/gtest.h>

namespace painatlas {
namespace {

constexpr const char* kRecord = R"(# Review record: Stellate ganglion block

Reviewed: 2026-11-29

| field | claim | source | result |
|---|---|---|---|
| bleeding_risk | intermediate: sympathetic blocks | Narouze 2018 | ok |
| evidence | one negative sham RCT left out | Hanling 2016; Rae Olmsted 2020 | added |
| risks[neck-haematoma] | unknown; case reports | Higa 2006 | ok |
| summary | Horner proves limb block | Stevens 1998 | fixed |
)";

TEST(ReviewReader, CountsClaimsResultsAndDistinctSources) {
  std::vector<Problem> problems;
  const auto record = read_review_text(kRecord, "stellate-ganglion-block.md", problems);
  ASSERT_TRUE(record.has_value());
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(record->date, "2026-11-29");
  EXPECT_EQ(record->claims, 4u);
  EXPECT_EQ(record->confirmed, 2u);
  EXPECT_EQ(record->corrected, 2u);
  EXPECT_EQ(record->sources,
            (std::vector<std::string>{"Narouze 2018", "Hanling 2016", "Rae Olmsted 2020",
                                      "Higa 2006", "Stevens 1998"}));
}

TEST(ReviewReader, ReportsAWrongResultWhereItStands) {
  std::string text = kRecord;
  text.replace(text.find("| added |"), 9, "| maybe |");
  std::vector<Problem> problems;
  const auto record = read_review_text(text, "r.md", problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 8);
  EXPECT_NE(problems[0].message.find("expected ok, fixed, added"), std::string::npos);
  EXPECT_NE(problems[0].message.find("\"maybe\""), std::string::npos);
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->claims, 3u);
}

TEST(ReviewReader, NeedsADateAndATable) {
  std::vector<Problem> problems;
  EXPECT_FALSE(read_review_text("# Notes\n\nNothing checked yet.\n", "r.md", problems));
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].message.find("Reviewed: YYYY-MM-DD"), std::string::npos);
  EXPECT_NE(problems[1].message.find("| field | claim | source | result |"), std::string::npos);
  problems.clear();
  EXPECT_FALSE(read_review_text("Reviewed: 29 Nov 2026\n", "r.md", problems));
  EXPECT_NE(problems[0].message.find("expected a date"), std::string::npos);
  EXPECT_EQ(problems[0].line, 1);
}

}  // namespace
}  // namespace painatlas
