// The whole catalog as static, accessible web pages: an index (techniques by category and by
// condition), a page per technique in each register, a glossary built from the vocabularies, a
// comparison page, and one shared style sheet. Pure: it returns the pages; site_directory.h
// writes them.
#pragma once

#include <vector>

#include "catalog/catalog.h"
#include "export/site_page.h"

namespace painatlas {

// Every page, the style sheet included, in a fixed order; the same catalog gives the same bytes.
std::vector<SitePage> build_site(const Catalog& catalog);

}  // namespace painatlas
