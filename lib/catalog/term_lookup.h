// Resolves what a person types for a term ("sciatica", "Lumbar radiculopathy", "blood thinner")
// to a term id, by id, clinical name, lay name or synonym, ignoring case and accents.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"

namespace painatlas {

struct TermLookupResult {
  const Term* term = nullptr;            // set when found
  std::vector<std::string> suggestions;  // close names when not found
};

TermLookupResult lookup_term(const Catalog& catalog, TermKind kind, std::string_view typed);

// The same for techniques: id, name or alias.
struct TechniqueLookupResult {
  const Technique* technique = nullptr;
  std::vector<std::string> suggestions;
};
TechniqueLookupResult lookup_technique(const Catalog& catalog, std::string_view typed);

// A condition guide by any name of a condition term (id, name, lay name, synonym), through the
// guide that covers it or the nearest broader term with a guide. `term` is set when the words
// name a condition, even one without a guide.
struct ConditionLookupResult {
  const ConditionGuide* guide = nullptr;
  const Term* term = nullptr;
  std::vector<std::string> suggestions;  // close condition names when nothing matched
};
ConditionLookupResult lookup_condition(const Catalog& catalog, std::string_view typed);

}  // namespace painatlas
