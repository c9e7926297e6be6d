#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "test_support.h"

namespace painatlas {
namespace {

using testing::ScratchContent;
namespace fs = std::filesystem;

TEST(Loader, LoadsTheMiniCatalogWithoutProblems) {
  const LoadResult result = load_content(testing::mini_content_dir());
  EXPECT_TRUE(result.problems.empty()) << format_problem(result.problems.front());
  ASSERT_EQ(result.catalog->techniques().size(), 3u);
  EXPECT_EQ(result.catalog->info().version, "test-1");
  const Technique* tfesi = result.catalog->find_technique("lumbar-transforaminal-esi");
  ASSERT_NE(tfesi, nullptr);
  EXPECT_EQ(tfesi->bleeding_risk, BleedingRisk::Intermediate);
  ASSERT_EQ(tfesi->risks.size(), 2u);
  EXPECT_EQ(tfesi->risks[1].frequency, Frequency::VeryRare);
  EXPECT_EQ(tfesi->risks[1].severity, RiskSeverity::Serious);
  EXPECT_EQ(tfesi->contraindications[0].severity, Severity::Absolute);
  EXPECT_EQ(tfesi->expected_benefit.onset, "Within a week.");
  EXPECT_EQ(tfesi->references.size(), 2u);
  EXPECT_EQ(tfesi->last_reviewed, "2026-11-28");
}

// One broken file per case, copied into a valid catalog under its kebab-case name.
struct BrokenCase {
  const char* fixture;
  const char* expected;  // part of the message
  int line;              // 0: the problem is about the whole file
  int column;
  bool technique_still_loads;
};

std::string kebab(std::string name) {
  std::replace(name.begin(), name.end(), '_', '-');
  return name;
}

// gtest prints the case by its fixture name, not as bytes.
void PrintTo(const BrokenCase& broken, std::ostream* out) { *out << broken.fixture; }

class LoaderBrokenFile : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(LoaderBrokenFile, ReportsWhereAndWhatAndKeepsTheOtherFiles) {
  const BrokenCase& broken = GetParam();
  ScratchContent content;
  const fs::path target = content.techniques() / (kebab(broken.fixture) + ".yaml");
  fs::copy_file(testing::test_data_dir() / "broken" / (std::string(broken.fixture) + ".yaml"),
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
  // The three valid techniques beside the broken one are all still there.
  for (const char* id :
       {"lumbar-transforaminal-esi", "stellate-ganglion-block", "knee-intra-articular-injection"})
    EXPECT_NE(result.catalog->find_technique(id), nullptr) << id;
  EXPECT_EQ(result.catalog->techniques().size(), broken.technique_still_loads ? 4u : 3u);
}

INSTANTIATE_TEST_SUITE_P(
    EveryErrorKind, LoaderBrokenFile,
    ::testing::Values(
        BrokenCase{"yaml_syntax_error", "YAML syntax error", 5, 0, false},
        BrokenCase{"missing_required_name", "missing required field 'name'", 1, 1, false},
        BrokenCase{"wrong_type_regions_is_map", "'regions' expected a list, found a map", 5, 10,
                   true},
        BrokenCase{"risk_frequency_not_in_enum", "'frequency' expected one of very-common", 17, 16,
                   true},
        BrokenCase{"bleeding_risk_not_in_enum", "found \"medium\"", 19, 16, true},
        BrokenCase{"unknown_key_typo",
                   "unknown key 'patient_sumary'; did you mean 'patient_summary'?", 7, 1, true},
        BrokenCase{"id_differs_from_file_stem", "expected to equal the file name", 1, 5, false},
        BrokenCase{"unknown_indication_term", "did you mean 'knee-osteoarthritis'", 9, 11, true},
        BrokenCase{"condition_used_as_risk", "is a condition term; expected a complication", 16, 11,
                   true},
        BrokenCase{"unknown_related_technique",
                   "related technique 'lumbar-transforaminal-esl' does not exist", 35, 11, true},
        BrokenCase{"unknown_region", "region 'kneee' is not in regions.yaml; did you mean 'knee'?",
                   5, 11, true},
        BrokenCase{"duplicate_key", "duplicate key 'bleeding_risk'", 20, 1, true},
        BrokenCase{"date_not_a_date", "expected a date YYYY-MM-DD", 38, 16, true},
        BrokenCase{"year_not_a_number", "expected a whole number", 33, 62, true},
        BrokenCase{"band_without_source", "the band 'common' needs a 'source'", 17, 16, true},
        BrokenCase{"figure_outside_band",
                   "the figure \"12.1%\" (12%) is not in the band 'common' (1/100 to 1/10); "
                   "expected 'very-common'",
                   20, 13, true},
        BrokenCase{"figure_not_a_figure", "expected a figure such as", 20, 13, true},
        BrokenCase{"source_names_no_reference",
                   "'source' \"Kornick 2004\" names no reference of this technique", 19, 13, true},
        BrokenCase{"zero_count_places_no_band", "counts no cases, which places no band", 20, 13,
                   true},
        BrokenCase{"bleeding_basis_not_in_guidelines",
                   "'joint-injection' is not an item of content/guidelines; did you mean "
                   "'joint-injections'?",
                   20, 22, true},
        BrokenCase{"class_differs_from_basis",
                   "'bleeding_risk' is 'high' but its basis 'joint-injections'", 20, 22, true},
        BrokenCase{"bleeding_class_without_basis", "'bleeding_risk' needs its basis", 19, 16, true},
        BrokenCase{"reference_without_authors", "missing required field 'authors'", 33, 5, true},
        BrokenCase{"empty_file", "holds no YAML value", 0, 0, false},
        BrokenCase{"only_document_marker", "holds no YAML value", 0, 0, false},
        BrokenCase{"several_documents", "one YAML document per file, found another", 40, 1, false},
        BrokenCase{"lone_comma", "holds no YAML value", 0, 0, false},
        BrokenCase{"tab_indentation", "YAML syntax error", 26, 0, false},
        BrokenCase{"not_a_map", "expected a map of fields, found a list", 1, 1, false},
        BrokenCase{"id_with_path_characters", "expected kebab-case", 1, 5, false},
        BrokenCase{"nul_bytes", "found a NUL byte", 0, 0, false},
        BrokenCase{"random_bytes", "expected UTF-8 text", 0, 0, false},
        BrokenCase{"invalid_utf8", "invalid byte sequence", 2, 14, false},
        BrokenCase{"deep_nesting", "nesting is deeper than the limit", 0, 0, false},
        BrokenCase{"billion_laughs", "'aliases' expected text, found a list", 8, 4, true}),
    [](const ::testing::TestParamInfo<BrokenCase>& info) {
      return std::string(info.param.fixture);
    });

TEST(Loader, AcceptsByteOrderMarkAndWindowsLineEndings) {
  ScratchContent content;
  fs::copy_file(testing::test_data_dir() / "valid_bom_crlf.yaml",
                content.techniques() / "valid-bom-crlf.yaml");
  const LoadResult result = content.load();
  EXPECT_EQ(count_errors(result.problems), 0u);
  const Technique* loaded = result.catalog->find_technique("valid-bom-crlf");
  ASSERT_NE(loaded, nullptr);
  EXPECT_EQ(loaded->patient_summary.find('\r'), std::string::npos);
}

TEST(Loader, ReportsDuplicateTechniqueIdAcrossFiles) {
  ScratchContent content;
  fs::copy_file(content.techniques() / "stellate-ganglion-block.yaml",
                content.techniques() / "stellate-ganglion-block.yml");
  const LoadResult result = content.load();
  EXPECT_TRUE(testing::has_problem(result, "duplicate technique id 'stellate-ganglion-block'"));
  EXPECT_EQ(result.catalog->techniques().size(), 3u);
}

TEST(Loader, ReportsDuplicateTermIdAndKeepsTheFirst) {
  ScratchContent content;
  std::ofstream(content.path() / "terms" / "more.yaml")
      << "kind: condition\nterms:\n  - id: knee-osteoarthritis\n    name: Again\n    definition: "
         "x\n";
  const LoadResult result = content.load();
  EXPECT_TRUE(testing::has_problem(result, "duplicate term id 'knee-osteoarthritis'"));
  EXPECT_EQ(result.catalog->find_term("knee-osteoarthritis")->name, "Knee osteoarthritis");
}

TEST(Loader, ReportsAMissingOrEmptyContentDirectory) {
  const LoadResult missing = load_content("/nonexistent/painatlas/content");
  EXPECT_TRUE(testing::has_problem(missing, "expected a content directory"));
  EXPECT_TRUE(missing.catalog->techniques().empty());

  ScratchContent content;
  fs::remove_all(content.techniques());
  fs::create_directory(content.techniques());
  EXPECT_TRUE(testing::has_problem(content.load(), "expected technique files"));
}

TEST(Loader, ReportsADirectoryNamedLikeAYamlFile) {
  ScratchContent content;
  fs::create_directory(content.techniques() / "x.yaml");
  const LoadResult result = content.load();
  EXPECT_TRUE(testing::has_problem(result, "expected a regular file, found a directory"));
  EXPECT_EQ(result.catalog->techniques().size(), 3u);
}

TEST(Loader, RefusesAFileOverTheSizeLimit) {
  ScratchContent content;
  ContentLimits limits;
  limits.max_file_bytes = 512;
  const LoadResult result = load_content(content.path(), limits);
  EXPECT_TRUE(testing::has_problem(result, "the limit is 512 bytes"));
}

TEST(Loader, ReportsAMissingSectionAsAWarningOnly) {
  ScratchContent content;
  const fs::path file = content.techniques() / "knee-intra-articular-injection.yaml";
  std::ifstream in(file);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  in.close();
  text.erase(text.find("patient_questions:"), std::string::npos);
  text += "last_reviewed: 2026-11-28\n";
  std::ofstream(file) << text;
  const LoadResult result = content.load();
  EXPECT_EQ(count_errors(result.problems), 0u);
  EXPECT_TRUE(
      testing::has_problem(result, "warning: technique: missing section 'patient_questions'"));
}

}  // namespace
}  // namespace painatlas
