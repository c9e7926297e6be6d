#include "catalog/filter.h"

#include <algorithm>

#include "catalog/string_list.h"

namespace painatlas {

bool FilterQuery::empty() const {
  return contraindication_severity.empty() &&
         std::all_of(selected.begin(), selected.end(), [](const auto& v) { return v.empty(); });
}

bool FilterQuery::contains(Facet facet, const std::string& value) const {
  return list_contains(values(facet), value);
}

void FilterQuery::toggle(Facet facet, const std::string& value) {
  toggle_in_list(values(facet), value);
  if (facet == Facet::Contraindication && contains(facet, value))
    std::erase_if(contraindication_severity,
                  [&](const SeverityChoice& choice) { return choice.value == value; });
}

bool FilterQuery::contains_severity(const std::string& value, Severity severity) const {
  return std::find(contraindication_severity.begin(), contraindication_severity.end(),
                   SeverityChoice{value, severity}) != contraindication_severity.end();
}

void FilterQuery::toggle_severity(const std::string& value, Severity severity) {
  const SeverityChoice choice{value, severity};
  auto it = std::find(contraindication_severity.begin(), contraindication_severity.end(), choice);
  if (it != contraindication_severity.end()) {
    contraindication_severity.erase(it);
    return;
  }
  contraindication_severity.push_back(choice);
  std::erase(values(Facet::Contraindication), value);
}

void FilterQuery::remove(Facet facet, const std::string& value) {
  std::erase(values(facet), value);
  if (facet == Facet::Contraindication)
    std::erase_if(contraindication_severity,
                  [&](const SeverityChoice& choice) { return choice.value == value; });
}

namespace {

// For each facet, which value numbers are selected (a technique passes the facet if it has any).
// For each facet, which value numbers are selected (a technique passes the facet if it has any),
// with the severity bits a contraindication value must carry (both bits: either severity).
struct Selection {
  std::array<std::vector<std::pair<std::uint32_t, std::uint8_t>>, kFacetCount> numbers;
  std::array<bool, kFacetCount> active{};
};

constexpr std::uint8_t kEitherSeverity = kAbsoluteBit | kRelativeBit;

Selection resolve(const Catalog& catalog, const FilterQuery& query) {
  Selection selection;
  for (Facet facet : kAllFacets) {
    const auto f = static_cast<std::size_t>(facet);
    for (const auto& value : query.values(facet)) {
      selection.active[f] = true;
      if (auto number = catalog.facet_value_number(facet, value))
        selection.numbers[f].push_back({*number, kEitherSeverity});
    }
  }
  const auto c = static_cast<std::size_t>(Facet::Contraindication);
  for (const auto& choice : query.contraindication_severity) {
    selection.active[c] = true;
    if (auto number = catalog.facet_value_number(Facet::Contraindication, choice.value))
      selection.numbers[c].push_back({*number, severity_bit(choice.severity)});
  }
  return selection;
}

bool passes(const Catalog& catalog, TechniqueIndex technique, const Selection& selection,
            Facet facet) {
  const auto f = static_cast<std::size_t>(facet);
  if (!selection.active[f]) return true;
  const auto values = catalog.values_of(technique, facet);
  const bool severities = facet == Facet::Contraindication;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::uint8_t bits = severities ? catalog.severities_of(technique)[i] : kEitherSeverity;
    for (const auto& [number, wanted] : selection.numbers[f])
      if (number == values[i] && (bits & wanted) != 0) return true;
  }
  return false;
}

}  // namespace

FilterResult apply_filter(const Catalog& catalog, const FilterQuery& query,
                          const std::vector<TechniqueIndex>* candidates) {
  const Selection selection = resolve(catalog, query);
  std::array<std::vector<std::size_t>, kFacetCount> tallies;
  for (Facet facet : kAllFacets)
    tallies[static_cast<std::size_t>(facet)].assign(catalog.facet_value_count(facet), 0);
  const auto c = static_cast<std::size_t>(Facet::Contraindication);
  std::vector<std::size_t> absolute(tallies[c].size(), 0), relative(tallies[c].size(), 0);

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
      if (facet != Facet::Contraindication) continue;
      const auto values = catalog.values_of(technique, facet);
      const auto severities = catalog.severities_of(technique);
      for (std::size_t v = 0; v < values.size(); ++v) {
        if (severities[v] & kAbsoluteBit) ++absolute[values[v]];
        if (severities[v] & kRelativeBit) ++relative[values[v]];
      }
    }
  }

  for (Facet facet : kAllFacets) {
    const auto f = static_cast<std::size_t>(facet);
    for (std::uint32_t value = 0; value < tallies[f].size(); ++value) {
      const std::string& name = catalog.facet_value(facet, value);
      FacetCount count{name, tallies[f][value], query.contains(facet, name)};
      if (facet == Facet::Contraindication) {
        count.absolute = absolute[value];
        count.relative = relative[value];
        count.absolute_selected = query.contains_severity(name, Severity::Absolute);
        count.relative_selected = query.contains_severity(name, Severity::Relative);
      }
      if (count.count > 0 || count.selected || count.absolute_selected || count.relative_selected)
        result.counts[f].push_back(std::move(count));
    }
  }
  return result;
}

}  // namespace painatlas
