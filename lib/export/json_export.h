// JSON views of the catalog for `painatlas-cli --format json` and for other tools. Field names
// follow content/README.md.
#pragma once

#include <nlohmann/json.hpp>

#include "catalog/catalog.h"
#include "catalog/search_index.h"
#include "reader/audience.h"

namespace painatlas {

nlohmann::json technique_json(const Catalog& catalog, const Technique& technique,
                              Audience audience);

// One row of a result list: {"id","name","category"} plus "score" and "matched" for search hits.
nlohmann::json result_row_json(const Technique& technique, const SearchHit* hit = nullptr);

nlohmann::json term_json(const Term& term, std::size_t technique_count);

// A reference list, identifiers only where the content gives them.
nlohmann::json references_json(const std::vector<Reference>& references);

}  // namespace painatlas
