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

// One thing the reader chose that, taken away alone, would bring matches back: a filter value
// (with its severity, for a one-severity contraindication choice), a word of the search, the
// whole search, or every filter.
struct Relaxation {
  enum class Kind { FilterValue, SearchWord, WholeSearch, AllFilters };
  Kind kind = Kind::FilterValue;
  Facet facet = Facet::Indication;
  std::string value;                 // the filter value or the search word
  std::optional<Severity> severity;  // set for a one-severity contraindication choice
  std::size_t would_show = 0;        // how many techniques the list would then hold
};

struct ResultSet {
  std::vector<ResultRow> rows;
  FilterResult facets;  // counts for the rows the text query allows
  // When nothing matches: what hides the matches, most helpful first (empty otherwise).
  std::vector<Relaxation> hidden_by;
};

ResultSet run_browse_query(const Catalog& catalog, const BrowseQuery& query);

// What hides every match of `query`: each single choice whose removal would list something, and
// failing those, clearing the search or the filters. Empty when nothing would help.
std::vector<Relaxation> what_hides_matches(const Catalog& catalog, const BrowseQuery& query);

}  // namespace painatlas
