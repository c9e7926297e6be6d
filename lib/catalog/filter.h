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

struct FilterQuery {
  std::array<std::vector<std::string>, kFacetCount> selected;  // by Facet

  std::vector<std::string>& values(Facet facet) {
    return selected[static_cast<std::size_t>(facet)];
  }
  const std::vector<std::string>& values(Facet facet) const {
    return selected[static_cast<std::size_t>(facet)];
  }
  bool empty() const;
  bool contains(Facet facet, const std::string& value) const;
  // Adds the value if absent, removes it if present.
  void toggle(Facet facet, const std::string& value);
};

struct FacetCount {
  std::string value;
  std::size_t count = 0;
  bool selected = false;
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
