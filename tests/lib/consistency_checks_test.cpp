#include "content/consistency_checks.h"

#include <gtest/gtest.h>

namespace painatlas {
namespace {

Technique technique(std::string id) {
  Technique t;
  t.id = id;
  t.name = id;
  t.source = {id + ".yaml", 1, 1};
  Reference reference;
  reference.authors = "Kornick C, Kramarich SS";
  reference.citation = "Complications of lumbar facet radiofrequency denervation. Spine. 2004.";
  reference.year = 2004;
  t.references.push_back(reference);
  t.review = ReviewRecord{"2026-11-29", 1, 1, 0, {"Kornick 2004"}};
  return t;
}

std::vector<Term> terms() {
  std::vector<Term> out;
  for (const char* id : {"anticoagulant-therapy", "warfarin-therapy", "pregnancy"}) {
    Term term;
    term.id = id;
    term.kind = TermKind::Factor;
    term.name = id;
    out.push_back(term);
  }
  out[1].broader = "anticoagulant-therapy";
  return out;
}

std::vector<std::string> messages(std::vector<Technique> techniques) {
  const Catalog catalog({}, terms(), {}, std::move(techniques));
  std::vector<std::string> out;
  for (const Problem& problem : check_consistency(catalog)) out.push_back(problem.message);
  return out;
}

bool any_contains(const std::vector<std::string>& list, const std::string& needle) {
  for (const auto& item : list)
    if (item.find(needle) != std::string::npos) return true;
  return false;
}

TEST(ConsistencyChecks, ACitationMustNameAReferenceOfItsTechnique) {
  Technique t = technique("facet-rfa");
  t.evidence.summary = "Minor complications (Kornick 2004); a later trial (Juch 2017) disagreed.";
  const auto found = messages({t});
  EXPECT_TRUE(any_contains(found, "cites \"Juch 2017\", which names no reference"));
  EXPECT_FALSE(any_contains(found, "Kornick 2004\", which"));
}

TEST(ConsistencyChecks, AnAntithromboticNoteMustNameTheTechniquesClass) {
  Technique t = technique("facet-rfa");
  t.bleeding_risk = BleedingRisk::Low;
  t.contraindications.push_back({"warfarin-therapy",
                                 Severity::Relative,
                                 "Facet RFA is an intermediate bleeding-risk procedure.",
                                 {1, 1},
                                 {}});
  EXPECT_TRUE(any_contains(messages({t}),
                           "speaks of the intermediate bleeding-risk class, but "
                           "the technique's class is 'low'"));
  t.contraindications[0].note = "Low bleeding-risk class.";
  EXPECT_FALSE(any_contains(messages({t}), "speaks of"));
}

TEST(ConsistencyChecks, AWarningMustNotListAnExpectedEffect) {
  Technique t = technique("cervical-tfesi");
  t.after = {"Your arm may feel numb or weak for a few hours.",
             "Call an ambulance at once if you get weakness or numbness, or trouble speaking."};
  EXPECT_TRUE(any_contains(messages({t}), "both as expected and in a warning"));
  t.after[1] =
      "Call an ambulance at once if you get weakness or numbness in your face or your "
      "other arm, or trouble speaking.";
  EXPECT_FALSE(any_contains(messages({t}), "both as expected and in a warning"));
}

TEST(ConsistencyChecks, AMinorityGradingNeedsANote) {
  std::vector<Technique> techniques;
  for (const char* id : {"a", "b", "c"}) {
    Technique t = technique(id);
    t.contraindications.push_back({"pregnancy", Severity::Relative, "", {3, 5}, ""});
    techniques.push_back(t);
  }
  techniques[2].contraindications[0].severity = Severity::Absolute;
  auto found = messages(techniques);
  EXPECT_TRUE(any_contains(found, "'pregnancy' is absolute here but relative in a, b"));
  techniques[2].contraindications[0].note = "Radiation near the fetus cannot be avoided.";
  EXPECT_FALSE(any_contains(messages(techniques), "'pregnancy' is absolute here"));
}

TEST(ConsistencyChecks, UnknownBandsAndMissingReviewsAreReported) {
  Technique t = technique("x");
  t.risks.push_back(
      {"bruising", Frequency::Unknown, RiskSeverity::Minor, "", {4, 5}, "", "", "", {}});
  t.review.reset();
  const auto found = messages({t});
  EXPECT_TRUE(any_contains(found, "'bruising' is 'unknown' without a note"));
  EXPECT_TRUE(any_contains(found, "expected content/reviews/x.md"));
}

}  // namespace
}  // namespace painatlas
