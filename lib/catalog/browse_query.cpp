#include "catalog/browse_query.h"

#include <algorithm>
#include <unordered_map>

#include "catalog/text_fold.h"

namespace painatlas {

namespace {

ResultSet matches_only(const Catalog& catalog, const BrowseQuery& query);

std::size_t count_matches(const Catalog& catalog, const BrowseQuery& query) {
  return matches_only(catalog, query).rows.size();
}

}  // namespace

std::vector<Relaxation> what_hides_matches(const Catalog& catalog, const BrowseQuery& query) {
  std::vector<Relaxation> out;
  const auto consider = [&](Relaxation relaxation, const BrowseQuery& relaxed) {
    relaxation.would_show = count_matches(catalog, relaxed);
    if (relaxation.would_show > 0) out.push_back(std::move(relaxation));
  };
  for (Facet facet : kAllFacets)
    for (const auto& value : query.filter.values(facet)) {
      BrowseQuery relaxed = query;
      relaxed.filter.remove(facet, value);
      consider({Relaxation::Kind::FilterValue, facet, value, std::nullopt, 0}, relaxed);
    }
  for (const auto& choice : query.filter.contraindication_severity) {
    BrowseQuery relaxed = query;
    std::erase(relaxed.filter.contraindication_severity, choice);
    consider(
        {Relaxation::Kind::FilterValue, Facet::Contraindication, choice.value, choice.severity, 0},
        relaxed);
  }
  const auto words = split_words(fold(query.text));
  if (words.size() == 1 && !query.filter.empty()) {
    BrowseQuery relaxed = query;
    relaxed.text.clear();
    consider({Relaxation::Kind::WholeSearch, Facet::Indication, query.text, std::nullopt, 0},
             relaxed);
  }
  if (words.size() > 1)
    for (const auto& word : words) {
      BrowseQuery relaxed = query;
      relaxed.text.clear();
      for (const auto& other : words)
        if (other != word) relaxed.text += (relaxed.text.empty() ? "" : " ") + other;
      consider({Relaxation::Kind::SearchWord, Facet::Indication, word, std::nullopt, 0}, relaxed);
    }
  // The most helpful single change first; ties keep the order above (filters, then words).
  std::stable_sort(out.begin(), out.end(), [](const Relaxation& a, const Relaxation& b) {
    return a.would_show > b.would_show;
  });
  if (!out.empty()) return out;
  if (words.size() > 1 || (words.size() == 1 && query.filter.empty())) {
    BrowseQuery relaxed = query;
    relaxed.text.clear();
    consider({Relaxation::Kind::WholeSearch, Facet::Indication, query.text, std::nullopt, 0},
             relaxed);
  }
  if (!query.filter.empty()) {
    BrowseQuery relaxed = query;
    relaxed.filter = FilterQuery{};
    consider({Relaxation::Kind::AllFilters, Facet::Indication, {}, std::nullopt, 0}, relaxed);
  }
  return out;
}

ResultSet run_browse_query(const Catalog& catalog, const BrowseQuery& query) {
  ResultSet result = matches_only(catalog, query);
  const bool chose_something =
      query.text.find_first_not_of(" \t") != std::string::npos || !query.filter.empty();
  if (result.rows.empty() && chose_something) result.hidden_by = what_hides_matches(catalog, query);
  return result;
}

namespace {

ResultSet matches_only(const Catalog& catalog, const BrowseQuery& query) {
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
  return result;
}

}  // namespace

}  // namespace painatlas
