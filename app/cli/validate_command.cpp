#include "validate_command.h"

#include <cmath>
#include <cstdio>
#include <iomanip>
#include <nlohmann/json.hpp>

#include "content/content_report.h"

namespace painatlas::cli {

namespace {

using nlohmann::json;

void print_list(std::ostream& out, std::string_view title, const std::vector<std::string>& items) {
  out << title << " (" << items.size() << ")";
  for (std::size_t i = 0; i < items.size(); ++i) out << (i ? ", " : ": ") << items[i];
  out << '\n';
}

void print_summary(std::ostream& out, const ContentReport& report, std::size_t errors,
                   std::size_t warnings) {
  out << "\nSummary\n-------\n";
  out << report.technique_count << " techniques, " << report.term_count << " terms, "
      << report.condition_count << " condition guides\n";
  out << "\nTechniques per category:\n";
  for (const auto& [category, count] : report.techniques_per_category)
    out << "  " << std::left << std::setw(20) << category << count << '\n';
  out << "\nReadability of patient text (Flesch-Kincaid grade, worst first; limit "
      << format_grade(kMaxPatientGrade) << "):\n";
  const std::size_t shown = std::min<std::size_t>(report.readability.size(), 15);
  for (std::size_t i = 0; i < shown; ++i) {
    const auto& entry = report.readability[i];
    out << "  " << std::right << std::setw(5) << format_grade(entry.grade) << "  "
        << (entry.condition ? "guide " : "") << entry.technique << " / " << entry.field << '\n';
  }
  if (report.readability.size() > shown)
    out << "  ... " << report.readability.size() - shown << " more texts, all at or below grade "
        << format_grade(report.readability[shown].grade) << '\n';
  out << '\n';
  print_list(out, "Techniques with fewer than 2 references", report.few_references);
  print_list(out, "Terms no technique uses", report.unused_terms);
  print_list(out, "Techniques with no related links", report.without_related);
  const RiskSourcing& risks = report.risks;
  const auto percent = [](std::size_t part, std::size_t whole) {
    return whole == 0 ? 0 : static_cast<int>(std::lround(100.0 * part / whole));
  };
  out << "\nRisk bands with their source: " << risks.sourced << " of " << risks.all << " risks ("
      << percent(risks.sourced, risks.all) << "%), " << risks.with_figure
      << " with the published figure; serious risks: " << risks.serious_sourced << " of "
      << risks.serious << " (" << percent(risks.serious_sourced, risks.serious) << "%)\n";
  out << "Techniques with a review record: " << report.reviewed << " of " << report.technique_count
      << '\n';
  out << '\n' << errors << " error(s), " << warnings << " warning(s)\n";
}

}  // namespace

int run_validate(const CliContext& context, bool strict) {
  const ContentReport report = review_content(context.catalog());
  std::vector<Problem> problems = context.loaded.problems;
  problems.insert(problems.end(), report.warnings.begin(), report.warnings.end());
  const std::size_t errors = count_errors(problems);
  const std::size_t warnings = problems.size() - errors;
  const bool failed = errors > 0 || (strict && warnings > 0);

  if (context.format == Format::Json) {
    json list = json::array();
    for (const auto& problem : problems)
      list.push_back({{"file", problem.file},
                      {"line", problem.line},
                      {"column", problem.column},
                      {"level", problem.level == ProblemLevel::Error ? "error" : "warning"},
                      {"message", problem.message}});
    json readability = json::array();
    for (const auto& entry : report.readability)
      readability.push_back({{entry.condition ? "condition" : "technique", entry.technique},
                             {"field", entry.field},
                             {"grade", entry.grade}});
    context.out << json{{"ok", !failed},
                        {"errors", errors},
                        {"warnings", warnings},
                        {"techniques", report.technique_count},
                        {"terms", report.term_count},
                        {"conditions", report.condition_count},
                        {"techniques_per_category", report.techniques_per_category},
                        {"readability", readability},
                        {"few_references", report.few_references},
                        {"unused_terms", report.unused_terms},
                        {"without_related", report.without_related},
                        {"risk_sourcing",
                         {{"risks", report.risks.all},
                          {"sourced", report.risks.sourced},
                          {"with_figure", report.risks.with_figure},
                          {"serious", report.risks.serious},
                          {"serious_sourced", report.risks.serious_sourced}}},
                        {"reviewed", report.reviewed},
                        {"problems", list}}
                       .dump(2)
                << '\n';
  } else {
    for (const auto& problem : problems) context.out << format_problem(problem) << '\n';
    print_summary(context.out, report, errors, warnings);
    context.out << (failed ? "FAILED" : "OK") << (strict ? " (strict)" : "") << '\n';
  }
  return failed ? kExitNotFound : kExitOk;
}

}  // namespace painatlas::cli
