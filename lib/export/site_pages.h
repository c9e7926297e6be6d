// The kinds of page build_site() puts together, one function each (site_*.cpp).
#pragma once

#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "export/site_page.h"

namespace painatlas {

SitePage index_page(const Catalog& catalog);
SitePage glossary_page(const Catalog& catalog);
SitePage compare_page(const Catalog& catalog);
std::vector<SitePage> technique_pages(const Catalog& catalog);

// Where a condition is explained on the site: the index section listing its techniques.
std::string condition_target(const Catalog& catalog, const std::string& term_id);

// Terms sorted by name for people, ignoring case.
std::vector<const Term*> terms_by_name(const Catalog& catalog, TermKind kind);

}  // namespace painatlas
