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
// One page per condition guide and register; none when the content has no guides.
std::vector<SitePage> condition_pages(const Catalog& catalog);

// "Lumbar radiculopathy (sciatica)": the clinical name, and the everyday one when it differs.
std::string name_with_lay_name(const std::string& name, const std::string& lay_name);

// Terms sorted by name for people, ignoring case.
std::vector<const Term*> terms_by_name(const Catalog& catalog, TermKind kind);

}  // namespace painatlas
