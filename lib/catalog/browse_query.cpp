#include "catalog/browse_query.h"

#include <algorithm>
#include <unordered_map>

namespace painatlas {

ResultSet run_browse_query(const Catalog& catalog, const BrowseQuery& query) {
  ResultSet result;
  const bool has_text = query.text.find_first_not_of(" \t") != std::string::npos;
  std::vector<SearchHit> hits;
  std::vector<TechniqueIndex> candidates;
  if (has_text) {
    hits = catalog.search_index().search(query.text);
    candidates.reserve(hits.size());
    for (const SearchHit& hit : hits) candidates.push_back(hit.technique);
    // Catalog order is name order, so sorting by name is sorting the indices.
    if (query.sort == SortOrder::Name) std::sort(candidates.begin(), candidates.end());
  }
  result.facets = apply_filter(catalog, query.filter, has_text ? &candidates : nullptr);

  std::unordered_map<TechniqueIndex, const SearchHit*> hit_of;
  for (const SearchHit& hit : hits) hit_of.emplace(hit.technique, &hit);
  result.rows.reserve(result.facets.techniques.size());
  for (TechniqueIndex technique : result.facets.techniques) {
    ResultRow row{technique, 0, 0};
    if (auto it = hit_of.find(technique); it != hit_of.end()) {
      row.score = it->second->score;
      row.matched = it->second->fields;
    }
    result.rows.push_back(row);
  }

  const auto add_condition = [&](ConditionIndex index) {
    if (std::find(result.conditions.begin(), result.conditions.end(), index) ==
        result.conditions.end())
      result.conditions.push_back(index);
  };
  if (has_text)
    for (const SearchHit& hit : catalog.condition_search_index().search(query.text))
      add_condition(hit.technique);
  for (const auto& term : query.filter.values(Facet::Indication))
    if (const ConditionGuide* guide = catalog.condition_for_term(term))
      add_condition(*catalog.condition_index(guide->term));
  return result;
}

}  // namespace painatlas
