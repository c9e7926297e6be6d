#include "catalog/filter.h"

#include <algorithm>

#include "catalog/string_list.h"

namespace painatlas {

bool FilterQuery::empty() const {
  return std::all_of(selected.begin(), selected.end(), [](const auto& v) { return v.empty(); });
}

bool FilterQuery::contains(Facet facet, const std::string& value) const {
  return list_contains(values(facet), value);
}

void FilterQuery::toggle(Facet facet, const std::string& value) {
  toggle_in_list(values(facet), value);
}

namespace {

// For each facet, which value numbers are selected (a technique passes the facet if it has any).
struct Selection {
  std::array<std::vector<std::uint32_t>, kFacetCount> numbers;
  std::array<bool, kFacetCount> active{};
};

Selection resolve(const Catalog& catalog, const FilterQuery& query) {
  Selection selection;
  for (Facet facet : kAllFacets) {
    const auto f = static_cast<std::size_t>(facet);
    for (const auto& value : query.values(facet)) {
      selection.active[f] = true;
      if (auto number = catalog.facet_value_number(facet, value))
        selection.numbers[f].push_back(*number);
    }
  }
  return selection;
}

bool passes(const Catalog& catalog, TechniqueIndex technique, const Selection& selection,
            Facet facet) {
  const auto f = static_cast<std::size_t>(facet);
  if (!selection.active[f]) return true;
  for (std::uint32_t value : catalog.values_of(technique, facet))
    if (std::find(selection.numbers[f].begin(), selection.numbers[f].end(), value) !=
        selection.numbers[f].end())
      return true;
  return false;
}

}  // namespace

FilterResult apply_filter(const Catalog& catalog, const FilterQuery& query,
                          const std::vector<TechniqueIndex>* candidates) {
  const Selection selection = resolve(catalog, query);
  std::array<std::vector<std::size_t>, kFacetCount> tallies;
  for (Facet facet : kAllFacets)
    tallies[static_cast<std::size_t>(facet)].assign(catalog.facet_value_count(facet), 0);

  FilterResult result;
  const std::size_t total = candidates ? candidates->size() : catalog.techniques().size();
  for (std::size_t i = 0; i < total; ++i) {
    const TechniqueIndex technique = candidates ? (*candidates)[i] : static_cast<TechniqueIndex>(i);
    // Which facets reject this technique: none means it is in the result; exactly one means it
    // still counts toward that facet's values (the disjunctive count).
    int failures = 0;
    std::size_t failed_facet = 0;
    for (Facet facet : kAllFacets) {
      if (!passes(catalog, technique, selection, facet)) {
        ++failures;
        failed_facet = static_cast<std::size_t>(facet);
        if (failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures == 0) result.techniques.push_back(technique);
    for (Facet facet : kAllFacets) {
      const auto f = static_cast<std::size_t>(facet);
      if (failures == 1 && f != failed_facet) continue;
      for (std::uint32_t value : catalog.values_of(technique, facet)) ++tallies[f][value];
    }
  }

  for (Facet facet : kAllFacets) {
    const auto f = static_cast<std::size_t>(facet);
    for (std::uint32_t value = 0; value < tallies[f].size(); ++value) {
      const std::string& name = catalog.facet_value(facet, value);
      const bool chosen = query.contains(facet, name);
      if (tallies[f][value] > 0 || chosen)
        result.counts[f].push_back({name, tallies[f][value], chosen});
    }
  }
  return result;
}

}  // namespace painatlas
