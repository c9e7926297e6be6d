// Reads the controlled vocabularies: term files (content/terms/*.yaml), the region list
// (content/regions.yaml) and the catalog metadata (content/catalog.yaml).
#pragma once

#include <filesystem>
#include <vector>

#include "content/content_limits.h"
#include "content/model.h"
#include "content/yaml_fields.h"

namespace painatlas {

// Appends the valid terms of one file; invalid entries are reported and skipped.
void read_term_file(const std::filesystem::path& path, ProblemSink& sink,
                    const ContentLimits& limits, std::vector<Term>& out);

// The same for a parsed document.
void read_term_document(const YAML::Node& document, ProblemSink& sink, const ContentLimits& limits,
                        std::vector<Term>& out);

std::vector<Region> read_region_file(const std::filesystem::path& path, ProblemSink& sink,
                                     const ContentLimits& limits);

// Fills title and version; leaves the defaults where the file says nothing.
void read_catalog_info(const std::filesystem::path& path, ProblemSink& sink,
                       const ContentLimits& limits, ContentInfo& info);

}  // namespace painatlas
