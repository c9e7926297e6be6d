#include "content/content_report.h"

#include <algorithm>
#include <cstdio>

#include "content/citations.h"
#include "content/consistency_checks.h"
#include "reader/readability.h"

namespace painatlas {

std::vector<std::pair<std::string, std::vector<std::string>>> patient_texts(
    const Technique& technique) {
  std::vector<std::pair<std::string, std::vector<std::string>>> texts;
  const auto add = [&](std::string field, std::vector<std::string> pieces) {
    std::erase_if(pieces, [](const std::string& piece) { return piece.empty(); });
    if (!pieces.empty()) texts.emplace_back(std::move(field), std::move(pieces));
  };
  add("patient_summary", {technique.patient_summary});
  add("what_happens", technique.what_happens);
  add("before", technique.before);
  add("after", technique.after);
  add("expected_benefit", {technique.expected_benefit.onset, technique.expected_benefit.duration,
                           technique.expected_benefit.summary});
  add("patient_questions", technique.patient_questions);
  return texts;
}

std::vector<std::pair<std::string, std::vector<std::string>>> patient_texts(
    const ConditionGuide& guide) {
  std::vector<std::pair<std::string, std::vector<std::string>>> texts;
  const std::vector<std::string> labels = citation_labels(guide.references);
  const auto add = [&](std::string field, const std::vector<std::string>& pieces) {
    std::vector<std::string> clean;
    for (const auto& piece : pieces)
      if (!piece.empty()) clean.push_back(strip_citations(piece, labels));
    if (!clean.empty()) texts.emplace_back(std::move(field), std::move(clean));
  };
  add("about", {guide.about.patient});
  add("course", {guide.course.patient});
  std::vector<std::string> flags;
  for (const auto& flag : guide.red_flags) flags.push_back(flag.patient);
  add("red_flags", flags);
  for (std::size_t i = 0; i < guide.options.size(); ++i) {
    const ConditionOption& option = guide.options[i];
    std::vector<std::string> pieces{option.lay_name};
    for (const auto& answer : option.answers) pieces.push_back(answer.patient);
    add("options." + std::to_string(i + 1), pieces);
  }
  add("questions_to_ask", guide.questions_to_ask);
  add("values", guide.values);
  return texts;
}

namespace {

Problem warning_for(const SourcePos& source, std::string message) {
  return {ProblemLevel::Warning, source.file, source.line, source.column, std::move(message)};
}

Problem warning_for(const Technique& technique, std::string message) {
  return warning_for(technique.source, std::move(message));
}

}  // namespace

std::string format_grade(double grade) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", grade);
  return buffer;
}

ContentReport review_content(const Catalog& catalog) {
  ContentReport report;
  report.technique_count = catalog.techniques().size();
  report.term_count = catalog.terms().size();
  for (const auto& entry : enum_entries<Category>())
    report.techniques_per_category[std::string(entry.id)] = 0;

  for (const Technique& technique : catalog.techniques()) {
    ++report.techniques_per_category[std::string(enum_id(technique.category))];
    for (const auto& [field, pieces] : patient_texts(technique)) {
      const double grade = flesch_kincaid(pieces).grade;
      report.readability.push_back({technique.id, field, grade});
      if (grade > kMaxPatientGrade)
        report.warnings.push_back(
            warning_for(technique, "'" + field + "' reads at grade " + format_grade(grade) +
                                       "; patient text should be grade 8 or below"));
    }
    if (technique.references.size() < kMinReferences) {
      report.few_references.push_back(technique.id);
      report.warnings.push_back(
          warning_for(technique, "has " + std::to_string(technique.references.size()) +
                                     " reference(s); expected at least 2"));
    }
    if (technique.related.empty()) report.without_related.push_back(technique.id);
  }
  report.condition_count = catalog.conditions().size();
  for (const ConditionGuide& guide : catalog.conditions())
    for (const auto& [field, pieces] : patient_texts(guide)) {
      const double grade = flesch_kincaid(pieces).grade;
      report.readability.push_back({guide.term, field, grade, true});
      if (grade > kMaxPatientGrade)
        report.warnings.push_back(warning_for(
            guide.source, "guide '" + field + "' reads at grade " + format_grade(grade) +
                              "; patient text should be grade 8 or below"));
    }
  std::stable_sort(
      report.readability.begin(), report.readability.end(),
      [](const ReadabilityEntry& a, const ReadabilityEntry& b) { return a.grade > b.grade; });
  for (const Term& term : catalog.terms())
    if (catalog.term_usage(term.id) == 0) report.unused_terms.push_back(term.id);
  for (Problem& problem : check_consistency(catalog)) report.warnings.push_back(std::move(problem));
  for (const Technique& technique : catalog.techniques())
    for (const Risk& risk : technique.risks) {
      const bool serious = risk.severity == RiskSeverity::Serious;
      const bool sourced = risk.frequency != Frequency::Unknown && !risk.source.empty();
      ++report.risks.all;
      report.risks.sourced += sourced;
      report.risks.with_figure += sourced && !risk.figure.empty();
      report.risks.serious += serious;
      report.risks.serious_sourced += serious && sourced;
    }
  for (const Technique& technique : catalog.techniques())
    report.reviewed += technique.review.has_value();
  return report;
}

}  // namespace painatlas
