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
  const Term* term = nullptr;  // set when the words name one term (exactly, or as below)
  // When no name matches exactly: the terms whose names contain the typed words, less those a
  // broader one among them already covers. One left is `term`; several are meant together (OR).
  std::vector<const Term*> terms;
  bool by_words = false;                 // found by the words in a name, not the whole name
  std::vector<std::string> suggestions;  // close names when not found
};

// "infection" finds every infection term a reader may mean; "pancreatic cancer" finds
// "Pancreatic cancer pain". A name, lay name or synonym spelled in full always wins.
TermLookupResult lookup_term(const Catalog& catalog, TermKind kind, std::string_view typed);

// Terms of one kind that a search query names: the query, as whole words, is one of the term's
// spellings or sits inside a short one ("warfarin" names "Taking warfarin"). Exact spellings
// first; at most `limit`.
std::vector<const Term*> terms_named_in(const Catalog& catalog, TermKind kind,
                                        std::string_view query, std::size_t limit = 3);

// The filter values a word names, in every facet of terms: what "infection" or "warfarin" means
// as an indication, a contraindication and a risk. Empty where it names nothing.
struct FacetValueMatch {
  Facet facet = Facet::Indication;
  const Term* term = nullptr;
  bool by_words = false;  // found by words inside a name, not by a whole name
};
std::vector<FacetValueMatch> facet_values_named(const Catalog& catalog, std::string_view typed);

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

// A body region by id, name or lay name ("lumbar-spine", "Lumbar spine", "lower back"), or by a
// word that only one region's names contain ("lumbar").
struct RegionLookupResult {
  const Region* region = nullptr;
  std::vector<std::string> suggestions;  // close region names when nothing matched
};
RegionLookupResult lookup_region(const Catalog& catalog, std::string_view typed);

}  // namespace painatlas
