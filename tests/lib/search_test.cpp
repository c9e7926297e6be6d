#include <gtest/gtest.h>

#include "catalog/catalog.h"
#include "catalog/related_match.h"
#include "catalog/term_lookup.h"
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
  // The knee injection lists warfarin itself; the others list its broader class, so they follow.
  EXPECT_EQ(ids("coumadin").front(), "knee-intra-articular-injection");
  EXPECT_EQ(fields_of_first("coumadin"), static_cast<std::uint8_t>(SearchField::Contraindication));
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

TEST_F(SearchTest, ADrugNameFindsTechniquesListingItsBroaderClassAndSaysHow) {
  // The techniques list "anticoagulant therapy"; "warfarin" is a narrower term's synonym.
  const auto hits = catalog.search_index().search("warfarin");
  ASSERT_EQ(hits.size(), 3u);
  const auto knee = *catalog.technique_index("knee-intra-articular-injection");
  for (const auto& hit : hits) {
    if (hit.technique != knee) {
      EXPECT_EQ(hit.fields, static_cast<std::uint8_t>(SearchField::Related));
    }
  }
  const auto tfesi = *catalog.technique_index("lumbar-transforaminal-esi");
  const auto via = related_matches(catalog, tfesi, "warfarin");
  ASSERT_EQ(via.size(), 1u);
  EXPECT_EQ(via[0].listed, "anticoagulant-therapy");
  EXPECT_EQ(via[0].matched, "warfarin-therapy");
  EXPECT_EQ(via[0].facet, Facet::Contraindication);
  // A word that matches the listed term itself needs no explanation.
  EXPECT_TRUE(related_matches(catalog, tfesi, "anticoagulation").empty());
}

TEST_F(SearchTest, ABroadWordFindsATechniqueListingANarrowTerm) {
  // The knee injection lists "warfarin therapy"; "anticoagulation" names its broader class.
  const auto hits = catalog.search_index().search("anticoagulation");
  const auto knee = *catalog.technique_index("knee-intra-articular-injection");
  const auto hit = std::find_if(hits.begin(), hits.end(),
                                [&](const SearchHit& h) { return h.technique == knee; });
  ASSERT_NE(hit, hits.end());
  EXPECT_EQ(hit->fields, static_cast<std::uint8_t>(SearchField::Related));
  const auto via = related_matches(catalog, knee, "anticoagulation");
  ASSERT_EQ(via.size(), 1u);
  EXPECT_EQ(via[0].listed, "warfarin-therapy");
  EXPECT_EQ(via[0].matched, "anticoagulant-therapy");
}

TEST_F(SearchTest, AQueryThatNamesAFactorOffersIt) {
  const auto named = terms_named_in(catalog, TermKind::Factor, "warfarin");
  ASSERT_FALSE(named.empty());
  EXPECT_EQ(named.front()->id, "warfarin-therapy");
  EXPECT_EQ(terms_named_in(catalog, TermKind::Factor, "Taking warfarin").front()->id,
            "warfarin-therapy");
  EXPECT_EQ(terms_named_in(catalog, TermKind::Factor, "pregnant").front()->id, "pregnancy");
  EXPECT_TRUE(terms_named_in(catalog, TermKind::Factor, "knee").empty());
  EXPECT_TRUE(terms_named_in(catalog, TermKind::Factor, "a").empty());
}
// Hits whose words come from several posting lists still come out best first and, among equal
// scores, in catalog order: for a handful of hits and for most of a large catalog.
TEST(SearchOrder, TiesKeepCatalogOrderWhateverListTheHitsCameFrom) {
  std::vector<Technique> techniques(400);
  for (std::size_t i = 0; i < techniques.size(); ++i) {
    Technique& t = techniques[i];
    t.id = "t" + std::to_string(i);
    t.name = "Procedure " + std::to_string(1000 + i);
    // Two words that the same prefix finds, in alternate techniques: two posting lists.
    t.summary = i % 2 ? "blocked nerve" : "blocker nerve";
    if (i % 50 == 7) t.name += " Blocker";  // a few rank higher: the word is in their name
    if (i == 150 || i == 10 || i == 90) t.summary += " zander";
    if (i == 5 || i == 170 || i == 60) t.summary += " zanier";
  }
  const SearchIndex index(
      techniques, [](std::string_view) { return nullptr; },
      [](std::string_view) { return std::vector<const Term*>{}; });

  const auto check = [](const std::vector<SearchHit>& hits) {
    for (std::size_t i = 1; i < hits.size(); ++i) {
      const SearchHit &before = hits[i - 1], &after = hits[i];
      EXPECT_TRUE(before.score > after.score ||
                  (before.score == after.score && before.technique < after.technique))
          << "hit " << i << ": technique " << before.technique << " (" << before.score
          << ") before " << after.technique << " (" << after.score << ")";
    }
  };
  const auto most = index.search("block");
  ASSERT_EQ(most.size(), 400u);
  EXPECT_EQ(most.front().technique, 7u);  // the name hits first, in catalog order
  EXPECT_EQ(most[7].technique, 357u);
  EXPECT_EQ(most[8].technique, 0u);
  check(most);

  const auto few = index.search("zan");
  std::vector<std::uint32_t> order;
  for (const SearchHit& hit : few) order.push_back(hit.technique);
  EXPECT_EQ(order, (std::vector<std::uint32_t>{5, 10, 60, 90, 150, 170}));
  check(few);
}

}  // namespace
}  // namespace painatlas
