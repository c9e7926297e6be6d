// Audience-aware readings of the model shared by every front end: the name to show for a term,
// risks grouped by frequency band, contraindications split by severity.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "catalog/catalog.h"
#include "reader/audience.h"

namespace painatlas {

// The clinical name for students, the lay name for patients; the id if the term is unknown.
std::string term_display_name(const Catalog& catalog, const std::string& term_id,
                              Audience audience);

// Risks grouped by band, most frequent band first; bands with no risk are left out. Within a
// band, serious risks come first.
std::vector<std::pair<Frequency, std::vector<const Risk*>>> risks_by_frequency(
    const Technique& technique);

// "About 1 in 100 people" style wording for the centre of a band, for patients.
std::string frequency_for_patients(Frequency frequency);

std::vector<const Contraindication*> contraindications_with(const Technique& technique,
                                                            Severity severity);

// The note a reader sees: the clinical note for students, the plain `patient_note` for patients
// (empty when there is none: a clinical note is not shown to patients).
const std::string& note_for(const Contraindication& item, Audience audience);
const std::string& note_for(const Risk& risk, Audience audience);

// The reference a risk's band comes from (its `source`), or null.
const Reference* risk_source(const Technique& technique, const Risk& risk);

// The published figure behind a risk's band, in the reader's register: "0.2% (El-Yahchouchi
// 2016)" for students, "about 1 in 500, in a published study" for patients (an author and year
// mean nothing to most patients; the student view names the study).
// Empty when the band has no figure.
std::string risk_figure_text(const Risk& risk, Audience audience);

// Where a technique's bleeding-risk class comes from: the guideline item, or (when the guideline
// does not list the procedure) the note saying which class was taken and why.
struct BleedingBasis {
  const Guideline* guideline = nullptr;  // null when no guideline lists the procedure
  const GuidelineItem* item = nullptr;
  std::string summary;  // "Narouze 2018: \"Sympathetic blocks (...)\" — intermediate"
  std::string caveat;   // patient factors that raise the class, in the reader's register
};
BleedingBasis bleeding_basis(const Catalog& catalog, const Technique& technique, Audience audience);

// "Checked on 2026-11-29: 24 claims against 9 sources (18 confirmed, 6 corrected)", or empty.
std::string review_summary(const Technique& technique);

}  // namespace painatlas
