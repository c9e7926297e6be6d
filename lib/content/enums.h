// The controlled values of the content model, and their spellings in YAML and for people.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace painatlas {

enum class Category {
  EpiduralSpinal,
  FacetSacroiliac,
  Sympathetic,
  HeadFace,
  PeripheralNerve,
  JointSoftTissue,
  Neuromodulation,
  SpineProcedure
};
enum class TermKind { Condition, Factor, Complication };
enum class Severity { Absolute, Relative };
enum class Frequency { VeryCommon, Common, Uncommon, Rare, VeryRare, Unknown };
enum class RiskSeverity { Minor, Serious };
enum class BleedingRisk { Low, Intermediate, High };
enum class Imaging { Fluoroscopy, Ultrasound, Ct, None };
enum class EvidenceLevel { High, Moderate, Low, VeryLow };
// The kinds of option a condition guide lists, in the order care usually offers them.
// Palliative care and radiotherapy are options of their own in cancer pain: neither a talking
// therapy nor an interventional procedure.
enum class OptionKind {
  SelfCare,
  Exercise,
  Medicine,
  Psychological,
  PalliativeCare,
  Procedure,
  Radiotherapy,
  Surgery
};
// What placebo- or sham-controlled trials found for an option's main outcome.
enum class VersusPlacebo { Better, NoBetter, Uncertain };

template <typename E>
struct EnumEntry {
  E value;
  std::string_view id;     // spelling in YAML and JSON
  std::string_view label;  // spelling for people
};

// Specialised for every enum above in enums.cpp.
template <typename E>
std::span<const EnumEntry<E>> enum_entries();

template <typename E>
std::string_view enum_id(E value) {
  for (const auto& entry : enum_entries<E>())
    if (entry.value == value) return entry.id;
  return {};
}

template <typename E>
std::string_view enum_label(E value) {
  for (const auto& entry : enum_entries<E>())
    if (entry.value == value) return entry.label;
  return {};
}

template <typename E>
std::optional<E> parse_enum(std::string_view id) {
  for (const auto& entry : enum_entries<E>())
    if (entry.id == id) return entry.value;
  return std::nullopt;
}

// Frequency bands as patients read them ("between 1 in 1,000 and 1 in 100 people").
std::string_view frequency_in_words(Frequency frequency);
// The same band as a student reads it ("1/1,000 to 1/100").
std::string_view frequency_range(Frequency frequency);
// What a bleeding-risk class means, in plain words.
std::string_view bleeding_risk_in_words(BleedingRisk risk);

}  // namespace painatlas
