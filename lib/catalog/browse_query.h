// The browse view's one question: given what was typed, the facet selection and the sort order,
// which techniques to list (in order), and the live count of every facet value.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "catalog/filter.h"
#include "catalog/search_index.h"

namespace painatlas {

enum class SortOrder { Relevance, Name };

struct BrowseQuery {
  std::string text;
  FilterQuery filter;
  SortOrder sort = SortOrder::Relevance;
};

struct ResultRow {
  TechniqueIndex technique = 0;
  float score = 0;           // 0 when there is no text query
  std::uint8_t matched = 0;  // SearchField bits
};

struct ResultSet {
  std::vector<ResultRow> rows;
  FilterResult facets;  // counts for the rows the text query allows
  // Condition guides beside the techniques: those the words find (best first), then the guides
  // of the conditions chosen in the Indication filter.
  std::vector<ConditionIndex> conditions;
};

ResultSet run_browse_query(const Catalog& catalog, const BrowseQuery& query);

}  // namespace painatlas
