// Reads a `references` list, the same for technique files and condition guides: each entry has
// `authors`, `citation` and `year`, optionally `cite_as`, `doi`, `pmid` and `url`.
#pragma once

#include <string_view>
#include <vector>

#include "content/model.h"
#include "content/yaml_fields.h"

namespace painatlas {

inline constexpr std::string_view kReferenceKeys[] = {"authors", "citation", "year",   "doi",
                                                      "pmid",    "url",      "cite_as"};

std::vector<Reference> read_references(const MapReader& fields, ProblemSink& sink);

}  // namespace painatlas
