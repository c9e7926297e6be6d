// Why a search hit that matched only through the vocabulary's `broader` links was found: which
// term the technique lists, and which related term the query named ("warfarin" finds a technique
// that lists "anticoagulant therapy"), so the results can say so.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"

namespace painatlas {

struct RelatedMatch {
  Facet facet = Facet::Contraindication;  // the role of the listed term
  std::string listed;                     // the term id the technique lists
  std::string matched;                    // the broader or narrower term id the query named
};

// One entry per query word that matches none of the technique's own names or listed terms but
// does match a term related to one of them. Empty when every word matched directly.
std::vector<RelatedMatch> related_matches(const Catalog& catalog, TechniqueIndex technique,
                                          std::string_view query);

}  // namespace painatlas
