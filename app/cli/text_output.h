// Plain-text rendering for the terminal: result rows and a full technique for either audience.
#pragma once

#include <ostream>

#include "catalog/catalog.h"
#include "catalog/search_index.h"
#include "reader/audience.h"

namespace painatlas::cli {

void print_result_row(std::ostream& out, const Technique& technique,
                      const SearchHit* hit = nullptr);
void print_technique(std::ostream& out, const Catalog& catalog, const Technique& technique,
                     Audience audience);

}  // namespace painatlas::cli
