// Reads a `references` list, the same for technique files and condition guides: each entry has
// `citation` and `year`, optionally `authors`, `cite_as`, `doi`, `pmid` and `url`.
#pragma once

#include <vector>

#include "content/model.h"
#include "content/yaml_fields.h"

namespace painatlas {

std::vector<Reference> read_references(const MapReader& fields, ProblemSink& sink);

}  // namespace painatlas
