#include "reader/presentation.h"

#include <algorithm>

#include "content/citations.h"
#include "content/risk_figure.h"

namespace painatlas {

std::string term_display_name(const Catalog& catalog, const std::string& term_id,
                              Audience audience) {
  const Term* term = catalog.find_term(term_id);
  if (!term) return term_id;
  return audience == Audience::Patient ? term->lay_name : term->name;
}

std::vector<std::pair<Frequency, std::vector<const Risk*>>> risks_by_frequency(
    const Technique& technique) {
  std::vector<std::pair<Frequency, std::vector<const Risk*>>> groups;
  for (const auto& entry : enum_entries<Frequency>()) {
    std::vector<const Risk*> in_band;
    for (const Risk& risk : technique.risks)
      if (risk.frequency == entry.value) in_band.push_back(&risk);
    std::stable_partition(in_band.begin(), in_band.end(),
                          [](const Risk* risk) { return risk->severity == RiskSeverity::Serious; });
    if (!in_band.empty()) groups.emplace_back(entry.value, std::move(in_band));
  }
  return groups;
}

std::string frequency_for_patients(Frequency frequency) {
  std::string words(frequency_in_words(frequency));
  if (frequency == Frequency::Unknown) return "How often this happens is not known";
  words[0] = static_cast<char>(words[0] - 'a' + 'A');
  return words;
}

std::vector<const Contraindication*> contraindications_with(const Technique& technique,
                                                            Severity severity) {
  std::vector<const Contraindication*> out;
  for (const auto& item : technique.contraindications)
    if (item.severity == severity) out.push_back(&item);
  return out;
}

const std::string& note_for(const Contraindication& item, Audience audience) {
  return audience == Audience::Patient ? item.patient_note : item.note;
}

const std::string& note_for(const Risk& risk, Audience audience) {
  return audience == Audience::Patient ? risk.patient_note : risk.note;
}

const Reference* risk_source(const Technique& technique, const Risk& risk) {
  if (risk.source.empty()) return nullptr;
  const CitationMatch match = resolve_label(technique.references, risk.source);
  return match.reference ? &technique.references[*match.reference] : nullptr;
}

std::string risk_figure_text(const Risk& risk, Audience audience) {
  if (risk.figure.empty() || risk.frequency == Frequency::Unknown) return {};
  const FigureParse parsed = parse_risk_figure(risk.figure);
  if (!parsed.figure) return {};
  if (audience == Audience::Patient)
    return proportion_in_words(*parsed.figure) + ", in a published study";
  return risk.figure + " (" + risk.source + ")";
}

BleedingBasis bleeding_basis(const Catalog& catalog, const Technique& technique,
                             Audience audience) {
  BleedingBasis basis;
  const bool patient = audience == Audience::Patient;
  if (const auto entry = catalog.find_guideline_item(technique.bleeding_risk_basis)) {
    basis.guideline = entry->guideline;
    basis.item = entry->item;
    basis.summary = entry->guideline->label + ": \"" + entry->item->wording + "\" is in the " +
                    std::string(enum_id(entry->item->risk)) + " class.";
    if (!entry->item->note.empty()) basis.summary += " " + entry->item->note;
  } else if (!technique.bleeding_risk_note.empty()) {
    basis.summary = "Not listed by the guideline: " + technique.bleeding_risk_note;
  }
  // Every class in the catalog comes from the same guideline so far: its caveat applies.
  const Guideline* guideline =
      basis.guideline ? basis.guideline
                      : (catalog.guidelines().empty() ? nullptr : &catalog.guidelines().front());
  if (guideline) basis.caveat = patient ? guideline->patient_caveat : guideline->caveat;
  return basis;
}

std::string review_summary(const Technique& technique) {
  if (!technique.review) return {};
  const ReviewRecord& review = *technique.review;
  const auto plural = [](std::size_t count, const char* word) {
    return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
  };
  return "Checked on " + review.date + ": " + plural(review.claims, "claim") + " against " +
         plural(review.sources.size(), "source") + " (" + std::to_string(review.confirmed) +
         " confirmed, " + std::to_string(review.corrected) + " corrected).";
}

}  // namespace painatlas
