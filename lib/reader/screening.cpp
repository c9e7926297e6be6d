#include "reader/screening.h"

#include <algorithm>

namespace painatlas {

namespace {

// The factor ids whose weight is set by the procedure's bleeding-risk class (content/README.md,
// "Bleeding-risk classes"); narrower terms (warfarin, DOACs, clopidogrel…) inherit through
// `broader`.
constexpr std::string_view kBleedingFactors[] = {"anticoagulant-therapy", "antiplatelet-therapy",
                                                 "bleeding-disorder"};

bool related_terms(const Catalog& catalog, const std::string& a, const std::string& b) {
  const auto up_a = catalog.broader_chain(a);
  const auto up_b = catalog.broader_chain(b);
  return std::find(up_a.begin(), up_a.end(), b) != up_a.end() ||
         std::find(up_b.begin(), up_b.end(), a) != up_b.end();
}

std::string name_of(const Catalog& catalog, const std::string& id) {
  const Term* term = catalog.find_term(id);
  return term ? term->lay_name : id;
}

}  // namespace

std::string_view screening_status_id(ScreeningStatus status) {
  switch (status) {
    case ScreeningStatus::Absolute:
      return "absolute";
    case ScreeningStatus::Relative:
      return "relative";
    case ScreeningStatus::None:
      break;
  }
  return "none";
}

std::string_view screening_status_words(ScreeningStatus status) {
  switch (status) {
    case ScreeningStatus::Absolute:
      return "Listed as a reason not to do it";
    case ScreeningStatus::Relative:
      return "Needs extra care";
    case ScreeningStatus::None:
      break;
  }
  return "Nothing listed";
}

std::string reason_text(const ScreeningReason& reason, Audience audience) {
  // Clinical notes cite guidelines and drug classes; patients see the plain note, if any.
  const std::string& note = audience == Audience::Patient ? reason.patient_note : reason.note;
  return note.empty() ? reason.text : reason.text + " " + note;
}

ScreeningSplit split_by_status(const std::vector<ScreeningResult>& screening,
                               const std::vector<TechniqueIndex>& techniques) {
  ScreeningSplit split;
  for (TechniqueIndex technique : techniques) {
    if (technique >= screening.size()) continue;
    switch (screening[technique].status) {
      case ScreeningStatus::Absolute:
        ++split.absolute;
        break;
      case ScreeningStatus::Relative:
        ++split.relative;
        break;
      case ScreeningStatus::None:
        ++split.none;
        break;
    }
  }
  return split;
}

bool is_bleeding_factor(const Catalog& catalog, const std::string& factor) {
  for (const auto& ancestor : catalog.broader_chain(factor))
    if (std::find(std::begin(kBleedingFactors), std::end(kBleedingFactors), ancestor) !=
        std::end(kBleedingFactors))
      return true;
  return false;
}

std::vector<ScreeningResult> screen(const Catalog& catalog,
                                    const std::vector<std::string>& factors) {
  std::vector<ScreeningResult> results;
  results.reserve(catalog.techniques().size());
  for (TechniqueIndex t = 0; t < catalog.techniques().size(); ++t) {
    const Technique& technique = catalog.techniques()[t];
    ScreeningResult result{t, ScreeningStatus::None, {}};
    for (const auto& factor : factors) {
      if (!catalog.find_term(factor)) continue;
      bool listed = false;
      for (const auto& item : technique.contraindications) {
        if (!related_terms(catalog, factor, item.term)) continue;
        listed = true;
        const ScreeningStatus status = item.severity == Severity::Absolute
                                           ? ScreeningStatus::Absolute
                                           : ScreeningStatus::Relative;
        std::string text = name_of(catalog, item.term) + ": " +
                           (status == ScreeningStatus::Absolute ? "listed as a reason not to do it."
                                                                : "listed as needing extra care.");
        result.reasons.push_back(
            {factor, item.term, status, std::move(text), item.note, item.patient_note});
        result.status = std::max(result.status, status);
      }
      if (!is_bleeding_factor(catalog, factor)) continue;
      // Blood thinners always matter through the procedure's class, listed or not.
      std::string text = std::string(bleeding_risk_in_words(technique.bleeding_risk));
      if (!listed)
        text =
            name_of(catalog, factor) + ": not listed for this procedure, but it matters. " + text;
      const ScreeningStatus status = technique.bleeding_risk == BleedingRisk::Low
                                         ? ScreeningStatus::None
                                         : ScreeningStatus::Relative;
      result.reasons.push_back({factor, factor, status, std::move(text), {}, {}});
      result.status = std::max(result.status, status);
    }
    results.push_back(std::move(result));
  }
  return results;
}

}  // namespace painatlas
