#include "reader/screening.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace painatlas {
namespace {

class ScreeningTest : public testing::MiniCatalogTest {
 protected:
  ScreeningResult for_technique(const std::vector<ScreeningResult>& results,
                                const std::string& id) {
    return results[*catalog.technique_index(id)];
  }
};

TEST_F(ScreeningTest, InfectionAtTheSiteIsAReasonNotToDoAny) {
  const auto results = screen(catalog, {"infection-at-site"});
  for (const auto& result : results) {
    EXPECT_EQ(result.status, ScreeningStatus::Absolute);
    ASSERT_FALSE(result.reasons.empty());
    EXPECT_NE(result.reasons[0].text.find("reason not to do it"), std::string::npos);
  }
}

TEST_F(ScreeningTest, PregnancyIsListedOnlyWhereTheContentListsIt) {
  const auto results = screen(catalog, {"pregnancy"});
  EXPECT_EQ(for_technique(results, "lumbar-transforaminal-esi").status, ScreeningStatus::Relative);
  EXPECT_EQ(for_technique(results, "stellate-ganglion-block").status, ScreeningStatus::None);
  EXPECT_TRUE(for_technique(results, "stellate-ganglion-block").reasons.empty());
}

TEST_F(ScreeningTest, WarfarinMatchesATechniqueListingAnyBloodThinnerAndExplainsTheClass) {
  const auto results = screen(catalog, {"warfarin-therapy"});
  const auto tfesi = for_technique(results, "lumbar-transforaminal-esi");  // lists the broader term
  EXPECT_EQ(tfesi.status, ScreeningStatus::Relative);
  ASSERT_EQ(tfesi.reasons.size(), 2u);
  EXPECT_EQ(tfesi.reasons[0].term, "anticoagulant-therapy");
  EXPECT_NE(tfesi.reasons[1].text.find("Medium bleeding risk"), std::string::npos);
  const auto knee =
      for_technique(results, "knee-intra-articular-injection");  // lists warfarin itself, low class
  EXPECT_EQ(knee.status, ScreeningStatus::Relative);
  EXPECT_NE(knee.reasons.back().text.find("Low bleeding risk"), std::string::npos);
}

TEST_F(ScreeningTest, ABroadBloodThinnerAnswerMatchesANarrowListing) {
  // The reader ticks "a blood thinner"; the knee injection lists warfarin specifically.
  EXPECT_EQ(
      for_technique(screen(catalog, {"anticoagulant-therapy"}), "knee-intra-articular-injection")
          .status,
      ScreeningStatus::Relative);
}

TEST_F(ScreeningTest, NoFactorsMeansNothingListed) {
  for (const auto& result : screen(catalog, {})) EXPECT_EQ(result.status, ScreeningStatus::None);
  for (const auto& result : screen(catalog, {"not-a-factor"}))
    EXPECT_EQ(result.status, ScreeningStatus::None);
}

TEST_F(ScreeningTest, PatientsSeeTheReasonWithoutTheClinicalNote) {
  ScreeningReason reason{"warfarin-therapy",
                         "anticoagulant-therapy",
                         ScreeningStatus::Relative,
                         "Taking a blood thinner: listed as needing extra care.",
                         "Intermediate class (Narouze 2018).",
                         ""};
  EXPECT_EQ(reason_text(reason, Audience::Patient), reason.text);
  EXPECT_NE(reason_text(reason, Audience::Student).find("Narouze"), std::string::npos);
  reason.patient_note = "Your team decides about your blood thinner.";
  EXPECT_EQ(reason_text(reason, Audience::Patient), reason.text + " " + reason.patient_note);
  EXPECT_EQ(reason_text(reason, Audience::Student).find(reason.patient_note), std::string::npos);
}

TEST_F(ScreeningTest, TheSplitCountsEachStatusAmongTheListedTechniques) {
  const auto results = screen(catalog, {"infection-at-site", "pregnancy"});
  std::vector<TechniqueIndex> all;
  for (TechniqueIndex t = 0; t < catalog.techniques().size(); ++t) all.push_back(t);
  const ScreeningSplit split = split_by_status(results, all);
  EXPECT_EQ(split.absolute, 3u);
  EXPECT_EQ(split.relative + split.none, 0u);
}
}  // namespace
}  // namespace painatlas
