// The bundled catalog is the product: it must load cleanly, pass the strict editorial checks and
// cover what the content issue promises.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "content/content_report.h"
#include "test_support.h"

namespace painatlas {
namespace {

class BundledContent : public ::testing::Test {
 protected:
  const LoadResult* loaded_ = &testing::bundled_catalog();
  const Catalog& catalog() { return *loaded_->catalog; }
};

TEST_F(BundledContent, LoadsWithoutProblems) {
  for (const auto& problem : loaded_->problems) ADD_FAILURE() << format_problem(problem);
}

TEST_F(BundledContent, PassesTheStrictEditorialChecks) {
  const ContentReport report = review_content(catalog());
  for (const auto& warning : report.warnings) ADD_FAILURE() << format_problem(warning);
  for (const auto& entry : report.readability)
    EXPECT_LE(entry.grade, kMaxPatientGrade) << entry.technique << " / " << entry.field;
}

TEST_F(BundledContent, CoversEveryPlannedTechnique) {
  for (const char* id : {"lumbar-transforaminal-esi",
                         "lumbar-interlaminar-esi",
                         "cervical-interlaminar-esi",
                         "cervical-transforaminal-esi",
                         "caudal-esi",
                         "selective-nerve-root-block",
                         "epidural-blood-patch",
                         "percutaneous-epidural-adhesiolysis",
                         "lumbar-medial-branch-block",
                         "cervical-medial-branch-block",
                         "lumbar-facet-intra-articular-injection",
                         "lumbar-medial-branch-rfa",
                         "cervical-medial-branch-rfa",
                         "sacroiliac-joint-injection",
                         "sacral-lateral-branch-rfa",
                         "stellate-ganglion-block",
                         "lumbar-sympathetic-block",
                         "celiac-plexus-block",
                         "splanchnic-nerve-block",
                         "superior-hypogastric-plexus-block",
                         "ganglion-impar-block",
                         "greater-occipital-nerve-block",
                         "sphenopalatine-ganglion-block",
                         "trigeminal-ganglion-rf-rhizotomy",
                         "botulinum-toxin-chronic-migraine",
                         "intercostal-nerve-block",
                         "suprascapular-nerve-block",
                         "genicular-nerve-block",
                         "genicular-nerve-rfa",
                         "pudendal-nerve-block",
                         "ilioinguinal-iliohypogastric-nerve-block",
                         "lateral-femoral-cutaneous-nerve-block",
                         "pulsed-rf-dorsal-root-ganglion",
                         "cryoneurolysis",
                         "peripheral-nerve-stimulation",
                         "trigger-point-injection",
                         "piriformis-injection",
                         "hip-intra-articular-injection",
                         "knee-intra-articular-injection",
                         "platelet-rich-plasma-injection",
                         "spinal-cord-stimulation-trial",
                         "spinal-cord-stimulation-implant",
                         "dorsal-root-ganglion-stimulation",
                         "intrathecal-drug-delivery",
                         "vertebroplasty",
                         "kyphoplasty",
                         "basivertebral-nerve-ablation",
                         "minimally-invasive-lumbar-decompression",
                         "interspinous-spacer",
                         "provocative-discography"})
    EXPECT_NE(catalog().find_technique(id), nullptr) << id;
  EXPECT_GE(catalog().techniques().size(), 45u);
  EXPECT_GE(catalog().terms().size(), 150u);
}

TEST_F(BundledContent, EveryCategoryHasAtLeastThreeTechniques) {
  const ContentReport report = review_content(catalog());
  for (const auto& [category, count] : report.techniques_per_category)
    EXPECT_GE(count, 3u) << category;
}

TEST_F(BundledContent, EveryTechniqueIsComplete) {
  for (const Technique& t : catalog().techniques()) {
    SCOPED_TRACE(t.id);
    EXPECT_GE(t.indications.size(), 3u);
    EXPECT_GE(t.contraindications.size(), 5u);
    EXPECT_GE(t.risks.size(), 4u);
    EXPECT_GE(t.references.size(), 2u);
    EXPECT_FALSE(t.related.empty());
    EXPECT_FALSE(t.patient_questions.empty());
    EXPECT_FALSE(t.last_reviewed.empty());
    EXPECT_FALSE(t.evidence.summary.empty());
    // Patient refusal and infection at the site apply to every needle procedure.
    const auto lists = [&](const char* term) {
      return std::any_of(t.contraindications.begin(), t.contraindications.end(),
                         [&](const Contraindication& c) { return c.term == term; });
    };
    EXPECT_TRUE(lists("patient-refusal"));
    EXPECT_TRUE(lists("infection-at-site"));
  }
}

// Spot checks of the Narouze et al. 2018 classes on procedures the guideline names.
// Spot checks against the 2018 (second) edition of the guideline, including the classes it
// changed from 2015: thoracolumbar facet procedures and PNS moved down to low; DRG stimulation
// and percutaneous decompression added to high; cervical facet procedures stayed intermediate.
TEST_F(BundledContent, BleedingRiskClassesFollowThe2018Guideline) {
  const std::pair<const char*, BleedingRisk> expected[] = {
      {"spinal-cord-stimulation-implant", BleedingRisk::High},
      {"vertebroplasty", BleedingRisk::High},
      {"kyphoplasty", BleedingRisk::High},
      {"intrathecal-drug-delivery", BleedingRisk::High},
      {"dorsal-root-ganglion-stimulation", BleedingRisk::High},
      {"minimally-invasive-lumbar-decompression", BleedingRisk::High},
      {"lumbar-transforaminal-esi", BleedingRisk::Intermediate},
      {"cervical-interlaminar-esi", BleedingRisk::Intermediate},
      {"cervical-medial-branch-rfa", BleedingRisk::Intermediate},
      {"cervical-medial-branch-block", BleedingRisk::Intermediate},
      {"stellate-ganglion-block", BleedingRisk::Intermediate},
      {"celiac-plexus-block", BleedingRisk::Intermediate},
      {"sphenopalatine-ganglion-block", BleedingRisk::Intermediate},
      {"lumbar-medial-branch-rfa", BleedingRisk::Low},
      {"lumbar-medial-branch-block", BleedingRisk::Low},
      {"peripheral-nerve-stimulation", BleedingRisk::Low},
      {"trigger-point-injection", BleedingRisk::Low},
      {"piriformis-injection", BleedingRisk::Low},
      {"knee-intra-articular-injection", BleedingRisk::Low},
      {"sacroiliac-joint-injection", BleedingRisk::Low},
      {"suprascapular-nerve-block", BleedingRisk::Low}};
  for (const auto& [id, risk] : expected) {
    const Technique* technique = catalog().find_technique(id);
    ASSERT_NE(technique, nullptr) << id;
    EXPECT_EQ(technique->bleeding_risk, risk) << id;
  }
}

TEST_F(BundledContent, EveryClassNamesItsGuidelineItemOrSaysWhyNot) {
  for (const Technique& technique : catalog().techniques()) {
    if (technique.bleeding_risk_basis.empty()) {
      EXPECT_FALSE(technique.bleeding_risk_note.empty()) << technique.id;
      continue;
    }
    const auto entry = catalog().find_guideline_item(technique.bleeding_risk_basis);
    ASSERT_TRUE(entry.has_value()) << technique.id;
    EXPECT_EQ(entry->item->risk, technique.bleeding_risk) << technique.id;
    EXPECT_EQ(entry->guideline->id, "narouze-2018") << technique.id;
  }
}

// content/README.md lists the classes for authors; it must say what the data says.
TEST_F(BundledContent, ReadmeClassListIsTheGuidelineData) {
  std::ifstream in(std::filesystem::path(PAINATLAS_BUNDLED_CONTENT_DIR) / "README.md");
  const std::string readme((std::istreambuf_iterator<char>(in)), {});
  const auto section_of = [&](BleedingRisk risk) {
    const std::string marker = "- `" + std::string(enum_id(risk)) + "`:";
    const auto start = readme.find(marker);
    if (start == std::string::npos) return std::string();
    const auto end = readme.find("\n- `", start + marker.size());
    return readme.substr(start, end == std::string::npos ? std::string::npos : end - start);
  };
  std::size_t listed = 0;
  for (const Guideline& guideline : catalog().guidelines())
    for (const GuidelineItem& item : guideline.items) {
      std::string wording = item.wording;
      for (char& c : wording)
        if (c == '\n') c = ' ';
      std::string section = section_of(item.risk);
      std::string flat;
      for (char c : section)
        if (c != '\n')
          flat += c;
        else
          flat += ' ';
      std::string squeezed;
      for (char c : flat)
        if (!(c == ' ' && !squeezed.empty() && squeezed.back() == ' ')) squeezed += c;
      EXPECT_NE(squeezed.find(wording), std::string::npos)
          << "'" << item.wording << "' is not under " << enum_id(item.risk) << " in README";
      ++listed;
    }
  EXPECT_GE(listed, 18u);
}

}  // namespace
}  // namespace painatlas
