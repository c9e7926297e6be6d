#include "content/citations.h"

#include <gtest/gtest.h>

namespace painatlas {
namespace {

std::vector<std::string> labels_in(std::string_view text, const std::vector<std::string>& known) {
  std::vector<std::string> out;
  for (const auto& mention : find_citations(text, known)) out.push_back(mention.label);
  return out;
}

TEST(Citations, LabelIsCiteAsOrFirstAuthorSurnameAndYear) {
  Reference reference;
  reference.citation = "Busse JW, Genevay S, et al. A guideline. BMJ. 2025.";
  reference.year = 2025;
  EXPECT_EQ(citation_label(reference), "Busse 2025");
  reference.authors = "Rasmussen-Barr E, Held U";
  EXPECT_EQ(citation_label(reference), "Rasmussen-Barr 2025");
  reference.cite_as = "NICE NG59";
  EXPECT_EQ(citation_label(reference), "NICE NG59");
}

TEST(Citations, FindsEveryCitationInParenthesesAndKnowsWhichAreDeclared) {
  const std::vector<std::string> known{"Chou 2015", "Oliveira 2020", "NICE NG59"};
  const auto mentions =
      find_citations("Small (Chou 2015, Oliveira 2020; Wang et al. 2025) and (NICE NG59).", known);
  ASSERT_EQ(mentions.size(), 4u);
  EXPECT_EQ(mentions[0].label, "Chou 2015");
  EXPECT_TRUE(mentions[0].known);
  EXPECT_EQ(mentions[2].label, "Wang 2025");
  EXPECT_FALSE(mentions[2].known);
  EXPECT_TRUE(mentions[3].known);
}

TEST(Citations, IgnoresParenthesesThatAreNotCitations) {
  EXPECT_TRUE(
      labels_in("Pain fell (30%) in 2016 (mean difference -4.6, 95% CI -11 to 2).", {}).empty());
  EXPECT_TRUE(labels_in("An unclosed (Busse 2025", {}).empty());
  // A declared label that does not read like "Name YEAR" only counts when declared.
  EXPECT_TRUE(labels_in("(NICE NG59)", {}).empty());
  EXPECT_EQ(labels_in("(e.g. Busse 2025)", {}), std::vector<std::string>{"Busse 2025"});
}

TEST(Citations, StripsCitationsForReadingAloudAndGrading) {
  const std::vector<std::string> known{"NICE NG59"};
  EXPECT_EQ(strip_citations("It helps (Busse 2025). It is safe (NICE NG59).", known),
            "It helps. It is safe.");
  EXPECT_EQ(strip_citations("It helps (difference 11 points; Fernandez 2015).", known),
            "It helps (difference 11 points).");
  EXPECT_EQ(strip_citations("Pain fell (30%).", known), "Pain fell (30%).");
}

}  // namespace
}  // namespace painatlas
