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

// Where the bleeding-risk classes come from, for students.
inline constexpr std::string_view kBleedingRiskClassSource =
    "Procedure class of Narouze et al., Reg Anesth Pain Med 2018 (ASRA/ESRA/AAPM/INS/NANS/WIP).";

std::vector<const Contraindication*> contraindications_with(const Technique& technique,
                                                            Severity severity);

}  // namespace painatlas
