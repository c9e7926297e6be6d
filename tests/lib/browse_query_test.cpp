#include "catalog/browse_query.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace painatlas {
namespace {

TEST(BrowseQuery, CombinesSearchAndFiltersAndCountsWithinTheSearch) {
  const LoadResult loaded = load_content(testing::mini_content_dir());
  BrowseQuery query;
  query.text = "blood thinner";  // a contraindication synonym in two techniques
  ResultSet result = run_browse_query(*loaded.catalog, query);
  ASSERT_EQ(result.rows.size(), 2u);
  EXPECT_TRUE(result.rows[0].matched & static_cast<std::uint8_t>(SearchField::Contraindication));
  std::size_t sympathetic = 0;
  for (const auto& count : result.facets.counts[static_cast<std::size_t>(Facet::Category)])
    if (count.value == "sympathetic") sympathetic = count.count;
  EXPECT_EQ(sympathetic, 1u);

  query.filter.values(Facet::Category).push_back("sympathetic");
  result = run_browse_query(*loaded.catalog, query);
  ASSERT_EQ(result.rows.size(), 1u);
  EXPECT_EQ(loaded.catalog->techniques()[result.rows[0].technique].id, "stellate-ganglion-block");
}

TEST(BrowseQuery, SortsByNameOnRequest) {
  const LoadResult loaded = load_content(testing::mini_content_dir());
  BrowseQuery query;
  query.text = "injection";
  query.sort = SortOrder::Name;
  const ResultSet result = run_browse_query(*loaded.catalog, query);
  ASSERT_GE(result.rows.size(), 2u);
  for (std::size_t i = 1; i < result.rows.size(); ++i)
    EXPECT_LT(result.rows[i - 1].technique, result.rows[i].technique);
}

}  // namespace
}  // namespace painatlas
