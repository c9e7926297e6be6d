#include "text_output.h"

#include <iomanip>

#include "reader/presentation.h"

namespace painatlas::cli {

namespace {

void heading(std::ostream& out, std::string_view title) { out << '\n' << title << '\n'; }

void bullets(std::ostream& out, const std::vector<std::string>& items, bool numbered = false) {
  int number = 1;
  for (const auto& item : items) {
    if (numbered)
      out << "  " << number++ << ". " << item << '\n';
    else
      out << "  - " << item << '\n';
  }
}

void print_terms_and_risks(std::ostream& out, const Catalog& catalog, const Technique& technique,
                           Audience audience) {
  const bool patient = audience == Audience::Patient;
  heading(out, patient ? "Why it is offered" : "Indications");
  for (const auto& item : technique.indications) {
    out << "  - " << term_display_name(catalog, item.term, audience);
    if (!patient && !item.note.empty()) out << " (" << item.note << ')';
    out << '\n';
  }
  heading(out, patient ? "Reasons it may not be done, or needs extra care" : "Contraindications");
  for (const auto& item : technique.contraindications) {
    const bool absolute = item.severity == Severity::Absolute;
    out << "  - ["
        << (patient ? (absolute ? "reason not to do it" : "needs extra care")
                    : (absolute ? "absolute" : "relative"))
        << "] " << term_display_name(catalog, item.term, audience);
    if (const std::string& note = note_for(item, audience); !note.empty()) out << ": " << note;
    out << '\n';
  }
  heading(out, "Risks");
  for (const auto& risk : technique.risks) {
    out << "  - " << term_display_name(catalog, risk.term, audience) << ": ";
    if (patient)
      out << frequency_in_words(risk.frequency);
    else
      out << enum_label(risk.frequency) << " (" << frequency_range(risk.frequency) << ")";
    if (risk.severity == RiskSeverity::Serious) out << " [serious]";
    if (const std::string figure = risk_figure_text(risk, audience); !figure.empty())
      out << "; " << figure;
    if (const std::string& note = note_for(risk, audience); !note.empty()) out << ". " << note;
    out << '\n';
  }
  heading(out, "Bleeding risk");
  out << "  " << enum_label(technique.bleeding_risk) << ". "
      << bleeding_risk_in_words(technique.bleeding_risk) << '\n';
  const BleedingBasis basis = bleeding_basis(catalog, technique, audience);
  if (!patient && !basis.summary.empty()) out << "  " << basis.summary << '\n';
  if (!basis.caveat.empty()) out << "  " << basis.caveat << '\n';
}

}  // namespace

void print_result_row(std::ostream& out, const Technique& technique, const SearchHit* hit) {
  out << std::left << std::setw(42) << technique.id << ' ' << technique.name << "  ["
      << enum_label(technique.category) << ", " << enum_id(technique.bleeding_risk)
      << " bleeding risk]";
  if (hit) {
    out << "  matched:";
    for (SearchField field : fields_in(hit->fields)) out << ' ' << search_field_id(field);
  }
  out << '\n';
}

void print_technique(std::ostream& out, const Catalog& catalog, const Technique& technique,
                     Audience audience) {
  const bool patient = audience == Audience::Patient;
  out << technique.name << '\n' << std::string(technique.name.size(), '=') << '\n';
  out << enum_label(technique.category);
  if (!technique.aliases.empty()) {
    out << "  |  also called:";
    for (std::size_t i = 0; i < technique.aliases.size(); ++i)
      out << (i ? ", " : " ") << technique.aliases[i];
  }
  out << '\n';
  heading(out, patient ? "What it is" : "Summary");
  out << "  " << (patient ? technique.patient_summary : technique.summary) << '\n';
  print_terms_and_risks(out, catalog, technique, audience);
  if (patient) {
    heading(out, "What happens");
    bullets(out, technique.what_happens, true);
    heading(out, "Before");
    bullets(out, technique.before);
    heading(out, "After");
    bullets(out, technique.after);
  } else {
    heading(out, "Procedure");
    bullets(out, technique.procedure, true);
  }
  heading(out, "Expected benefit");
  out << "  Onset: " << technique.expected_benefit.onset
      << "\n  Duration: " << technique.expected_benefit.duration << "\n  "
      << technique.expected_benefit.summary << '\n';
  if (patient) {
    heading(out, "Questions to ask your doctor");
    bullets(out, technique.patient_questions);
  } else {
    heading(out, "Evidence (certainty: " + std::string(enum_label(technique.evidence.level)) + ")");
    out << "  " << technique.evidence.summary << '\n';
    heading(out, "References");
    for (const auto& reference : technique.references) {
      out << "  - " << reference.authors << ". " << reference.citation;
      if (!reference.doi.empty()) out << " doi:" << reference.doi;
      if (!reference.pmid.empty()) out << " PMID:" << reference.pmid;
      if (!reference.url.empty()) out << ' ' << reference.url;
      out << '\n';
    }
  }
  if (!technique.related.empty()) {
    heading(out, "Related");
    bullets(out, technique.related);
  }
  out << "\nLast reviewed: " << technique.last_reviewed << '\n';
  if (!patient && technique.review)
    out << "How this page was checked: " << review_summary(technique) << '\n';
  out << '\n' << kDisclaimer << '\n';
}

}  // namespace painatlas::cli
