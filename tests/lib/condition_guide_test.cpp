// Condition guides: loading, the guarantees every content file has (file:line:col problems, one
// broken file never hides the others), links to terms, regions and techniques, and the catalog's
// indexes from conditions to techniques and back.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "catalog/term_lookup.h"
#include "content/content_report.h"
#include "test_support.h"

namespace painatlas {
namespace {

using testing::ScratchContent;
namespace fs = std::filesystem;

TEST(ConditionGuides, TheMiniGuideLoadsWithEveryField) {
  const LoadResult loaded = load_content(testing::mini_content_dir());
  EXPECT_TRUE(loaded.problems.empty()) << format_problem(loaded.problems.front());
  ASSERT_EQ(loaded.catalog->conditions().size(), 1u);
  const ConditionGuide* guide = loaded.catalog->find_condition("lumbar-radiculopathy");
  ASSERT_NE(guide, nullptr);
  EXPECT_EQ(guide->regions, std::vector<std::string>{"lumbar-spine"});
  ASSERT_EQ(guide->options.size(), 4u);
  EXPECT_EQ(guide->options[0].kind, OptionKind::SelfCare);
  EXPECT_EQ(guide->options[2].versus_placebo, VersusPlacebo::NoBetter);
  EXPECT_EQ(guide->options[3].technique, "lumbar-transforaminal-esi");
  EXPECT_EQ(guide->options[3].certainty, EvidenceLevel::Moderate);
  EXPECT_EQ(guide->options[1].answer(OptionQuestion::When).patient, "Early on (Guide 2020).");
  EXPECT_EQ(guide->references[1].cite_as, "Guide 2020");
  EXPECT_EQ(guide->last_reviewed, "2026-11-29");
}

// One broken guide per case, copied next to the valid mini guide.
struct BrokenGuide {
  const char* fixture;
  const char* stem;      // the file name it is copied to
  const char* expected;  // part of the message
  int line;
  int column;
  bool guide_still_loads;
};

void PrintTo(const BrokenGuide& broken, std::ostream* out) { *out << broken.fixture; }

class ConditionGuideBrokenFile : public ::testing::TestWithParam<BrokenGuide> {};

TEST_P(ConditionGuideBrokenFile, ReportsWhereAndWhatAndKeepsTheOtherGuide) {
  const BrokenGuide& broken = GetParam();
  ScratchContent content;
  const fs::path target = content.path() / "conditions" / (std::string(broken.stem) + ".yaml");
  fs::copy_file(
      testing::test_data_dir() / "broken_conditions" / (std::string(broken.fixture) + ".yaml"),
      target);

  const LoadResult result = content.load();

  const auto problem = std::find_if(
      result.problems.begin(), result.problems.end(),
      [&](const Problem& p) { return p.message.find(broken.expected) != std::string::npos; });
  ASSERT_NE(problem, result.problems.end())
      << "no problem mentions: " << broken.expected
      << (result.problems.empty() ? "" : "\nfirst: " + format_problem(result.problems.front()));
  EXPECT_EQ(problem->level, ProblemLevel::Error);
  EXPECT_EQ(problem->file, target.string());
  EXPECT_EQ(problem->line, broken.line) << format_problem(*problem);
  if (broken.column > 0) {
    EXPECT_EQ(problem->column, broken.column) << format_problem(*problem);
  }
  EXPECT_NE(result.catalog->find_condition("lumbar-radiculopathy"), nullptr);
  EXPECT_EQ(result.catalog->conditions().size(), broken.guide_still_loads ? 2u : 1u);
  EXPECT_EQ(result.catalog->techniques().size(), 3u);
}

INSTANTIATE_TEST_SUITE_P(
    EveryErrorKind, ConditionGuideBrokenFile,
    ::testing::Values(
        BrokenGuide{"guide_term_differs_from_file_stem", "other-name",
                    "'term' expected to equal the file name \"other-name\"", 1, 7, false},
        BrokenGuide{"guide_term_is_a_factor", "pregnancy",
                    "'term' 'pregnancy' is a factor term; expected a condition id", 1, 7, false},
        BrokenGuide{"guide_term_unknown", "knee-osteoarthritus",
                    "is not a known term; expected a condition id from content/terms; did you "
                    "mean 'knee-osteoarthritis'?",
                    1, 7, false},
        BrokenGuide{"guide_yaml_syntax_error", "knee-osteoarthritis", "YAML syntax error", 5, 0,
                    false},
        BrokenGuide{"guide_region_unknown", "knee-osteoarthritis",
                    "region 'kneee' is not in regions.yaml; did you mean 'knee'?", 2, 11, true},
        BrokenGuide{"options_is_a_map", "knee-osteoarthritis",
                    "'options' expected a list, found a map", 12, 10, true},
        BrokenGuide{"option_kind_not_in_enum", "knee-osteoarthritis",
                    "'kind' expected one of self-care, exercise, medicine, psychological, "
                    "palliative-care, procedure, radiotherapy, surgery; found \"exercises\" "
                    "(did you mean 'exercise'?)",
                    13, 11, true},
        BrokenGuide{"option_missing_name", "knee-osteoarthritis",
                    "option 1: missing required field 'name'", 13, 5, true},
        BrokenGuide{"option_unknown_key_typo", "knee-osteoarthritis",
                    "unknown key 'versus_plasebo'; did you mean 'versus_placebo'?", 27, 5, true},
        BrokenGuide{"option_technique_unknown", "knee-osteoarthritis",
                    "technique 'knee-intraarticular-injection' is not in the catalog; did you mean "
                    "'knee-intra-articular-injection'?",
                    25, 16, true},
        BrokenGuide{"certainty_not_in_enum", "knee-osteoarthritis",
                    "'certainty' expected one of high, moderate, low, very-low; found \"strong\"",
                    16, 16, true},
        BrokenGuide{"answer_missing_patient_text", "knee-osteoarthritis",
                    "option 1 risks: missing required field 'patient'", 19, 12, true},
        BrokenGuide{"citation_names_no_reference", "knee-osteoarthritis",
                    "citation '(Smyth 2019)' names no reference of this guide; did you mean "
                    "'Smith 2019'?",
                    18, 22, true},
        BrokenGuide{"two_references_share_a_label", "knee-osteoarthritis",
                    "two references answer to the citation label 'Smith 2019'", 37, 3, true}),
    [](const ::testing::TestParamInfo<BrokenGuide>& info) {
      return std::string(info.param.fixture);
    });

TEST(ConditionGuides, AConditionBelongsToOneGuideOnly) {
  ScratchContent content;
  std::ifstream in(content.path() / "conditions" / "lumbar-radiculopathy.yaml");
  std::string text((std::istreambuf_iterator<char>(in)), {});
  text.replace(
      text.find("term: lumbar-radiculopathy"), 26,
      "term: knee-osteoarthritis\ncovers: [lumbar-radiculopathy, complex-regional-pain-syndrome]");
  std::ofstream(content.path() / "conditions" / "knee-osteoarthritis.yaml") << text;
  const LoadResult result = content.load();
  EXPECT_TRUE(testing::has_problem(result,
                                   "'covers': condition 'lumbar-radiculopathy' is "
                                   "already served by"));
  const Catalog& catalog = *result.catalog;
  EXPECT_EQ(catalog.find_condition("lumbar-radiculopathy")->term, "lumbar-radiculopathy");
  EXPECT_EQ(catalog.find_condition("complex-regional-pain-syndrome")->term, "knee-osteoarthritis");
}

TEST(ConditionGuides, TextWithoutACitationAndAnUncitedReferenceAreWarnings) {
  ScratchContent content;
  const fs::path file = content.path() / "conditions" / "lumbar-radiculopathy.yaml";
  std::ifstream in(file);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  in.close();
  const std::string cited = "Dizziness (Koes 2007).";
  text.replace(text.find(cited), cited.size(), "Dizziness.");
  const std::string patient = "You may feel dizzy (Koes 2007).";
  text.replace(text.find(patient), patient.size(), "You may feel dizzy.");
  text.replace(text.find("last_reviewed"), 0,
               "  - authors: \"Never C\"\n    citation: \"Unused. 2001.\"\n    year: 2001\n");
  std::ofstream(file) << text;
  const LoadResult result = content.load();
  EXPECT_EQ(count_errors(result.problems), 0u);
  EXPECT_TRUE(testing::has_problem(result,
                                   "warning: option 3 'Gabapentinoids': 'risks' cites no "
                                   "reference"));
  EXPECT_TRUE(testing::has_problem(result, "warning: reference 'Never 2001' is never cited"));
}

TEST(ConditionGuides, ACitationThatRepeatsItsAuthorsIsAWarning) {
  ScratchContent content;
  const fs::path file = content.path() / "conditions" / "lumbar-radiculopathy.yaml";
  std::ifstream in(file);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  in.close();
  const std::string title = "citation: \"Diagnosis and treatment of sciatica.";
  text.replace(text.find(title), title.size(),
               "citation: \"Koes BW, van Tulder MW, Peul WC. Diagnosis and treatment of sciatica.");
  std::ofstream(file) << text;
  const LoadResult result = content.load();
  EXPECT_EQ(count_errors(result.problems), 0u);
  EXPECT_TRUE(testing::has_problem(result, "'citation' starts with the authors"));
}

TEST(ConditionGuides, PatientTextAboveGradeEightIsAWarningOfValidate) {
  ScratchContent content;
  const fs::path file = content.path() / "conditions" / "lumbar-radiculopathy.yaml";
  std::ifstream in(file);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  in.close();
  const std::string plain = "It often gets better on its own over weeks or months (Koes 2007).";
  text.replace(text.find(plain), plain.size(),
               "\"Spontaneous resolution characteristically predominates, notwithstanding "
               "considerable interindividual variability regarding symptomatic persistence and "
               "functional consequences (Koes 2007).\"");
  std::ofstream(file) << text;
  const LoadResult result = content.load();
  const ContentReport report = review_content(*result.catalog);
  const auto warning =
      std::find_if(report.warnings.begin(), report.warnings.end(), [](const Problem& p) {
        return p.message.find("guide 'course' reads at grade") != std::string::npos;
      });
  ASSERT_NE(warning, report.warnings.end());
  EXPECT_EQ(warning->file, file.string());
  EXPECT_EQ(report.condition_count, 1u);
}

TEST(ConditionGuides, TheCatalogLinksConditionsAndTechniquesBothWays) {
  const Catalog& catalog = *testing::bundled_catalog().catalog;
  const ConditionGuide* sciatica = catalog.find_condition("lumbar-radiculopathy");
  ASSERT_NE(sciatica, nullptr);
  // A covered term leads to the guide that covers it.
  EXPECT_EQ(catalog.find_condition("lumbar-disc-herniation"), sciatica);
  EXPECT_EQ(catalog.condition_for_term("lumbar-disc-herniation"), sciatica);
  // A technique's indications lead to the guides of its conditions.
  const auto tfesi = catalog.technique_index("lumbar-transforaminal-esi");
  ASSERT_TRUE(tfesi);
  const auto guides = catalog.conditions_for_technique(*tfesi);
  ASSERT_FALSE(guides.empty());
  EXPECT_EQ(&catalog.conditions()[guides.front()], sciatica);
  const auto in_leg = catalog.conditions_in_region("lower-limb");
  EXPECT_NE(std::find(in_leg.begin(), in_leg.end(), guides.front()), in_leg.end());
  EXPECT_EQ(catalog.condition_name(*sciatica, true), "Sciatica");
}

TEST(ConditionGuides, ABroaderTermLeadsToTheGuideOfANarrowerOnesParent) {
  ScratchContent content;
  std::ofstream(content.path() / "terms" / "more.yaml")
      << "kind: condition\nterms:\n  - id: l5-radiculopathy\n    name: L5 radiculopathy\n"
         "    lay_name: Sciatica down the side of the leg\n    definition: x\n"
         "    broader: lumbar-radiculopathy\n";
  const LoadResult result = content.load();
  const Catalog& catalog = *result.catalog;
  EXPECT_EQ(catalog.find_condition("l5-radiculopathy"), nullptr);
  ASSERT_NE(catalog.condition_for_term("l5-radiculopathy"), nullptr);
  EXPECT_EQ(catalog.condition_for_term("l5-radiculopathy")->term, "lumbar-radiculopathy");
  EXPECT_EQ(lookup_condition(catalog, "sciatica down the side of the leg").guide->term,
            "lumbar-radiculopathy");
}

TEST(ConditionGuides, SearchFindsConditionsByLayNameSynonymAndCoveredTerm) {
  const Catalog& catalog = *testing::bundled_catalog().catalog;
  const auto& index = catalog.condition_search_index();
  for (const char* query :
       {"sciatica", "sciatca", "pinched nerve back", "slipped disc lower back"}) {
    const auto hits = index.search(query);
    ASSERT_FALSE(hits.empty()) << query;
    EXPECT_EQ(catalog.conditions()[hits.front().technique].term, "lumbar-radiculopathy") << query;
  }
  EXPECT_TRUE(index.search("stellate").empty());
  // Words shared by guides find each of them: a slipped disc in the neck or in the lower back.
  std::vector<std::string> slipped;
  for (const auto& hit : index.search("slipped disc"))
    slipped.push_back(catalog.conditions()[hit.technique].term);
  EXPECT_NE(std::find(slipped.begin(), slipped.end(), "lumbar-radiculopathy"), slipped.end());
  EXPECT_NE(std::find(slipped.begin(), slipped.end(), "cervical-radiculopathy"), slipped.end());
}

TEST(ConditionGuides, EveryBrokenTechniqueFixtureAsAGuideIsReportedAndHidesNothing) {
  for (const auto& entry : fs::directory_iterator(testing::test_data_dir() / "broken")) {
    ScratchContent content;
    fs::copy_file(entry.path(), content.path() / "conditions" / "knee-osteoarthritis.yaml");
    const LoadResult result = content.load();
    EXPECT_GT(count_errors(result.problems), 0u) << entry.path().filename();
    EXPECT_NE(result.catalog->find_condition("lumbar-radiculopathy"), nullptr)
        << entry.path().filename();
    EXPECT_EQ(result.catalog->techniques().size(), 3u) << entry.path().filename();
  }
}

TEST(ConditionGuides, TooManyOptionsAreReported) {
  ScratchContent content;
  ContentLimits limits;
  limits.max_list_items = 3;
  const LoadResult result = load_content(content.path(), limits);
  EXPECT_TRUE(testing::has_problem(result, "'options' has 4 items; the limit is 3"));
}

}  // namespace
}  // namespace painatlas
