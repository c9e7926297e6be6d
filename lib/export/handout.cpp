#include "export/handout.h"

#include "export/document_writer.h"
#include "reader/audience.h"
#include "reader/presentation.h"

namespace painatlas {

std::string render_handout(const Catalog& catalog, const Technique& t, HandoutFormat format,
                           const ScreeningResult* situation) {
  DocumentWriter w(format);
  w.begin(t.name);
  w.title(t.name);
  w.disclaimer();
  if (situation) {
    w.heading("Your situation");
    w.paragraph(std::string(screening_status_words(situation->status)) + ".");
    std::vector<std::string> reasons;
    for (const auto& reason : situation->reasons)
      reasons.push_back(reason_text(reason, Audience::Patient));
    w.list(reasons);
    w.paragraph(kSituationCaveat, true);
  }

  w.heading("What it is");
  w.paragraph(t.patient_summary);
  w.heading("Why it is offered");
  std::vector<std::string> reasons;
  for (const auto& item : t.indications)
    reasons.push_back(term_display_name(catalog, item.term, Audience::Patient));
  w.list(reasons);
  w.heading("What happens");
  w.list(t.what_happens, true);
  w.heading("Before");
  w.list(t.before);
  w.heading("After");
  w.list(t.after);
  w.heading("What it may do for you");
  w.list({"When: " + t.expected_benefit.onset, "How long: " + t.expected_benefit.duration});
  w.paragraph(t.expected_benefit.summary);

  w.heading("Possible problems, and how often");
  for (const auto& [frequency, risks] : risks_by_frequency(t)) {
    std::vector<std::string> items;
    for (const Risk* risk : risks)
      items.push_back(term_display_name(catalog, risk->term, Audience::Patient) +
                      (risk->severity == RiskSeverity::Serious ? " (serious)" : ""));
    w.paragraph(frequency_for_patients(frequency) + ":");
    w.list(items);
  }
  w.heading("When it may not be done");
  for (Severity severity : {Severity::Absolute, Severity::Relative}) {
    std::vector<std::string> items;
    for (const Contraindication* item : contraindications_with(t, severity))
      items.push_back(term_display_name(catalog, item->term, Audience::Patient));
    if (items.empty()) continue;
    w.paragraph(severity == Severity::Absolute ? "Listed as a reason not to do it:"
                                               : "Needs extra care:");
    w.list(items);
  }
  w.heading("Blood thinners and bleeding");
  w.paragraph(bleeding_risk_in_words(t.bleeding_risk));
  w.heading("Questions to ask your doctor");
  w.list(t.patient_questions);
  w.paragraph("Last reviewed " + t.last_reviewed + ". Pain Atlas content version " +
                  catalog.info().version + ".",
              true);
  w.end();
  return w.raw();
}

}  // namespace painatlas
