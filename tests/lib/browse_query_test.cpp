#include "catalog/browse_query.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace painatlas {
namespace {

TEST(BrowseQuery, CombinesSearchAndFiltersAndCountsWithinTheSearch) {
  const LoadResult loaded = load_content(testing::mini_content_dir());
  BrowseQuery query;
  // A contraindication synonym in two techniques, and the broader class of one the third lists.
  query.text = "blood thinner";
  ResultSet result = run_browse_query(*loaded.catalog, query);
  ASSERT_EQ(result.rows.size(), 3u);
  EXPECT_TRUE(result.rows[0].matched & static_cast<std::uint8_t>(SearchField::Contraindication));
  EXPECT_EQ(result.rows[2].matched, static_cast<std::uint8_t>(SearchField::Related));
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

TEST(BrowseQuery, AnEmptyResultSaysWhichChoiceHidesTheMatches) {
  const LoadResult loaded = load_content(testing::mini_content_dir());
  BrowseQuery query;
  query.text = "knee";
  query.filter.values(Facet::Category).push_back("sympathetic");
  const ResultSet result = run_browse_query(*loaded.catalog, query);
  ASSERT_TRUE(result.rows.empty());
  ASSERT_FALSE(result.hidden_by.empty());
  const Relaxation& first = result.hidden_by.front();
  EXPECT_EQ(first.kind, Relaxation::Kind::FilterValue);
  EXPECT_EQ(first.facet, Facet::Category);
  EXPECT_EQ(first.value, "sympathetic");
  EXPECT_EQ(first.would_show, 1u);
  // Taking the word away also helps: the stellate block is sympathetic.
  query.text = "knee stellate";
  query.filter = {};
  const auto words = what_hides_matches(*loaded.catalog, query);
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(words[0].kind, Relaxation::Kind::SearchWord);
}

TEST(BrowseQuery, AnUnknownWordIsHiddenOnlyByTheSearchAndAFullListNeedsNoAdvice) {
  const LoadResult loaded = load_content(testing::mini_content_dir());
  BrowseQuery query;
  query.text = "zzzzqqq";
  const auto hidden = run_browse_query(*loaded.catalog, query).hidden_by;
  ASSERT_EQ(hidden.size(), 1u);
  EXPECT_EQ(hidden[0].kind, Relaxation::Kind::WholeSearch);
  EXPECT_EQ(hidden[0].would_show, 3u);
  query.text = "stellate";
  EXPECT_TRUE(run_browse_query(*loaded.catalog, query).hidden_by.empty());
}
}  // namespace
}  // namespace painatlas
