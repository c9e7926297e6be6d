#include "content/citations.h"

#include <gtest/gtest.h>

namespace painatlas {
namespace {

Reference reference(std::string authors, int year, std::string cite_as = {}) {
  Reference r;
  r.authors = std::move(authors);
  r.year = year;
  r.cite_as = std::move(cite_as);
  r.citation = "A title. A journal.";
  return r;
}

std::vector<std::string> mentioned(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& mention : find_citations(text)) out.push_back(mention.text);
  return out;
}

TEST(Citations, TheFirstAuthorsSurnameNamesAReference) {
  EXPECT_EQ(first_author_surname(reference("Kornick C, Kramarich SS, Lamer TJ", 2004)), "Kornick");
  EXPECT_EQ(first_author_surname(reference("van Kleef M, Barendse GA", 1999)), "van Kleef");
  EXPECT_EQ(first_author_surname(reference("El-Yahchouchi CA, Plastaras CT", 2016)),
            "El-Yahchouchi");
  EXPECT_EQ(
      first_author_surname(reference("National Institute for Health and Care Excellence", 2016)),
      "National Institute for Health and Care Excellence");
  EXPECT_EQ(citation_label(reference("Kornick C, et al", 2004)), "Kornick 2004");
}

TEST(Citations, FindsAuthorYearMentionsInTheirUsualForms) {
  EXPECT_EQ(mentioned("A trial (Kemler 2008) and Rathmell 2015 agreed."),
            (std::vector<std::string>{"Kemler 2008", "Rathmell 2015"}));
  EXPECT_EQ(mentioned("Smith et al. 2002 found"), (std::vector<std::string>{"Smith 2002"}));
  EXPECT_EQ(mentioned("as Kemler and Barendse 2000 showed"),
            (std::vector<std::string>{"Kemler 2000"}));
  EXPECT_EQ(mentioned("favoured by van Kleef 1999"), (std::vector<std::string>{"van Kleef 1999"}));
  EXPECT_EQ(mentioned("Plancarte's 1990 report"), (std::vector<std::string>{"Plancarte 1990"}));
  EXPECT_EQ(mentioned("(Chen 2020 JBJS trial)"), (std::vector<std::string>{"Chen 2020"}));
}

TEST(Citations, WordsBeforeAYearAreNotAlwaysNames) {
  EXPECT_TRUE(mentioned("In 2016, NICE said. Since 2018 it has. In November 2018 the FDA").empty());
  EXPECT_TRUE(mentioned("about 2016 patients, 3,2019 and 12019").empty());
}

TEST(Citations, MentionsResolveBySurnameOrLabel) {
  const std::vector<Reference> references{
      reference("Kemler MA, Barendse GA", 2000), reference("Kemler MA, de Vet HC", 2008),
      reference("Rae Olmsted KL, Bartoszek M", 2020),
      reference("O'Connell NE, Ferraro MC", 2018, "Cochrane 2018"),
      reference("National Institute for Health and Care Excellence", 2016, "NICE NG59")};
  EXPECT_EQ(resolve_citation(references, "Kemler", 2008).reference, 1u);
  EXPECT_EQ(resolve_citation(references, "Olmsted", 2020).reference, 2u);
  EXPECT_EQ(resolve_citation(references, "Cochrane", 2018).reference, 3u);
  EXPECT_EQ(resolve_citation(references, "NICE NG59", 2016).reference, 4u);
  EXPECT_FALSE(resolve_citation(references, "Kemler", 2004).reference.has_value());
  EXPECT_EQ(resolve_label(references, "Cochrane 2018").reference, 3u);
  EXPECT_EQ(resolve_label(references, "NICE NG59").reference, 4u);
  EXPECT_EQ(resolve_label(references, "Kemler 2000").reference, 0u);
}

TEST(Citations, TwoReferencesUnderOneLabelAreAmbiguous) {
  const std::vector<Reference> references{reference("Cohen SP, Bhaskar A", 2020),
                                          reference("Cohen SP, Doshi TL", 2020)};
  const CitationMatch match = resolve_citation(references, "Cohen", 2020);
  EXPECT_FALSE(match.reference.has_value());
  EXPECT_EQ(match.candidates, 2u);
}

std::vector<std::string> labels_in(std::string_view text, const std::vector<std::string>& known) {
  std::vector<std::string> out;
  for (const auto& mention : find_labelled_citations(text, known)) out.push_back(mention.label);
  return out;
}

TEST(Citations, LabelIsCiteAsOrFirstAuthorSurnameAndYear) {
  Reference reference;
  reference.authors = "Busse JW, Genevay S, et al";
  reference.citation = "A guideline. BMJ. 2025.";
  reference.year = 2025;
  EXPECT_EQ(citation_label(reference), "Busse 2025");
  reference.authors = "Rasmussen-Barr E, Held U";
  EXPECT_EQ(citation_label(reference), "Rasmussen-Barr 2025");
  reference.cite_as = "NICE NG59";
  EXPECT_EQ(citation_label(reference), "NICE NG59");
}

TEST(Citations, FindsEveryCitationInParenthesesAndKnowsWhichAreDeclared) {
  const std::vector<std::string> known{"Chou 2015", "Oliveira 2020", "NICE NG59"};
  const auto mentions = find_labelled_citations(
      "Small (Chou 2015, Oliveira 2020; Wang et al. 2025) and (NICE NG59).", known);
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
