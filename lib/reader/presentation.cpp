#include "reader/presentation.h"

#include <algorithm>

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

}  // namespace painatlas
