#include <gtest/gtest.h>

#include "catalog/catalog.h"
#include "test_support.h"

namespace painatlas {
namespace {

class SearchTest : public testing::MiniCatalogTest {
 protected:
  std::vector<std::string> ids(std::string_view query) {
    std::vector<std::string> out;
    for (const auto& hit : catalog.search_index().search(query))
      out.push_back(catalog.techniques()[hit.technique].id);
    return out;
  }
  std::uint8_t fields_of_first(std::string_view query) {
    const auto hits = catalog.search_index().search(query);
    return hits.empty() ? 0 : hits.front().fields;
  }
};

TEST_F(SearchTest, Search_FindsStellateWithOneTypo) {
  EXPECT_EQ(ids("stelate"), std::vector<std::string>{"stellate-ganglion-block"});
  EXPECT_EQ(ids("stellate gnaglion"), std::vector<std::string>{"stellate-ganglion-block"});
}

TEST_F(SearchTest, MatchesPrefixesAsYouType) {
  for (std::string_view typed : {"s", "st", "ste", "stel", "stell", "stellate g", "stellate gan"})
    EXPECT_EQ(ids(typed).empty() ? "" : ids(typed).front(), "stellate-ganglion-block") << typed;
}

TEST_F(SearchTest, IgnoresCaseAndAccents) {
  EXPECT_EQ(ids("STÉLLATE"), std::vector<std::string>{"stellate-ganglion-block"});
  EXPECT_EQ(ids("Sciática"), std::vector<std::string>{"lumbar-transforaminal-esi"});
}

TEST_F(SearchTest, FindsByAliasAndByTermSynonymAndSaysWhere) {
  EXPECT_EQ(ids("TFESI"), std::vector<std::string>{"lumbar-transforaminal-esi"});
  EXPECT_EQ(fields_of_first("TFESI"), static_cast<std::uint8_t>(SearchField::Alias));
  EXPECT_EQ(ids("sciatica"), std::vector<std::string>{"lumbar-transforaminal-esi"});
  EXPECT_TRUE(fields_of_first("sciatica") & static_cast<std::uint8_t>(SearchField::Indication));
  EXPECT_EQ(ids("coumadin"), std::vector<std::string>{"knee-intra-articular-injection"});
}

TEST_F(SearchTest, RanksANameHitAboveAHitInProse) {
  // "knee" is in one technique's name; "needle" only in prose of others.
  const auto hits = ids("knee");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits.front(), "knee-intra-articular-injection");
  // "injection" is in the knee name and in the TFESI name; both outrank prose-only matches.
  const auto injection = catalog.search_index().search("injection");
  ASSERT_GE(injection.size(), 2u);
  EXPECT_TRUE(injection[0].fields & static_cast<std::uint8_t>(SearchField::Name));
  EXPECT_TRUE(injection[1].fields & static_cast<std::uint8_t>(SearchField::Name));
}

TEST_F(SearchTest, RequiresEveryWord) {
  EXPECT_TRUE(ids("stellate knee").empty());
  EXPECT_TRUE(ids("").empty());
  EXPECT_TRUE(ids("   ,, ").empty());
  EXPECT_TRUE(ids("zzzzqqq").empty());
}

}  // namespace
}  // namespace painatlas
