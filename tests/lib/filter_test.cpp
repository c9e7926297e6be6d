#include "catalog/filter.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace painatlas {
namespace {

class FilterTest : public testing::MiniCatalogTest {
 protected:
  std::vector<std::string> ids(const FilterResult& result) {
    std::vector<std::string> out;
    for (TechniqueIndex t : result.techniques) out.push_back(catalog.techniques()[t].id);
    return out;
  }
  std::size_t count_of(const FilterResult& result, Facet facet, const std::string& value) {
    for (const auto& count : result.counts[static_cast<std::size_t>(facet)])
      if (count.value == value) return count.count;
    return 0;
  }
};

TEST_F(FilterTest, EmptyQueryKeepsEverythingWithFullCounts) {
  const FilterResult result = apply_filter(catalog, {});
  EXPECT_EQ(result.techniques.size(), 3u);
  EXPECT_EQ(count_of(result, Facet::BleedingRisk, "intermediate"), 2u);
  EXPECT_EQ(count_of(result, Facet::BleedingRisk, "low"), 1u);
  EXPECT_EQ(count_of(result, Facet::Contraindication, "infection-at-site"), 3u);
}

TEST_F(FilterTest, CombinesFacetsWithAndAndValuesWithOr) {
  FilterQuery query;
  query.values(Facet::Category).push_back("sympathetic");
  query.values(Facet::Category).push_back("joint-soft-tissue");
  EXPECT_EQ(
      ids(apply_filter(catalog, query)),
      (std::vector<std::string>{"knee-intra-articular-injection", "stellate-ganglion-block"}));
  query.values(Facet::BleedingRisk).push_back("intermediate");
  EXPECT_EQ(ids(apply_filter(catalog, query)), std::vector<std::string>{"stellate-ganglion-block"});
}

TEST_F(FilterTest, CountsAreDisjunctiveWithinAFacet) {
  FilterQuery query;
  query.values(Facet::BleedingRisk).push_back("low");
  const FilterResult result = apply_filter(catalog, query);
  EXPECT_EQ(ids(result), std::vector<std::string>{"knee-intra-articular-injection"});
  // Other values of the selected facet still show what adding them would bring.
  EXPECT_EQ(count_of(result, Facet::BleedingRisk, "intermediate"), 2u);
  // Other facets count only within the result.
  EXPECT_EQ(count_of(result, Facet::Category, "joint-soft-tissue"), 1u);
  EXPECT_EQ(count_of(result, Facet::Category, "sympathetic"), 0u);
  const auto& bleeding = result.counts[static_cast<std::size_t>(Facet::BleedingRisk)];
  EXPECT_TRUE(std::any_of(bleeding.begin(), bleeding.end(),
                          [](const FacetCount& c) { return c.value == "low" && c.selected; }));
}

TEST_F(FilterTest, KeepsTheOrderOfCandidatesFromSearch) {
  const std::vector<TechniqueIndex> candidates{2, 0};
  FilterQuery query;
  query.values(Facet::Contraindication).push_back("infection-at-site");
  const FilterResult result = apply_filter(catalog, query, &candidates);
  EXPECT_EQ(result.techniques, candidates);
}

TEST_F(FilterTest, AnUnknownValueSelectsNothing) {
  FilterQuery query;
  query.values(Facet::Region).push_back("moon");
  EXPECT_TRUE(apply_filter(catalog, query).techniques.empty());
}

TEST_F(FilterTest, ToggleAddsThenRemoves) {
  FilterQuery query;
  query.toggle(Facet::Risk, "vasovagal-reaction");
  EXPECT_TRUE(query.contains(Facet::Risk, "vasovagal-reaction"));
  query.toggle(Facet::Risk, "vasovagal-reaction");
  EXPECT_TRUE(query.empty());
}

TEST_F(FilterTest, ContraindicationCountsSplitBySeverityAndEachSeverityIsSelectable) {
  const FilterResult all = apply_filter(catalog, {});
  const auto& counts = all.counts[static_cast<std::size_t>(Facet::Contraindication)];
  const auto pregnancy = std::find_if(counts.begin(), counts.end(),
                                      [](const FacetCount& c) { return c.value == "pregnancy"; });
  ASSERT_NE(pregnancy, counts.end());
  const auto infection = std::find_if(counts.begin(), counts.end(), [](const FacetCount& c) {
    return c.value == "infection-at-site";
  });
  EXPECT_EQ(infection->absolute, 3u);
  EXPECT_EQ(infection->relative, 0u);
  EXPECT_EQ(pregnancy->absolute + pregnancy->relative, pregnancy->count);

  FilterQuery query;
  query.toggle_severity("infection-at-site", Severity::Absolute);
  EXPECT_EQ(apply_filter(catalog, query).techniques.size(), 3u);
  query = {};
  query.toggle_severity("infection-at-site", Severity::Relative);
  EXPECT_TRUE(apply_filter(catalog, query).techniques.empty());
  query = {};
  query.toggle_severity("pregnancy", Severity::Relative);
  const FilterResult relative = apply_filter(catalog, query);
  EXPECT_EQ(relative.techniques.size(), pregnancy->relative);
  for (TechniqueIndex t : relative.techniques) {
    const auto& items = catalog.techniques()[t].contraindications;
    EXPECT_TRUE(std::any_of(items.begin(), items.end(), [](const Contraindication& c) {
      return c.term == "pregnancy" && c.severity == Severity::Relative;
    }));
  }
}

TEST_F(FilterTest, ChoosingASeverityReplacesTheEitherSeverityChoiceAndBack) {
  FilterQuery query;
  query.toggle(Facet::Contraindication, "pregnancy");
  query.toggle_severity("pregnancy", Severity::Absolute);
  EXPECT_FALSE(query.contains(Facet::Contraindication, "pregnancy"));
  EXPECT_TRUE(query.contains_severity("pregnancy", Severity::Absolute));
  query.toggle(Facet::Contraindication, "pregnancy");
  EXPECT_FALSE(query.contains_severity("pregnancy", Severity::Absolute));
  query.remove(Facet::Contraindication, "pregnancy");
  EXPECT_TRUE(query.empty());
}
}  // namespace
}  // namespace painatlas
