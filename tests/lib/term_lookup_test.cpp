#include "catalog/term_lookup.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace painatlas {
namespace {

using TermLookupTest = testing::MiniCatalogTest;

TEST_F(TermLookupTest, AcceptsIdNameLayNameAndSynonymInAnyCase) {
  for (std::string_view typed :
       {"lumbar-radiculopathy", "Lumbar Radiculopathy", "SCIATICA", "pinched nerve in the back"}) {
    const auto found = lookup_term(catalog, TermKind::Condition, typed);
    ASSERT_NE(found.term, nullptr) << typed;
    EXPECT_EQ(found.term->id, "lumbar-radiculopathy");
  }
}

TEST_F(TermLookupTest, DoesNotCrossKinds) {
  EXPECT_EQ(lookup_term(catalog, TermKind::Factor, "sciatica").term, nullptr);
}

TEST_F(TermLookupTest, SuggestsCloseNamesForAnUnknownTerm) {
  const auto found = lookup_term(catalog, TermKind::Condition, "sciatca");
  EXPECT_EQ(found.term, nullptr);
  ASSERT_FALSE(found.suggestions.empty());
  EXPECT_EQ(found.suggestions.front(), "Lumbar radiculopathy");
}

TEST_F(TermLookupTest, WordsInANameFindTheTermWhenNoNameMatchesWhole) {
  const auto found = lookup_term(catalog, TermKind::Condition, "radiculopathy lumbar");
  EXPECT_EQ(found.term, nullptr);
  const auto words = lookup_term(catalog, TermKind::Condition, "lumbar");
  ASSERT_FALSE(words.terms.empty());
  EXPECT_TRUE(words.by_words);
  for (const Term* term : words.terms)
    EXPECT_NE(term->name.find("umbar"), std::string::npos) << term->name;
}

TEST_F(TermLookupTest, ABroaderTermAmongTheMatchesStandsForItsNarrowerOnes) {
  const auto found = lookup_term(catalog, TermKind::Factor, "anticoagulant");
  ASSERT_NE(found.term, nullptr);
  EXPECT_EQ(found.term->id, "anticoagulant-therapy");
  const auto words = lookup_term(catalog, TermKind::Factor, "therapy");
  for (const Term* term : words.terms) EXPECT_NE(term->id, "warfarin-therapy");
}

TEST_F(TermLookupTest, AWordFindsItsFilterValuesInEveryFacet) {
  const auto matches = facet_values_named(catalog, "anticoagulant");
  ASSERT_FALSE(matches.empty());
  for (const auto& match : matches) {
    EXPECT_EQ(match.facet, Facet::Contraindication) << match.term->id;
    EXPECT_TRUE(match.by_words) << "no term is called just \"anticoagulant\"";
  }
  EXPECT_EQ(matches.front().term->id, "anticoagulant-therapy");
  EXPECT_TRUE(facet_values_named(catalog, "no such thing at all").empty());
}

TEST_F(TermLookupTest, FindsTechniquesByIdNameOrAlias) {
  EXPECT_EQ(lookup_technique(catalog, "SGB").technique->id, "stellate-ganglion-block");
  EXPECT_EQ(lookup_technique(catalog, "stellate ganglion block").technique->id,
            "stellate-ganglion-block");
  const auto missing = lookup_technique(catalog, "stellate-ganglion-blok");
  EXPECT_EQ(missing.technique, nullptr);
  EXPECT_EQ(missing.suggestions.front(), "stellate-ganglion-block");
}

}  // namespace
}  // namespace painatlas
