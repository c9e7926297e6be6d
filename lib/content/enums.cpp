#include "content/enums.h"

#include <array>

namespace painatlas {

namespace {
constexpr std::array kCategories{
    EnumEntry<Category>{Category::EpiduralSpinal, "epidural-spinal", "Epidural and spinal"},
    EnumEntry<Category>{Category::FacetSacroiliac, "facet-sacroiliac", "Facet and sacroiliac"},
    EnumEntry<Category>{Category::Sympathetic, "sympathetic", "Sympathetic blocks"},
    EnumEntry<Category>{Category::HeadFace, "head-face", "Head and face"},
    EnumEntry<Category>{Category::PeripheralNerve, "peripheral-nerve", "Peripheral nerve"},
    EnumEntry<Category>{Category::JointSoftTissue, "joint-soft-tissue", "Joints and soft tissue"},
    EnumEntry<Category>{Category::Neuromodulation, "neuromodulation", "Neuromodulation"},
    EnumEntry<Category>{Category::SpineProcedure, "spine-procedure", "Spine procedures"},
};
constexpr std::array kTermKinds{
    EnumEntry<TermKind>{TermKind::Condition, "condition", "Condition"},
    EnumEntry<TermKind>{TermKind::Factor, "factor", "Contraindication factor"},
    EnumEntry<TermKind>{TermKind::Complication, "complication", "Complication"},
};
constexpr std::array kSeverities{
    EnumEntry<Severity>{Severity::Absolute, "absolute", "Absolute"},
    EnumEntry<Severity>{Severity::Relative, "relative", "Relative"},
};
constexpr std::array kFrequencies{
    EnumEntry<Frequency>{Frequency::VeryCommon, "very-common", "Very common"},
    EnumEntry<Frequency>{Frequency::Common, "common", "Common"},
    EnumEntry<Frequency>{Frequency::Uncommon, "uncommon", "Uncommon"},
    EnumEntry<Frequency>{Frequency::Rare, "rare", "Rare"},
    EnumEntry<Frequency>{Frequency::VeryRare, "very-rare", "Very rare"},
    EnumEntry<Frequency>{Frequency::Unknown, "unknown", "Frequency unknown"},
};
constexpr std::array kRiskSeverities{
    EnumEntry<RiskSeverity>{RiskSeverity::Minor, "minor", "Minor"},
    EnumEntry<RiskSeverity>{RiskSeverity::Serious, "serious", "Serious"},
};
constexpr std::array kBleedingRisks{
    EnumEntry<BleedingRisk>{BleedingRisk::Low, "low", "Low"},
    EnumEntry<BleedingRisk>{BleedingRisk::Intermediate, "intermediate", "Intermediate"},
    EnumEntry<BleedingRisk>{BleedingRisk::High, "high", "High"},
};
constexpr std::array kImagings{
    EnumEntry<Imaging>{Imaging::Fluoroscopy, "fluoroscopy", "Fluoroscopy (X-ray)"},
    EnumEntry<Imaging>{Imaging::Ultrasound, "ultrasound", "Ultrasound"},
    EnumEntry<Imaging>{Imaging::Ct, "ct", "CT"},
    EnumEntry<Imaging>{Imaging::None, "none", "No imaging"},
};
constexpr std::array kEvidenceLevels{
    EnumEntry<EvidenceLevel>{EvidenceLevel::High, "high", "High"},
    EnumEntry<EvidenceLevel>{EvidenceLevel::Moderate, "moderate", "Moderate"},
    EnumEntry<EvidenceLevel>{EvidenceLevel::Low, "low", "Low"},
    EnumEntry<EvidenceLevel>{EvidenceLevel::VeryLow, "very-low", "Very low"},
};
constexpr std::array kOptionKinds{
    EnumEntry<OptionKind>{OptionKind::SelfCare, "self-care", "Self-care"},
    EnumEntry<OptionKind>{OptionKind::Exercise, "exercise", "Exercise and physiotherapy"},
    EnumEntry<OptionKind>{OptionKind::Medicine, "medicine", "Medicines"},
    EnumEntry<OptionKind>{OptionKind::Psychological, "psychological", "Psychological therapy"},
    EnumEntry<OptionKind>{OptionKind::PalliativeCare, "palliative-care", "Palliative care"},
    EnumEntry<OptionKind>{OptionKind::Procedure, "procedure", "Procedure"},
    EnumEntry<OptionKind>{OptionKind::Radiotherapy, "radiotherapy", "Radiotherapy"},
    EnumEntry<OptionKind>{OptionKind::Surgery, "surgery", "Surgery"},
};
constexpr std::array kVersusPlacebo{
    EnumEntry<VersusPlacebo>{VersusPlacebo::Better, "better", "Better than placebo or sham"},
    EnumEntry<VersusPlacebo>{VersusPlacebo::NoBetter, "no-better",
                             "No better than placebo or sham"},
    EnumEntry<VersusPlacebo>{VersusPlacebo::Uncertain, "uncertain",
                             "Unclear against placebo or sham"},
};
}  // namespace

template <>
std::span<const EnumEntry<Category>> enum_entries() {
  return kCategories;
}
template <>
std::span<const EnumEntry<TermKind>> enum_entries() {
  return kTermKinds;
}
template <>
std::span<const EnumEntry<Severity>> enum_entries() {
  return kSeverities;
}
template <>
std::span<const EnumEntry<Frequency>> enum_entries() {
  return kFrequencies;
}
template <>
std::span<const EnumEntry<RiskSeverity>> enum_entries() {
  return kRiskSeverities;
}
template <>
std::span<const EnumEntry<BleedingRisk>> enum_entries() {
  return kBleedingRisks;
}
template <>
std::span<const EnumEntry<Imaging>> enum_entries() {
  return kImagings;
}
template <>
std::span<const EnumEntry<EvidenceLevel>> enum_entries() {
  return kEvidenceLevels;
}
template <>
std::span<const EnumEntry<OptionKind>> enum_entries() {
  return kOptionKinds;
}
template <>
std::span<const EnumEntry<VersusPlacebo>> enum_entries() {
  return kVersusPlacebo;
}

// The standard CIOMS bands, as used in European product information.
std::string_view frequency_in_words(Frequency frequency) {
  switch (frequency) {
    case Frequency::VeryCommon:
      return "more than 1 in 10 people";
    case Frequency::Common:
      return "between 1 in 100 and 1 in 10 people";
    case Frequency::Uncommon:
      return "between 1 in 1,000 and 1 in 100 people";
    case Frequency::Rare:
      return "between 1 in 10,000 and 1 in 1,000 people";
    case Frequency::VeryRare:
      return "fewer than 1 in 10,000 people";
    case Frequency::Unknown:
      return "how often is not known";
  }
  return {};
}

std::string_view frequency_range(Frequency frequency) {
  switch (frequency) {
    case Frequency::VeryCommon:
      return ">= 1/10";
    case Frequency::Common:
      return "1/100 to 1/10";
    case Frequency::Uncommon:
      return "1/1,000 to 1/100";
    case Frequency::Rare:
      return "1/10,000 to 1/1,000";
    case Frequency::VeryRare:
      return "< 1/10,000";
    case Frequency::Unknown:
      return "not known";
  }
  return {};
}

// Plain-language reading of the Narouze et al. 2018 procedure classes.
std::string_view bleeding_risk_in_words(BleedingRisk risk) {
  switch (risk) {
    case BleedingRisk::Low:
      return "Low bleeding risk: bleeding here is unlikely to cause serious harm. Blood thinners "
             "are often continued, but your doctor decides.";
    case BleedingRisk::Intermediate:
      return "Medium bleeding risk: some blood thinners may need to be paused. Your doctor and "
             "the doctor who prescribes them decide together.";
    case BleedingRisk::High:
      return "High bleeding risk: bleeding near the spinal cord could cause serious harm, so most "
             "blood thinners are paused for a time. Only do this if your doctors tell you to.";
  }
  return {};
}

}  // namespace painatlas
