// Plain-text rendering for the terminal: result rows and a full technique for either audience.
#pragma once

#include <ostream>

#include "audience.h"
#include "catalog.h"
#include "search_index.h"

namespace painatlas::cli {

void print_result_row(std::ostream& out, const Technique& technique,
                      const SearchHit* hit = nullptr);
void print_technique(std::ostream& out, const Catalog& catalog, const Technique& technique,
                     Audience audience);

}  // namespace painatlas::cli
