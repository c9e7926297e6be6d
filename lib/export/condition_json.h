// JSON view of a condition guide for `painatlas-cli condition --format json`: the guide's fields
// in the chosen register, with `options` as a list of {kind, name, technique?, answers...}.
#pragma once

#include <nlohmann/json.hpp>

#include "catalog/catalog.h"
#include "reader/audience.h"

namespace painatlas {

nlohmann::json condition_json(const Catalog& catalog, const ConditionGuide& guide,
                              Audience audience);

// One row of `list --conditions`: {"id","name","lay_name","options"}.
nlohmann::json condition_row_json(const Catalog& catalog, const ConditionGuide& guide);

}  // namespace painatlas
