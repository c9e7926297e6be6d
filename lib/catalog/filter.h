// Faceted filtering: AND across facets, OR within one facet, with a live count for every facet
// value. Counts are disjunctive, as in shops and library catalogues: a value's count is how many
// techniques the result would hold if that value were added to its facet's selection.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace painatlas {

// A contraindication value chosen for one severity only: "absolutely contraindicated in
// pregnancy".
struct SeverityChoice {
  std::string value;
  Severity severity = Severity::Absolute;
  bool operator==(const SeverityChoice&) const = default;
};

struct FilterQuery {
  std::array<std::vector<std::string>, kFacetCount> selected;  // by Facet
  // Contraindication values narrowed to one severity. They join the facet's OR like any value;
  // a value in values(Facet::Contraindication) matches either severity.
  std::vector<SeverityChoice> contraindication_severity;

  std::vector<std::string>& values(Facet facet) {
    return selected[static_cast<std::size_t>(facet)];
  }
  const std::vector<std::string>& values(Facet facet) const {
    return selected[static_cast<std::size_t>(facet)];
  }
  bool empty() const;
  bool contains(Facet facet, const std::string& value) const;
  // Adds the value if absent, removes it if present. Adding a contraindication value drops its
  // one-severity choices, which it covers.
  void toggle(Facet facet, const std::string& value);
  bool contains_severity(const std::string& value, Severity severity) const;
  // The same for one severity; choosing one drops the value's either-severity choice.
  void toggle_severity(const std::string& value, Severity severity);
  // Removes the value from the facet in every form (either severity or one).
  void remove(Facet facet, const std::string& value);
};

struct FacetCount {
  std::string value;
  std::size_t count = 0;
  bool selected = false;
  // Contraindications only: how many list it as absolute or as relative (a technique may list
  // a term one way and a narrower term the other, so these can add up to more than `count`).
  std::size_t absolute = 0;
  std::size_t relative = 0;
  bool absolute_selected = false;
  bool relative_selected = false;
};

struct FilterResult {
  std::vector<TechniqueIndex> techniques;  // in the order of the candidates (or catalog order)
  std::array<std::vector<FacetCount>, kFacetCount> counts;  // values with a count or a selection
};

// `candidates` (e.g. search hits, best first) limits and orders the result; without it, the
// whole catalog in catalog order. Unknown values select nothing.
FilterResult apply_filter(const Catalog& catalog, const FilterQuery& query,
                          const std::vector<TechniqueIndex>* candidates = nullptr);

}  // namespace painatlas
