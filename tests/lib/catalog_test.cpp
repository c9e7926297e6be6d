#include "catalog/catalog.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace painatlas {
namespace {

class CatalogTest : public testing::MiniCatalogTest {
 protected:
  std::vector<std::string> ids_with(Facet facet, std::string_view value) {
    std::vector<std::string> ids;
    for (TechniqueIndex t : catalog.techniques_with(facet, value))
      ids.push_back(catalog.techniques()[t].id);
    return ids;
  }
};

TEST_F(CatalogTest, KeepsTechniquesInAlphabeticalOrderOfName) {
  ASSERT_EQ(catalog.techniques().size(), 3u);
  EXPECT_EQ(catalog.techniques()[0].id, "knee-intra-articular-injection");
  EXPECT_EQ(catalog.techniques()[1].id, "lumbar-transforaminal-esi");
  EXPECT_EQ(catalog.techniques()[2].id, "stellate-ganglion-block");
}

TEST_F(CatalogTest, IndexesEveryFacet) {
  EXPECT_EQ(ids_with(Facet::Indication, "lumbar-radiculopathy"),
            std::vector<std::string>{"lumbar-transforaminal-esi"});
  EXPECT_EQ(ids_with(Facet::Contraindication, "infection-at-site").size(), 3u);
  EXPECT_EQ(ids_with(Facet::Risk, "vasovagal-reaction"),
            (std::vector<std::string>{"lumbar-transforaminal-esi", "stellate-ganglion-block"}));
  EXPECT_EQ(ids_with(Facet::Category, "sympathetic"),
            std::vector<std::string>{"stellate-ganglion-block"});
  EXPECT_EQ(ids_with(Facet::Region, "knee"),
            std::vector<std::string>{"knee-intra-articular-injection"});
  EXPECT_EQ(ids_with(Facet::BleedingRisk, "intermediate").size(), 2u);
  EXPECT_TRUE(ids_with(Facet::Indication, "no-such-term").empty());
}

TEST_F(CatalogTest, AFacetValueIncludesTechniquesListingANarrowerTerm) {
  // The knee injection lists warfarin, whose broader term is anticoagulant therapy.
  EXPECT_EQ(ids_with(Facet::Contraindication, "anticoagulant-therapy"),
            (std::vector<std::string>{"knee-intra-articular-injection", "lumbar-transforaminal-esi",
                                      "stellate-ganglion-block"}));
  EXPECT_EQ(ids_with(Facet::Contraindication, "warfarin-therapy"),
            std::vector<std::string>{"knee-intra-articular-injection"});
}

TEST_F(CatalogTest, FindsByIdAndCountsTermUse) {
  EXPECT_NE(catalog.find_technique("stellate-ganglion-block"), nullptr);
  EXPECT_EQ(catalog.find_technique("stellate"), nullptr);
  EXPECT_EQ(catalog.term_usage("anticoagulant-therapy"), 3u);  // two directly, one via warfarin
  EXPECT_EQ(catalog.term_usage("warfarin-therapy"), 1u);
  EXPECT_EQ(catalog.facet_value_name(Facet::Indication, "lumbar-radiculopathy", true), "Sciatica");
  EXPECT_EQ(catalog.facet_value_name(Facet::Category, "head-face", false), "Head and face");
}

}  // namespace
}  // namespace painatlas
